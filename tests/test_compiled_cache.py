"""Values built from language data are kept on disk under a stamp of the installation
(checker.compiled_cache): read back equal, rebuilt when the stamp or the file changes."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from checker import compiled_cache
from checker.context import CheckContext
from checker.facts.numeric.rules import rules
from checker.glossary.lookup import NameIndex
from checker.glossary.model import Concept, Glossary

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _counting_build(calls: list[str], value: object):
    def build():
        calls.append("built")
        return value

    return build


def test_a_value_is_built_once_then_read_back(cache_folder):
    calls: list[str] = []
    first = compiled_cache.load_or_build("test", "de", _counting_build(calls, {"a": (1, 2)}))
    again = compiled_cache.load_or_build("test", "de", _counting_build(calls, {"a": (1, 2)}))
    assert first == again == {"a": (1, 2)}
    assert calls == ["built"]
    assert list((cache_folder / "compiled").glob("*/test-*.pickle"))


def test_another_key_is_another_value(cache_folder):
    compiled_cache.load_or_build("test", "de", lambda: "German")
    assert compiled_cache.load_or_build("test", "fr", lambda: "French") == "French"


def test_a_changed_package_file_or_library_version_changes_the_stamp(tmp_path):
    package = tmp_path / "pkg"
    (package / "lang" / "xx").mkdir(parents=True)
    data = package / "lang" / "xx" / "numbers.py"
    data.write_text("NUMBER_WORDS = {'one': 1}\n")
    before = compiled_cache.stamp_of(package, {"babel": "2.19.0"})
    assert compiled_cache.stamp_of(package, {"babel": "2.19.0"}) == before
    data.write_text("NUMBER_WORDS = {'one': 1, 'two': 2}\n")
    after_data = compiled_cache.stamp_of(package, {"babel": "2.19.0"})
    assert after_data != before
    assert compiled_cache.stamp_of(package, {"babel": "2.20.0"}) != after_data
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    assert compiled_cache.stamp_of(package, {"babel": "2.20.0"}) == compiled_cache.stamp_of(
        package, {"babel": "2.20.0"})


def test_a_file_changed_to_the_same_size_or_only_touched_changes_the_stamp(tmp_path):
    import os

    package = tmp_path / "pkg"
    package.mkdir()
    data = package / "numbers.py"
    data.write_text("NUMBER_WORDS = {'one': 1}\n")
    os.utime(data, ns=(1_000_000_000, 1_000_000_000))
    before = compiled_cache.stamp_of(package, {})
    data.write_text("NUMBER_WORDS = {'uno': 1}\n")  # same size, as an edit leaves it
    assert compiled_cache.stamp_of(package, {}) != before
    os.utime(data, ns=(1_000_000_000, 1_000_000_000))  # the old time back: the same stamp
    assert compiled_cache.stamp_of(package, {}) == before  # (stat, not contents)
    os.utime(data, ns=(1_000_000_000, 2_000_000_000))  # touched
    assert compiled_cache.stamp_of(package, {}) != before
    (package / "new.py").write_text("")
    assert compiled_cache.stamp_of(package, {}) not in (before,)


def test_an_edited_module_in_a_copy_of_the_package_builds_its_values_again(tmp_path):
    """The stamp of a checkout follows its files: an edit gives a new compiled folder."""
    import shutil

    copy = tmp_path / "checker"
    shutil.copytree(compiled_cache.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    libraries = {"babel": "x"}
    before = compiled_cache.stamp_of(copy, libraries)
    assert compiled_cache.stamp_of(copy, libraries) == before
    rules = copy / "facts" / "numeric" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert compiled_cache.stamp_of(copy, libraries) != before


def test_a_value_under_an_old_stamp_is_not_used_but_rebuilt(cache_folder, monkeypatch):
    compiled_cache.load_or_build("test", "de", lambda: "old data")
    monkeypatch.setattr(compiled_cache, "stamp", lambda: "a-newer-installation")
    calls: list[str] = []
    assert compiled_cache.load_or_build("test", "de", _counting_build(calls, "new")) == "new"
    assert calls == ["built"]
    assert len(list((cache_folder / "compiled").iterdir())) == 2


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps("x")[:-2]])
def test_an_unreadable_file_is_rebuilt_and_rewritten(cache_folder, content):
    path = compiled_cache.key_file("test", "de")
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert compiled_cache.load_or_build("test", "de", lambda: ["rebuilt"]) == ["rebuilt"]
    assert compiled_cache.load_or_build("test", "de", lambda: ["again"]) == ["rebuilt"]


def test_a_file_naming_other_callables_is_refused(cache_folder):
    path = compiled_cache.key_file("test", "de")
    path.parent.mkdir(parents=True)
    path.write_bytes(pickle.dumps(subprocess.Popen))  # a planted file: not checker's class
    assert compiled_cache.load_or_build("test", "de", lambda: "built") == "built"


def test_an_unwritable_cache_folder_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("CHECKER_DATA_DIR", str(blocker))
    calls: list[str] = []
    for _ in range(2):
        assert compiled_cache.load_or_build("test", "de", _counting_build(calls, 7)) == 7
    assert calls == ["built", "built"]


def test_old_stamp_folders_are_pruned_when_a_new_one_is_made(cache_folder, monkeypatch):
    import os
    import time

    old = cache_folder / "compiled" / "old-stamp"
    recent = cache_folder / "compiled" / "recent-stamp"
    for folder in (old, recent):
        folder.mkdir(parents=True)
    long_ago = time.time() - (compiled_cache.KEEP_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    compiled_cache.load_or_build("test", "de", lambda: 1)
    assert not old.exists() and recent.exists()


def test_number_rules_read_back_give_the_same_values(cache_folder):
    built = rules.__wrapped__.__wrapped__("de")  # neither cache
    compiled_cache.load_or_build("number-rules", "de", lambda: built)
    read = compiled_cache.load_or_build("number-rules", "de", lambda: None)
    assert read is not built and read == built


def test_a_name_index_read_back_matches_like_the_built_one(cache_folder):
    glossary = Glossary("de", {"kosovo": Concept("kosovo", "Kosovo", ["Kosova"])})
    context = CheckContext(glossaries={"de": glossary})
    first = context.name_index("de")
    import checker.context

    checker.context._SHARED_INDEXES.clear()  # read back from its file, not shared
    read = CheckContext(glossaries={"de": glossary}).name_index("de")
    assert first is not read
    assert [e.surface for e in read.entries] == [e.surface for e in first.entries]
    stems = [("kosova",)]
    assert read.match(stems, 0) is not None
    assert read.match(stems, 0)[0].concept == first.match(stems, 0)[0].concept == "kosovo"
    # entries shared between the tables stay one object each
    assert all(any(e is x for x in read.entries) for e in read.by_concept["kosovo"])


def test_other_glossaries_get_their_own_name_index(cache_folder):
    one = Glossary("de", {"kosovo": Concept("kosovo", "Kosovo")})
    other = Glossary("de", {"kosovo": Concept("kosovo", "Kosowo")})
    CheckContext(glossaries={"de": one}).name_index("de")
    index = CheckContext(glossaries={"de": other}).name_index("de")
    assert [e.surface for e in index.entries if e.concept == "kosovo"] == ["Kosowo"]
    assert isinstance(index, NameIndex)


def test_a_fresh_process_reads_what_another_built(cache_folder):
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from checker.facts import numbers; "
            "print([f.value for f in numbers.extract('Dreihundert Soldaten kamen.', 'de')])")
    env = {"PATH": "/usr/bin:/bin", "CHECKER_DATA_DIR": str(cache_folder),
           "HOME": str(cache_folder.parent)}
    outputs = [subprocess.run([sys.executable, "-c", code, str(ROOT)], env=env, check=True,
                              capture_output=True, text=True).stdout for _ in range(2)]
    assert outputs[0] == outputs[1] and "300" in outputs[0]
    assert list((cache_folder / "compiled").glob("*/number-rules-*.pickle"))
