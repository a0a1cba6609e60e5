"""`checker translate` and the translation part of `checker check`, through the real CLI."""

from __future__ import annotations

import json
import re

import pytest

NUMBERS = ("700", "30", "53", "2022")
NAMES = ("Stoltenberg", "Kosovo", "Ankara", "Erdogan", "Oslo", "Sweden", "Finland")


def test_translate_spanish_seed_to_english(run_cli, seed_story):
    code, out, err = run_cli("translate", seed_story / "es.txt", "--to", "en")
    assert code == 0, err
    for token in NUMBERS + NAMES:
        assert token in out, token
    assert " the " in out and "soldiers" in out
    assert out.count("\n\n") >= 10  # paragraphs kept
    assert re.search(r"es->en with apertium spa-eng .*20 sentences translated, 0 from cache", err)
    code, out_again, err = run_cli("translate", seed_story / "es.txt", "--to", "en")
    assert code == 0 and out_again == out
    assert "0 sentences translated, 20 from cache" in err


def test_translate_json_pairs_each_sentence(run_cli, seed_story):
    code, out, _ = run_cli("translate", seed_story / "sr-Cyrl.txt", "--to", "en", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["source"] == "sr-Cyrl" and data["target"] == "en"
    assert data["translation"]["model"] == "Cyrl-Latn|hbs-eng"
    assert len(data["sentences"]) == 20 and data["stats"]["translated"] == 20
    assert all(s["translation"] for s in data["sentences"])


def test_translate_with_test_argos_package(run_cli, install_test_package, tmp_path):
    install_test_package("de_en")
    story = tmp_path / "de.txt"
    story.write_text("Die NATO schickt 700 Soldaten.\n\nStoltenberg sagte das.\n", encoding="utf-8")
    code, out, err = run_cli("translate", story, "--to", "en", "--engine", "argos")
    assert code == 0, err
    assert "argos translate-de_en-1_0 (1.0): 2 sentences translated" in err
    assert out.strip()


def test_translate_errors_are_one_line(run_cli, seed_story, tmp_path):
    code, _, err = run_cli("translate", seed_story / "de.txt", "--to", "en")
    assert code == 2
    assert err.startswith("checker: error: no translation model for de->en")
    assert len(err.strip().splitlines()) == 1
    code, _, err = run_cli("translate", seed_story / "es.txt", "--to", "en", "--engine", "argos")
    assert code == 2 and "no translation model for es->en (engines tried: argos" in err
    code, _, err = run_cli("translate", tmp_path / "missing.txt", "--to", "en")
    assert code == 2 and "Traceback" not in err
    code, _, err = run_cli("translate", seed_story / "es.txt", "--to", "xx-notalang")
    assert code == 2 and "unknown language tag" in err


@pytest.fixture(scope="module")
def module_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("check-cache")


@pytest.fixture
def shared_cache(module_cache, monkeypatch):
    """`checker check` also caches sentence embeddings there: share it within this module
    so each check does not recompute them."""
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(module_cache))


def test_check_reports_engine_per_version_and_cited_translations(run_cli, seed_story, tmp_path,
                                                                 shared_cache):
    # A Spanish version with a planted drift: 700 -> 7.000.
    story = tmp_path / "story"
    story.mkdir()
    (story / "en.txt").write_text((seed_story / "en.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    spanish = (seed_story / "es.txt").read_text(encoding="utf-8")
    assert "primer contingente de los 700" in spanish
    (story / "es.txt").write_text(spanish.replace("primer contingente de los 700",
                                                  "primer contingente de los 7.000"),
                                  encoding="utf-8")
    (story / "de.txt").write_text((seed_story / "de.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    code, out, err = run_cli("check", story, "--format", "json")
    assert code in (0, 1), err
    report = json.loads(out)
    by_lang = {v["lang"]: v for v in report["versions"]}
    assert by_lang["es"]["translation"]["engine"] == "apertium"
    assert by_lang["es"]["translation"]["model"] == "spa-eng"
    assert by_lang["es"]["translation"]["status"] == "translated"
    assert by_lang["de"]["translation"]["status"] == "unavailable"
    assert by_lang["de"]["translation"]["engine"] is None
    drift = [f for f in report["findings"]
             if f["version"] and f["version"]["path"].endswith("es.txt")
             and f["version"]["value"] == 7000]
    assert drift, report["findings"]
    assert "7.000" in drift[0]["version"]["translation"] or "7,000" in drift[0]["version"][
        "translation"] or "7000" in drift[0]["version"]["translation"]

    code, out, err = run_cli("check", story)
    assert re.search(r"translated es by apertium spa-eng .*: 0 sentences translated, "
                     r"20 from cache", err), err
    assert "no translation engine for de " in err


def test_check_without_translation(run_cli, seed_story, shared_cache):
    files = [seed_story / "en.txt", seed_story / "es.txt", seed_story / "sr.txt"]
    code, out, _ = run_cli("check", *files, "--format", "json", "--no-translate")
    assert code in (0, 1)
    report = json.loads(out)
    assert all("translation" not in v for v in report["versions"])


def test_check_other_pivot(seed_story, shared_cache):
    from checker.pipeline import CheckOptions, check_story

    report = check_story([seed_story], CheckOptions(pivot="es"))
    by_lang = {v.lang: v for v in report.versions}
    assert by_lang["es"].translation["status"] == "pivot"
    assert report.reference.translation["model"] == "eng-spa"
    # Serbian to Spanish has no direct mode: chained through English.
    assert by_lang["sr"].translation["model"] == "hbs-eng+eng-spa"
    assert by_lang["tr"].translation["status"] == "unavailable"


def test_translate_to_the_same_language_prints_the_text(run_cli, seed_story):
    code, out, err = run_cli("translate", seed_story / "en.txt", "--to", "en-GB")
    assert code == 0
    assert out.strip() == (seed_story / "en.txt").read_text(encoding="utf-8").strip()
    assert "already in en-GB" in err
