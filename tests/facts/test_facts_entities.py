"""Named facts from each version's own text (checker/facts/entities.py)."""

from pathlib import Path

import pytest

from checker.context import CheckContext
from checker.facts.entities import extract

GLOSSARIES = Path(__file__).resolve().parents[2] / "glossaries"
WITH_GLOSSARIES = CheckContext.load(GLOSSARIES)


def names(
    text: str, lang: str, context: CheckContext | None = None
) -> list[tuple[str, object, str]]:
    return [(f.text, f.value, f.kind) for f in extract(text, lang, context)]


def test_multiword_names_and_acronyms():
    found = names(
        "Coach Irina Belova spoke about MMA wrestler Nikolai Kulianenko.", "en"
    )
    assert ("Irina Belova", "irina belova", "name") in found
    assert ("MMA", "mma", "acronym") in found
    assert ("Nikolai Kulianenko", "nikolai kulianenko", "name") in found
    assert not any(text == "Coach" for text, _, _ in found)  # sentence-initial common word


def test_sentence_initial_common_words_are_not_names():
    assert names("However, the talks went on.", "en") == []
    assert names("Ранее сообщалось, что переговоры продолжатся.", "ru") == []
    # German capitalises nouns: "Saison" and "Ende" may be kept, but only as common words.
    german = names("Schließlich wurde die Saison zu Ende gespielt.", "de")
    assert all(kind == "common" for _, _, kind in german)
    assert "Schließlich" not in [text for text, _, _ in german]


def test_cldr_country_names_in_any_language_give_one_concept():
    assert ("Allemagne", "cldr:DE", "concept") in names("Il vit en Allemagne.", "fr")
    assert ("Germany", "cldr:DE", "concept") in names("He lives in Germany.", "en")
    ru = names("Переговоры с Катаром провели Саудовская Аравия и Египет.", "ru")
    assert ("Катаром", "cldr:QA", "concept") in ru
    assert ("Саудовская Аравия", "cldr:SA", "concept") in ru


def test_inflected_names_keep_their_key():
    assert names("Sekretari foli në Prishtinën.", "sq")[-1][1] == names("Prishtinë", "sq")[0][
        1
    ] or names("Sekretari foli në Prishtinën.", "sq")[-1][1].startswith("prishtin")
    # A capital city in CLDR's exemplar cities is a concept in any case form.
    assert ("Beogradu", "city:Europe/Belgrade", "concept") in names(
        "Sastanak je održan u Beogradu.", "sr"
    )
    assert ("Београду", "city:Europe/Belgrade", "concept") in names(
        "Састанак је одржан у Београду.", "sr-Cyrl"
    )
    assert ("Kayseri", "kayseri", "name") in names("Yarın Kayseri'yi ziyaret edecek.", "tr")
    assert names("Генерални секретар НАТО-а стигао је.", "sr-Cyrl")[-1][1] == "nato"


def test_german_nouns_are_not_names_but_names_are():
    found = names("Die Regierung traf sich mit Jonas Hallweger in Ulm.", "de")
    reported = [text for text, _, kind in found if kind != "common"]
    assert "Jonas Hallweger" in reported and "Ulm" in reported
    assert "Regierung" not in reported


def test_quoted_titles():
    found = names('Летчики группы "Русские витязи" выступили.', "ru")
    assert any(text == "Русские витязи" for text, _, _ in found)


def test_quoted_speech_is_no_title_and_keeps_its_places():
    # A quotation that ends in a full stop or a comma is speech: the country in it is read.
    found = names('The crowd chanted, "Long live Peru." Then it left.', "en")
    assert ("Peru", "cldr:PE", "concept") in found
    found = names('"We are friends with Chile," she said.', "en")
    assert ("Chile", "cldr:CL", "concept") in found


def test_a_quoted_slogan_naming_a_country_is_no_title():
    found = names("Они кричали: «Да здравствует Перу!» и ушли.", "ru")
    assert ("Перу", "cldr:PE", "concept") in found
    assert not any(text.startswith("Да здравствует") for text, _, _ in found)


def test_a_quoted_title_with_a_country_name_and_no_lower_case_word_stays_a_title():
    found = names("Он работал на канале «Россия 1» много лет.", "ru")
    assert any(text == "Россия 1" for text, _, _ in found)


def test_names_inside_arabic_words_run_together_are_read():
    # A text that lost its spaces: a long "word" holds CLDR names.
    found = names("قالواإنهمزارواكورياالشماليةوالصينفيالعامالماضي.", "ar")
    assert any(value == "cldr:KP" for _, value, _ in found)
    # An ordinary sentence gains nothing.
    assert names("قال إنه سيزور المدينة غدا.", "ar") == []


def test_a_city_written_as_its_name_starts_a_sentence():
    # The English word list knows "berlin" (a carriage): written as the city is, it is one.
    assert ("Berlin", "city:Europe/Berlin", "concept") in names("Berlin has said no.", "en")


def test_a_hyphenated_country_name_with_capitals_is_read():
    # "Uni" and "Unis" are common words; after a hyphen with a capital they end a name.
    assert ("Royaume-Uni", "cldr:GB", "concept") in names("Il rentre au Royaume-Uni demain.", "fr")
    assert ("États-Unis", "cldr:US", "concept") in names("Elle vit aux États-Unis.", "fr")


def test_glossary_terms_give_concept_ids_also_in_arabic():
    def named(text: str, lang: str) -> list[tuple[str, object, str]]:
        return names(text, lang, WITH_GLOSSARIES)

    assert ("الناتو", "nato", "concept") in named("قال الأمين العام للحلف إن الناتو مستعد", "ar")
    assert ("Приштини", "pristina", "concept") in named("Састанак у Приштини.", "sr-Cyrl")
    assert ("Priştine'ye", "pristina", "concept") in named(
        "Belgrad'a ve Priştine'ye mesaj.", "tr"
    ) or any(v == "pristina" for _, v, _ in named("Belgrad'a ve Priştine'ye mesaj.", "tr"))
    # "من" ("from") is not Oman: uncased scripts compare the written words, not lossy keys.
    assert named("رسالتنا إلى كل من بلغراد", "ar") == [("بلغراد", "belgrade", "concept")]


@pytest.mark.parametrize(
    ("text", "lang", "date_word"),
    [
        ("More than 1,200 people were evacuated on Monday, officials said.", "en", "Monday"),
        ("On Thursday, NATO said it would send 700 troops in January.", "en", "Thursday"),
        ("Am Montag sagte Stoltenberg in Oslo, im Januar sei alles ruhig gewesen.", "de",
         "Montag"),
        ("Yetkililer Pazartesi günü Ocak ayında açıklama yaptı.", "tr", "Pazartesi"),
        ("Savet je u Ponedeljak, 3. Marta, odlučio.", "sr", "Ponedeljak"),
        ("Sejmi u mblodh të Hënën në Prishtinë.", "sq", "Hënën"),
    ],
)
def test_weekday_and_month_names_are_dates_not_names(text, lang, date_word):
    """The date extractor's lexicon (CLDR plus lang/<code>/dates.py) decides, any language."""
    found = [t for t, _, _ in names(text, lang)]
    assert not any(date_word in t for t in found), found


def test_a_date_word_does_not_join_a_name_and_ambiguous_ones_stay_names():
    assert [t for t, _, _ in names("В Понедельник Путин выступил в Москве.", "ru")] == [
        "Путин", "Москве"
    ]
    # "May" without a date around it is not read as a month: the name stays whole.
    assert ("Clara May", "clara may", "name") in names("Clara May spoke in London.", "en")


def test_word_after_a_spaced_dash_starts_a_sentence():
    """ "OSLO, Norvegji (AA) - Shefi i NATO-s": a dateline's dash; the word after it is as
    uncertain as a sentence's first word ("initial": never reported as added)."""
    # NATO a glossary concept, as in `checker check`
    found = names("OSLO, Norvegji (AA) - Shefi i NATO-s deklaroi të enjten.", "sq",
                  WITH_GLOSSARIES)
    assert ("Shefi", "shefi", "initial") in found
    # A hyphen inside a word is no dash: "NATO-s" is NATO, inflected.
    assert ("NATO", "nato", "concept") in found


def test_partial_word_list_makes_lone_unknown_words_uncertain():
    """Albanian's word list (WORD_LIST_PARTIAL) lacks "jashtëm": "ministrave të Jashtëm"
    (foreign ministers) is no sure name; two-word names stay names."""
    found = names("Takimi i ministrave të Jashtëm me Jens Stoltenberg në Oslo.", "sq")
    assert ("Jashtëm", "jashtem", "initial") in found
    assert any(t == "Jens Stoltenberg" and k == "name" for t, _, k in found)


def test_a_common_word_is_not_another_language_acronym():
    """With the glossaries loaded, German "Es" (it) is not Russian "ЕС" (EU), which keys to
    the same Latin letters; "Nato" as German writes it is still NATO."""
    assert names("Es regnete in Oslo.", "de", WITH_GLOSSARIES) == [("Oslo", "oslo", "concept")]
    assert ("Nato", "nato", "concept") in names(
        "Die Nato und die EU trafen sich.", "de", WITH_GLOSSARIES
    )


def test_unknown_word_made_like_a_common_noun_is_no_name():
    """COMMON_NOUN_SUFFIXES (ru): "Влоггерство" (a misspelt "vlogging") is not in the word
    list, but its suffix makes it a common noun; an unknown surname stays a candidate."""
    assert names("Влоггерство стало её профессией.", "ru") == []
    assert [k for t, _, k in names("Белозерский назвал это ошибкой.", "ru")] == ["initial"]


def test_a_place_name_of_several_words_needs_its_capitals():
    """CLDR's "La Réunion" is the island; "La réunion" opening a French sentence is a meeting."""
    assert names("La réunion a eu lieu à Paris.", "fr") == [
        ("Paris", "city:Europe/Paris", "concept")
    ]
    assert [t for t, _, _ in names("Il est né à La Réunion.", "fr")] == ["La Réunion"]


def test_japanese_names_are_found_in_text_without_spaces():
    """Japanese is written without spaces (profile: writing.spaced, from CLDR): its names
    are CLDR names and glossary terms found inside the text, as in Chinese."""
    assert names("首相は昨日ドイツを訪問し、会談を行った。", "ja") == [
        ("ドイツ", "cldr:DE", "concept")
    ]


def test_traditional_chinese_names_are_found():
    """Chinese declares the CLDR locales zh and zh_Hant (profile.cldr_locales): a text
    tagged as Traditional (zh-Hant, zh-TW) reads the Traditional names."""
    for tag in ("zh-Hant", "zh-TW"):
        found = names("總統昨天訪問了義大利和紐西蘭。", tag)
        assert [(t, v) for t, v, _ in found] == [("義大利", "cldr:IT"), ("紐西蘭", "cldr:NZ")]
    assert [v for _, v, _ in names("总统昨天访问了意大利。", "zh")] == ["cldr:IT"]


def test_simplified_chinese_does_not_read_traditional_names():
    """Simplified and Traditional Han share characters with other meanings: in Traditional
    CLDR "中美" is Central America, in a Simplified sentence it means China and the US."""
    assert names("中美两国领导人昨天举行了会谈。", "zh") == []


def test_hebrew_proclitics_are_taken_off_names():
    """"ביפן" is "in Japan", "ובצרפת" "and in France": the prefixes are the language's
    proclitics (profile.proclitics), shared by names, dates and number words."""
    found = names("הנשיא ביקר ביפן ובצרפת אתמול.", "he")
    assert [(t, v) for t, v, _ in found] == [("ביפן", "cldr:JP"), ("ובצרפת", "cldr:FR")]


def test_arabic_names_after_two_proclitics():
    """"وب" (and in) is in Arabic's one proclitic list, which names now read too."""
    assert ("وبفرنسا", "cldr:FR", "concept") in names("وصل الوزير أمس وبفرنسا التقى الرئيس.", "ar")


def test_exemplar_cities_are_names_in_scripts_without_capitals():
    """CLDR's exemplar cities name cities in Chinese and Arabic text too."""
    assert ("马德里", "city:Europe/Madrid", "concept") in names("他昨天去了马德里。", "zh")
    assert ("Madrid", "city:Europe/Madrid", "concept") in names("He flew to Madrid.", "en")


def test_acronyms_of_territory_names_are_the_territory():
    """ "UAE", "U.S." spell the initials of a CLDR name; "AI" (Anguilla's code, not its
    initials) stays an acronym."""
    en = names("The UAE and the U.S. talked about AI.", "en")
    assert ("UAE", "cldr:AE", "concept") in en
    assert ("U.S.", "cldr:US", "concept") in en
    assert ("AI", "ai", "acronym") in en
    assert ("ОАЭ", "cldr:AE", "concept") in names("Делегация ОАЭ прибыла.", "ru")



def test_arabic_names_after_fa_and_ka():
    """"ف" (so) and "ك" (as) are Arabic proclitics too: "فإسبانيا" is Spain."""
    assert ("فإسبانيا", "cldr:ES", "concept") in names("تأخر القطار فإسبانيا بعيدة.", "ar")
    assert ("كاليابان", "cldr:JP", "concept") in names("بلد صناعي كاليابان وألمانيا.", "ar")


def test_arabic_word_shorter_than_a_name_is_not_it():
    """A proclitic only adds letters: a word that is a name less its first letter is another
    word ("ناري", fiery, is not "كناري", Canary; "وليس", and not, is not "واليس")."""
    assert names("اندلع حريق ناري في المصنع.", "ar") == []
    assert names("هذا قرار الحكومة وليس قرار الوزير.", "ar") == []


def test_arabic_letter_variants_of_a_foreign_name():
    """A foreign "g" is "غ" or "ج" in Arabic, a final "ى" or "ي": one name either way
    (names.LETTER_VARIANTS), "بيونج يانج" as CLDR's "بيونغ يانغ"."""
    found = names("عاد الوفد من بيونج يانج مساء الأحد.", "ar")
    assert ("بيونج يانج", "city:Asia/Pyongyang", "concept") in found


def test_a_function_word_spells_no_place_by_its_stems():
    from checker.context import CheckContext

    run = CheckContext()
    # Albanian "Për" (for) shares its stem with "Peru": a capital at the start of a
    # sentence makes it no name.
    found = [f.value for f in extract("Për këtë arsye, fabrika u mbyll.", "sq", run)]
    assert "cldr:PE" not in found
    assert "cldr:PE" in [f.value for f in extract("Ekipi fluturoi në Peru.", "sq", run)]


def test_an_abbreviated_title_is_no_part_of_a_name():
    # The title is said of the person after it: "Ohio" is a place of its own, and no name
    # "Ohio Rep" or "Rep" is read; the same for a foreign title in a Turkish sentence.
    found = [text for text, _, _ in names("The plan came from Ohio Rep. Dana Cole on Monday.",
                                          "en")]
    assert "Ohio" in found and "Dana Cole" in found
    assert not any("Rep" in text for text in found)
    found = [text for text, _, _ in names("Plan Ohio Sen. Dana Cole tarafından sunuldu.", "tr")]
    assert any("Cole" in text for text in found) and not any("Sen" in text for text in found)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("uz", "Milandagi moda haftaligi payshanba kuni boshlanadi.", "Milandagi"),
])
def test_a_first_word_that_is_a_city_in_a_case_form_is_a_name(lang: str, text: str,
                                                               name: str) -> None:
    """A sentence's first word in a language without a word list (no folder) is a name
    where the gazetteer knows it as a case form of a city in the language."""
    assert [(f.text, f.kind) for f in extract(text, lang)] == [(name, "name")]


@pytest.mark.parametrize(("lang", "text"), [
    ("so", "Marka shirku dhammaaday ayaa roob da'ay."),  # "when"; also a city's name
    ("vi", "Hàng nghìn người đã rời khỏi thành phố."),  # "rows", "goods"; also a city's
])
def test_a_first_word_that_is_a_city_name_as_written_is_no_name(lang: str, text: str) -> None:
    """A city's name as written, first in its sentence, may as well be a common word of a
    language no word list reads: not a name (an Estonian genitive "Milano" is lost too)."""
    assert [f.text for f in extract(text, lang) if f.text == text.split(" ")[0]] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("et", "Kas see on tõsi?"),  # "whether": a common word first
    ("uz", "Kechasi shaharda zilzila bo'ldi."),  # "at night": no city
    ("sq", "Tema e takimit ishte ekonomia."),  # "the topic": a language with a word list
])
def test_a_first_word_that_is_no_city_is_no_name(lang: str, text: str) -> None:
    """Unread, or at most an "initial" (never reported as added)."""
    assert [f.text for f in extract(text, lang) if f.kind != "initial"] == []
