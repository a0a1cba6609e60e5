"""Chinese sentences naming Japanese, Korean, Vietnamese and Western people against English
translations (tests/data/zh_other_readings.tsv, the team's own writing): a faithful
translation gets no name finding; a twin with the person replaced by another of the same
origin gets one, an error where the Chinese name is found by its title and its family name
has no reading in the other name (checker/other_readings.py, checker/compare/read_apart.py).
Known gaps run as strict expected failures, so a fix shows up as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair

_DATA = Path(__file__).resolve().parents[1] / "data" / "zh_other_readings.tsv"
CASES = {row[0]: tuple(row[1:]) for row in (
    line.split("\t") for line in _DATA.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))}

# "林芳正在" reads as 林芳 + 正在 (is doing): the name's extent is cut.
KNOWN_FINDINGS = frozenset({"jp14"})
# Twins with nothing reported: the Chinese name is not found (no title next to it, or a
# family name no list has), and the English name read by no table (a given name with a
# rendaku or a reading the table lacks, "Kenzaburo", "Jiro"); and Western names whose swap
# was missed before too. kr22 and kr29: a word of the other name is a reading of a character
# there ("Ahn" of 黄教安, "Jae" of 朴载相), taken for the person named with a reading the
# table lacks, unreported.
KNOWN_TWIN_MISSES = frozenset({
    "jp05", "jp19", "jp21", "jp22", "jp23", "jp27", "jp29", "jp30", "kr03",
    "kr04", "kr15", "kr16", "kr19", "kr22", "kr27", "kr29", "vn03", "vn06", "vn09", "vn12",
    "we11", "we12", "we16", "we18", "we19", "we20", "we22", "we25",
})
# Twins reported as an error: the Chinese person is found (a title or an honorific next to
# the name) and the English name has no reading of its family name.
TWIN_ERRORS = frozenset({
    "jp01", "jp10", "jp14", "jp15", "jp18", "kr05", "kr08", "kr11", "kr17", "kr21", "vn10",
    "vn11", "vn15", "vn16", "vn30",
})


def name_findings(source: str, translation: str) -> list[Finding]:
    pair = SegmentPair("own", "zh", source, "en", translation)
    return [f for f in check_pair(pair) if f.category in ("entity", "term")]


def _marked(keys, known):
    return [pytest.param(k, marks=pytest.mark.xfail(strict=True)) if k in known else k
            for k in keys]


def test_the_data_has_every_origin():
    for origin in ("jp", "kr", "vn", "we"):
        assert sum(k.startswith(origin) for k in CASES) >= 30


@pytest.mark.parametrize("case", _marked(sorted(CASES), KNOWN_FINDINGS))
def test_faithful_translation_has_no_name_finding(case):
    source, faithful, _ = CASES[case]
    assert name_findings(source, faithful) == []


@pytest.mark.parametrize("case", _marked(sorted(CASES), KNOWN_TWIN_MISSES))
def test_replaced_person_is_reported(case):
    source, _, replaced = CASES[case]
    assert name_findings(source, replaced)


@pytest.mark.parametrize("case", sorted(TWIN_ERRORS))
def test_replaced_person_found_by_title_is_an_error(case):
    source, _, replaced = CASES[case]
    assert any(f.severity == "error" for f in name_findings(source, replaced))


def test_japanese_reads_kanji_names_by_the_same_table():
    """Japanese text names a Japanese person in kanji too (checker/lang/ja/names.py)."""
    source = "岸田文雄首相は火曜日、東京でドイツの首相と会談した。"
    faithful = "Prime Minister Fumio Kishida met the German chancellor in Tokyo on Tuesday."
    replaced = "Prime Minister Shigeru Ishiba met the German chancellor in Tokyo on Tuesday."

    def findings(translation: str) -> list[Finding]:
        pair = SegmentPair("own", "ja", source, "en", translation)
        return [f for f in check_pair(pair) if f.category in ("entity", "term")]

    assert findings(faithful) == []
    assert findings(replaced)
