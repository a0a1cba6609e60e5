"""Planted place swaps caught as sure changes (issue 11): a lost place is not "heard" in
the version's common words, other data names or other acronyms; a version's lone
inflected city name is a place; reference cities against Chinese; a place the version
names once more than the reference (whose adjective took its name)."""

import pytest
from support.pair_findings import entity_findings

from checker.context import CheckContext

pytest.importorskip("simplemma")

RUN = CheckContext()


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        # "Juni" (a month, a common word) is no spelling of "India".
        ("The talks in India ended in June.", "Die Gespräche in Singapur endeten im Juni.",
         "de"),
        # "Stunden" (hours) is no "Sudan".
        ("Hours later Sudan accused him.", "Stunden später beschuldigte ihn Nordkorea.", "de"),
        # "EU" (another concept of the data) is no spelling of "UAE".
        ("Parts come from the UAE and the EU.", "Delovi stižu iz UK i EU.", "sr"),
        # "suda" (of a court: the name less its last letter, in lower case) is no "Sudan".
        ("The judges of the court said Sudan must pay.",
         "Sudije suda su rekle da Norveška mora da plati.", "sr"),
        # "CEA" (an acronym of other letters) is no "UAE" either.
        ("The CEA group met in the UAE.", "اجتمعت مجموعة CEA في الولايات المتحدة.", "ar"),
        # A lower-case word only like the place's name in its letters is no form of it:
        # "kan" (blood) is no "Canada", "skok" (a jump) no "Scotland" ("Škotska").
        ("In the past, the virus spread through some parts of Canada after blood "
         "transfusions.", "Geçmişte virüs, kan nakilleri sonucunda Çin'in bazı bölgelerinde "
         "yayıldı.", "tr"),
        ("Scotland saw a sharp jump in prices last year.",
         "Kina je prošle godine zabeležila nagli skok cena.", "sr"),
        # "Bu ayın" (this month: a function word and a lower-case word) is no compound
        # "Buayın", and so no spelling of "Beijing".
        ("Earlier this month, the ministers held talks in Beijing.",
         "Bu ayın başında bakanlar Pyongyang'da görüştü.", "tr"),
        # A place's name whose adjective is inflected ("Sjedinjenim Državama", dative of
        # "Sjedinjene Države"): the profile's case endings read it in both scripts.
        ("Officials in Chile said the plan failed.",
         "Zvaničnici u Sjedinjenim Državama rekli su da je plan propao.", "sr"),
        ("Officials from Chile said the plan failed.",
         "Званичници Сједињених Држава рекли су да је план пропао.", "sr-Cyrl"),
    ],
)
def test_a_changed_place_is_not_heard_in_common_words_or_other_names(source, target, lang):
    assert ("changed", "error") in entity_findings(source, target, lang)


def test_a_place_said_twice_stays_said():
    assert entity_findings("The talks in India ended in June.",
                           "Die Gespräche in Indien endeten im Juni.", "de") == []


def test_a_lone_inflected_city_name_is_a_place():
    # Albanian definite form of a city the gazetteer knows.
    found = entity_findings("A shop opened in east Kampala.",
                            "Një dyqan u hap në Belfastin lindor.", "sq")
    assert found == [("changed", "error")]
    assert entity_findings("A shop opened in east Belfast.",
                           "Një dyqan u hap në Belfastin lindor.", "sq") == []


def test_a_reference_city_against_chinese_changed_into_a_city():
    assert entity_findings("The match is in Edinburgh on Sunday.", "比赛周日在伦敦举行。",
                           "zh") == [("changed", "error")]
    assert entity_findings("The match is in London on Sunday.", "比赛周日在伦敦举行。",
                           "zh") == []


def test_a_place_named_once_more_than_in_the_reference_is_the_changed_one():
    # The reference's adjective ("British") takes the version's name ("UK"), but the
    # version names Britain twice (name and adjective): once for the lost "UAE".
    found = entity_findings("Tourists staying in the UAE pay higher fees than British residents.",
                            "Turisti koji borave u UK plaćaju veće takse od britanskih stanovnika.",
                            "sr")
    assert found == [("changed", "error")]
    found = entity_findings("Tourists staying in the UK pay higher fees than British residents.",
                            "Turisti koji borave u UK plaćaju veće takse od britanskih stanovnika.",
                            "sr")
    assert all(severity != "error" for _, severity in found)


def test_two_parts_of_one_country_are_two_places():
    # England and Scotland both lie in the United Kingdom, neither in the other.
    assert entity_findings("She hopes to lead the sport in England.",
                           "Sie hofft, den Sport in Schottland zu führen.", "de") == [
        ("changed", "error")]
    assert entity_findings("She hopes to lead the sport in Scotland.",
                           "Sie hofft, den Sport in Schottland zu führen.", "de") == []
    # The country and a part of it: no sure change.
    assert ("changed", "error") not in entity_findings(
        "She hopes to lead the sport in Britain.",
        "Sie hofft, den Sport in Schottland zu führen.", "de")


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("ru", "Он обвинил США в провале переговоров."),
        ("uk", "Він звинуватив США у провалі переговорів."),
        ("es", "Él culpó a EE. UU. del fracaso de las conversaciones."),
    ],
)
def test_the_short_name_of_the_united_states_is_a_place(lang, target):
    # CLDR's short name ("США", "EE. UU."), which Babel does not ship, is language data.
    assert entity_findings("He blamed the US for the failed talks.", target, lang) == []
    assert entity_findings("He blamed the UK for the failed talks.", target, lang) == [
        ("changed", "error")]


def test_a_han_city_name_without_its_word_for_city():
    # GeoNames writes the capital with its word for "special district".
    assert entity_findings("She went to Washington on Monday.", "她周一去了华盛顿。", "zh") == []
    assert entity_findings("She went to Paris on Monday.", "她周一去了华盛顿。", "zh") == [
        ("changed", "error")]


def test_a_place_is_not_found_in_a_function_word():
    # "për" (for) has the stem of "Peru": Peru is not said, Chile is: a sure change.
    swapped = ("The team flew to Peru.", "Skuadra fluturoi për në Kili.", "sq")
    assert ("changed", "error") in entity_findings(*swapped)


def test_initials_of_a_territory_that_is_no_country_are_no_place():
    from checker.facts.entities import extract

    # "KI" (künstliche Intelligenz) spells the German name of the Canary Islands, "AI" the
    # English name of Åland; only a large country's initials name it ("VAE", "UAE").
    pair = ("Visas for PhD holders in AI.", "Visa für Promovierte in der KI.", "de")
    assert ("extra", "warning") not in entity_findings(*pair)
    assert "cldr:IC" not in [f.value for f in extract("Sie forscht zur KI.", "de", RUN)]
    assert "cldr:AE" in [f.value for f in extract("Die VAE trafen sich.", "de", RUN)]


def test_a_city_read_by_its_sound_in_chinese_takes_a_lost_city_place():
    # The gazetteer knows "华盛顿" as a city: the reference's city is changed, not dropped.
    swapped = ("The mayor said Bristol rejects the plan.", "市长说，华盛顿拒绝该计划。", "zh")
    assert ("changed", "error") in entity_findings(*swapped)
    faithful = ("The mayor said Washington rejects the plan.", "市长说，华盛顿拒绝该计划。", "zh")
    assert entity_findings(*faithful) == []
    # A surname that sounds like a small city is no place there.
    person = ("The court in Bristol ruled.", "罗德里格斯作出裁决。", "zh")
    assert ("changed", "error") not in entity_findings(*person)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # "Beijing" has its own characters in the gazetteer: its sound in the word for a
        # match (bi-sai) is no mention of it.
        ("The final was played in Beijing on Sunday.", "决赛周日在伦敦的比赛中进行。"),
        # "Ankara" sounds a little like the transcription of "Novak" (nuo-wa-ke), which
        # that other name of the reference sounds like more closely.
        ("Minister Ivan Novak spoke in Ankara on Monday.", "部长伊万·诺瓦克周一在莫斯科发表讲话。"),
    ],
)
def test_a_large_city_with_chinese_characters_is_not_heard_in_other_words(source, target):
    assert ("changed", "error") in entity_findings(source, target, "zh")


def test_a_city_heard_in_a_name_read_in_chinese_stays_said():
    # "San Diego" heard in the characters of a name read there (the data's Santiago,
    # which Chinese writes alike); "James" is heard there too, less closely.
    findings = entity_findings("James will play in San Diego on Sunday.",
                               "詹姆斯将于周日在圣地亚哥出场。", "zh")
    assert ("changed", "error") not in findings


def test_a_lost_city_against_a_city_written_in_arabic_is_a_change():
    findings = entity_findings("The meeting took place in a hotel in Abuja.",
                               "عقد الاجتماع في فندق في بلفاست.", "ar")
    assert ("changed", "error") in findings


def test_a_lost_city_still_partly_written_in_arabic_is_no_change():
    # "سيول" is Seoul and also floods; "Las Vegas" is written there letter for letter
    # ("لاس"), spelt otherwise than the gazetteer spells it.
    findings = entity_findings("Flash floods hit Las Vegas on Monday.",
                               "ضربت سيول مفاجئة لاس فيجاس يوم الاثنين.", "ar")
    assert ("changed", "error") not in findings


def test_a_lost_city_is_not_found_in_a_lower_case_word_alike():
    # "karşı" (against) looks a little like "Cardiff" once transliterated: a city is
    # written with a capital, so only a form of its name in lower case would be it.
    findings = entity_findings("The club says Cardiff's opposition to the plan is old.",
                               "Kulüp, Washington'ın plana karşı çıkmasının eski olduğunu "
                               "söylüyor.", "tr")
    assert ("changed", "error") in findings


def test_a_word_another_reference_name_reads_as_is_no_spelling_of_the_lost_place():
    # "Ivan" is the reference's "Ivan", not a spelling of its "Iran": the version's
    # adjective names another country in its place.
    found = entity_findings("Ana is Iran's fastest swimmer, coach Ivan Moss said.",
                            "Ana je najbrža škotska plivačica, rekao je trener Ivan Mos.", "sr")
    assert ("changed", "error") in found
    assert entity_findings("Ana is Scotland's fastest swimmer, coach Ivan Moss said.",
                           "Ana je najbrža škotska plivačica, rekao je trener Ivan Mos.",
                           "sr") == []


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        # The common short names of countries CLDR names in full (places.PLACE_NAMES).
        ("zh", "印尼的渔民昨天回到了港口。"),
        ("ar", "عاد صيادو السعودية إلى الميناء أمس."),
    ],
)
def test_a_country_by_its_common_short_name_is_read(lang, target):
    country = "Indonesia" if lang == "zh" else "Saudi Arabia"
    assert entity_findings(f"Fishermen from {country} returned to port yesterday.", target,
                           lang) == []
    assert ("changed", "error") in entity_findings(
        "Fishermen from Peru returned to port yesterday.", target, lang)


def test_a_place_the_version_says_by_its_adjective_is_no_counterpart_of_another():
    # "الأمريكي" (American) says "US": the version's city is the counterpart of the lost
    # city, not of the United States.
    version = "التقى المبعوث الأمريكي بالوزير بموسكو يوم الجمعة."
    assert ("changed", "error") in entity_findings(
        "The US envoy met the minister in Ankara on Friday.", version, "ar")
    assert entity_findings("The US envoy met the minister in Moscow on Friday.", version,
                           "ar") == []


def test_an_adjective_named_by_a_regional_locale_of_the_language_is_its_place():
    # "britânico": CLDR's European Portuguese names British English "inglês britânico";
    # the language's own locale does not.
    version = "O governo britânico anunciou novas regras para os portos."
    assert ("changed", "error") in entity_findings(
        "Chile's government announced new rules for the ports.", version, "pt")
    assert entity_findings("The UK government announced new rules for the ports.",
                           version, "pt") == []


def test_an_albanian_name_with_its_linking_article_in_another_case_is_the_place():
    # "Koresë së Veriut" is the genitive of CLDR's "Kore e Veriut" (North Korea): the
    # article changes with the case (names.LINKING_ARTICLES), the place stays the same.
    assert entity_findings("He spoke of the step toward peace in Cambodia.",
                           "Ai foli për hapin drejt paqes në Koresë së Veriut.", "sq") == [
        ("changed", "error")]
    assert entity_findings("He spoke of the step toward peace in North Korea.",
                           "Ai foli për hapin drejt paqes të Koresë së Veriut.", "sq") == []
