"""Safe writes: lock + re-read + temp file + os.replace; concurrent editors lose nothing."""

import multiprocessing
import threading
import time
from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.glossary import edit, store


def _add_many(folder: str, worker: int, count: int) -> None:
    for k in range(count):
        store.update(
            Path(folder),
            "fr",
            lambda g, k=k: edit.add(g, f"c{worker}-{k}", f"terme {worker} {k}", [], [], None),
        )


def test_concurrent_editors_lose_no_entry(tmp_path):
    workers, count = 6, 15
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_add_many, args=(str(tmp_path), w, count)) for w in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    glossary = store.load(tmp_path, "fr")
    assert len(glossary.concepts) == workers * count
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".tmp", ".lock")]


def test_malformed_file_is_an_error_and_is_not_changed(tmp_path):
    path = tmp_path / "de.tsv"
    body = "concept\tpreferred\tallowed\tforbidden\tnote\nnato\tNATO\nnato\tNato\n"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CheckerError, match=r"de\.tsv:3:"):
        store.update(tmp_path, "de", lambda g: edit.add(g, "eu", "EU", [], [], None))
    assert path.read_text(encoding="utf-8") == body


def test_failed_change_writes_nothing(tmp_path):
    store.update(tmp_path, "en", lambda g: edit.add(g, "nato", "NATO", [], ["Nato"], None))
    before = (tmp_path / "en.tsv").read_bytes()
    with pytest.raises(CheckerError):
        store.update(tmp_path, "en", lambda g: edit.remove(g, "nato", ["NATO"]))
    assert (tmp_path / "en.tsv").read_bytes() == before


def test_writes_leave_only_the_glossary_file(tmp_path):
    """No `.tmp` and no `<lang>.tsv.lock` left in the user's folder after a write."""
    store.update(tmp_path, "en", lambda g: edit.add(g, "nato", "NATO", [], [], None))
    store.update(tmp_path, "en", lambda g: edit.add(g, "eu", "EU", [], [], None))
    assert [p.name for p in tmp_path.iterdir()] == ["en.tsv"]
    assert set(store.load(tmp_path, "en").concepts) == {"nato", "eu"}


def test_lock_stays_exclusive_although_the_lock_file_is_removed(tmp_path):
    """Editors waiting on a lock file that its holder then removes must not enter together
    with an editor that created a new one (flock conflicts between separate opens, so
    threads are enough to race)."""
    path = tmp_path / "fr.tsv"
    guard = threading.Lock()
    inside = [0]
    most_inside = [0]

    def work() -> None:
        for _ in range(40):
            with store.locked(path):
                with guard:
                    inside[0] += 1
                    most_inside[0] = max(most_inside[0], inside[0])
                time.sleep(0.005)
                with guard:
                    inside[0] -= 1

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert most_inside[0] == 1
    assert list(tmp_path.iterdir()) == []


def test_find_folder_walks_up_from_the_story(tmp_path):
    (tmp_path / "glossaries").mkdir()
    story = tmp_path / "stories" / "one"
    story.mkdir(parents=True)
    (story / "en.txt").write_text("x")
    assert store.find_folder([story / "en.txt"], cwd=story) == tmp_path / "glossaries"
