"""A day of the month said without its month after the word for "day" (`dates.DAY_BEFORE`):
Portuguese "no dia 27", Spanish "el día 28", Italian "il giorno 28". Between any two of them
and against English "the 28th" the day is compared as a date: the same day gives nothing, a
changed day an error. The sentences are the team's own writing."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair


def _findings(src_lang: str, src: str, tgt_lang: str, tgt: str) -> list[tuple[str, str]]:
    pair = SegmentPair("t", src_lang, src, tgt_lang, tgt)
    return [(f.severity, f.category) for f in check_pair(pair)
            if f.category in ("number", "date")]


SAME_DAY = [
    ("es", "La asamblea votará el día 28, tras el debate.", "pt",
     "A assembleia vota no dia 28, depois do debate."),
    ("pt", "O prazo termina no dia 14.", "es", "El plazo vence el día 14."),
    ("it", "Il cantiere riapre il giorno 9.", "pt", "O estaleiro reabre no dia 9."),
    ("es", "Los resultados se publicarán el día 3.", "it",
     "I risultati saranno pubblicati il giorno 3."),
    ("en", "The strike resumes on the 21st.", "es", "La huelga se reanuda el día 21."),
    ("en", "The museum reopens on the 5th.", "it", "Il museo riapre il giorno 5."),
]


@pytest.mark.parametrize(("src_lang", "src", "tgt_lang", "tgt"), SAME_DAY)
def test_the_same_day_said_alone_gives_nothing(src_lang, src, tgt_lang, tgt):
    assert _findings(src_lang, src, tgt_lang, tgt) == []


@pytest.mark.parametrize(("src_lang", "src", "tgt_lang", "tgt"), SAME_DAY)
def test_another_day_said_alone_is_a_date_error(src_lang, src, tgt_lang, tgt):
    day = next(w for w in tgt.replace(".", " ").replace(",", " ").split() if w.isdigit())
    drifted = tgt.replace(f" {day}", f" {int(day) + 1}", 1)
    assert ("error", "date") in _findings(src_lang, src, tgt_lang, drifted)


def test_a_count_of_days_is_no_day_alone():
    assert _findings("en", "The search went on for 28 days.", "es",
                     "La búsqueda continuó durante 28 días.") == []
    assert ("error", "number") in _findings("en", "The search went on for 28 days.", "es",
                                            "La búsqueda continuó durante 29 días.")
