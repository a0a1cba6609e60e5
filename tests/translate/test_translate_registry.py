"""Engine choice per pair, pivoting, and translating a whole analysed version."""

from __future__ import annotations

import pytest

from checker.errors import ModelError
from checker.model import Document
from checker.pipeline import analyse
from checker.translate import Translator, engine_preference, translate_document
from checker.translate.registry import same_language

SPANISH_TEXT = "El jefe de la OTAN llegó el jueves.\n\nAl menos 30 soldados resultaron heridos."


def _analysed(text: str, lang: str):
    return analyse(Document(f"story.{lang}.txt", text, lang, "given"))


def test_argos_first_where_a_package_exists_else_apertium(install_test_package):
    translator = Translator()
    assert [e.name for e in translator.engines] == ["argos", "apertium"]
    assert translator.route("es", "en")[0].engine.name == "apertium"
    install_test_package("es_en")
    assert translator.route("es", "en")[0].engine.name == "argos"
    assert translator.route("sr-Cyrl", "en")[0].engine.name == "apertium"  # Argos has no sr


def test_preference_order_from_environment(install_test_package, monkeypatch):
    install_test_package("es_en")
    monkeypatch.setenv("CHECKER_ENGINES", "apertium,argos")
    assert engine_preference() == ("apertium", "argos")
    assert Translator().route("es", "en")[0].engine.name == "apertium"


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ModelError, match="unknown translation engine 'google'"):
        Translator(["google"])


def test_mixed_engines_through_english(install_test_package):
    install_test_package("en_fr")
    hops = Translator().route("es", "fr")  # Apertium es->en, then Argos en->fr
    assert [(h.engine.name, h.source, h.target) for h in hops] == [
        ("apertium", "es", "en"), ("argos", "en", "fr")]
    done = Translator().translate(["Hola."], "es", "fr")
    assert done.info["engine"] == "apertium+argos" and len(done.info["via"]) == 2


def test_no_route_raises_model_error():
    with pytest.raises(ModelError, match="no translation model for de->en"):
        Translator().translate(["Hallo."], "de", "en")


def test_same_language():
    assert same_language("en", "en-GB")
    assert not same_language("sr", "sr-Cyrl")
    assert Translator().route("en-US", "en") == []


def test_translate_document_statuses():
    translator = Translator()
    spanish = translate_document(_analysed(SPANISH_TEXT, "es"), "en", translator)
    assert spanish.status == "translated"
    assert set(spanish.translations) == {0, 1}
    assert "30" in spanish.translations[1] and "Thursday" in spanish.translations[0]
    info = spanish.report_info()
    assert (info["engine"], info["model"], info["pivot"]) == ("apertium", "spa-eng", "en")
    assert info["translated"] == 2 and info["cached"] == 0

    english = translate_document(_analysed("NATO said so.", "en"), "en", translator)
    assert english.status == "pivot" and english.translations is None

    german = translate_document(_analysed("Die NATO sagte das.", "de"), "en", translator)
    assert german.status == "unavailable" and german.translations is None
    assert "no translation model for de->en" in german.report_info()["reason"]

    assert translate_document(_analysed(SPANISH_TEXT, "es"), "en", None) is None


def test_a_broken_package_falls_back_to_the_next_engine(install_test_package):
    folder = install_test_package("es_en")
    (folder / "model" / "model.bin").write_bytes(b"corrupt")
    result = translate_document(_analysed(SPANISH_TEXT, "es"), "en", Translator())
    assert result.status == "translated"
    assert result.model["engine"] == "apertium"
    assert "cannot load Argos package" in result.reason and "used apertium instead" in result.reason
    assert result.stats.translated == 2


def test_a_broken_package_without_fallback_is_reported_not_fatal(install_test_package):
    folder = install_test_package("es_en")
    (folder / "model" / "model.bin").write_bytes(b"corrupt")
    result = translate_document(_analysed(SPANISH_TEXT, "es"), "en", Translator(["argos"]))
    assert result.status == "failed" and result.translations is None
    assert "cannot load Argos package" in result.reason
