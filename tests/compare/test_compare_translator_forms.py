"""Numbers a translator writes in a form of their own: CLDR short scales before a currency
sign, a unit with "and a half" and no "one", "a fortnight", "a score of", shares against
percentages, a minute and second said in words, an ordinal word for the reference's digits.
Our own sentences; each faithful pair silent at error level and its drifted twin an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.news_pairs import number_date_errors, number_date_findings
from support.story_check import own_story, own_story_errors

# (English, language, faithful version, drifted version)
FAITHFUL_AND_DRIFTED = [
    # a short scale form of CLDR, spaced or glued, right before a currency sign
    ("The stadium cost 120 million euros.", "es",
     "El estadio costó 120 M€.", "El estadio costó 130 M€."),
    ("The stadium cost 120 million euros.", "fr",
     "Le stade a coûté 120M€.", "Le stade a coûté 110M€."),
    ("The bridge cost 1.2 billion euros.", "fr",
     "Le pont a coûté 1,2 Md€.", "Le pont a coûté 2,1 Md€."),
    ("The firm lost 3 million euros.", "de",
     "Die Firma verlor 3 Mio. €.", "Die Firma verlor 4 Mio. €."),
    # a unit with "and a half" and no count before it: one and a half of it
    ("The shop sold one and a half kilos of saffron and two kilos of salt.", "es",
     "La tienda vendió kilo y medio de azafrán y dos kilos de sal.",
     "La tienda vendió tres kilos de azafrán y dos kilos de sal."),
    ("The shop sold 1.5 kilos of saffron.", "es",
     "La tienda vendió kilo y medio de azafrán.", "La tienda vendió dos kilos de azafrán."),
    ("The fund now holds 2.5 million euros.", "es",
     "El fondo tiene ahora dos millones y medio de euros.",
     "El fondo tiene ahora tres millones y medio de euros."),
    # "a fortnight" is two weeks; "quinze jours" says it in days
    ("The festival lasts a fortnight.", "de",
     "Das Festival dauert zwei Wochen.", "Das Festival dauert drei Wochen."),
    ("The festival lasts a fortnight.", "ru",
     "Фестиваль длится две недели.", "Фестиваль длится три недели."),
    ("The festival lasts a fortnight.", "zh", "节日持续两周。", "节日持续三周。"),
    ("The festival lasts a fortnight.", "fr",
     "Le festival dure quinze jours.", "Le festival dure dix jours."),
    # "a score of" people is twenty, "a couple of dozen" twenty-four
    ("A score of villagers came to the meeting.", "de",
     "Zwanzig Dorfbewohner kamen zu der Versammlung.",
     "Dreißig Dorfbewohner kamen zu der Versammlung."),
    ("A couple of dozen villagers came.", "fr",
     "Une vingtaine de villageois sont venus.", "Une centaine de villageois sont venus."),
    ("A couple of dozen villagers came.", "de",
     "Zwei Dutzend Dorfbewohner kamen.", "Drei Dutzend Dorfbewohner kamen."),
    # a share in words against a percentage
    ("One in five adults smokes.", "fr",
     "20 % des adultes fument.", "30 % des adultes fument."),
    ("Two out of three voters backed the plan.", "es",
     "El 67 % de los votantes apoyó el plan.", "El 76 % de los votantes apoyó el plan."),
    ("20 % of adults smoke.", "ru",
     "Каждый пятый взрослый курит.", "Каждый третий взрослый курит."),
    # a minute and its seconds said in words against a game clock, one or several
    ("His opener came on 3:35 from a long pass.", "sr",
     "Njegov prvi gol pao je u 3. minutu i 35. sekundi posle dugog dodavanja.",
     "Njegov prvi gol pao je u 5. minutu i 35. sekundi posle dugog dodavanja."),
    ("They scored on 13:10 and again on 15:16 in the fourth minute of a power play.", "zh",
     "他们在13分10秒得分，又在15分16秒再次得分，那是以多打少的第4分钟。",
     "他们在13分10秒得分，又在15分46秒再次得分，那是以多打少的第4分钟。"),
    # an ordinal in words the translator wrote for the reference's digits
    ("His 14th minute goal put the team in front.", "zh",
     "他在十四分钟的进球使球队领先。", "他在十二分钟的进球使球队领先。"),
    ("Speaking on the first Radio 4 show, he said he was proud.", "ar",
     "وفي حديثه في أول برنامج على الإذاعة الرابعة قال إنه فخور.",
     "وفي حديثه في أول برنامج على الإذاعة الخامسة قال إنه فخور."),
    # "every third" is one in three, as "jeder Dritte" is
    ("Every third household has a car.", "fr",
     "Un foyer sur trois a une voiture.", "Un foyer sur deux a une voiture."),
    # Greek "2 το μεσημέρι" is 14:00, its "μεσημέρι" no noon of its own
    ("The shop opens at 2 p.m.", "el",
     "Το κατάστημα ανοίγει στις 2 το μεσημέρι.", "Το κατάστημα ανοίγει στις 3 το μεσημέρι."),
]


@pytest.mark.parametrize(("english", "lang", "faithful", "drifted"), FAITHFUL_AND_DRIFTED)
def test_a_translators_form_is_read_and_its_drift_is_an_error(
    english: str, lang: str, faithful: str, drifted: str
) -> None:
    assert number_date_errors(english, lang, faithful) == []
    assert number_date_errors(english, lang, drifted) != []


@pytest.mark.parametrize(("english", "lang", "version"), [
    # no number in the English: "a score" is also a goal, "a score of" before a result
    ("Chelsea lost after a score in the 89th minute.", "de",
     "Chelsea verlor nach einem Tor in der 89. Minute."),
    ("The home side won by a score of 3-1.", "de", "Die Gastgeber gewannen mit 3:1."),
    ("The home side won by a score of three to one.", "de",
     "Die Gastgeber gewannen mit drei zu eins."),
    ("She got a score of 85 points.", "de", "Sie erreichte 85 Punkte."),
    # a metre sign is no scale: only a currency sign makes a short form one
    ("The wall is 120 m long and cost 5 euros.", "fr", "Le mur mesure 120 m et a coûté 5 €."),
    ("The shop opens at noon.", "el", "Το κατάστημα ανοίγει το μεσημέρι."),
])
def test_no_number_is_made_up(english: str, lang: str, version: str) -> None:
    assert number_date_findings(english, lang, version) == []


def test_a_share_within_five_points_of_a_percentage_is_unsure() -> None:
    errors = number_date_errors("One in three adults smokes.", "fr", "30 % des adultes fument.")
    assert errors == []
    assert number_date_findings("One in three adults smokes.", "fr",
                                "30 % des adultes fument.") != []


def test_an_english_ordinal_word_is_not_paired_with_a_lone_count() -> None:
    # "the final third" of a pitch against "the last thirty minutes": no figure of its own
    assert number_date_errors(
        "The visitors looked tired and careless in the final third.", "tr",
        "Konuk takım son otuz dakikada yorgun ve dikkatsiz göründü.") == []



# (story, language, text of the faithful version, the drifted text): each an error in the
# story (a drift into a small value the sentence says in words elsewhere, "two years", is
# unsure)
STORY_DRIFTS = [
    ("saffronmarket", "es", "El kilo y medio de azafrán", "Los tres kilos de azafrán"),
    ("saffronmarket", "es", "1,2 M€", "2,1 M€"),
    ("saffronmarket", "es", "uno de cada cinco", "uno de cada cuatro"),
    ("saffronmarket", "es", "tercera vez", "cuarta vez"),
    ("saffronmarket", "pt", "dois milhões e meio", "três milhões e meio"),
    ("saffronmarket", "pt", "um em cada cinco", "um em cada três"),
    ("saffronmarket", "pt", "40 mil", "50 mil"),
    ("saffronmarket", "pt", "Meia dúzia", "Uma dúzia"),
    ("saffronmarket", "el", "Ενάμισι κιλό", "Τρία κιλά"),
    ("saffronmarket", "el", "Έξι έμποροι", "Οκτώ έμποροι"),
    ("saffronmarket", "el", "ένας στους πέντε", "ένας στους τέσσερις"),
    ("saffronmarket", "el", "2 το μεσημέρι", "3 το μεσημέρι"),
    ("saffronmarket", "uk", "Півтора кілограма", "Три кілограми"),
    ("saffronmarket", "uk", "Шестеро", "Семеро"),
    ("saffronmarket", "uk", "кожен п'ятий", "кожен четвертий"),
    ("saffronmarket", "uk", "два тижні", "три тижні"),
    ("saffronmarket", "nl", "Anderhalve kilo", "Drie kilo"),
    ("saffronmarket", "nl", "Een half dozijn", "Een dozijn"),
    ("saffronmarket", "nl", "een op de vijf", "een op de drie"),
    ("saffronmarket", "nl", "1,2 mln.", "1,5 mln."),
    # "every third rider" is one in three
    ("cyclingtour", "es", "Uno de cada tres", "Uno de cada cuatro"),
    ("cyclingtour", "es", "se vendieron 4000", "se vendieron 400"),
    ("cyclingtour", "pt", "Um em cada três", "Um em cada dois"),
    ("cyclingtour", "pt", "um quarto do total", "um terço do total"),
    ("cyclingtour", "pt", "450 mil", "540 mil"),
    ("cyclingtour", "el", "τριετή", "τετραετή"),
    ("cyclingtour", "el", "41χρονη", "40χρονη"),
    ("cyclingtour", "el", "Ένας στους τρεις", "Ένας στους δύο"),
    ("cyclingtour", "uk", "трирічної", "дворічної"),
    ("cyclingtour", "uk", "семи етапів", "восьми етапів"),
    ("cyclingtour", "uk", "Кожен третій", "Кожен п'ятий"),
    ("cyclingtour", "uk", "4 тисячі", "5 тисяч"),
    ("cyclingtour", "nl", "De derde etappe", "De vierde etappe"),
    ("cyclingtour", "nl", "Een op de drie", "Een op de vier"),
    ("cyclingtour", "nl", "een kwart", "een derde"),
]


@pytest.mark.parametrize(("story", "lang", "old", "new"), STORY_DRIFTS)
def test_a_drift_planted_in_the_story_is_an_error(story: str, lang: str, old: str, new: str,
                                                  tmp_path: Path) -> None:
    faithful = own_story(story, lang)
    assert old in faithful
    assert own_story_errors(tmp_path, story, lang, faithful.replace(old, new, 1),
                            ("number", "date")) != []
