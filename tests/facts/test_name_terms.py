"""Pass 1 of name extraction: glossary terms and CLDR names (checker/facts/name_terms.py)."""

import pytest


def _terms_searched_one_by_one(text: str, index) -> list:
    """unspaced_terms as it was: every term of the index, longest first, searched in turn."""
    from checker.model import Fact

    taken = [False] * len(text)
    facts = []
    ordered = sorted((e for e in index.entries if e.status != "foreign" and not e.exact),
                     key=lambda e: -len(e.surface))
    for entry in ordered:
        start = text.find(entry.surface)
        while start >= 0:
            end = start + len(entry.surface)
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                kind = "common" if entry.status == "currency" else "concept"
                facts.append(Fact("entity", entry.surface, entry.concept, start, end, kind=kind))
            start = text.find(entry.surface, end)
    return facts


@pytest.mark.parametrize("text", [
    "北约秘书长斯托尔滕贝格周四在奥斯陆与挪威首相会面，讨论科索沃和塞尔维亚局势。",
    "美国和中国的代表在日内瓦和纽约之间往返，欧元和美元汇率波动。",
    "",
])
def test_terms_in_unspaced_text_are_found_as_when_every_term_was_searched(text):
    from checker.facts.name_terms import unspaced_terms
    from checker.glossary.lookup import cldr_index

    index = cldr_index("zh")
    assert unspaced_terms(text, index) == _terms_searched_one_by_one(text, index)
    assert text == "" or unspaced_terms(text, index)


def test_a_term_of_one_character_is_found_anywhere_in_a_text():
    """Terms are filed under their first two characters, a term of one character under
    that character: it is found inside a text as well as at its end."""
    from checker.facts.name_terms import _terms_in

    terms = {"京": [(2, "京", "beijing")], "北京": [(0, "北京", "city")],
             "中国": [(1, "中国", "cn")]}
    found = _terms_in("他在北京和中国", terms)
    assert found == [("北京", "city"), ("中国", "cn"), ("京", "beijing")]
    assert _terms_in("京城", terms) == [("京", "beijing")]
    assert _terms_in("上海", terms) == []


def _concepts(text: str, lang: str) -> set[str]:
    from checker.facts.entities import extract

    return {f.value for f in extract(text, lang) if f.kind == "concept"}


@pytest.mark.parametrize("text", [
    "Eski Fabrika Yeni Bir Sanat Merkezine Büründü",  # a verb in a title-case headline
    "Sokaklar Sabah Saatlerinde Sise Büründü.",
])
def test_a_word_with_another_letter_of_the_alphabet_is_no_cldr_name(text):
    # Turkish writes "ü" and "u" as two letters: "Bürün..." is not "Burundi" folded.
    assert "cldr:BI" not in _concepts(text, "tr")


@pytest.mark.parametrize(("text", "lang", "concept"), [
    ("Burundi'de seçimler ertelendi.", "tr", "cldr:BI"),
    ("Heyet Türkiye'nin başkentine gitti.", "tr", "cldr:TR"),
    ("Bakan yarın Almanya'da olacak.", "tr", "cldr:DE"),
    ("Tatilini Kıbrıs'ta geçirdi.", "tr", "cldr:CY"),
    ("Die Delegation reiste nach Österreich.", "de", "cldr:AT"),
    ("Delegacija je otputovala u Češku.", "sr", "cldr:CZ"),
    ("Делегация прилетела в Йемен.", "ru", "cldr:YE"),
])
def test_names_written_with_the_letters_of_the_alphabet_still_read(text, lang, concept):
    assert concept in _concepts(text, lang)


def test_main_letters_are_read_from_cldr_words_without_stress_marks():
    from checker.glossary.cldr_tables import main_letters

    assert set("çöüğış") <= main_letters("tr")
    assert "é" not in main_letters("de")  # foreign names' letter only
    assert "ά" not in main_letters("el")  # a stress mark moves with inflection
    assert not main_letters("ar")  # no capitals: the Arabic seats are folded elsewhere
