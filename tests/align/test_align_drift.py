"""A changed fact must never break its own pair: sentences pair on what they say, so a
drifted version aligns exactly as the faithful one. Own test sentences."""

from __future__ import annotations

import pytest
from support.storm_story import EN, FR

from checker.align.run import align_sentences
from checker.embed import EmbedConfig
from checker.facts import facts_by_sentence
from checker.segment import split_sentences

DRIFTED = FR.replace("214", "241").replace("1 350", "1 530")
NO_MODELS = EmbedConfig(model=None, multilingual=None)


def _beads(version: str, config: EmbedConfig) -> list:
    ref, ver = split_sentences(EN, "en"), split_sentences(version, "fr")
    beads, _ = align_sentences(ref, "en", facts_by_sentence(ref, "en"), ver, "fr",
                               facts_by_sentence(ver, "fr"), config=config)
    return [(b.reference, b.version, b.moved) for b in beads]


@pytest.mark.parametrize("config", [NO_MODELS, EmbedConfig()], ids=["ngrams", "models"])
def test_a_drifted_number_aligns_as_the_faithful_version(config):
    assert _beads(DRIFTED, config) == _beads(FR, config)


def test_moved_sentences_that_cross_are_both_found():
    # The casualty sentence moved to the end and the schools sentence to second place:
    # two moved passages crossing each other, found in two out-of-order passes.
    assert _beads(DRIFTED, EmbedConfig()) == [
        ((0,), (0,), False), ((1,), (2,), False), ((2,), (4,), True), ((3,), (3,), False),
        ((4,), (1,), True)]


def test_a_number_value_never_moves_the_embedders():
    # Only the figure differs: every similarity source reads both versions alike, so the
    # drifted sentence keeps exactly the pair the faithful one has.
    from checker.align.build import similarity_sources

    reference = ["The council approved 48 new homes by the river in 2019."]
    faithful = ["Der Rat genehmigte 2019 am Fluss 48 neue Wohnungen."]
    drifted = ["Der Rat genehmigte 2021 am Fluss 84 neue Wohnungen."]
    before = similarity_sources(reference, "en", faithful, "de", config=EmbedConfig())
    after = similarity_sources(reference, "en", drifted, "de", config=EmbedConfig())
    assert [s.name for s in before] == [s.name for s in after]
    assert len(before) > 1  # an embedder, not n-grams alone
    for one, other in zip(before, after, strict=True):
        assert _rows(one.version) == _rows(other.version), one.name


def test_the_embedders_read_each_written_number_as_one_token():
    from checker.align.build import without_number_values

    assert without_number_values("Prices rose 2,706 times, by 1.5% at 12:55") == (
        "Prices rose 0 times, by 0% at 0")
    assert without_number_values("في عام ٢٠٢٠") == "في عام 0"


def _rows(rows) -> list:
    return [sorted(r.items()) if isinstance(r, dict) else [round(float(x), 6) for x in r]
            for r in rows]
