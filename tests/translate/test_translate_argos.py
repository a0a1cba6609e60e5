"""The Argos engine on a real-format package: discovery, install, remove, download
(from a local index only), batched translation identical to argostranslate's own."""

from __future__ import annotations

import http.server
import json
import threading
import zipfile
from pathlib import Path

import pytest

from checker.errors import ModelError
from checker.translate import Translator
from checker.translate.argos import (
    ArgosEngine,
    download_package,
    install_package,
    installed_packages,
    packages_dir,
    remove_package,
)
from checker.translate.base import Engine

SENTENCES = [
    "Der NATO-Chef sagte am Donnerstag, dass 700 zusätzliche Soldaten kommen.",
    "Mindestens 30 Soldaten wurden verletzt.",
    "Stoltenberg wird Ankara besuchen.",
]


def test_packages_dir_follows_argos_packages_dir_then_xdg_data_home(monkeypatch, tmp_path):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "here"))
    assert packages_dir() == tmp_path / "here"
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert packages_dir() == tmp_path / "data" / "argos-translate" / "packages"


def test_install_from_argosmodel_file_lists_the_package(argos_build, argos_dir):
    package = install_package(argos_build / "translate-de_en-1_0.argosmodel")
    assert package.path == argos_dir / "translate-de_en-1_0"
    listed = installed_packages()
    assert [(p.name, p.pair, p.package_version) for p in listed] == [
        ("translate-de_en-1_0", "de-en", "1.0")
    ]
    assert not [p for p in argos_dir.iterdir() if p.name.startswith(".")]  # no staging left
    engine = ArgosEngine()
    assert isinstance(engine, Engine)
    assert engine.can_translate("de", "en")
    assert not engine.can_translate("en", "de")


def test_install_from_folder_and_reinstall_replaces(argos_build, argos_dir):
    folder = argos_build / "unpacked" / "translate-en_fr-1_0"
    install_package(folder)
    install_package(folder)  # again: replaced, not duplicated
    assert [p.pair for p in installed_packages()] == ["en-fr"]
    assert (folder / "metadata.json").exists()  # the source folder is untouched


def test_install_rejects_what_is_not_a_package(argos_dir, tmp_path):
    not_zip = tmp_path / "broken.argosmodel"
    not_zip.write_bytes(b"not a zip at all")
    with pytest.raises(ModelError, match="neither a folder nor a zip"):
        install_package(not_zip)
    empty_zip = tmp_path / "empty.argosmodel"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("something/readme.txt", "hello")
    with pytest.raises(ModelError, match=r"metadata\.json"):
        install_package(empty_zip)
    evil = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../escaped.txt", "x")
    with pytest.raises(ModelError, match="unsafe path"):
        install_package(evil)
    assert list(argos_dir.iterdir()) == []  # a failed install leaves nothing behind
    with pytest.raises(ModelError, match="no such file"):
        install_package(tmp_path / "missing.argosmodel")


def test_remove_by_pair_or_name(install_test_package):
    install_test_package("de_en")
    install_test_package("en_fr")
    assert remove_package("de-en").name == "translate-de_en-1_0"
    assert remove_package("translate-en_fr-1_0").pair == "en-fr"
    assert installed_packages() == []
    with pytest.raises(ModelError, match="no installed Argos package"):
        remove_package("de-en")


def test_batched_translation_matches_argostranslate(install_test_package):
    """Our one batched CTranslate2 call gives what argostranslate gives sentence by
    sentence (with a splitter that needs no model, as argostranslate's would download one)."""
    folder = install_test_package("de_en")
    from argostranslate.package import Package
    from argostranslate.translate import PackageTranslation

    class OneSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    theirs = PackageTranslation(None, None, Package(folder))
    theirs.sentencizer = OneSentence()
    expected = [theirs.hypotheses(s, num_hypotheses=1)[0].value for s in SENTENCES]
    ours = ArgosEngine().translate_batch(SENTENCES, "de", "en")
    assert ours == expected
    assert all(isinstance(t, str) and t for t in ours)


def test_model_info_names_package_and_version(install_test_package):
    install_test_package("de_en")
    info = ArgosEngine().model_info("de", "en")
    assert (info.engine, info.model, info.version) == ("argos", "translate-de_en-1_0", "1.0")
    with pytest.raises(ModelError, match="no Argos package installed for en->de"):
        ArgosEngine().model_info("en", "de")


def test_pivot_through_english_with_two_packages(install_test_package):
    install_test_package("de_en")
    install_test_package("en_fr")
    translator = Translator(["argos"])
    hops = translator.route("de", "fr")
    assert [(h.source, h.target) for h in hops] == [("de", "en"), ("en", "fr")]
    done = translator.translate(SENTENCES, "de", "fr")
    assert len(done.texts) == len(SENTENCES)
    assert done.info["engine"] == "argos+argos"
    assert done.info["model"] == "translate-de_en-1_0+translate-en_fr-1_0"
    # The second hop translates the first hop's output: same as doing it by hand.
    by_hand = ArgosEngine().translate_batch(ArgosEngine().translate_batch(SENTENCES, "de", "en"),
                                            "en", "fr")
    assert done.texts == by_hand


class _IndexHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass


@pytest.fixture
def local_index(argos_build, tmp_path):
    """An Argos package index served from 127.0.0.1 (never the outside network)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "de_en.argosmodel").write_bytes(
        (argos_build / "translate-de_en-1_0.argosmodel").read_bytes())

    def handler(*args, **kwargs):
        return _IndexHandler(*args, directory=str(site), **kwargs)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_port}/"
    (site / "index.json").write_text(json.dumps([
        {"package_version": "1.0", "argos_version": "1.11.0", "from_code": "de",
         "to_code": "en", "type": "translate", "links": [base + "de_en.argosmodel"]},
    ]))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_download_installs_from_the_index(local_index, argos_dir, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", local_index)
    package = download_package("de", "en", timeout=5)
    assert package.pair == "de-en"
    assert [p.pair for p in installed_packages()] == ["de-en"]
    with pytest.raises(ModelError, match="has no en->de package"):
        download_package("en", "de", timeout=5)


def test_download_fails_clearly_and_fast_when_offline(argos_dir, monkeypatch):
    # Port 9 (discard) on the loopback: connection refused at once, like an offline host.
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    with pytest.raises(ModelError, match=r"cannot reach .*checker models install FILE"):
        download_package("tr", "en", timeout=2)
    assert installed_packages() == []


def test_engine_loads_each_package_once(install_test_package):
    folder = install_test_package("de_en")
    engine = ArgosEngine()
    engine.translate_batch(SENTENCES[:1], "de", "en")
    loaded = engine._loaded[folder]
    engine.translate_batch(SENTENCES[1:], "de", "en")
    ArgosEngine().translate_batch(SENTENCES, "de", "en")  # another story, same process
    assert engine._loaded[folder] is loaded


def test_unreadable_folder_is_skipped_not_fatal(install_test_package, argos_dir: Path):
    install_test_package("de_en")
    (argos_dir / "half-copied").mkdir()
    (argos_dir / "bad-json").mkdir()
    (argos_dir / "bad-json" / "metadata.json").write_text("{not json")
    assert [p.pair for p in installed_packages()] == ["de-en"]
