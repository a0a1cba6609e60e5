"""Apertium as the second engine: real translations, modes, the Cyrillic step."""

from __future__ import annotations

import re

from checker.pipeline import analyse, load_documents
from checker.translate.apertium import ApertiumEngine, installed_modes, route
from checker.translate.base import Engine

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NAMES = ("Stoltenberg", "Kosovo", "Ankara", "Erdogan", "Oslo", "Pristina", "Belgrado")


def _sentences(seed_story, name: str) -> list[str]:
    document = load_documents([seed_story / name])[0]
    return [s.text for s in analyse(document).sentences]


def test_modes_are_read_from_apertium():
    modes = installed_modes()
    assert {"spa-eng", "hbs-eng", "Cyrl-Latn"} <= set(modes)


def test_routes_by_language_data():
    assert route("es", "en") == ["spa-eng"]
    assert route("sr", "en") == ["hbs-eng"]
    assert route("sr-Latn", "en") == ["hbs-eng"]
    assert route("sr-Cyrl", "en") == ["Cyrl-Latn", "hbs-eng"]  # script first
    assert route("en", "sr") == ["eng-hbs_SR"]  # the Serbian variant of the pair
    assert route("en", "sr-Cyrl") is None  # no Latn-Cyrl mode: not claimed
    # with one, the script mode comes after the language pair
    assert route("en", "sr-Cyrl", modes=("eng-hbs_SR", "Latn-Cyrl")) == ["eng-hbs_SR", "Latn-Cyrl"]
    assert route("de", "en") is None
    assert route("es", "en", modes=("eng-spa",)) is None


def test_spanish_seed_story_to_english_keeps_numbers_and_names(seed_story):
    sentences = _sentences(seed_story, "es.txt")
    engine = ApertiumEngine()
    assert isinstance(engine, Engine)
    translated = engine.translate_batch(sentences, "es", "en")
    assert len(translated) == len(sentences)
    for source, target in zip(sentences, translated, strict=True):
        assert sorted(NUMBER.findall(source)) == sorted(NUMBER.findall(target)), target
        for name in NAMES[:5]:
            if name in source:
                assert name in target, (name, target)
    english = " ".join(translated)
    for word in ("the", "soldiers", "Sweden", "Thursday", "alliance"):
        assert word in english


def test_serbian_cyrillic_goes_through_latin_first(seed_story):
    sentences = _sentences(seed_story, "sr-Cyrl.txt")
    engine = ApertiumEngine()
    translated = engine.translate_batch(sentences, "sr-Cyrl", "en")
    assert len(translated) == len(sentences)
    joined = " ".join(translated)
    assert not re.search(r"[\u0400-\u04FF]", joined)  # nothing left in Cyrillic
    assert "700" in joined and "Thursday" in joined
    info = engine.model_info("sr-Cyrl", "en")
    assert info.model == "Cyrl-Latn|hbs-eng"
    assert info.version.startswith("apertium-hbs-eng")


def test_one_line_per_sentence_even_with_line_breaks_and_markup():
    sentences = ["El precio\nsubió a 5 €.", "Dijo: [nota] <b>no</b> ^hoy^.", "", "Gracias."]
    translated = ApertiumEngine().translate_batch(sentences, "es", "en")
    assert len(translated) == 4
    assert "5 €" in translated[0] and "\n" not in translated[0]
    assert translated[2] == ""
    assert translated[3].startswith("Thank")


def test_model_info_version_is_the_pair_package():
    info = ApertiumEngine().model_info("es", "en")
    assert (info.engine, info.model) == ("apertium", "spa-eng")
    assert info.version.startswith("apertium-eng-spa")
    assert info.fingerprint
