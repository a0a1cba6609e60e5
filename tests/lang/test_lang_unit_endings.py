"""A unit stem too short to stand for its word (`lex_attrs.UNIT_ENDINGS`): Latvian "gad"
(year) is read in the forms of "gads", not in "gadījums" (a case) or "gadsimts" (a
century); Slovak "rok" (year) in the forms of "rok", not in "rokovanie" (talks); Serbian and
Croatian "posto" (percent) alone, not in "postojanja" (of existence). The sentences are the
team's own writing."""

from __future__ import annotations

import pytest
from support.news_pairs import assert_clean_and_twin_an_error, pair_errors

from checker.facts.numeric import analyse


def _units(text: str, lang: str) -> list:
    return [(f.value, f.unit) for f in analyse(text, lang) if f.category == "number"]


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("lv", "Pēc 3 gadiem viņš atgriezās dzimtajā pilsētā.", "year"),
    ("lv", "Viņš Rīgā nodzīvoja 5 gadus.", "year"),
    ("lv", "Rūpnīca strādāja 40 gadu.", "year"),
    ("lv", "Šogad reģistrēti 12 gadījumi.", None),
    ("lv", "Baznīca stāvēja 2 gadsimtus.", None),
    ("lv", "Notika 3 gadījumi, kad tilts bija slēgts.", None),
    ("sk", "Po 3 rokoch sa vrátil domov.", "year"),
    ("sk", "V meste žil 5 rokov.", "year"),
    ("sk", "Pred 2 rokmi odišiel do zahraničia.", "year"),
    ("sk", "Za 2 roky sa to zmení.", "year"),
    ("sk", "Po 3 rokovaniach sa strany dohodli.", None),
    ("sk", "Vláda viedla 4 rokovania s odbormi.", None),
])
def test_a_unit_stem_counts_only_in_its_own_word(lang, text, unit):
    ((_, found),) = _units(text, lang)
    assert found == unit


@pytest.mark.parametrize(("lang", "english", "version", "old", "new"), [
    ("lv", "He returned to his home town after 3 years.",
     "Pēc 3 gadiem viņš atgriezās dzimtajā pilsētā.", "3 years", "4 years"),
    ("lv", "Twelve cases were registered this year.", "Šogad reģistrēti 12 gadījumi.",
     "Twelve", "Fifteen"),
    ("sk", "He lived in the town for 5 years.", "V meste žil 5 rokov.", "5 years", "6 years"),
    ("sk", "The parties agreed after 3 rounds of talks.",
     "Po 3 rokovaniach sa strany dohodli.", "3 rounds", "4 rounds"),
])
def test_faithful_pair_is_clean_and_its_drifted_twin_an_error(lang, english, version, old,
                                                               new):
    assert_clean_and_twin_an_error(lang, english, version, old, new)


@pytest.mark.parametrize(("lang", "version", "percent"), [
    ("sr", "Grad obeležava osam vekova postojanja.", "Cene su porasle 6 posto."),
    ("sr-Cyrl", "Град обележава осам векова постојања.", "Цене су порасле 6 посто."),
    ("hr", "Grad obilježava osam stoljeća postojanja.", "Cijene su porasle 6 posto."),
])
def test_a_word_that_starts_like_percent_is_no_percent(lang, version, percent):
    english = "The town celebrates its 800th anniversary."
    assert_clean_and_twin_an_error(lang, english, version, "800th", "700th")
    assert pair_errors("Prices rose 5 percent.", lang, percent) != []
