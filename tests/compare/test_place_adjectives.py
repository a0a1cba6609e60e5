"""Places named by an adjective, and the change they make certain
(checker/compare/place_adjectives.py)."""

import pytest
from support.pair_findings import entity_findings

from checker.compare.place_adjectives import adjective_places
from checker.context import CheckContext
from checker.model import Sentence

pytest.importorskip("simplemma")

RUN = CheckContext()


def adjectives(text: str, lang: str) -> dict[str, object]:
    sentence = Sentence(0, text, 0, len(text), 1, 1, 0)
    return {f.text: f.value for f in adjective_places(sentence, lang, RUN)}


def test_adjectives_made_from_place_names():
    assert adjectives("Les supporters écossais et les joueurs argentins.", "fr") == {
        "écossais": "cldr:gbsct", "argentins": "cldr:AR"}
    assert adjectives("Продажи британских пабов выросли.", "ru") == {"британских": "cldr:GB"}
    assert adjectives("قالت الحكومة الصينية إنها مستعدة.", "ar") == {"الصينية": "cldr:CN"}
    # The nisba where the name's final alif gives way: its key is the name's.
    assert adjectives("قال المدرب الإندونيسي إنه مستعد.", "ar") == {"الإندونيسي": "cldr:ID"}


@pytest.mark.parametrize(
    ("text", "lang", "adjective", "place"),
    [
        ("Die mexikanischen Behörden warnten.", "de", "mexikanischen", "cldr:MX"),
        ("Die chinesischen Behörden warnten.", "de", "chinesischen", "cldr:CN"),
        ("Предупредили мексиканские власти.", "ru", "мексиканские", "cldr:MX"),
        ("Upozorile su meksičke vlasti.", "sr", "meksičke", "cldr:MX"),
    ],
)
def test_demonym_endings_of_each_language(text, lang, adjective, place):
    assert adjectives(text, lang) == {adjective: place}


def test_words_that_only_look_like_adjectives_of_places_are_none():
    # "libéré" (freed) is not from Liberia, "schwer" (heavy) not from Schweiz, "armët"
    # (the weapons) not from Armenia; a place's own name is a name, not an adjective.
    assert adjectives("Le prisonnier a été libéré hier.", "fr") == {}
    assert adjectives("Das Wetter war schwer zu sagen.", "de") == {}
    assert adjectives("Ata nuk do të heqin dorë nga armët.", "sq") == {}
    assert adjectives("Il vit en Argentine.", "fr") == {}
    # Without a demonym ending, an Arabic word whose key only looks like a city's is none.
    assert adjectives("وصل فريق للطيران أمس.", "ar") == {}


def test_a_place_swapped_for_the_adjective_of_another_is_a_change():
    found = entity_findings(
        "Pub sales in Peru rose in the summer.", "Продажи британских пабов выросли летом.", "ru")
    assert ("changed", "error") in found


def test_an_adjective_of_a_place_the_reference_names_is_no_change():
    # The reference says "British" itself: the version's adjective is no other place.
    found = entity_findings(
        "British pub sales rose in Peru.", "Продажи британских пабов выросли.", "ru")
    assert ("changed", "error") not in found
    # The version names Scotland, inside Britain: the reference's place is not gone.
    found = entity_findings(
        "Pub sales rose in Britain.", "Продажи шотландских пабов в Шотландии выросли.", "ru")
    assert ("changed", "error") not in found


@pytest.mark.parametrize(
    ("text", "lang", "adjective", "place"),
    [
        ("Os exportadores argentinos temem as tarifas.", "pt", "argentinos", "cldr:AR"),
        ("A imprensa mexicana noticiou o caso.", "pt", "mexicana", "cldr:MX"),
        ("Mexicaanse boeren protesteerden dinsdag.", "nl", "Mexicaanse", "cldr:MX"),
        ("Η εταιρεία πούλησε τις γαλλικές μετοχές της.", "el", "γαλλικές", "cldr:FR"),
        ("Мексиканські фермери протестували.", "uk", "Мексиканські", "cldr:MX"),
        # a demonym noun in the accusative, in apposition ("the French minister")
        ("Συνάντησε τον Γάλλο υπουργό στη Ρώμη.", "el", "Γάλλο", "cldr:FR"),
    ],
)
def test_demonym_endings_of_languages_never_tuned_on(text, lang, adjective, place):
    assert adjectives(text, lang) == {adjective: place}


def test_a_place_given_by_an_adjective_of_another_is_a_change_in_portuguese_and_dutch():
    assert entity_findings("Exporters in Mexico fear the new tariffs.",
                           "Os exportadores argentinos temem as novas tarifas.", "pt") == [
        ("changed", "error")]
    assert entity_findings("Exporters in Argentina fear the new tariffs.",
                           "Os exportadores argentinos temem as novas tarifas.", "pt") == []
    assert entity_findings("Farmers in Germany protested on Tuesday.",
                           "Mexicaanse boeren protesteerden dinsdag.", "nl") == [
        ("changed", "error")]


def test_adjectives_of_cldr_regional_language_variants():
    # "anglais américain" (en_US) makes "américain" the adjective of the United States,
    # though no territory name makes it (the Americas, American Samoa).
    assert adjectives("Les sanctions américaines frappent les exportateurs.", "fr") == {
        "américaines": "cldr:US"}
    assert adjectives("Он встретил американского режиссера.", "ru") == {
        "американского": "cldr:US"}
    assert entity_findings("The new sanctions from the UK hit exporters.",
                           "Les nouvelles sanctions américaines frappent les exportateurs.",
                           "fr") == [("changed", "error")]


def test_a_place_given_by_its_own_adjective_is_said():
    assert entity_findings("He met a film director from the United States.",
                           "Он встретил американского режиссера.", "ru") == []
    assert entity_findings("The new sanctions from the US hit exporters.",
                           "Les nouvelles sanctions américaines frappent les exportateurs.",
                           "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "adjective", "place"),
    [
        # A long ending after a shorter part of the name.
        ("It is hard for British buyers.", "en", "British", "cldr:GB"),
        ("Der schottische Kapitän fehlte.", "de", "schottische", "cldr:gbsct"),
    ],
)
def test_adjectives_that_cut_more_of_the_name(text, lang, adjective, place):
    assert adjectives(text, lang).get(adjective) == place


@pytest.mark.parametrize(
    ("text", "lang", "adjective"),
    [
        ("The American envoys left.", "en", "American"),
        ("Die amerikanischen Gesandten reisten ab.", "de", "amerikanischen"),
        ("De Amerikaanse gezanten vertrokken.", "nl", "Amerikaanse"),
        # From the word the names of the American regions share ("Južna Amerika").
        ("Američki izaslanici su otišli.", "sr", "Američki"),
        ("Американські посланці поїхали.", "uk", "Американські"),
    ],
)
def test_the_adjective_of_america_is_of_the_united_states(text, lang, adjective):
    # Made from CLDR's one-word name of the region "the Americas".
    assert adjectives(text, lang).get(adjective) == "cldr:US"


def test_the_word_for_south_is_no_word_for_america():
    assert adjectives("Južni deo zemlje je poplavljen.", "sr") == {}


def test_a_short_name_with_a_long_ending():
    # "Kina": the name's last vowel turns into the ending's "e" (language data).
    assert adjectives("Kineska vlada je obećala pomoć.", "sr") == {"Kineska": "cldr:CN"}
    assert adjectives("Кинеска влада је обећала помоћ.", "sr-Cyrl") == {"Кинеска": "cldr:CN"}


@pytest.mark.parametrize(
    ("text", "lang", "adjective"),
    [
        ("A South Korean lawmaker spoke.", "en", "Korean"),
        ("Выступил южнокорейский депутат.", "ru", "южнокорейский"),
        ("Govorio je južnokorejski poslanik.", "sr", "južnokorejski"),
        # The other word first, in a name with a connector ("Coreia do Sul").
        ("O líder sul-coreano falou.", "pt", "coreano"),
        ("Le ministre sud-coréen a parlé.", "fr", "coréen"),
    ],
)
def test_the_adjective_of_a_two_word_place(text, lang, adjective):
    # Made from "South Korea" (its first word before it, or in one word with it): not
    # North Korea's, which "Korean" alone may be too.
    assert adjectives(text, lang) == {adjective: "cldr:KR"}


def test_a_city_adjective_pairs_where_the_country_around_it_is_said_otherwise():
    # The reference's country is said in the version by its own adjective, so the city
    # adjective that is left renders no name of the reference: the lost city changed.
    findings = entity_findings(
        "Most new offices in Addis Ababa are rented by non-UK firms.",
        "Большинство новых лондонских офисов снимают не британские фирмы.", "ru")
    assert ("changed", "error") in findings


def test_adjectives_made_from_large_cities_of_the_gazetteer():
    def read(text: str, lang: str) -> list[str]:
        return [f.value for f in adjective_places(Sentence(0, text, 0, len(text), 1, 1, 0),
                                                  lang, CheckContext())]

    assert read("Ein Belfaster Gericht tagte.", "de") == ["geonames:2655984"]
    assert read("Суд манчестерский рассмотрел дело.", "ru") == ["geonames:2643123"]
    assert read("Ein Lehrer kam.", "de") == []  # no city of that name
    # A lost city the version's adjective names is a change; its own adjective is said.
    assert ("changed", "error") in entity_findings(
        "A court in Rabat heard the case.", "Ein Belfaster Gericht verhandelte den Fall.", "de")
    assert ("changed", "error") not in entity_findings(
        "A court in Belfast heard the case.", "Ein Belfaster Gericht verhandelte den Fall.", "de")


def test_adjectives_read_from_the_names_of_languages():
    # A language's name is the adjective of the territory CLDR's likely subtags give it,
    # where that territory's name starts alike ("japonês"/"Japão", "Duits"/"Duitsland"),
    # with its other forms ("russa", "Duitse").
    assert adjectives("O governo japonês e a polícia russa reagiram.", "pt") == {
        "japonês": "cldr:JP", "russa": "cldr:RU"}
    assert adjectives("De Duitse en de Spaanse regering reageerden.", "nl") == {
        "Duitse": "cldr:DE", "Spaanse": "cldr:ES"}
    # "inglês" is English, whose likely territory (the United States) is named otherwise.
    assert adjectives("Ele fala inglês muito bem.", "pt") == {}


def test_a_place_changed_into_a_language_name_adjective_is_a_sure_change():
    assert ("changed", "error") in entity_findings(
        "Kenya's government approved the law.", "O governo japonês aprovou a lei.", "pt")


def test_albanian_adjectives_in_ik():
    # "-ik" makes Albanian adjectives of places ("britanik", "britanike", "britanikë").
    assert adjectives("Qeveria britanike dhe bankat britanikë reaguan.", "sq") == {
        "britanike": "cldr:GB", "britanikë": "cldr:GB"}
    assert ("changed", "error") in entity_findings(
        "He said he can fix Cyprus's computer problems.",
        "Ai tha se mund të rregullojë problemet e kompjuterëve britanikë.", "sq")


def test_a_city_written_with_a_hamza_seat_is_read_in_arabic():
    # "سيئول": Seoul written with a hamza on a ya seat, where the gazetteer has "سيول".
    version = "سافر الوزير إلى سيئول يوم الاثنين."
    assert entity_findings("The minister flew to Seoul on Monday.", version, "ar") == []
    assert entity_findings("The minister flew to Tokyo on Monday.", version, "ar") == [
        ("changed", "error")]


def test_a_greek_demonym_noun_in_the_accusative_is_no_added_name():
    findings = entity_findings("He will meet the Turkish president in Ankara on Monday.",
                               "Θα συναντήσει τον Τούρκο πρόεδρο στην Άγκυρα τη Δευτέρα.", "el")
    assert findings == []


def test_turkish_demonym_a_language_is_named_after_is_its_region_adjective():
    # "İngilizce" (English) is "İngiliz" and -ce; CLDR's "İngiliz İngilizcesi" (en_GB)
    # makes "İngiliz" the adjective of the United Kingdom, in its case forms too.
    assert adjectives("İngiliz bakan dün sabah Ankara'ya geldi.", "tr") == {
        "İngiliz": "cldr:GB"}
    assert adjectives("İngilizler yarın sandığa gidecek.", "tr") == {"İngilizler": "cldr:GB"}
    assert entity_findings("Spain sent two ships on Monday.",
                           "İngiliz gemileri pazartesi günü yola çıktı.", "tr") == [
        ("changed", "error")]
    assert entity_findings("Britain sent two ships on Monday.",
                           "İngiliz gemileri pazartesi günü yola çıktı.", "tr") == []
