"""Serbian dates as Serbian translators word them: the team's own English news sentences
and their Serbian in tests/data/sr_dates and tests/data/sr_dates2 (both scripts). Every
faithful pair gives no error; every English weekday or month changed to another gives a
date error, as perturb_eval's planted date changes do; and each English line with a date,
time or count changed (sr_dates2's en-drifted.txt) gives a date or number error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.serbian_script import to_cyrillic

from checker.model import SegmentPair
from checker.pipeline import check_pair

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = ("sr_dates", "sr_dates2", "sr_dates3")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NAME = re.compile(r"\b(" + "|".join(MONTHS + WEEKDAYS) + r")\b")


def _lines(name: str, folder: str = "sr_dates") -> list[str]:
    return (DATA / folder / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _errors(english: str, text: str, lang: str) -> list[str]:
    return [f.rule for f in check_pair(SegmentPair("t", "en", english, lang, text))
            if f.severity == "error"]


def _other(name: str, english: str) -> str:
    """A later name of the same kind that the sentence does not name (never May, which
    English also uses as a verb; days kept within the shortest month's 28): a weekday two
    on, as the night before a weekday is either day ("u noći na utorak": Monday night)."""
    names = [n for n in (MONTHS if name in MONTHS else WEEKDAYS) if n != "May"]
    start = names.index(name) if name in names else 0
    start += 0 if name in MONTHS else 1
    for k in range(1, len(names) + 1):
        new = names[(start + k) % len(names)]
        if new != name and new not in english:
            return new
    raise AssertionError(english)


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_folder_is_aligned_and_the_cyrillic_is_the_latin(folder):
    en, latin, cyrillic, docs = (_lines(n, folder) for n in ("en", "sr", "sr-Cyrl", "doc_ids"))
    assert len(en) == len(latin) == len(cyrillic) == len(docs) >= 90
    for lat, cyr in zip(latin, cyrillic, strict=True):
        assert to_cyrillic(lat).replace(" год.", " г.") == cyr.replace(" год.", " г.")


@pytest.mark.parametrize("folder", FOLDERS)
@pytest.mark.parametrize("script", ["sr", "sr-Cyrl"])
def test_faithful_pairs_give_no_error_and_changed_dates_do(folder, script):
    en, version = _lines("en", folder), _lines(script, folder)
    faithful_errors, missed = [], []
    for english, text in zip(en, version, strict=True):
        if _errors(english, text, script):
            faithful_errors.append(text)
        for m in _NAME.finditer(english):
            day = re.match(r"\s+(\d+)", english[m.end():])
            if m[1] in MONTHS and day and int(day[1]) > 28:
                continue  # "February 30" is no date
            drifted = english[: m.start()] + _other(m[1], english) + english[m.end():]
            if not any(r.startswith("date.") for r in _errors(drifted, text, script)):
                missed.append((drifted, text))
    assert faithful_errors == []
    assert missed == [], "\n".join(f"{a} | {b}" for a, b in missed)


@pytest.mark.parametrize("folder", ["sr_dates2", "sr_dates3"])
@pytest.mark.parametrize("script", ["sr", "sr-Cyrl"])
def test_a_changed_time_age_or_count_is_an_error(folder, script):
    """A clock time ("u 10 i 30", "u pola osam"), a day written in words, a year, an age in
    one word, a count of centuries changed on the English side: an error of its kind."""
    drifted, version = _lines("en-drifted", folder), _lines(script, folder)
    assert len(drifted) == len(version) and sum(map(bool, drifted)) >= 60
    missed = [(english, text) for english, text in zip(drifted, version, strict=True)
              if english and not any(r.startswith(("date.", "number."))
                                     for r in _errors(english, text, script))]
    assert missed == [], "\n".join(f"{a} | {b}" for a, b in missed)


@pytest.mark.parametrize(
    ("english", "latin", "faithful"),
    [
        # the year in one word: "lane", "preklane", "dogodine", "prošlogodišnji"
        ("Turnout was higher last year.", "Izlaznost je lane bila veća.", True),
        ("Turnout will be higher next year.", "Izlaznost je lane bila veća.", False),
        ("Prices will fall next year, the bank says.", "Banka kaže da će cene dogodine pasti.",
         True),
        ("Prices fell last year, the bank says.", "Banka kaže da će cene dogodine pasti.",
         False),
        ("Last year's fair drew 40,000 visitors.",
         "Prošlogodišnji sajam posetilo je 40.000 ljudi.", True),
        ("This year's fair drew 40,000 visitors.",
         "Prošlogodišnji sajam posetilo je 40.000 ljudi.", False),
        # the night from one day to the next names both days of the month said once
        ("The storm hit on the night of February 4.",
         "Oluja je pogodila grad u noći sa 4. na 5. februar.", True),
        ("The storm hit on the night of February 3.",
         "Oluja je pogodila grad u noći sa 4. na 5. februar.", False),
        ("The storm hit on the night of March 4.",
         "Oluja je pogodila grad u noći sa 4. na 5. februar.", False),
        # the night before a weekday is either day: the evening's or the morning's
        ("Police searched the building on Monday night.",
         "Policija je zgradu pretresla u noći na utorak.", True),
        ("Police searched the building in the early hours of Tuesday.",
         "Policija je zgradu pretresla u noći na utorak.", True),
        ("Police searched the building on Friday night.",
         "Policija je zgradu pretresla u noći na utorak.", False),
    ],
)
def test_serbian_year_words_and_nights_against_english(english, latin, faithful):
    for text, lang in ((latin, "sr"), (to_cyrillic(latin), "sr-Cyrl")):
        errors = _errors(english, text, lang)
        assert errors == ([] if faithful else ["date.changed"]), text


@pytest.mark.parametrize(
    ("english", "cyrillic", "faithful"),
    [
        # a Latin "j" typed inside a Cyrillic month ("jула": the look-alike of "ј")
        ("The festival opens on July 7, 2023.", "Фестивал се отвара 7. jула 2023.", True),
        ("The festival opens on July 7, 2023.", "Фестивал се отвара 7. jуна 2023.", False),
        ("The festival opens on July 7, 2023.", "Фестивал се отвара 7. jула 2022.", False),
        # a Cyrillic case ending glued to the year's digits by a hyphen
        ("The 2023 season was his best.", "Сезона 2023-е била му је најбоља.", True),
        ("The 2023 season was his best.", "Сезона 2022-е била му је најбоља.", False),
        # the ijekavian weekday in Cyrillic
        ("The vote is on Wednesday.", "Гласање је у сриједу.", True),
        ("The vote is on Wednesday.", "Гласање је у петак.", False),
    ],
)
def test_cyrillic_quirks_around_dates(english, cyrillic, faithful):
    errors = _errors(english, cyrillic, "sr-Cyrl")
    assert errors == ([] if faithful else ["date.changed"]), cyrillic
