"""Entity and term findings within aligned claims (checker/compare/entities.py, terms.py)."""

from pathlib import Path

import pytest

from checker.context import CheckContext
from checker.model import SegmentPair
from checker.pipeline import check_pair

GLOSSARIES = CheckContext.load(Path(__file__).resolve().parents[2] / "glossaries")


def findings(source: str, source_lang: str, target: str, target_lang: str = "en"):
    pair = SegmentPair("t", source_lang, source, target_lang, target)
    return [
        (f.category, f.kind, f.severity)
        for f in check_pair(pair, GLOSSARIES)
        if f.category in ("entity", "term")
    ]


def test_transliterated_names_match():
    src = "Тренер Ирина Белова рассказала о борце Николае Куляненко."
    assert (
        findings(
            src, "ru", "Coach Irina Belova spoke about wrestler Nikolai Kulianenko."
        )
        == []
    )


def test_replaced_name_is_changed():
    src = "Тренер Ирина Белова рассказала о борце Николае Куляненко."
    out = findings(
        src, "ru", "Coach Zofia Kowalczyk spoke about wrestler Nikolai Kulianenko."
    )
    assert ("entity", "changed", "error") in out


def test_removed_name_is_missing():
    src = "Die beiden Gruppen warfen Bürgermeister Jonas Hallweger (CSU) vor, zu zögern."
    assert (
        findings(
            src, "de", "The two groups accused Mayor Jonas Hallweger (CSU) of hesitating."
        )
        == []
    )
    out = findings(src, "de", "The two groups accused Mayor Jonas Hallweger () of hesitating.")
    # info: nothing tells what the acronym names (checker.compare.certainty)
    assert out == [("entity", "missing", "info")]


def test_exonyms_from_cldr_and_demonyms():
    assert (
        findings("Il vit en Allemagne depuis 2010.", "fr", "He has lived in Germany since 2010.")
        == []
    )
    assert findings(
        "Il vit en Allemagne depuis 2010.", "fr", "He has lived in Austria since 2010."
    ) == [("entity", "changed", "error")]
    assert (
        findings(
            "Численность ВМФ России растет.",
            "ru",
            "The size of the Russian Navy is growing.",
        )
        == []
    )


def test_translated_acronyms_match():
    assert findings("Le chef de l'OTAN s'est exprimé.", "fr", "The NATO chief spoke.") == []
    assert findings("La BCE a statué.", "fr", "The ECB ruled.") == []


def test_glossary_exonyms_across_scripts():
    assert (
        findings(
            "Poruka Beogradu i Prištini je jasna.",
            "sr",
            "The message to Belgrade and Pristina is clear.",
        )
        == []
    )
    assert (
        findings(
            "Порука Београду и Приштини је јасна.",
            "sr-Cyrl",
            "The message to Belgrade and Pristina is clear.",
        )
        == []
    )
    # A glossary name of no known kind (no CLDR place, no word around it that says what it
    # names) against a city: two observations, never a sure change.
    assert findings(
        "Poruka Beogradu i Prištini je jasna.", "sr", "The message to Belgrade and Skopje is clear."
    ) == [("entity", "missing", "warning"), ("entity", "extra", "warning")]
    # "u" (in) says Priština is a place: a place changed into a place.
    assert ("entity", "changed", "error") in findings(
        "Poruka je stigla u Prištinu.", "sr", "The message arrived in Skopje."
    )


def test_forbidden_and_not_preferred_terms():
    # The Turkish desk forbids "Erdogan" without ğ; reference English, version Turkish.
    out = findings("He spoke with Erdogan in Ankara.", "en", "Erdogan ile Ankara'da görüştü.", "tr")
    assert ("term", "changed", "error") in out
    assert (
        findings("He spoke with Erdogan in Ankara.", "en", "Erdoğan ile Ankara'da görüştü.", "tr")
        == []
    )
    # The Serbian desk prefers Priština; "Pristina" (no diacritic) is not its form.
    out = findings("The message to Pristina is clear.", "en", "Poruka Pristini je jasna.", "sr")
    assert ("term", "changed", "warning") in out


def test_weekday_is_a_date_not_a_missing_name():
    """The date comparer judges weekdays; a lower-case "pazartesi" is no lost name."""
    assert findings(
        "More than 1,200 people were evacuated on Monday, officials said.", "en",
        "Yetkililer, pazartesi günü 1.200'den fazla kişinin tahliye edildiğini açıkladı.", "tr",
    ) == []
    assert findings(
        "Am Montag sagte Stoltenberg, die NATO schicke 700 Soldaten.", "de",
        "On Tuesday, Stoltenberg said NATO would send 700 troops.", "en",
    ) == []


def test_albanian_title_words_are_not_added_names():
    """Faithful Albanian sentences of the seed story: a dateline dash before "Shefi" and the
    title "ministrave të Jashtëm" (foreign ministers) give no finding; a swapped name does."""
    sq = (
        "Jens Stoltenberg i bëri këto komente në një deklaratë për mediat para takimit "
        "joformal të ministrave të Jashtëm të NATO-s në Oslo, kryeqytetin e Norvegjisë."
    )
    en = (
        "Jens Stoltenberg’s remarks came during his doorstep before the informal NATO "
        "foreign ministers’ meeting in Norway’s capital Oslo."
    )
    assert findings(en, "en", sq, "sq") == []
    assert findings(
        "OSLO, Norway (AA) : NATO chief on Thursday said that sending troops to Kosovo "
        "“does not mean” that the alliance gives up.", "en",
        "OSLO, Norvegji (AA) - Shefi i NATO-s deklaroi të enjten se dërgimi i trupave në "
        "Kosovë “nuk do të thotë” se aleanca heq dorë.", "sq",
    ) == []
    assert findings(en, "en", sq.replace("Stoltenberg", "Rutte"), "sq") == [
        ("entity", "changed", "error")
    ]


def test_a_capitalised_word_the_document_writes_in_lower_case_is_no_name():
    """ "Šefica" (chief, feminine: not in the Serbian word list) capitalised inside a
    sentence is an added name; with "šefica" in lower case elsewhere in the same text it is
    a title word."""
    en = "Today the NATO chief spoke in Oslo."
    alone = "Danas je Šefica NATO-a govorila u Oslu."
    # info: nothing tells what the word names (checker.compare.certainty)
    assert findings(en, "en", alone, "sr") == [("entity", "extra", "info")]
    both = alone + " Govorila je i šefica diplomatije."
    assert findings(en + " The chief diplomat spoke too.", "en", both, "sr") == []


def test_a_name_is_not_found_in_an_unrelated_lower_case_english_word():
    # "Iran" once matched "years" by a loose fuzzy ratio, hiding its removal.
    source = "Vor zwei Jahren reiste die Ministerin in den Iran."
    assert findings(source, "de", "Two years ago the minister travelled to Iran.") == []
    lost = findings(source, "de", "Two years ago the minister travelled there.")
    assert ("entity", "missing", "warning") in lost


def test_an_english_word_nearer_to_another_name_of_the_source_is_that_names():
    # "Mike" renders "Майк", so it cannot also stand for the removed "Мидер".
    source = "Эксперт Джон Мидер и Майк Доусон выступили в Чикаго."
    assert findings(source, "ru", "Expert John Mider and Mike Dawson spoke in Chicago.") == []
    lost = findings(source, "ru", "Expert John and Mike Dawson spoke in Chicago.")
    assert ("entity", "missing", "warning") in lost


def messages(source: str, source_lang: str, target: str) -> list[tuple[str, str]]:
    pair = SegmentPair("t", source_lang, source, "en", target)
    return [(f.rule, f.message) for f in check_pair(pair, GLOSSARIES)
            if f.category in ("entity", "term")]


@pytest.mark.parametrize(
    ("source", "lang", "same", "other", "changed"),
    [
        ("首相は昨日ドイツを訪問した。", "ja", "The prime minister visited Germany yesterday.",
         "The prime minister visited France yesterday.", "ドイツ -> France"),
        ("總統昨天訪問了義大利。", "zh-Hant", "The president visited Italy yesterday.",
         "The president visited Spain yesterday.", "義大利 -> Spain"),
        ("הנשיא ביקר ביפן אתמול.", "he", "The president visited Japan yesterday.",
         "The president visited China yesterday.", "ביפן -> China"),
    ],
)
def test_a_country_changed_in_japanese_chinese_and_hebrew(source, lang, same, other, changed):
    """Names of these languages are found at all (Japanese: no word spaces; Traditional
    Chinese: zh_Hant CLDR names; Hebrew: proclitics), so another country in the
    translation is a changed name, not only an added one."""
    assert messages(source, lang, same) == []
    assert messages(source, lang, other) == [("entity.changed", f"name changed: {changed}")]


def test_two_surnames_alike_at_the_start_are_two_people():
    """A loose ratio does not merge a long surname with a short one that starts alike; as
    they are not far apart either (a transliteration could be), two warnings."""
    assert findings(
        "Laut Herrn Stoltenberg ist das Treffen vorbei.", "de",
        "According to Mr Solberg the meeting is over.",
    ) == [("entity", "missing", "warning"), ("entity", "extra", "warning")]


def test_a_surname_written_another_way_is_no_sure_change():
    """Transliterations of one surname stay close: two warnings, no error."""
    out = findings("Он говорил с Томасом Фоглером.", "ru", "He spoke with Thomas Vogler.")
    assert ("entity", "changed", "error") not in out


def test_a_city_changed_into_an_organisation_is_no_change():
    """Kinds differ (a CLDR city, an organisation by its word "Party"): two warnings."""
    out = findings(
        "Die Delegation reiste nach Madrid.", "de", "The delegation joined the Labour Party."
    )
    assert ("entity", "changed", "error") not in out
    assert ("entity", "missing", "warning") in out


def test_a_city_changed_into_a_city_is_an_error_in_chinese_and_arabic():
    """CLDR's exemplar cities give the names in scripts without capitals."""
    assert ("entity", "changed", "error") in findings(
        "他昨天去了马德里。", "zh", "He went to Paris yesterday."
    )
    assert ("entity", "changed", "error") in findings(
        "سافر إلى مدريد أمس.", "ar", "He travelled to Paris yesterday."
    )


def test_a_country_swapped_for_one_cldr_lacks_is_a_sure_change():
    # The version names Scotland (language data: CLDR has it only as a subdivision), the
    # reference Peru, which the version does not have anywhere.
    found = findings(
        "The minister flew to Peru on Monday.", "en",
        "Министр улетел в Шотландию в понедельник.", "ru",
    )
    assert ("entity", "changed", "error") in found


def test_a_capital_for_its_country_is_no_change():
    # A capital named for its government is the same place for a translator.
    found = findings(
        "Paris rejected the plan on Friday.", "en",
        "La France a rejeté le plan vendredi.", "fr",
    )
    assert ("entity", "changed", "error") not in found


def test_a_gazetteer_city_for_another_city_in_arabic_is_a_sure_change():
    """A city the gazetteer knows ("Cardiff": no CLDR exemplar city) where the Arabic
    version names another city of the data is a change; written as the gazetteer spells
    it, it is said; an Arabic word that spells some town is no partner (only countries and
    CLDR cities are), and a lost city left alone is no finding (its Arabic name may be one
    the gazetteer lacks)."""
    source = "The talks opened in Cardiff on Monday."
    assert ("entity", "changed", "error") in findings(
        source, "en", "افتتحت المحادثات في مدريد يوم الاثنين.", "ar")
    assert findings(source, "en", "افتتحت المحادثات في كارديف يوم الاثنين.", "ar") == []
    assert findings(source, "en", "افتتحت المحادثات يوم الاثنين.", "ar") == []


def test_a_capital_geonames_lacks_in_arabic_is_a_city_of_the_data():
    """"واشنطن" is no CLDR exemplar city and GeoNames has no Arabic name for it: the
    language's place names give it by its GeoNames id, so it is the city "Washington" and
    another city where the reference has one."""
    version = "عاد المبعوث إلى واشنطن مساء الثلاثاء."
    assert findings("The envoy returned to Washington on Tuesday evening.", "en", version,
                    "ar") == []
    assert ("entity", "changed", "error") in findings(
        "The envoy returned to Lisbon on Tuesday evening.", "en", version, "ar")
    assert ("entity", "changed", "error") in findings(
        "The envoy returned to Cardiff on Tuesday evening.", "en", version, "ar")


def test_an_arabic_nisba_of_a_short_place_name_is_that_place():
    """"الأمريكية" is the adjective of "أمريكا" (the United States by its common short
    name): said for "US", another place for "Japan"."""
    version = "انتقد الوزير العقوبات الأمريكية يوم السبت."
    assert findings("The minister criticised US sanctions on Saturday.", "en", version,
                    "ar") == []
    assert ("entity", "changed", "error") in findings(
        "The minister criticised sanctions by Japan on Saturday.", "en", version, "ar")


def test_an_arabic_nisba_with_a_one_letter_ending_is_that_place():
    """"الأمريكي" (the masculine nisba, one letter after "أمريكا" less its alif): no vowels
    are written, so the kept part of the name is short and still the place's."""
    version = "قال المخرج الأمريكي إن الفيلم جاهز."
    assert findings("The US director said the film was ready.", "en", version, "ar") == []
    assert ("entity", "changed", "error") in findings(
        "The director from Japan said the film was ready.", "en", version, "ar")


def test_a_place_named_elsewhere_put_where_a_lost_place_vanished_is_a_change(tmp_path):
    # The version names Norway (and Chile, which the reference says by "there") where the
    # reference has Peru, which the version names nowhere: two candidates for the article's
    # swap judge, but a sure claim losing a place that vanished is a change.
    from support.story_check import story_findings

    reference = ("Norway and Chile signed the fishing pact in March.\n\n"
                 "Peru's envoy met his counterpart there on Friday and praised the deal.\n\n"
                 "The final text is expected before the end of next year.\n")
    version = ("La Norvège et le Chili ont signé le pacte de pêche en mars.\n\n"
               "L'envoyé de la Norvège a rencontré vendredi son homologue au Chili et a "
               "salué l'accord.\n\n"
               "Le texte final est attendu avant la fin de l'année prochaine.\n")
    found = [(f.rule, f.severity, f.reference.fact) for f in
             story_findings(tmp_path, reference, version, "fr") if f.severity != "info"]
    assert found == [("entity.changed", "error", "Peru")]
    # The same sentences with Peru kept in the version: it moved, no change.
    kept = version.replace("L'envoyé de la Norvège", "L'envoyé du Pérou")
    assert [f for f in story_findings(tmp_path, reference, kept, "fr")
            if f.severity == "error"] == []
