"""Aligning one version to the reference as the pipeline does: build the similarity
from whatever is available (pivot translations, embedders), then align."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from checker.align import align
from checker.align.build import similarity_sources
from checker.align.similarity import SentenceSimilarity
from checker.align.windows import align_in_windows, needs_windows
from checker.embed import EmbedConfig
from checker.model import Alignment, Fact, Sentence


def _pivot_list(sentences: Sequence[Sentence], pivot: Mapping[int, str] | None) -> list[str] | None:
    """Pivot text per sentence, or None unless every sentence has one."""
    if not pivot:
        return None
    texts = [pivot.get(s.index) for s in sentences]
    return None if any(t is None for t in texts) else [str(t) for t in texts]


def align_sentences(
    reference: Sequence[Sentence],
    reference_lang: str,
    reference_facts: Sequence[Sequence[Fact]],
    version: Sequence[Sentence],
    version_lang: str,
    version_facts: Sequence[Sequence[Fact]],
    *,
    reference_pivot: Mapping[int, str] | None = None,
    version_pivot: Mapping[int, str] | None = None,
    config: EmbedConfig | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Alignment], SentenceSimilarity | None]:
    """The alignment, and the similarity it used (None with embeddings off:
    `config=EmbedConfig(model=None, multilingual=None)` still uses n-grams). A long
    pair is aligned in windows (`windows.py`), telling `progress(done, total)`."""
    sources = []
    windows = needs_windows(len(reference), len(version))
    if reference and version:
        sources = similarity_sources(
            [s.text for s in reference], reference_lang, [s.text for s in version], version_lang,
            reference_pivot=_pivot_list(reference, reference_pivot),
            version_pivot=_pivot_list(version, version_pivot), config=config,
            lazy_ngrams=windows)
    if windows:
        beads = align_in_windows(reference, reference_lang, reference_facts, version,
                                 version_lang, version_facts, sources, progress=progress)
        # Scores exist per window only: the sources used are what is shown.
        return beads, SentenceSimilarity(len(reference), len(version), [s.name for s in sources])
    similarity = (SentenceSimilarity.from_sources(sources, len(reference), len(version))
                  if reference and version else None)
    alignment = align(reference, version, reference_facts=reference_facts,
                      version_facts=version_facts, similarity=similarity,
                      reference_lang=reference_lang, version_lang=version_lang)
    return alignment, similarity
