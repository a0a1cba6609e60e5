"""`checker models list|install|remove|download` through the real CLI."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def argos_model_file(tmp_path_factory):
    """A real-format .argosmodel (random weights), as a newsroom would carry it in."""
    from support.argos_package import build_test_package, zip_package

    root = tmp_path_factory.mktemp("models-cli")
    folder = build_test_package(root / "unpacked", "tr", "en")
    return zip_package(folder, root / "translate-tr_en-1_0.argosmodel")


@pytest.fixture
def packages(tmp_path, monkeypatch):
    directory = tmp_path / "argos"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(directory))
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    return directory


def test_install_list_translate_remove(run_cli, argos_model_file, packages, tmp_path):
    code, out, err = run_cli("models", "list")
    assert code == 0 and "(none;" in out and str(packages) in out
    assert "spa-eng" in out and "Cyrl-Latn" in out  # Apertium modes

    code, out, err = run_cli("models", "install", argos_model_file)
    assert code == 0, err
    assert "installed translate-tr_en-1_0 (tr-en, version 1.0)" in out
    assert (packages / "translate-tr_en-1_0" / "model" / "model.bin").exists()

    code, out, _ = run_cli("models", "list", "--format", "json")
    listed = json.loads(out)
    assert [(p["name"], p["from"], p["to"]) for p in listed["argos"]["packages"]] == [
        ("translate-tr_en-1_0", "tr", "en")]
    assert "spa-eng" in listed["apertium"]["modes"]

    story = tmp_path / "tr.txt"
    story.write_text("NATO Kosova'ya 700 asker gönderiyor.\n", encoding="utf-8")
    code, out, err = run_cli("translate", story, "--to", "en")
    assert code == 0, err
    assert "with argos translate-tr_en-1_0" in err

    code, out, _ = run_cli("models", "remove", "tr-en")
    assert code == 0 and "removed translate-tr_en-1_0" in out
    assert not (packages / "translate-tr_en-1_0").exists()
    code, _, err = run_cli("models", "remove", "tr-en")
    assert code == 2 and err.startswith("checker: error: no installed Argos package 'tr-en'")


def test_install_from_unpacked_folder(run_cli, argos_model_file, packages, tmp_path):
    import zipfile

    with zipfile.ZipFile(argos_model_file) as archive:
        archive.extractall(tmp_path / "usb-stick")
    code, _, err = run_cli("models", "install", tmp_path / "usb-stick" / "translate-tr_en-1_0")
    assert code == 0, err
    assert (packages / "translate-tr_en-1_0" / "metadata.json").exists()


def test_install_bad_file_is_one_line_error(run_cli, packages, tmp_path):
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a model")
    code, _, err = run_cli("models", "install", bad)
    assert code == 2
    assert err.startswith("checker: error: not an Argos package") and "Traceback" not in err


def test_download_offline_fails_fast_with_advice(run_cli, packages, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")  # refused: like offline
    code, _, err = run_cli("models", "download", "tr", "en", "--timeout", "2")
    assert code == 2
    assert "cannot reach http://127.0.0.1:9/index.json" in err
    assert "checker models install FILE" in err
    assert len(err.strip().splitlines()) == 1


def test_build_e5_reports_the_built_model_folder(run_cli):
    """install.sh builds multilingual-e5-small; a second build finds it up to date."""
    from pathlib import Path

    code, out, err = run_cli("models", "build-e5")
    assert code == 0, err
    assert (Path(out.strip()) / "modules.json").is_file()
