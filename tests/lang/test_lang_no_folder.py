"""A language without a folder of its own is read from CLDR (`profile._cldr_profile`):
number words from CLDR's spell-out rules and num2words, month and weekday names, day
periods, compact scales and place names from its CLDR locale.

Our own news sentences (tests/data/news_no_folder.json, none from an evaluation set), in
English and as a translator writes them in Danish, Finnish, Estonian, Catalan, Slovenian
and Indonesian, none of which has a folder. Every faithful pair gives no number, date or
name error; each change planted in the version or in the English gives an error, except
what neither CLDR nor the word list gives (case forms of Estonian number words, Estonian
ordinals): there the change is a warning at least (KNOWN_UNREAD,
strict xfails for the error). Month and weekday names in their cases ("lokakuussa",
"reedel", "v sredo") and the case endings of place names ("Japaniin", "Jaapanisse",
"na Japonsko") are read from simplemma's word list of the language."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.news_pairs import news_set
from support.news_suite import NewsSuite
from support.story_check import own_story, own_story_errors

from checker.facts.number_words import reads_number_words
from checker.model import SegmentPair
from checker.pipeline import check_pair

# (language, key, old text): changes that only a case form CLDR lacks would show; the
# pair still gets a warning ("missing"), not an error
KNOWN_UNREAD = {
    ("et", "marathon", "kolme tuhande"),  # genitive number words: CLDR spells none
}
# (language, key, old text): changes no reader sees at all (no finding of any severity)
NOT_SEEN = {
    ("et", "quake", "kolmas"), ("et", "quake", "third"),  # CLDR spells no Estonian ordinals
}
SUITE = NewsSuite(news_set("news_no_folder"), gaps=KNOWN_UNREAD | NOT_SEEN,
                  gap_reason="a case form CLDR does not give")
NEWS, _findings, _errors = SUITE.news, SUITE.findings, SUITE.errors
ENGLISH, VERSIONS = NEWS.english, NEWS.versions
VERSION_CHANGES, ENGLISH_CHANGES = NEWS.version_changes, NEWS.english_changes

test_the_set_is_complete = SUITE.complete_test(sentences=25, english_changes=15,
                                               with_folder=False)
test_a_faithful_pair_gives_no_error = SUITE.faithful_test()
test_a_change_planted_in_the_version_gives_an_error = SUITE.version_change_test()
test_a_change_planted_in_the_english_gives_an_error = SUITE.english_change_test()


@pytest.mark.parametrize("lang", sorted(VERSIONS))
def test_numbers_in_words_are_read(lang: str) -> None:
    assert reads_number_words(lang)


UNREAD_CASES = sorted(
    [(lang, key, old, new, True) for lang, found in VERSION_CHANGES.items()
     for key, old, new in found if (lang, key, old) in KNOWN_UNREAD]
    + [(lang, key, old, new, False) for key, old, new in ENGLISH_CHANGES for lang in VERSIONS
       if (lang, key, old) in KNOWN_UNREAD]
)


@pytest.mark.parametrize(("lang", "key", "old", "new", "in_version"), UNREAD_CASES)
def test_a_change_in_a_form_cldr_lacks_is_still_a_warning(lang: str, key: str, old: str,
                                                          new: str, in_version: bool) -> None:
    english, version = ENGLISH[key], VERSIONS[lang][key]
    if in_version:
        version = version.replace(old, new, 1)
    else:
        english = english.replace(old, new, 1)
    assert [f for f in _findings(english, lang, version) if f.severity == "warning"] != []


def test_a_language_cldr_does_not_know_still_says_its_number_words_are_unread() -> None:
    pair = SegmentPair("t", "en", "Twelve miners were rescued.", "tlh", "wa'maH mIn.")
    assert "number.unread" in [f.rule for f in check_pair(pair)]
    assert not reads_number_words("tlh")


def test_month_and_weekday_names_are_read_in_the_cases_the_word_list_gives() -> None:
    from checker.lang.no_folder import inflected_date_names

    months, weekdays, _ = inflected_date_names("fi")
    assert months["kesäkuussa"] == 6 and months["lokakuussa"] == 10
    months, weekdays, _ = inflected_date_names("et")
    assert weekdays["reedel"] == "Friday" and months["detsembril"] == 12
    assert "maid" not in months  # lands, before it is a plural of "mai"
    months, weekdays, lower_only = inflected_date_names("sl")
    assert weekdays["sredo"] == "Wednesday" and months["oktobra"] == 10
    assert "sredi" not in weekdays  # "sredi mesta": in the middle of the town
    assert months["marca"] == 3 and "marca" in lower_only  # "Marca": Marc's
    assert "julije" in lower_only  # CLDR writes months in lower case: "Julije" is Julija's
    assert all(set(form) <= set("abcčdefghijklmnoprsštuvzž") for form in {*months, *weekdays})


@pytest.mark.parametrize(
    ("lang", "english", "version"),
    [
        ("sl", "The talks were held in the middle of the week, on Wednesday.",
         "Pogovori so potekali sredi tedna, v sredo."),
        # "maid" (lands) is no form of "mai" here, nor "mais" (maize, or in May): names of
        # three letters get no forms from the word list
        ("et", "Most of the lands were flooded in June.", "Suurem osa maid ujutati juunis."),
    ],
)
def test_a_common_word_spelled_like_a_weekday_form_is_no_date(lang: str, english: str,
                                                               version: str) -> None:
    assert _errors(english, lang, version) == []
    drifted = english.replace("Wednesday", "Friday").replace("June", "July")
    assert [f for f in _errors(drifted, lang, version) if f.category == "date"] != []


def test_a_unit_symbol_is_no_compact_scale_word() -> None:
    # CLDR's Catalan compact form of 10^9 is "kM": read in lower case, it is the kilometre
    english = "The storm hit the coast 40 km north of the city."
    version = "La tempesta va colpejar la costa a 40 km al nord de la ciutat."
    assert _findings(english, "ca", version) == []
    assert _errors(english, "ca", version.replace("40", "60")) != []


@pytest.mark.parametrize(
    ("english", "version"),
    [
        ("According to Julija Novak, the fire broke out on Wednesday.",
         "Po besedah Julije Novak je požar izbruhnil v sredo."),
        ("Marc Kovač's team won on 3 March.", "Ekipa Marca Kovača je zmagala 3. marca."),
    ],
)
def test_a_capitalised_form_inside_a_sentence_is_a_name_not_a_month(english: str,
                                                                     version: str) -> None:
    assert [f for f in _findings(english, "sl", version) if f.category == "date"] == []
    drifted = english.replace("Wednesday", "Thursday").replace("March", "May")
    assert [f for f in _errors(drifted, "sl", version) if f.category == "date"] != []


# Our own story (tests/data/stories/harbour: en, da, fi, sl); each change planted in a
# version is an error, and the faithful versions give no error at all
HARBOUR_CHANGES = [
    ("da", "tre pakhuse", "fire pakhuse"), ("da", "seks timer", "syv timer"),
    ("da", "45 millioner", "54 millioner"), ("da", "den 20. marts", "den 21. marts"),
    ("da", "torsdag aften", "fredag aften"), ("da", "oktober 2019", "oktober 2018"),
    ("da", "14. marts", "14. maj"), ("da", "52-årig", "62-årig"),
    ("fi", "kolme varastorakennusta", "neljä varastorakennusta"),
    ("fi", "kuuden tunnin", "seitsemän tunnin"), ("fi", "20. maaliskuuta", "21. maaliskuuta"),
    ("fi", "torstai-iltana", "perjantai-iltana"), ("fi", "lokakuussa 2019", "lokakuussa 2018"),
    ("fi", "52-vuotias", "62-vuotias"), ("fi", "kello 23.40", "kello 22.40"),
    ("sl", "tri skladišča", "štiri skladišča"), ("sl", "šest ur", "sedem ur"),
    ("sl", "do 20. marca", "do 20. aprila"), ("sl", "v četrtek", "v petek"),
    ("sl", "oktobra 2019", "novembra 2019"), ("sl", "52-letni", "62-letni"),
    ("sl", "14. marca", "15. marca"),
]


@pytest.mark.parametrize("lang", ["da", "fi", "sl"])
def test_the_faithful_story_gives_no_error(tmp_path: Path, lang: str) -> None:
    assert own_story_errors(tmp_path, "harbour", lang, own_story("harbour", lang)) == []


@pytest.mark.parametrize(("lang", "old", "new"), HARBOUR_CHANGES,
                         ids=[f"{lang}-{new}" for lang, _, new in HARBOUR_CHANGES])
def test_a_change_planted_in_the_story_is_an_error(tmp_path: Path, lang: str, old: str,
                                                   new: str) -> None:
    faithful = own_story("harbour", lang)
    assert old in faithful
    assert own_story_errors(tmp_path, "harbour", lang, faithful.replace(old, new, 1)) != []


def test_the_ordinal_second_is_other_as_often_so_a_count_beside_it_is_unsure() -> None:
    # "toinen heistä": one (the other) of them; it could be the English "two" said again,
    # so the changed count is a warning, not an error, and "toinen" alone is no number
    english = "Two workers were hurt; one of them is in a serious condition."
    version = "Kaksi työntekijää loukkaantui; toinen heistä on vakavassa tilassa."
    assert _findings(english, "fi", version) == []
    found = _findings(english, "fi", version.replace("Kaksi", "Kolme"))
    assert [(f.severity, f.rule) for f in found] == [("warning", "number.changed")]


@pytest.mark.parametrize(
    ("lang", "english", "version"),
    [
        # number words that are other words too: at most an added number (a warning)
        ("ca", "The new government must present the budget.",
         "El nou govern ha de presentar el pressupost."),
        ("ca", "The government owes 300 million euros to suppliers.",
         "El govern deu 300 milions d'euros als proveïdors."),
        ("et", "She took 30 children to the museum.", "Ta viis 30 last muuseumi."),
        ("fi", "A spruce fell on 3 cars.", "Kuusi kaatui kolmen auton päälle."),
        ("da", "A child and 14 adults were rescued.", "Et barn og 14 voksne blev reddet."),
        # "minggu" is a week in lower case, Sunday capitalised
        ("id", "Prices rose two weeks ago.", "Harga naik dua minggu lalu."),
        ("id", "The talks resume next week, on Tuesday.",
         "Perundingan dilanjutkan minggu depan, pada hari Selasa."),
    ],
)
def test_a_word_spelled_like_a_number_or_a_weekday_gives_no_error(lang: str, english: str,
                                                                  version: str) -> None:
    assert _errors(english, lang, version) == []


@pytest.mark.parametrize(
    ("lang", "english", "version"),
    [
        ("ca", "The government owes 200 million euros to suppliers.",
         "El govern deu 300 milions d'euros als proveïdors."),
        ("et", "She took 20 children to the museum.", "Ta viis 30 last muuseumi."),
        ("id", "The talks resume next week, on Monday.",
         "Perundingan dilanjutkan minggu depan, pada hari Selasa."),
        ("id", "The vote was held on Saturday.", "Pemungutan suara digelar pada hari Minggu."),
    ],
)
def test_the_drifted_twin_beside_such_a_word_is_still_an_error(lang: str, english: str,
                                                               version: str) -> None:
    assert _errors(english, lang, version) != []
