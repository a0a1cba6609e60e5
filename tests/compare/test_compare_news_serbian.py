"""Serbian news sentences in both scripts: dates in every case form, clock times, relative
days, years, ranges and counts.

Our own sentences (none from an evaluation set), in English and in Serbian Latin as a
newsroom translator writes them; the Cyrillic version is the same sentence in the other
script (tests/support/serbian_script.py). Each faithful pair gives no number or date error,
in either script; each planted change, in the Serbian or in the English side, gives one."""

from __future__ import annotations

import pytest
from support.news_pairs import (
    assert_no_error,
    assert_planted_error,
    changed_cases,
    faithful_cases,
    number_date_errors,
)
from support.serbian_news import PAIRS
from support.serbian_script import to_cyrillic

ENGLISH = {key: english for key, (english, _) in PAIRS.items()}
LATIN = {key: serbian for key, (_, serbian) in PAIRS.items()}
VERSIONS = {"sr": LATIN, "sr-Cyrl": {key: to_cyrillic(text) for key, text in LATIN.items()}}

# Changes planted in the Serbian side (Latin; the Cyrillic one is the same in its script).
SERBIAN_CHANGES = [
    ("gen", "15. marta", "16. marta"), ("loc", "martu", "aprilu"), ("acc", "sredu", "četvrtak"),
    ("instr", "subotom", "petkom"), ("adj", "Julski", "Junski"), ("clock", "14", "15"),
    ("clockdot", "8.30", "9.30"), ("yesterday", "juče", "danas"), ("yeargen", "2021", "2020"),
    ("yearloc", "2021", "2022"), ("range", "5. maja", "6. maja"), ("full", "juna", "jula"),
    ("weekdate", "4. aprila", "5. aprila"), ("words", "dvadeset pet", "dvadeset šest"),
    ("million", "3 miliona", "4 miliona"), ("mlrd", "2,5", "3,5"), ("hilj", "200", "300"),
    ("percent", "56", "65"), ("century", "14.", "15."), ("since", "januara", "februara"),
    ("evening", "petak", "četvrtak"), ("hmark", "20", "21"), ("quarter", "9.15", "9.45"),
    ("tomorrow", "sutra", "danas"),
    ("sincewd", "utorka", "srede"), ("nommonth", "Maj", "Jun"), ("early", "marta", "aprila"),
    ("late", "2020", "2019"), ("decade", "devedesetih", "osamdesetih"),
    ("grouped", "12.500", "15.500"), ("decimal", "7,5", "5,7"), ("between", "40", "50"),
    ("daypair", "13.", "14."), ("crossmonth", "2. jula", "3. jula"),
    ("meeting", "ponedeljak", "utorak"), ("lastwd", "petka", "četvrtka"),
    ("nextwd", "ponedeljka", "utorka"), ("collective", "troje", "četvoro"),
    ("men", "dvojica", "trojica"), ("onehour", "21", "22"), ("onehour2", "13", "14"),
    ("roman", "VII", "VIII"), ("numeric", "12. 3.", "13. 3."), ("weeksago", "7.", "8."),
    ("night", "subote", "petka"), ("am", "3 sata", "4 sata"), ("dollars", "1,2", "2,1"),
    ("months", "septembra", "oktobra"), ("morning", "četvrtak", "utorak"),
    ("cup", "2022", "2018"), ("round", "2. aprila", "9. aprila"), ("prison", "12", "21"),
    ("soldiers", "40", "14"), ("teen", "sedamnaest", "sedam"),
    ("monthyear", "oktobru", "novembru"), ("julyloc", "julu", "junu"),
    ("plural", "utorcima", "četvrtcima"), ("halfpast", "pola tri", "pola četiri"),
    ("forenoon", "10", "11"), ("third", "trećeg", "četvrtog"),
]
CHANGES = {"sr": SERBIAN_CHANGES,
           "sr-Cyrl": [(key, to_cyrillic(old), to_cyrillic(new))
                       for key, old, new in SERBIAN_CHANGES]}
# Changes planted in the English side: each must be an error against both scripts.
ENGLISH_CHANGES = [
    ("gen", "15 March", "15 April"), ("loc", "March", "May"), ("acc", "Wednesday", "Friday"),
    ("instr", "Saturdays", "Mondays"), ("adj", "July", "June"), ("clock", "2 p.m.", "4 p.m."),
    ("clockdot", "8.30", "7.30"), ("yesterday", "yesterday", "today"), ("yeargen", "2021", "2019"),
    ("range", "May", "June"), ("full", "12 June", "13 June"), ("weekdate", "Sunday", "Saturday"),
    ("words", "Twenty-five", "Twenty-six"), ("million", "million", "billion"),
    ("mlrd", "billion", "million"), ("century", "14th", "15th"), ("since", "January", "July"),
    ("evening", "Friday", "Thursday"), ("hmark", "8 p.m.", "7 p.m."),
    ("sincewd", "Tuesday", "Monday"),
    ("adjwd", "Saturday's", "Friday's"), ("nommonth", "May", "June"),
    ("decade", "1990s", "1980s"), ("daypair", "13 June", "14 June"),
    ("meeting", "10 a.m.", "11 a.m."), ("lastwd", "Friday", "Thursday"),
    ("nextwd", "Monday", "Tuesday"), ("collective", "Three", "Four"),
    ("onehour", "9 p.m.", "10 p.m."), ("onehour2", "1 p.m.", "2 p.m."),
    ("roman", "5 July", "5 June"), ("numeric", "12 March", "12 May"),
    ("weeksago", "7 November", "7 December"), ("night", "Saturday", "Friday"),
    ("am", "3 a.m.", "4 a.m."), ("half", "Half a million", "A million"),
    ("months", "1 September", "1 October"), ("morning", "Thursday", "Tuesday"),
    ("cup", "2022", "2018"), ("round", "2 April", "3 April"), ("monthyear", "October", "November"),
    ("julyloc", "July", "August"), ("plural", "Tuesdays", "Fridays"),
    ("halfpast", "2.30", "3.30"), ("forenoon", "10 a.m.", "9 a.m."),
    ("third", "3 March", "4 March"), ("hundred", "About 100", "About 300"),
]


@pytest.mark.parametrize(("key", "lang"), faithful_cases(VERSIONS))
def test_faithful_serbian_pair_has_no_error(key, lang):
    assert_no_error(ENGLISH, VERSIONS, key, lang)


@pytest.mark.parametrize(("key", "lang", "old", "new"), changed_cases(CHANGES))
def test_change_planted_in_serbian_is_an_error(key, lang, old, new):
    assert_planted_error(ENGLISH, VERSIONS, key, lang, old, new)


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
@pytest.mark.parametrize(("key", "old", "new"), ENGLISH_CHANGES)
def test_change_planted_in_english_is_an_error(key, old, new, lang):
    english = ENGLISH[key]
    assert old in english
    assert number_date_errors(english.replace(old, new, 1), lang, VERSIONS[lang][key]) != []
