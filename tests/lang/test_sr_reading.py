"""Serbian reading details, each in both scripts: our own sentences (the Cyrillic one is the
Latin one in the other script, tests/support/serbian_script.py)."""

from __future__ import annotations

import pytest
from support.serbian_script import to_cyrillic

from checker.facts import extract_facts


def _dates(text: str, lang: str) -> list[str]:
    return [str(f.value) for f in extract_facts(text, lang, ("date",))]


def _both(latin: str) -> list[tuple[str, str]]:
    return [(latin, "sr"), (to_cyrillic(latin), "sr-Cyrl")]


def _assert_errors(english: str, latin: str, expected: list[str]) -> None:
    """The error rules of the English against the Serbian sentence, in both scripts."""
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    for text, lang in _both(latin):
        errors = [f.rule for f in check_pair(SegmentPair("t", "en", english, lang, text))
                  if f.severity == "error"]
        assert errors == expected, text


@pytest.mark.parametrize(
    ("latin", "dates"),
    [
        # "nedelja" is Sunday and week: counted, it is weeks, even right before a date
        ("Pre dve nedelje, 7. novembra, otputovao je u Beč.", ["--11-07"]),
        ("Pre 3 nedelje, 2. maja, počeli su radovi.", ["--05-02"]),
        ("U nedelju, 7. novembra, otputovao je u Beč.", ["Sunday", "--11-07"]),
        # a month cut short with a dot that is a word of its own: children, not December
        ("Na izlet je krenulo petoro dece.", []),
        ("Spaseno je 12 dece.", []),
        ("Rok ističe 3. decem. 2025.", ["2025-12-03"]),
        # weekdays in the plural: "on Saturdays and Tuesdays"; "nedeljama" alone is "for weeks"
        ("Pijaca radi subotama i utorcima.", ["Saturday", "Tuesday"]),
        ("Muzej je zatvoren ponedeljcima.", ["Monday"]),
        ("Nedeljama nije bilo kiše.", []),
        # the hour word after every count, its abbreviation, and the morning
        ("Koncert počinje u 21 čas.", ["T21:00"]),
        ("Prodavnica se otvara u 1 sat posle podne.", ["T13:00"]),
        ("Izbori se završavaju u 20 č.", ["T20:00"]),
        ("Šalter radi od 10 pre podne.", ["T10:00"]),
        # a compound ordinal day with "i" between its words: the 25th, not the 5th and a 20
        ("Sednica je održana dvadeset i petog juna.", ["--06-25"]),
        ("Sednica je održana dvadeset petog juna.", ["--06-25"]),
        # hours and minutes counted after the clock's "u" are a clock time; after "za" (in)
        # or a verb of lasting, a length of time
        ("Sastanak počinje u 9 časova i 30 minuta.", ["T09:30"]),
        ("Prenos počinje u 21 sat i 15 minuta.", ["T21:15"]),
        ("Trka je trajala 2 sata i 30 minuta.", []),
        ("Stigli su za 2 sata i 30 minuta.", []),
        # a time of day after the hour word: a clock time even after "za" ("scheduled for")
        ("Sastanak je zakazan za 3 sata posle podne.", ["T15:00"]),
        ("Sastanak je zakazan za 15 časova poslijepodne.", ["T15:00"]),
        # "u pola tri": half an hour before three
        ("Voz kreće u pola tri.", ["T02:30"]),
        ("Voz kreće u pola devet uveče.", ["T20:30"]),
        ("Prodato je pola miliona karata.", []),
    ],
)
def test_serbian_dates_in_both_scripts(latin, dates):
    for text, lang in _both(latin):
        assert _dates(text, lang) == dates, text


@pytest.mark.parametrize(
    ("latin", "numbers"),
    [
        # the soft ordinal "treći" takes e for o: "trećeg", "trećem"
        ("Tim je pobedio u trećem krugu takmičenja.", [3]),
        ("Posle trećeg pokušaja odustali su.", [3]),
        # "stotinak": about a hundred
        ("Ispred suda okupilo se stotinak ljudi.", [100]),
        ("Izgrađeno je stotinjak kuća.", [100]),
        # "tristo", "dvesto" beside "trista", "dvesta", alone and in a longer number
        ("Ispred suda okupilo se tristo ljudi.", [300]),
        ("Posao je izgubilo dvesto pedeset radnika.", [250]),
        ("Članova ima dvanaest hiljada tristo četrdeset pet.", [12345]),
        # "šesto mesto" is the sixth place; six hundred is "šeststo"
        ("Tim je zauzeo šesto mesto.", [6]),
        ("Na koncertu je bilo šeststo ljudi.", [600]),
        # the masculine collectives in every case: "sa dvojicom", "trojici", "četvoricu"
        ("Uhapšen je sa dvojicom saučesnika.", [2]),
        ("Prišao je trojici policajaca.", [3]),
        ("Novinar je razgovarao sa petoricom svedoka.", [5]),
    ],
)
def test_serbian_ordinals_in_both_scripts(latin, numbers):
    for text, lang in _both(latin):
        assert [f.value for f in extract_facts(text, lang, ("number",))] == numbers, text


@pytest.mark.parametrize(
    "latin",
    [
        "Tzv. Nacionalni savet objavio je odluku, a opozicija ju je odbacila.",
        "Kancelarija je u ul. Kralja Petra 12, a otvorena je od juče.",
        "Tekst je na str. 5 priloga, kao i tabela sa podacima.",
        "Sud se pozvao na čl. 7 Ustava, navodi se u presudi.",
        "Na skupu je govorio i gen. Marković, komandant jedinice.",
        "Izložbu je otvorio mr Jovan Ilić, kustos muzeja.",
    ],
)
def test_serbian_abbreviations_end_no_sentence_in_either_script(latin):
    from checker.segment import split_sentences

    for text, lang in _both(latin):
        assert [s.text for s in split_sentences(text, lang)] == [text]


_UNITS = ("prvog", "drugog", "trećeg", "četvrtog", "petog", "šestog", "sedmog", "osmog",
          "devetog")
_DAY_WORDS = (*_UNITS, "desetog", "jedanaestog", "dvanaestog", "trinaestog", "četrnaestog",
              "petnaestog", "šesnaestog", "sedamnaestog", "osamnaestog", "devetnaestog",
              "dvadesetog", *(f"dvadeset {unit}" for unit in _UNITS), "tridesetog",
              "trideset prvog")


@pytest.mark.parametrize(("day", "word"), list(enumerate(_DAY_WORDS, start=1)))
def test_every_day_of_the_month_in_words_in_both_scripts(day, word):
    """The day of the month as an ordinal word in the genitive, 1 to 31."""
    for text, lang in _both(f"Sednica je zakazana za {word} novembra."):
        assert _dates(text, lang) == [f"--11-{day:02d}"], text


@pytest.mark.parametrize(
    ("english", "latin", "faithful"),
    [
        ("Berlin rejected the offer at once.", "Berlinovo odbijanje ponude usledilo je odmah.",
         True),
        ("Madrid rejected the offer at once.", "Berlinovo odbijanje ponude usledilo je odmah.",
         False),
        ("The plan was praised in Tokyo.", "Plan je pohvaljen u Tokiju.", True),
    ],
)
def test_possessive_adjective_of_a_place_is_that_place(english, latin, faithful):
    """"Berlinovo odbijanje" (Berlin's refusal): the possessive adjective of a name is the
    name, so another place on the English side is a changed place, not one missing and one
    added."""
    _assert_errors(english, latin, [] if faithful else ["entity.changed"])


@pytest.mark.parametrize(
    ("english", "latin", "faithful"),
    [
        ("Three hundred people gathered.", "Okupilo se tristo ljudi.", True),
        ("Three hundred people gathered.", "Okupilo se dvesto ljudi.", False),
        ("He was arrested with two accomplices.", "Uhapšen je sa dvojicom saučesnika.", True),
        ("He was arrested with two accomplices.", "Uhapšen je sa trojicom saučesnika.", False),
        ("The team finished sixth.", "Tim je zauzeo šesto mesto.", True),
        ("The team finished sixth.", "Tim je zauzeo peto mesto.", False),
    ],
)
def test_serbian_number_words_against_english(english, latin, faithful):
    """The number words read above agree with the English, and a changed one is an error."""
    _assert_errors(english, latin, [] if faithful else ["number.changed"])


@pytest.mark.parametrize(
    ("english", "latin", "faithful"),
    [
        # the part of a month in the genitive after a preposition, "potkraj", "koncem"
        ("The works will last until mid-May.", "Radovi će trajati do sredine maja.", True),
        ("The works will last until mid-May.", "Radovi će trajati do kraja maja.", False),
        ("The works will last until the end of May.", "Radovi će trajati do sredine maja.",
         False),
        ("Prices have been rising since early March.", "Cene rastu od početka marta.", True),
        ("Prices have been rising since early March.", "Cene rastu od kraja marta.", False),
        ("The law was passed in late June.", "Zakon je usvojen potkraj juna.", True),
        ("The law was passed in early June.", "Zakon je usvojen koncem juna.", False),
    ],
)
def test_the_part_of_a_month_against_english(english, latin, faithful):
    _assert_errors(english, latin, [] if faithful else ["date.changed"])


@pytest.mark.parametrize(
    ("latin", "faithful"),
    [
        ("Sednica je održana dvadeset i petog juna.", True),
        ("Sednica je održana dvadeset i šestog juna.", False),
        ("Sednica je održana petog juna.", False),
    ],
)
def test_a_compound_ordinal_day_with_and_against_english(latin, faithful):
    english = "The session was held on June 25."
    _assert_errors(english, latin, [] if faithful else ["date.changed"])


@pytest.mark.parametrize(
    ("latin", "faithful"),
    [
        ("Sastanak počinje u 9 časova i 30 minuta.", True),
        ("Sastanak počinje u 9 časova i 45 minuta.", False),
        ("Sastanak počinje u 10 časova i 30 minuta.", False),
    ],
)
def test_a_clock_time_in_hours_and_minutes_against_english(latin, faithful):
    english = "The meeting starts at 9:30."
    _assert_errors(english, latin, [] if faithful else ["date.changed"])


@pytest.mark.parametrize(
    ("latin", "faithful"),
    [
        ("Sastanak je zakazan za 3 sata posle podne.", True),
        ("Sastanak je zakazan za 4 sata posle podne.", False),
    ],
)
def test_a_clock_time_after_za_against_english(latin, faithful):
    english = "The meeting is scheduled for 3 p.m."
    _assert_errors(english, latin, [] if faithful else ["date.changed"])
