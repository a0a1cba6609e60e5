"""Long versions aligned in windows (checker/align/windows.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.align import align
from checker.align.build import build_similarity, similarity_sources
from checker.align.run import align_sentences
from checker.align.windows import FULL_ALIGNMENT_PAIRS, align_in_windows, needs_windows
from checker.embed import EmbedConfig
from checker.facts import facts_by_sentence
from checker.segment import split_sentences

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"
NO_MODELS = EmbedConfig(model=None, multilingual=None)


def _story(lang: str, copies: int):
    text = "\n\n".join([(SEED / f"{lang}.txt").read_text("utf-8")] * copies)
    sentences = split_sentences(text, lang)
    return sentences, facts_by_sentence(sentences, lang)


def _beads(alignment, scores: bool = False) -> list:
    return [(b.reference, b.version, b.moved) + ((b.score,) if scores else ())
            for b in alignment]


@pytest.mark.parametrize("lang", ["de", "ru", "tr"])
def test_windows_align_a_story_as_the_whole_alignment_does(lang):
    ref, ref_facts = _story("en", 5)
    ver, ver_facts = _story(lang, 5)
    texts = [s.text for s in ref], [s.text for s in ver]
    whole = align(ref, ver, reference_facts=ref_facts, version_facts=ver_facts,
                  similarity=build_similarity(texts[0], "en", texts[1], lang, config=NO_MODELS),
                  reference_lang="en", version_lang=lang)
    sources = similarity_sources(texts[0], "en", texts[1], lang, config=NO_MODELS)
    windows = align_in_windows(ref, "en", ref_facts, ver, lang, ver_facts, sources)
    assert len(ref) > 60  # more than one window
    # The same beads (scores differ a little: each window has its own crowd to stand out of).
    assert _beads(windows) == _beads(whole)
    one = align_in_windows(ref, "en", ref_facts, ver, lang, ver_facts, sources, window=len(ref))
    assert _beads(one, scores=True) == _beads(whole, scores=True)


def test_a_long_pair_is_aligned_in_windows_each_sentence_once():
    ref, ref_facts = _story("en", 40)
    ver, ver_facts = _story("de", 40)
    # A version that lost a passage and gained another.
    ver, ver_facts = ver[:300] + ver[330:], ver_facts[:300] + ver_facts[330:]
    assert needs_windows(len(ref), len(ver)) and len(ref) * len(ver) > FULL_ALIGNMENT_PAIRS
    told: list[tuple[int, int]] = []
    beads, similarity = align_sentences(ref, "en", ref_facts, ver, "de", ver_facts,
                                        config=NO_MODELS, progress=lambda *a: told.append(a))
    assert sorted(i for b in beads for i in b.reference) == list(range(len(ref)))
    assert sorted(j for b in beads for j in b.version) == list(range(len(ver)))
    assert similarity is not None and similarity.sources == ["ngrams"]
    assert told[-1] == (len(ref), len(ref)) and len(told) > 10
    # Each sentence pairs with a copy of its counterpart (the story repeats: any copy).
    per_story = len(_story("en", 1)[0])
    pairs = [(b.reference[0], b.version[0] + (30 if b.version[0] >= 300 else 0))
             for b in beads if len(b.reference) == len(b.version) == 1]
    assert len(pairs) > 0.9 * len(ver)
    assert sum(i % per_story == j % per_story for i, j in pairs) > 0.97 * len(pairs)
