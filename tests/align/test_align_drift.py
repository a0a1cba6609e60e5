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
