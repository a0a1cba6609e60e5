"""Shares said as one out of a count ("one in four"), as "every fourth" or as a percentage:
our own sentence pairs, each faithful one silent, each changed one an error."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors, number_date_findings

ENGLISH = "One in four pupils walks to school."

# "every fourth" as a share (`lex_attrs.SHARE_EVERY`), one out of a count (`SHARE_BETWEEN`)
EVERY_FOURTH = [
    ("ru", "Каждый четвёртый ученик ходит в школу пешком.", "четвёртый", "третий"),
    ("tr", "Her dördüncü öğrenci okula yürüyerek gidiyor.", "dördüncü", "üçüncü"),
    ("mk", "Секој четврти ученик оди пешки на училиште.", "четврти", "трети"),
    ("ar", "واحد من كل أربعة تلاميذ يذهب إلى المدرسة سيرا.", "أربعة", "ثلاثة"),
    ("ru", "Один из четырёх учеников ходит в школу пешком.", "четырёх", "трёх"),
]


@pytest.mark.parametrize(("lang", "version", "old", "new"), EVERY_FOURTH)
def test_every_fourth_is_one_in_four(lang: str, version: str, old: str, new: str) -> None:
    assert number_date_findings(ENGLISH, lang, version) == []
    assert number_date_errors(ENGLISH, lang, version.replace(old, new)) != []


# one out of a count against the same share as a percentage: no change
AS_PERCENT = [
    ("fr", "25 % des élèves vont à l'école à pied."),
    ("de", "25 Prozent der Schüler gehen zu Fuß zur Schule."),
    ("ru", "25 % учеников ходят в школу пешком."),
    ("tr", "Öğrencilerin yüzde 25'i okula yürüyerek gidiyor."),
    ("sq", "25 për qind e nxënësve shkojnë në shkollë në këmbë."),
    ("ar", "25% من التلاميذ يذهبون إلى المدرسة سيرا."),
    ("zh", "25%的学生步行上学。"),
]


@pytest.mark.parametrize(("lang", "version"), AS_PERCENT)
def test_one_in_four_is_twenty_five_percent(lang: str, version: str) -> None:
    assert number_date_findings(ENGLISH, lang, version) == []


def test_one_in_a_count_stays_its_count_beside_a_percentage_both_say() -> None:
    english = "One in four pupils walks to school, up 3 percent."
    version = "Un élève sur quatre va à l'école à pied, 3 % de plus."
    assert number_date_findings(english, "fr", version) == []
    assert number_date_errors(english, "fr", version.replace("quatre", "trois")) != []


@pytest.mark.parametrize(
    ("lang", "version"),
    [("ru", "Один из четырёх учеников ходит в школу пешком."),
     ("fr", "Un élève sur quatre va à l'école à pied."),
     ("ar", "واحد من كل أربعة تلاميذ يذهب إلى المدرسة سيرا.")],
)
def test_a_percentage_against_one_in_four(lang: str, version: str) -> None:
    english = "25 percent of pupils walk to school."
    assert number_date_findings(english, lang, version) == []
