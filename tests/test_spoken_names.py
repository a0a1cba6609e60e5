"""Names in scripts that spell every word by its sound (Hangul, Devanagari), compared with
Latin names by their consonants (checker/spoken_names.py). Sentences written for these
tests."""

from checker.spoken_names import (
    latin_name_said,
    sounds_apart,
    spelled_by_sound,
    spoken_name_in_latin,
    word_classes,
)
from checker.transcription import heard_in


def test_the_profile_says_which_scripts_spell_by_sound():
    assert spelled_by_sound("ko") and spelled_by_sound("hi")
    assert not spelled_by_sound("zh") and not spelled_by_sound("en")


def test_a_latin_name_is_said_with_a_korean_particle_glued_on():
    # President Trump met reporters; Macron said; in Nairobi.
    assert latin_name_said(["trump"], "트럼프 대통령은 기자들을 만났다.", "ko")
    assert latin_name_said(["macron"], "마크롱이 말했다.", "ko")
    assert latin_name_said(["nairobi"], "나이로비에서 회의가 열렸다.", "ko")
    assert not latin_name_said(["scholz"], "마크롱이 말했다.", "ko")


def test_a_latin_name_is_said_before_a_hindi_postposition():
    assert latin_name_said(["trump"], "राष्ट्रपति ट्रंप ने कहा।", "hi")
    assert latin_name_said(["zelensky"], "ज़ेलेंस्की ने कहा।", "hi")
    assert latin_name_said(["macron"], "मैक्रों से मुलाकात हुई।", "hi")
    # A postposition is no name, however it sounds ("में" is no "Emma").
    assert not latin_name_said(["emma"], "पेरिस में बैठक हुई।", "hi")


def test_a_nasal_mark_is_an_n():
    assert word_classes("ट्रंप", "hi") == "TLNP"
    assert word_classes("मैक्रों", "hi") == "MKLN"


def test_usual_transcriptions_are_heard():
    # long and short vowels, f as p, v as b or w, r as l, doubled consonants, final
    # consonants, an s or z ending written with an added vowel
    said = [
        (["netanyahu"], "नेतनयाहु ने कहा।", "hi"),
        (["netanyahu"], "नेतन्याहू ने कहा।", "hi"),
        (["federer"], "페더러가 이겼다.", "ko"),
        (["olaf"], "올라프 숄츠 총리", "ko"),
        (["volodymyr"], "볼로디미르 대통령", "ko"),
        (["washington"], "वॉशिंगटन में", "hi"),
        (["washington"], "वाशिंगटन में", "hi"),
        (["larry"], "래리 씨는", "ko"),
        (["albanese"], "앨버니지 총리는", "ko"),
        (["jones"], "존스 씨는", "ko"),
        (["jones"], "존즈 씨는", "ko"),
        (["starmer"], "스타머 총리는", "ko"),
        (["sheinbaum"], "셰인바움 대통령", "ko"),
        (["ramaphosa"], "रामफोसा ने", "hi"),
    ]
    for keys, text, lang in said:
        assert latin_name_said(keys, text, lang), (keys, text)


def test_another_name_is_not_heard():
    assert not latin_name_said(["morrison"], "앤서니 앨버니지 총리는", "ko")  # opens otherwise
    assert not latin_name_said(["jones"], "스미스 씨는", "ko")  # m is no n
    assert not latin_name_said(["guardiola"], "카를로 감독은", "ko")  # a d is written


def test_a_name_of_several_words_run_together():
    assert latin_name_said(["los", "angeles"], "로스앤젤레스에서", "ko")
    assert spoken_name_in_latin("윤석열", "ko", "President Yoon Suk Yeol said")


def test_a_spoken_name_in_a_latin_text():
    assert spoken_name_in_latin("에마뉘엘 마크롱", "ko", "President Emmanuel Macron met")
    assert not spoken_name_in_latin("숄츠", "ko", "President Emmanuel Macron met")
    # A title is no part of a name: "Senator Chuck" is no "Sanders".
    assert not spoken_name_in_latin("बर्नी सैंडर्स", "hi", "Senator Chuck Schumer spoke.", "en")
    assert heard_in("डोनाल्ड ट्रंप", "hi", "Donald Trump spoke.", "en")


def test_surnames_apart():
    assert sounds_apart("scholz", "마크롱", "ko")
    assert sounds_apart("biden", "트럼프", "ko")
    assert sounds_apart("scholz", "मैक्रों", "hi")
    for latin, word, lang in (("macron", "마크롱은", "ko"), ("guterres", "구테흐스", "ko"),
                              ("erdogan", "एर्दोगन", "hi"), ("khan", "칸", "ko"),
                              ("frankfurt", "프랑크푸르트발", "ko")):
        assert not sounds_apart(latin, word, lang), (latin, word)


def test_nukta_chandrabindu_and_anusvara_variants():
    # With and without the nukta (ज़/ज), a nasal by anusvara or chandrabindu.
    for text in ("ज़ेलेंस्की ने कहा।", "जेलेंस्की ने कहा।"):
        assert latin_name_said(["zelensky"], text, "hi"), text
    for text in ("ल्यों में", "ल्योँ में", "ल्योन में"):
        assert latin_name_said(["lyon"], text, "hi"), text
