"""The on-disk translation cache: a re-run on unchanged text translates nothing."""

from __future__ import annotations

from checker.translate import Translator
from checker.translate.base import ModelInfo
from checker.translate.cache import CACHE_FILE, NoCache, TranslationCache, cache_dir

SPANISH = ["El jefe de la OTAN llegó el jueves.", "Al menos 30 soldados resultaron heridos."]


def test_rerun_translates_nothing_and_says_so(private_cache):
    first = Translator(["apertium"]).translate(SPANISH, "es", "en")
    assert (first.stats.translated, first.stats.cached) == (2, 0)
    assert (private_cache / CACHE_FILE).exists()
    second = Translator(["apertium"]).translate(SPANISH, "es", "en")  # a new process, in effect
    assert (second.stats.translated, second.stats.cached) == (0, 2)
    assert second.texts == first.texts


def test_only_changed_sentences_are_translated():
    Translator(["apertium"]).translate(SPANISH, "es", "en")
    changed = [SPANISH[0], "Al menos 13 soldados resultaron heridos."]
    again = Translator(["apertium"]).translate(changed, "es", "en")
    assert (again.stats.translated, again.stats.cached) == (1, 1)
    assert "13" in again.texts[1]


def test_repeated_sentences_are_translated_once():
    done = Translator(["apertium"]).translate([SPANISH[0]] * 3, "es", "en")
    assert done.stats.translated == 1
    assert len(set(done.texts)) == 1 and len(done.texts) == 3


def test_keyed_by_engine_model_version_and_pair(tmp_path):
    cache = TranslationCache(tmp_path / "c.sqlite3")
    model = ModelInfo("argos", "translate-de_en", "1.0", "a")
    cache.put_many(model, "de", "en", [("Hallo", "Hello")])
    assert cache.get_many(model, "de", "en", ["Hallo"]) == {"Hallo": "Hello"}
    for other in (ModelInfo("argos", "translate-de_en", "1.1", "a"),
                  ModelInfo("argos", "translate-de_en", "1.0", "b"),
                  ModelInfo("apertium", "translate-de_en", "1.0", "a")):
        assert cache.get_many(other, "de", "en", ["Hallo"]) == {}
    assert cache.get_many(model, "de", "fr", ["Hallo"]) == {}
    assert cache.count() == 1


def test_location_follows_override_then_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "override"))
    assert cache_dir() == tmp_path / "override"
    monkeypatch.delenv("CHECKER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "checker"


def test_cache_path_that_is_a_file_does_not_stop_translation(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(blocker))
    translator = Translator(["apertium"])
    done = translator.translate(SPANISH, "es", "en")
    assert done.stats.translated == 2 and len(done.texts) == 2
    assert "unavailable" in translator.cache.disabled_reason


def test_no_cache_keeps_nothing():
    translator = Translator(["apertium"], cache=NoCache())
    translator.translate(SPANISH, "es", "en")
    again = Translator(["apertium"], cache=NoCache()).translate(SPANISH, "es", "en")
    assert again.stats.translated == 2 and again.stats.cached == 0
