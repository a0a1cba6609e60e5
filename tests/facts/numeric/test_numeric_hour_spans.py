"""A count of hours against the clock in the Slavic press: a plural of the hour word that
only counts hours is a length of time even after a preposition that may start a clock time
(Slovak "o 3 hodiny", in 3 hours; "do 24 hodín", within 24 hours), while the clock keeps
its own forms ("o 3. hodine", Czech "ve 3 hodiny", Russian "в 7 часов", Serbian "u 8
sati"). The team's own sentences; each drifted twin stays an error."""

from __future__ import annotations

import pytest
from support.news_pairs import assert_version_twin_an_error

from checker.facts.numeric import analyse


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Vlak do Košíc príde o 3 hodiny.", "sk", 3),
        ("Výsledky volieb budú známe do 24 hodín.", "sk", 24),
        ("Hasiči požiar uhasili za 6 hodín.", "sk", 6),
        ("Rokovanie trvalo počas 9 hodín bez prestávky.", "sk", 9),
        ("Záchranáři se k horolezcům dostali za 3 hodiny.", "cs", 3),
        ("Dálnice byla během 5 hodin znovu průjezdná.", "cs", 5),
        ("Ratownicy dotarli na miejsce po 4 godzinach.", "pl", 4),
        ("Strażacy gasili pożar przez 7 godzin.", "pl", 7),
        ("Spasioci su do rudara stigli za 5 sati.", "sr", 5),
        ("Granica je bila zatvorena tijekom 6 sati.", "hr", 6),
        ("Спасатели добрались до туристов спустя 12 часов.", "ru", 12),
        ("Поезд прибудет через 3 часа.", "ru", 3),
    ],
)
def test_a_counted_plural_of_hours_is_a_length_of_time(text, lang, count):
    facts = analyse(text, lang)
    assert [f for f in facts if f.kind == "time"] == []
    assert [(f.value, f.unit) for f in facts] == [(count, "hour")]


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("Stretnutie ministrov sa začína o 3. hodine popoludní.", "sk", "T15:00"),
        ("Obchody budú otvorené do 17. hodiny.", "sk", "T17:00"),
        ("Predstavenie sa začína o 19.00 h.", "sk", "T19:00"),
        ("Schůzka vlády začíná v 15 hodin.", "cs", "T15:00"),
        ("Průvod vyrazí ve 3 hodiny.", "cs", "T03:00"),
        ("Sesja rozpocznie się o godzinie 15.", "pl", "T15:00"),
        ("Sednica Skupštine počinje u 8 sati.", "sr", "T08:00"),
        ("Собрание акционеров начнётся в 7 часов.", "ru", "T07:00"),
    ],
)
def test_the_clock_keeps_its_own_forms(text, lang, time):
    assert [f.value for f in analyse(text, lang) if f.kind == "time"] == [time]


@pytest.mark.parametrize(
    ("english", "lang", "version", "old", "new"),
    [
        ("The train to Košice arrives in 3 hours.", "sk", "Vlak do Košíc príde o 3 hodiny.",
         "3", "4"),
        ("The election results will be known within 24 hours.", "sk",
         "Výsledky volieb budú známe do 24 hodín.", "24", "48"),
        ("Rescuers reached the climbers in 3 hours.", "cs",
         "Záchranáři se k horolezcům dostali za 3 hodiny.", "3", "5"),
        ("Rescuers reached the tourists 12 hours later.", "ru",
         "Спасатели добрались до туристов спустя 12 часов.", "12", "16"),
        ("The ministers meet at 3 p.m.", "sk",
         "Stretnutie ministrov sa začína o 3. hodine popoludní.", "3.", "4."),
    ],
)
def test_faithful_hours_agree_and_a_changed_count_is_an_error(english, lang, version, old,
                                                               new):
    assert_version_twin_an_error(english, lang, version, old, new)



# After a verb of lasting ("trvala", "trajali", "длились"), or joined by "and" to a count
# of days, weeks, months or years ("par dana i 6 sati"), a count of hours is a length of
# time; "do 3 sata" and "u 6 sati" stay clock times.
@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Jednání vlády trvala 3 hodiny.", "cs", 3),
        ("Oprava mostu potrvá 8 hodin.", "cs", 8),
        ("Pregovori su trajali 3 sata.", "sr", 3),
        ("Преговори су трајали 3 сата.", "sr-Cyrl", 3),
        ("Sjednica će potrajati 5 sati.", "hr", 5),
        ("Potraga je trajala par dana i 6 sati.", "hr", 6),
        ("Blokada puta trajala je tri dana i 4 sata.", "sr", 4),
        ("Переговоры длились 3 часа.", "ru", 3),
        ("Заседание продолжалось 7 часов.", "ru", 7),
        ("Эвакуация заняла два дня и 5 часов.", "ru", 5),
    ],
)
def test_hours_after_a_verb_of_lasting_or_joined_to_days_are_a_length(text, lang, count):
    facts = analyse(text, lang)
    assert [f for f in facts if f.kind == "time"] == []
    assert [f.value for f in facts if f.unit == "hour"] == [count]


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("Sastanak je trajao do 3 sata.", "sr", "T03:00"),
        ("Potraga je trajala dva dana, a u 6 sati je prekinuta.", "hr", "T06:00"),
        ("Заседание продолжалось до 7 часов.", "ru", "T07:00"),
    ],
)
def test_a_clock_time_after_a_verb_of_lasting_stays_a_time(text, lang, time):
    assert [f.value for f in analyse(text, lang) if f.kind == "time"] == [time]


@pytest.mark.parametrize(
    ("english", "lang", "version", "old", "new"),
    [
        ("The government talks lasted 3 hours.", "cs", "Jednání vlády trvala 3 hodiny.",
         "3", "4"),
        ("The search lasted a couple of days and 6 hours.", "hr",
         "Potraga je trajala par dana i 6 sati.", "6", "9"),
        ("The talks lasted 3 hours.", "sr", "Pregovori su trajali 3 sata.", "3", "2"),
        ("The talks lasted 3 hours.", "ru", "Переговоры длились 3 часа.", "3", "5"),
        ("The evacuation took two days and 5 hours.", "ru",
         "Эвакуация заняла два дня и 5 часов.", "5", "8"),
    ],
)
def test_faithful_lengths_of_hours_agree_and_a_changed_count_is_an_error(english, lang,
                                                                         version, old, new):
    assert_version_twin_an_error(english, lang, version, old, new)
