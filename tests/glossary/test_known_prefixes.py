"""A place name with a case ending glued on in a language without a folder and without a
word list, in a script with capitals (checker/glossary/known_prefixes.py); a tag with a
region reads its language's data."""

from __future__ import annotations

import pytest
from support.news_pairs import pair_findings

from checker.glossary.known_prefixes import known_prefix


@pytest.mark.parametrize("lang", ["eu", "eu-ES"])
def test_a_known_place_with_a_glued_ending(lang: str) -> None:
    assert known_prefix("londresera", lang) == "londres"
    assert known_prefix("irakasle", lang) is None  # "teacher": no place starts it


@pytest.mark.parametrize(("lang", "english", "version"), [
    ("eu-ES", "He flew to London.", "Londresera hegan egin zuen."),
    ("mt-MT", "He flew to Moscow.", "Huwa tar f'Moska."),
])
def test_a_tag_with_a_region_is_checked(lang: str, english: str, version: str) -> None:
    assert [f for f in pair_findings(english, lang, version, ("entity",))
            if f.severity == "error"] == []


@pytest.mark.parametrize(("word", "name"), [
    ("varshave", "varshava"),  # "у Варшаве": in Warsaw, the name's last vowel replaced
    ("germanii", "germaniya"),  # "з Германіі": from Germany
    ("frantsyyu", "frantsyya"),  # "у Францыю": to France
    ("berlina", "berlin"),  # "з Берліна": an ending after the whole name
    ("australii", "australiya"), ("austryi", "austryya"),  # Australia's, Austria's
    ("vengryi", "vengryya"),  # Hungary's: never Vienna ("вена") with "gryi"
    ("venu", "vena"),  # Vienna's accusative
    ("nigeryi", None), ("nigera", None),  # Niger's or Nigeria's: both CLDR names
    ("tali", None)])  # no name of three letters with its vowels replaced
def test_a_belarusian_case_form_is_read_off_the_known_name(word: str, name: str | None
                                                           ) -> None:
    """Belarusian has no word list: a name's case forms are read off CLDR's and the
    gazetteer's names in its script, an ending after the whole name or vowels in place of
    its last vowels."""
    assert known_prefix(word, "be") == name


def test_known_prefixes_are_read_in_any_script_with_capitals() -> None:
    """Belarusian (Cyrillic) and Uzbek (Latin) read endings off known names; Esperanto
    and Estonian have their endings from the word list; a script without capitals never."""
    from checker.lang.profile import profile

    assert profile("be").names.endings_by_known_prefix
    assert profile("uz").names.endings_by_known_prefix
    assert not profile("eo").names.endings_by_known_prefix
    assert not profile("am").names.endings_by_known_prefix


@pytest.mark.parametrize(("english", "version", "old", "new"), [
    ("The delegation returned from Moscow.", "Төлөөлөгчид Москвагаас буцаж ирэв.", "Moscow",
     "Kyiv"),
    ("The minister met journalists in Ulaanbaatar.", "Сайд Улаанбаатарт сэтгүүлчидтэй уулзав.",
     "Ulaanbaatar", "Darkhan"),
    ("Mongolia signed an agreement with Japan.", "Монгол Улс Японтой гэрээ байгуулав.",
     "Japan", "China"),
    ("Talks were held in Berlin.", "Хэлэлцээр Берлинд болов.", "Berlin", "Vienna"),
    ("The minister arrived from Tokyo.", "Сайд Токиогоос ирэв.", "Tokyo", "Seoul"),
])
def test_a_mongolian_name_with_its_case_suffix(english: str, version: str, old: str,
                                              new: str) -> None:
    """Mongolian (Cyrillic, no word list): "Москвагаас" (from Moscow), "Берлинд" (in
    Berlin) are the known names with a suffix; another name in the English is an error."""
    def findings(text: str) -> list:
        return [f for f in pair_findings(text, "mn", version, ("entity",))
                if f.severity != "info"]

    assert findings(english) == []
    assert [f for f in findings(english.replace(old, new)) if f.severity == "error"]
