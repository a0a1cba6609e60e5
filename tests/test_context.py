"""The run's context (checker/context.py): glossaries travel with the run, not in module
state, so two runs with different glossaries in one process do not see each other's."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.context import CheckContext
from checker.errors import InputError
from checker.glossary.tsv import GlossaryFormatError
from checker.model import SegmentPair
from checker.pipeline import check_pair, check_pairs

HEADER = "concept\tpreferred\tallowed\tforbidden\tnote\n"
PAIR = SegmentPair("p1", "en", "Talks between Belgrade and Pristina resumed.",
                   "sr", "Razgovori između Beograda i Pristine su nastavljeni.")


def desk(folder: Path, serbian_row: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "en.tsv").write_text(HEADER + "pristina\tPristina\tPrishtina\t\t\n",
                                   encoding="utf-8")
    (folder / "sr.tsv").write_text(HEADER + serbian_row, encoding="utf-8")
    return folder


def rules(context: CheckContext) -> list[str]:
    return [f.rule for f in check_pair(PAIR, context) if f.category in ("entity", "term")]


def test_two_contexts_with_other_glossaries_give_their_own_findings(tmp_path):
    strict = CheckContext.load(desk(tmp_path / "strict", "pristina\tPriština\t\tPristina\t\n"))
    lenient = CheckContext.load(desk(tmp_path / "lenient", "pristina\tPristina\tPriština\t\t\n"))
    # Interleaved, as two runs in one process (a server, the stories runner): each context
    # keeps its own glossaries and name indexes.
    assert rules(strict) == ["term.changed"]  # the strict desk forbids "Pristina"
    assert rules(lenient) == []
    assert rules(strict) == ["term.changed"]
    assert rules(CheckContext()) == []  # no glossaries: CLDR names only, nothing to rate
    assert strict.glossary_for("sr-Latn") is strict.glossaries["sr"]
    assert lenient.glossary_for("sr").concepts["pristina"].preferred == "Pristina"


def _pairs_read(log: list[str]):
    for pair in [PAIR]:
        log.append(pair.id)
        yield pair


def test_check_pairs_fails_on_a_bad_glossary_folder_before_the_first_pair(tmp_path):
    log: list[str] = []
    with pytest.raises(InputError, match="glossary folder not found"):
        check_pairs(_pairs_read(log), str(tmp_path / "missing"))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "sr.tsv").write_text("term\tmeaning\nPristina\tx\n", encoding="utf-8")
    with pytest.raises(GlossaryFormatError, match="expected the header"):
        check_pairs(_pairs_read(log), str(bad))  # the files are read now, not at pair one
    assert log == []  # no pair was read
    good = desk(tmp_path / "good", "pristina\tPriština\t\tPristina\t\n")
    checked = check_pairs(_pairs_read(log), str(good))
    assert [[f.rule for f in found] for _, found in checked] == [["term.changed"]]
    assert log == ["p1"]


def test_a_context_finds_the_glossaries_next_to_the_inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story"
    folder = desk(story / "glossaries", "pristina\tPriština\t\tPristina\t\n")
    found = CheckContext.for_inputs(None, [story / "en.txt"])
    assert found.glossary_folder == folder.resolve()
    assert set(found.glossaries) == {"en", "sr"}
    assert CheckContext.for_inputs(None, [tmp_path / "elsewhere.txt"]).glossary_folder is None


def test_contexts_with_the_same_glossaries_share_one_name_index(tmp_path):
    # Each check_pair without a context makes one: the index is read once per process, not
    # once per pair (it held the test suite's memory at 12 GB), and an index-keyed cache is
    # filled once.
    assert CheckContext().name_index("sr") is CheckContext().name_index("sr")
    assert CheckContext().name_index("sr") is not CheckContext().name_index("hr")
    one = CheckContext.load(desk(tmp_path / "one", "pristina\tPriština\t\tPristina\t\n"))
    same = CheckContext.load(desk(tmp_path / "same", "pristina\tPriština\t\tPristina\t\n"))
    other = CheckContext.load(desk(tmp_path / "other", "pristina\tPristina\tPriština\t\t\n"))
    assert one.name_index("sr") is same.name_index("sr")
    assert one.name_index("sr") is not other.name_index("sr")
    assert one.name_index("sr") is not CheckContext().name_index("sr")
    assert rules(one) == rules(same) == ["term.changed"] and rules(other) == []
