"""Clock times whose half of the day is said on both sides: twelve hours apart they are a
change ("9 p.m." against "9 uur 's ochtends"), while a side that leaves the half unsaid
("om negen uur") still answers either half. Our own sentences."""

from __future__ import annotations

import pytest

from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair


def _date_findings(english: str, lang: str, version: str) -> list[Finding]:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f for f in check_pair(pair) if f.category == "date"]


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("The night train leaves at 9 p.m.", "nl",
         "De nachttrein vertrekt om 9 uur 's ochtends."),
        ("The night train leaves at 9 p.m.", "sr", "Noćni voz polazi u 9 ujutru."),
        ("The night train leaves at 9 p.m.", "sr-Cyrl", "Ноћни воз полази у 9 ујутру."),
        ("The night train leaves at 21:00.", "nl", "De nachttrein vertrekt om 09:00."),
        ("The bakery opens at 7 a.m.", "nl", "De bakkerij gaat om 7 uur 's avonds open."),
        ("The bakery opens at 7 a.m.", "sr", "Pekara se otvara u 19:00."),
        ("The bakery opens at 07:30.", "de", "Die Bäckerei öffnet um 19:30 Uhr."),
    ],
)
def test_both_halves_said_and_twelve_hours_apart_is_a_change(english, lang, version):
    errors = [f for f in _date_findings(english, lang, version) if f.severity == "error"]
    assert [f.kind for f in errors] == ["changed"]


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("The night train leaves at 9 p.m.", "nl", "De nachttrein vertrekt om 9 uur."),
        ("The night train leaves at nine.", "nl", "De nachttrein vertrekt om 21:00."),
        ("The night train leaves at 9 p.m.", "sr", "Noćni voz polazi u 9 sati."),
        ("The bakery opens at 7 a.m.", "nl", "De bakkerij gaat om 7 uur 's ochtends open."),
        ("The bakery opens at 7 a.m.", "sr", "Pekara se otvara u 7 ujutru."),
        ("The bakery opens at 7:30.", "de", "Die Bäckerei öffnet um 19:30 Uhr."),
    ],
)
def test_a_half_said_on_one_side_only_is_no_change(english, lang, version):
    assert _date_findings(english, lang, version) == []
