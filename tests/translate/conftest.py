"""Fixtures for translation tests: a real-format Argos package (random weights) built
once per session, a private packages folder and a private translation cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def argos_build(tmp_path_factory) -> Path:
    """Folder with unpacked test packages de->en, en->fr and es->en, plus a .argosmodel
    file of de->en. Built once: a tiny Marian model converted by CTranslate2."""
    from support.argos_package import build_test_package, zip_package

    root = tmp_path_factory.mktemp("argos-build")
    build_test_package(root / "unpacked", "de", "en", seed=1)
    build_test_package(root / "unpacked", "en", "fr", seed=2)
    build_test_package(root / "unpacked", "es", "en", seed=3)
    zip_package(root / "unpacked" / "translate-de_en-1_0", root / "translate-de_en-1_0.argosmodel")
    return root


@pytest.fixture
def argos_dir(tmp_path, monkeypatch) -> Path:
    """An empty Argos packages folder that checker and argostranslate both use."""
    directory = tmp_path / "argos-packages"
    directory.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(directory))
    return directory


@pytest.fixture
def install_test_package(argos_build, argos_dir):
    """Install one of the built test packages ("de_en", "en_fr", "es_en") into argos_dir."""

    def install(pair: str) -> Path:
        source = argos_build / "unpacked" / f"translate-{pair}-1_0"
        target = argos_dir / source.name
        shutil.copytree(source, target)
        return target

    return install


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch) -> Path:
    """Every test gets its own translation cache, so no test sees another's entries,
    and no Argos package but those it installs (argos_dir overrides the folder)."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(directory))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-argos-packages"))
    monkeypatch.delenv("CHECKER_ENGINES", raising=False)
    return directory
