"""Known names with a postposition, a case ending or a one-letter preposition written onto
them, in spaced scripts without capitals of languages without a folder
(checker/facts/glued_names.py), and Georgian read as such a script. Sentences written for
these tests by the team."""

from __future__ import annotations

from checker.facts.entities import extract
from checker.facts.glued_names import plain
from checker.lang.profile import profile
from checker.model import SegmentPair
from checker.pipeline import check_pair


def _names(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, str(f.value)) for f in extract(text, lang)]


def _entity_errors(english: str, lang: str, version: str) -> list[str]:
    return [f.message for f in check_pair(SegmentPair("t", "en", english, lang, version))
            if f.category == "entity" and f.severity == "error"]


def test_the_profile_of_a_spaced_script_without_capitals_glues_names():
    for lang in ("te", "ml", "am", "ka", "ta"):
        assert profile(lang).names.glued_names, lang
    for lang in ("km", "my", "th", "zh", "fr", "ar"):  # unspaced, cased, or with a folder
        assert not profile(lang).names.glued_names, lang


def test_a_telugu_postposition_after_a_name():
    # Police arrested five people in London on Friday.
    found = _names("పోలీసులు శుక్రవారం లండన్‌లో ఐదుగురిని అరెస్టు చేశారు.", "te")
    assert ("లండన్", "city:Europe/London") in found
    # The minister left for Germany: the dative ending on "జర్మనీ".
    assert ("జర్మనీకి", "cldr:DE") in _names("మంత్రి జర్మనీకి బయలుదేరారు.", "te")


def test_a_virama_gives_way_to_the_vowel_of_the_ending():
    # The team reached France: "ఫ్రాన్స్" with "ు" and "కు" in place of its virama.
    assert ("ఫ్రాన్సుకు", "cldr:FR") in _names("జట్టు ఫ్రాన్సుకు చేరుకుంది.", "te")


def test_a_malayalam_chillu_is_read_as_its_consonant():
    # The delegation arrived in London; "ലണ്ടൻ" ends in a chillu, "ലണ്ടനിൽ" in its consonant.
    assert plain("ലണ്ടൻ") == "ലണ്ടന്"
    found = _names("പ്രതിനിധി സംഘം ലണ്ടനിൽ എത്തി.", "ml")
    assert ("ലണ്ടനിൽ", "city:Europe/London") in found


def test_a_changed_vowel_on_the_last_letter_is_another_word():
    # "ചൈനീസ്" (Chinese) is no form of "ചൈന" (China); "ചൈനയിൽ" (in China) is.
    assert not any(v == "cldr:CN" for _, v in _names("ചൈനീസ് കമ്പനി കരാർ ഒപ്പുവച്ചു.", "ml"))
    assert ("ചൈനയിൽ", "cldr:CN") in _names("കമ്പനി ചൈനയിൽ ഫാക്ടറി തുറന്നു.", "ml")


def test_an_amharic_preposition_before_a_name_of_one_or_two_words():
    # The runner won in Berlin; the summit opened in Addis Ababa.
    assert ("በበርሊን", "city:Europe/Berlin") in _names("ሯጩ በበርሊን አሸነፈ።", "am")
    found = _names("ጉባኤው በአዲስ አበባ ተከፈተ።", "am")
    assert ("በአዲስ አበባ", "city:Africa/Addis_Ababa") in found


def test_a_short_name_is_no_start_of_a_longer_word():
    # "ሮም" (Rome, two letters) is not read at the start of "ሮምታ".
    assert not _names("ሮምታ ነበር።", "am")


def test_georgian_names_are_read_without_capitals():
    # France and Germany agreed; the minister arrived in France (the "-ი" gives way to "-ში").
    found = _names("საფრანგეთი და გერმანია შეთანხმდნენ.", "ka")
    assert ("საფრანგეთი", "cldr:FR") in found and ("გერმანია", "cldr:DE") in found
    assert ("საფრანგეთში", "cldr:FR") in _names("მინისტრი საფრანგეთში ჩავიდა.", "ka")


def test_a_georgian_place_swapped_is_a_changed_name():
    version = "მინისტრი ორშაბათს საფრანგეთში ჩავიდა."
    assert not _entity_errors("The minister arrived in France on Monday.", "ka", version)
    assert _entity_errors("The minister arrived in Spain on Monday.", "ka", version)


def test_a_telugu_city_swapped_with_a_postposition_is_a_changed_name():
    version = "కొత్త చట్టానికి వ్యతిరేకంగా లండన్‌లో వేలాది మంది నిరసన తెలిపారు."
    assert not _entity_errors("Thousands of people protested in London against the new law.",
                              "te", version)
    assert _entity_errors("Thousands of people protested in Paris against the new law.",
                          "te", version)
