"""Which similarity sources apply to one reference/version pair, and computing them.

- the sentence-transformers model (`EmbedConfig.model`, default the packaged
  English all-MiniLM-L6-v2): on English text of both sides, i.e. the original where
  a side is in a language the model knows, else its pivot translation. A model
  that declares no language list (a user's LaBSE or paraphrase-multilingual-*) is
  applied to the original texts of both sides;
- the multilingual embedder (`EmbedConfig.multilingual`, default USE v3, then
  multilingual-e5-small where built): on the original texts, the first that knows
  both languages; when none does, the first at a lower weight (a model still sees
  names, numbers and loanwords of languages it was not trained on);
- character n-grams of Latin-transliterated text: always (no model, any language).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.align.anchors import LazyNgramCounts, ngram_counts
from checker.align.similarity import SentenceSimilarity, Source
from checker.embed import EmbedConfig, load_embedder
from checker.errors import ModelError
from checker.lang import base_language

NGRAM_WEIGHT = 0.5  # n-grams see names and numbers, not meaning: they count for less
# Weight of a model on a language it was not trained on (USE on Albanian, MiniLM on
# Turkish): such models still see shared names, numbers and loanwords.
# 0.3 and 0.5 measured alike; 1.0 lost 5 points on the synthetic edits.
FOREIGN_WEIGHT = 0.5


def _knows(languages: frozenset[str] | None, lang: str) -> bool:
    return languages is None or base_language(lang) in languages


def _multilingual_embedders(config: EmbedConfig) -> list:
    """The configured multilingual embedders, in order; an entry ending in "?" is
    skipped when it is not installed."""
    out = []
    for spec in (config.multilingual or "").split(","):
        spec = spec.strip()
        optional = spec.endswith("?")
        spec = spec.rstrip("?")
        if not spec or spec == config.model:
            continue
        try:
            out.append(load_embedder(spec, allow_download=config.allow_download,
                                     cache=config.cache))
        except ModelError:
            if not optional:
                raise
    return out


# A written number, digits of any script with the marks inside it ("2,706", "1.5", "٢٠٢٠").
_WRITTEN_NUMBER = re.compile(r"\d+(?:[.,:'\u00a0\u202f\u066b\u066c]\d+)*")


def without_number_values(text: str) -> str:
    """`text` as the embedders read it: each written number as one "0". A number's value is
    no evidence of a pair (anchors count facts and never compare values, n-grams skip
    digits): a drifted figure must not pull its own sentence out of the alignment, where
    the comparers could no longer report it as changed."""
    return _WRITTEN_NUMBER.sub("0", text)


def _encoded(name: str, embedder, reference: Sequence[str], version: Sequence[str],
             weight: float = 1.0) -> Source:
    """Both sides embedded in one batch, numbers without their values
    (`without_number_values`), split back into a similarity source."""
    vectors = embedder.encode([without_number_values(t) for t in [*reference, *version]])
    return Source(name, vectors[: len(reference)], vectors[len(reference):], weight=weight)


def similarity_sources(
    reference: Sequence[str],
    reference_lang: str,
    version: Sequence[str],
    version_lang: str,
    *,
    reference_pivot: Sequence[str] | None = None,
    version_pivot: Sequence[str] | None = None,
    config: EmbedConfig | None = None,
    lazy_ngrams: bool = False,
) -> list[Source]:
    """The similarity sources of a pair (module doc); `lazy_ngrams`: n-gram rows computed
    when a window asks for them (a long pair aligned in windows), not all at once."""
    config = config or EmbedConfig()
    sources: list[Source] = []
    multi_known = False  # the multilingual embedder knows both languages
    multilinguals = _multilingual_embedders(config)
    chosen = next((e for e in multilinguals if _knows(e.languages, reference_lang)
                   and _knows(e.languages, version_lang)), None)
    if chosen is not None:
        multi_known = True
        sources.append(_encoded(f"{chosen.name}:original", chosen, reference, version))
    elif multilinguals and FOREIGN_WEIGHT > 0:
        foreign = multilinguals[0]
        sources.append(_encoded(f"{foreign.name}:foreign", foreign, reference, version,
                                FOREIGN_WEIGHT))
    if config.model:
        model = load_embedder(config.model, allow_download=config.allow_download,
                              cache=config.cache)
        if model.languages is None:
            ref_texts, ver_texts, how = reference, version, "original"
        else:
            ref_texts = reference if _knows(model.languages, reference_lang) else reference_pivot
            ver_texts = version if _knows(model.languages, version_lang) else version_pivot
            pivoted = ref_texts is reference_pivot or ver_texts is version_pivot
            how = "pivot" if pivoted else "original"
        weight = 1.0
        if (ref_texts is None or ver_texts is None) and FOREIGN_WEIGHT > 0 and not multi_known:
            ref_texts = reference if ref_texts is None else ref_texts
            ver_texts = version if ver_texts is None else ver_texts
            how, weight = "foreign", FOREIGN_WEIGHT
        if ref_texts is not None and ver_texts is not None:
            sources.append(_encoded(f"{model.name}:{how}", model, ref_texts, ver_texts, weight))
    counts = LazyNgramCounts if lazy_ngrams else ngram_counts
    sources.append(Source("ngrams", counts(reference, reference_lang),
                          counts(version, version_lang), weight=NGRAM_WEIGHT, counts=True))
    return sources


def build_similarity(
    reference: Sequence[str],
    reference_lang: str,
    version: Sequence[str],
    version_lang: str,
    *,
    reference_pivot: Sequence[str] | None = None,
    version_pivot: Sequence[str] | None = None,
    config: EmbedConfig | None = None,
) -> SentenceSimilarity:
    """The combined similarity of the two sentence lists (see module doc)."""
    sources = similarity_sources(reference, reference_lang, version, version_lang,
                                 reference_pivot=reference_pivot, version_pivot=version_pivot,
                                 config=config)
    return SentenceSimilarity.from_sources(sources, len(reference), len(version))
