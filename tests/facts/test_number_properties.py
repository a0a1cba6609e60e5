"""Property tests: what num2words and Babel write, the extractor reads back;
arbitrary text never makes it raise."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from num2words import num2words

from checker.facts import dates, numbers
from checker.facts.number_words import lexicon, norm_phrase

# Languages whose number words are built from num2words (and Serbian Cyrillic via transliteration).
WORD_LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "tr", "sr", "ru", "uk", "pl", "cs", "ar"]
DIGIT_LANGS = [
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "tr",
    "sr",
    "sr-Cyrl",
    "sq",
    "ru",
    "uk",
    "pl",
    "cs",
    "el",
    "ar",
    "hr",
    "bs",
    "zh",
    "ja",
    "hi",
    "fa",
    "mk",
    "bg",
    "it",
    "pt",
]  # de-CH: Babel writes 1000000'000


def _values(text: str, lang: str) -> list:
    return [f.value for f in numbers.extract(text, lang)]


# Where num2words itself writes a wrong number, the case is left out (and said why).
LIMITS = {"ar": 999_999}


def rendering(value: int, lang: str) -> str | None:
    """num2words' text for `value`, or None where that text is not the language's usage."""
    value = min(value, LIMITS.get(lang, value))
    if lang == "tr" and value >= 10_000 and (value // 1000) % 10 == 1:
        return None  # num2words drops "bir" before "bin": 371001 -> "üçyüzyetmişbinbir" (370001)
    text = num2words(value, lang=lang)
    if "ألف ألف" in text:
        return None  # num2words' Arabic "a thousand thousand" for some values
    if text.startswith(("ألفان و", "ألفين و")) and ("مائة" in text or "مئة" in text):
        return None  # a known gap of ours, kept as the xfail test below
    if norm_phrase(text) in lexicon(lang).not_alone:
        return None  # documented ambiguity: Turkish "yüz" alone is "face" as often as 100
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(WORD_LANGS), st.integers(min_value=2, max_value=999_999_999))
def test_num2words_cardinals_parse_back(lang: str, value: int) -> None:
    text = rendering(value, lang)
    if text is not None:
        assert _values(text, lang) == [min(value, LIMITS.get(lang, value))], text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(WORD_LANGS), st.integers(min_value=2, max_value=999_999))
def test_num2words_cardinals_in_a_sentence(lang: str, value: int) -> None:
    text = rendering(value, lang)
    if text is not None:
        assert _values(f"— {text}; 7", lang) == [min(value, LIMITS.get(lang, value)), 7], text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(DIGIT_LANGS), st.integers(min_value=0, max_value=10**12))
def test_babel_digits_parse_back(lang: str, value: int) -> None:
    text = format_decimal(value, locale=lang.replace("-", "_"))
    found = [f for f in numbers.extract(text, lang)] + [f for f in dates.extract(text, lang)]
    assert len(found) == 1, (text, found)
    fact = found[0]
    if fact.category == "date":  # a bare four-digit number reads as a year
        assert fact.value == f"{value:04d}"
    else:
        assert fact.value == value, text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["en", "de", "fr", "es", "ru", "tr", "sr"]),
    st.floats(min_value=0.01, max_value=99_999, allow_nan=False).map(lambda x: round(x, 2)),
)
def test_babel_decimals_parse_back(lang: str, value: float) -> None:
    text = format_decimal(value, locale=lang, format="#,##0.00")
    found = numbers.extract(text, lang)
    assert len(found) == 1 and abs(float(found[0].value) - value) < 1e-6, (text, found)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["en", "de", "tr", "sr", "sr-Cyrl", "sq", "ar", "zh", "ru", "xx"]), st.text()
)
def test_extractors_never_raise(lang: str, text: str) -> None:
    for fact in numbers.extract(text, lang) + dates.extract(text, lang):
        assert 0 <= fact.start <= fact.end <= len(text)


def test_a_code_number_before_trailing_spaces_at_the_end_is_read():
    # Found by the property above: the look past the spaces after "A0" ran off the text.
    assert [f.value for f in numbers.extract("A0 ", "en")] in ([], [0])
    assert [f.value for f in numbers.extract("F-16  ", "en")] in ([], [16])


@pytest.mark.parametrize(
    "text",
    [
        "1" * 5000,
        "1." * 3000,
        "9" * 400 + "万",
        "亿" * 500,
        "thousand " * 3000,
        "30-" * 3000,
        "١٢٣٤٥٦٧٨٩٠" * 50,
        "İİİ 30",
        "\u0301" * 10 + "30",
    ],
)
@pytest.mark.parametrize("lang", ["en", "de", "tr", "ar", "zh", "ja", "xx"])
def test_pathological_text_gives_no_crash(text: str, lang: str) -> None:
    numbers.extract(text, lang)
    dates.extract(text, lang)


def test_arabic_dual_thousand_and_a_hundred_is_one_number() -> None:
    assert _values("ألفان ومائة", "ar") == [2100]


def test_spelled_by_num2words_gives_the_words_or_none() -> None:
    from checker.facts.number_words import spelled_by_num2words

    assert spelled_by_num2words(21, "en") == "twenty-one"
    assert spelled_by_num2words(3, "fr", "ordinal") == "troisième"
    assert spelled_by_num2words(7, "xx") is None  # no speller for the language
