"""A day's number before a name's initial ("2. V. Petrović", the second, V. Petrović) is no
Roman-numeral month: before a capital, a Roman month needs a range of days before it; a
year after it, a small word or nothing after it still make it a month. Serbian in both
scripts (Cyrillic is derived), Croatian too. The sentences are the team's own writing."""

from __future__ import annotations

import pytest
from support.news_pairs import assert_clean_and_twin_an_error, pair_findings

from checker.facts.numeric import analyse


def _dates(text: str, lang: str) -> list[str]:
    return [f.value for f in analyse(text, lang) if f.category == "date"]


@pytest.mark.parametrize(("lang", "text"), [
    ("sr", "Na listi je prvi M. Jovanović, a 2. V. Petrović."),
    ("sr", "На листи је први М. Јовановић, а 2. В. Петровић."),
    ("sr", "На листи је први М. Јовановић, а 2. V. Петровић."),
    ("sr", "U finalu su 1. I. Marković i 4. X. Ilić."),
    ("hr", "Drugi je bio I. Horvat, a 3. V. Kovačić."),
])
def test_a_day_before_an_initial_is_no_roman_month(lang, text):
    assert _dates(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "dates"), [
    ("sr", "Sastanak je održan 2. V. 2023. u Beogradu.", ["2023-05-02"]),
    ("sr", "Sastanak je održan 2. V. u Beogradu.", ["--05-02"]),
    ("sr", "Sastanak je održan 2. V u Beogradu.", ["--05-02"]),
    ("sr", "Састанак је одржан 2. V. у Београду.", ["--05-02"]),
    ("sr", "Izložba je otvorena 2. V.", ["--05-02"]),
    ("sr", "Izložba traje od 2. do 5. V. Ulaz je besplatan.", ["--05-05", "--05-02"]),
    ("sr", "Rođen je 12. XI. 1950. u Nišu.", ["1950-11-12"]),
])
def test_a_roman_month_with_its_evidence_stays_a_month(lang, text, dates):
    assert _dates(text, lang) == dates


@pytest.mark.parametrize(("lang", "english", "version", "old", "new"), [
    ("sr", "The list: 1. M. Ilic, 2. V. Petrovic, 3. J. Maric.",
     "Lista: 1. M. Ilić, 2. V. Petrović, 3. J. Marić.", "2. V.", "4. V."),
    ("sr", "The list: 1. M. Ilic, 2. V. Petrovic, 3. J. Maric.",
     "Листа: 1. М. Илић, 2. V. Петровић, 3. Ј. Марић.", "2. V.", "5. V."),
    ("hr", "The list: 1. M. Horvat, 2. V. Kovacic, 3. I. Babic.",
     "Popis: 1. M. Horvat, 2. V. Kovačić, 3. I. Babić.", "2. V.", "4. V."),
    ("sr", "The meeting was held on 2 May in Belgrade.",
     "Sastanak je održan 2. V. u Beogradu.", "2 May", "3 May"),
    ("sr", "The meeting was held on 2 May in Belgrade.",
     "Састанак је одржан 2. V. у Београду.", "2 May", "2 June"),
])
def test_faithful_pair_is_clean_and_its_drifted_twin_an_error(lang, english, version, old,
                                                               new):
    assert_clean_and_twin_an_error(lang, english, version, old, new)



# A Roman month whose full stop ends the sentence: the capital after it opens the next one
# (a common word or a place name), no surname after an initial.
@pytest.mark.parametrize(("lang", "english", "version", "old", "new"), [
    ("sr", "The trial began on 13 May. Belgrade awaits the verdict.",
     "Suđenje je počelo 13. V. Beograd čeka presudu.", "13 May", "13 June"),
    ("sr", "The trial began on 13 May. Belgrade awaits the verdict.",
     "Суђење је почело 13. V. Београд чека пресуду.", "13 May", "14 May"),
    ("sr", "The fair is open until 2 November. The next day the hall closes.",
     "Sajam je otvoren do 2. XI. Sutradan se hala zatvara.", "is open until 2 November",
     "is open until 2 December"),
    ("hr", "Voting ends on 9 October. Zagreb will then count the ballots.",
     "Glasanje završava 9. X. Zagreb će tada prebrojati listiće.", "9 October", "9 September"),
    ("hr", "The works last until 21 March. Then the road reopens.",
     "Radovi traju do 21. III. Zatim se cesta ponovno otvara.", "21 March", "22 March"),
])
def test_a_roman_month_ending_its_sentence_is_a_month(lang, english, version, old, new):
    def findings(reference: str, severity: str) -> list[str]:
        return [f.message for f in pair_findings(reference, lang, version, ("number", "date"))
                if f.severity == severity]

    assert findings(english, "error") == []
    assert findings(english, "warning") == []
    assert findings(english.replace(old, new, 1), "error") != []
