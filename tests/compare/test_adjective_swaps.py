"""Places one side writes as a demonym or an adjective, the other as a name, in the version's
own script and cases (checker/compare/adjective_swaps.py, place_adjectives.py): a faithful
twin gives no error, a twin whose English names another place gives one."""

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


def errors(source: str, target: str, lang: str) -> list[tuple[str, str]]:
    return [f for f in entity_findings(source, target, lang) if f[1] == "error"]


# (language, faithful English, version, the English with another place)
TWINS = [
    # The English names the country, the version its adjective.
    ("el", "Indonesia announced new flood defences.",
     "Η ινδονησιακή κυβέρνηση ανακοίνωσε νέα αντιπλημμυρικά έργα.",
     "Peru announced new flood defences."),
    ("el", "Exports from Egypt fell in the spring.",
     "Οι αιγυπτιακές εξαγωγές μειώθηκαν την άνοιξη.",
     "Exports from Norway fell in the spring."),
    ("ar", "Egypt's government raised bread prices.",
     "رفعت الحكومة المصرية أسعار الخبز.",
     "Chile's government raised bread prices."),
    ("ar", "Officials in Turkey denied the report.",
     "نفى المسؤولون في الحكومة التركية التقرير.",
     "Officials in Kenya denied the report."),
    ("sq", "China's government has promised cheaper medicine.",
     "Qeveria kineze ka premtuar ilaçe më të lira.",
     "Peru's government has promised cheaper medicine."),
    # The English writes the adjective, the version the country, in its cases.
    ("el", "The Indonesian navy rescued forty fishermen.",
     "Το ναυτικό της Ινδονησίας διέσωσε σαράντα ψαράδες.",
     "The Peruvian navy rescued forty fishermen."),
    ("uk", "The Indonesian navy rescued forty fishermen.",
     "Військово-морські сили Індонезії врятували сорок рибалок.",
     "The Peruvian navy rescued forty fishermen."),
    ("sr-Cyrl", "German investors bought the old steelworks.",
     "Инвеститори из Немачке купили су стару железару.",
     "Norwegian investors bought the old steelworks."),
    ("es", "The Indonesian government closed two airports.",
     "El Gobierno de Indonesia cerró dos aeropuertos.",
     "The Peruvian government closed two airports."),
    ("pt", "Brazilian farmers blocked the road for a week.",
     "Agricultores do Brasil bloquearam a estrada durante uma semana.",
     "Argentine farmers blocked the road for a week."),
    ("tr", "The Indonesian government closed two airports.",
     "Endonezya hükümeti iki havalimanını kapattı.",
     "The Peruvian government closed two airports."),
    ("zh", "The Indonesian government closed two airports.",
     "印尼政府关闭了两座机场。",
     "The Peruvian government closed two airports."),
    # A capital the version writes in its own script, read by the gazetteer.
    ("zh", "The minister flew to Ankara on Tuesday.", "部长周二飞往安卡拉。",
     "The minister flew to Nairobi on Tuesday."),
    ("el", "The minister flew to Ankara on Tuesday.", "Ο υπουργός πέταξε στην Άγκυρα την Τρίτη.",
     "The minister flew to Nairobi on Tuesday."),
    ("uk", "The talks in Ankara ended on Friday.", "Переговори в Анкарі завершилися в п'ятницю.",
     "The talks in Nairobi ended on Friday."),
    ("ar", "The talks in Ankara ended on Friday.", "انتهت المحادثات في أنقرة يوم الجمعة.",
     "The talks in Nairobi ended on Friday."),
    # Both sides write adjectives.
    ("uk", "The German chancellor met the Egyptian president.",
     "Німецький канцлер зустрівся з єгипетським президентом.",
     "The Austrian chancellor met the Egyptian president."),
    ("sr-Cyrl", "The Indonesian government closed two airports.",
     "Индонежанска влада затворила је два аеродрома.",
     "The Peruvian government closed two airports."),
    ("ar", "The Indonesian government closed two airports.",
     "أغلقت الحكومة الإندونيسية مطارين.",
     "The Peruvian government closed two airports."),
    ("nl", "Mexican growers sold less coffee this year.",
     "Mexicaanse telers verkochten dit jaar minder koffie.",
     "Colombian growers sold less coffee this year."),
    ("de", "Turkish officials confirmed the arrests.",
     "Türkische Beamte bestätigten die Festnahmen.",
     "Greek officials confirmed the arrests."),
]


@pytest.mark.parametrize(("lang", "faithful", "version", "drifted"), TWINS)
def test_a_place_said_as_adjective_on_one_side(lang, faithful, version, drifted):
    assert errors(faithful, version, lang) == []
    assert ("changed", "error") in entity_findings(drifted, version, lang)


def test_english_adjectives_that_add_a_letter_before_the_ending():
    assert adjectives("The Peruvian coast guard said so.", "en") == {"Peruvian": "cldr:PE"}
    # "perish" is no adjective of Peru: three end letters with one vowel need a longer name.
    assert adjectives("Crops will perish without rain.", "en") == {}


def test_greek_adjectives_in_iakos():
    assert adjectives("Η αιγυπτιακή αστυνομία και οι ινδονησιακές αρχές.", "el") == {
        "αιγυπτιακή": "cldr:EG", "ινδονησιακές": "cldr:ID"}


def test_arabic_nisba_of_a_short_name_after_the_article_only():
    assert adjectives("قالت الحكومة المصرية والسلطات الإيرانية.", "ar") == {
        "المصرية": "cldr:EG", "الإيرانية": "cldr:IR"}
    # "الأمنية" (security) and "الوطنية" (national) have the letters of "German" and of
    # Bhutan less a proclitic: no adjective of a place.
    assert adjectives("عززت القوات الأمنية والوحدات الوطنية والأمنية مواقعها.", "ar") == {}


def test_a_language_named_by_the_adjective_is_no_sure_change():
    # "in Welsh" may be the language: another place in the version is a warning at most.
    found = entity_findings("The sign was written in Welsh.",
                            "Die Schilder waren auf Deutsch beschriftet.", "de")
    assert ("changed", "error") not in found


def test_the_drifted_state_adjective_stays_an_error():
    # The state's adjective before a noun is the state, also where it names a language.
    found = entity_findings("The German government rejected the plan.",
                            "Die österreichische Regierung lehnte den Plan ab.", "de")
    assert ("changed", "error") in found


@pytest.mark.parametrize(
    ("text", "lang", "adjective", "place"),
    [
        ("El ministro egipcio llegó tarde.", "es", "egipcio", "cldr:EG"),
        ("Los pescadores griegos volvieron al puerto.", "es", "griegos", "cldr:GR"),
        ("Os refugiados sírios chegaram à ilha.", "pt", "sírios", "cldr:SY"),
        ("De Deense premier opende de brug.", "nl", "Deense", "cldr:DK"),
        ("Делегація норвезького парламенту прибула вчора.", "uk", "норвезького", "cldr:NO"),
        ("Ο ιρακινός υπουργός έφτασε χθες.", "el", "ιρακινός", "cldr:IQ"),
        ("Amerikalılardan gelen yardım azaldı.", "tr", "Amerikalılardan", "cldr:US"),
        ("The Dane finished third behind two Swedes.", "en", "Dane", "cldr:DK"),
    ],
)
def test_demonyms_no_ending_makes_are_data(text, lang, adjective, place):
    assert adjectives(text, lang).get(adjective) == place


def test_lower_case_words_are_no_english_adjectives():
    # English capitalises its demonyms: "manager" is not from Managua.
    assert adjectives("The manager of the club resigned.", "en") == {}


MORE_TWINS = [
    ("es", "Greek fishermen returned to the harbour.",
     "Los pescadores griegos volvieron al puerto.",
     "Turkish fishermen returned to the harbour."),
    ("nl", "The Danish prime minister opened the bridge.",
     "De Deense premier opende de brug.",
     "The Swedish prime minister opened the bridge."),
    ("uk", "A delegation of Norway's parliament arrived yesterday.",
     "Делегація норвезького парламенту прибула вчора.",
     "A delegation of Finland's parliament arrived yesterday."),
    ("pt", "Syrian refugees reached the island on Sunday.",
     "Os refugiados sírios chegaram à ilha no domingo.",
     "Iraqi refugees reached the island on Sunday."),
    ("el", "The Iraqi minister arrived in Athens yesterday.",
     "Ο ιρακινός υπουργός έφτασε χθες στην Αθήνα.",
     "The Iranian minister arrived in Athens yesterday."),
    ("tr", "Aid from the United States fell last year.",
     "Amerikalılardan gelen yardım geçen yıl azaldı.",
     "Aid from Canada fell last year."),
]


@pytest.mark.parametrize(("lang", "faithful", "version", "drifted"), MORE_TWINS)
def test_irregular_demonyms_in_their_cases(lang, faithful, version, drifted):
    assert errors(faithful, version, lang) == []
    assert ("changed", "error") in entity_findings(drifted, version, lang)


def test_an_adjective_inside_a_longer_name_says_no_place():
    # "Johnny English" is a character, not England: a place the version adds is no change.
    found = entity_findings("Johnny English returns to the cinemas this week.",
                            "Ο Τζόνι Ίνγκλις επιστρέφει στους κινηματογράφους της Γαλλίας.",
                            "el")
    assert ("changed", "error") not in found


def test_two_places_sharing_a_word_are_no_sure_change():
    # "North Korean" against a version's "Korean" (war): the adjectives of two Koreas.
    found = entity_findings(
        "Thousands of North Koreans have crossed the border since the Korean War.",
        "Тысячи северокорейцев пересекли границу после Корейской войны.", "ru")
    assert ("changed", "error") not in found
