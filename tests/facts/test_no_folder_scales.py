"""Numbers of languages without a folder, read from num2words and CLDR (sentences of our
own): Kannada's lakh and crore at their value (num2words writes its vowel signs in two parts
and spells 10^5 as "one one lakh"), no scale inside a dotted unit abbreviation, Filipino
number words without the stress accents CLDR's spell-out rules write."""

from __future__ import annotations

import pytest

from checker.facts.numbers import extract


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("ಸುಮಾರು 3 ಲಕ್ಷ ಜನರು ಸ್ಥಳಾಂತರಗೊಂಡಿದ್ದಾರೆ", "kn", 300_000),
    ("ಸರ್ಕಾರ 120 ಕೋಟಿ ರೂಪಾಯಿ ಬಿಡುಗಡೆ ಮಾಡಿದೆ", "kn", 1_200_000_000),
    ("ಮೂರು ಲಕ್ಷ ಜನರು", "kn", 300_000),
    ("ಇನ್ನೂ 150 ಮಿ.ಮೀ ಮಳೆಯಾಗಲಿದೆ", "kn", 150),
    ("Siyam na katao ang sugatan", "fil", 9),
    ("Tatlong beses nang nagkampeon ang koponan", "fil", 3),  # the linker "-ng" glued on
])
def test_a_figure_is_read_at_its_value(text: str, lang: str, value: int) -> None:
    assert [f.value for f in extract(text, lang) if f.category == "number"] == [value]


def test_a_short_scale_before_a_dot_and_a_space_is_still_a_scale() -> None:
    assert [f.value for f in extract("2,5 mln. osób", "pl")] == [2_500_000]


@pytest.mark.parametrize(("text", "value"), [
    ("Сургуулиуд дөрөвдүгээр сарын 22 хүртэл хаалттай байна.", "--04-22"),
    ("Зөвлөл арван хоёрдугаар сарын 12-нд дахин хуралдана.", "--12-12"),
    ("Инфляц есдүгээр сард 9.8 хувьд хүрэв.", "--09"),
])
def test_a_month_of_several_words_is_read_with_its_ending(text: str, value: str) -> None:
    """CLDR's Mongolian months end in the word for month, which takes the case ending."""
    from checker.facts.dates import extract as dates

    assert [f.value for f in dates(text, "mn") if f.kind != "weekday"] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Àwọn onímọ̀ ọrọ̀ ajé kìlọ̀ pé ìdàgbàsókè lè dínkù.", []),  # "ọrọ̀ ajé": the economy
    ("Ààrẹ ṣàbẹ̀wò sí agbègbè náà ní Ọjọ́ Ajé.", ["Monday"]),
    ("Ìgbìmọ̀ náà yóò pàdé ní Ajé.", ["Monday"]),
])
def test_a_short_weekday_name_is_a_weekday_only_capitalised(text: str, value: list) -> None:
    """CLDR capitalises every Yoruba short weekday name: a lower-case one is another word."""
    from checker.facts.dates import extract as dates

    assert [f.value for f in dates(text, "yo")] == value


def test_tagalog_written_tl_reads_as_cldr_filipino() -> None:
    """"tl" (Argos's and simplemma's code) is CLDR's "fil": its months, weekdays and
    number words are read, not left unread as an unknown language's."""
    from checker.facts.dates import extract as dates

    assert [f.value for f in dates("Dumating sila noong Martes, Abril 3.", "tl")] == [
        "Tuesday", "--04-03"]
    assert [f.value for f in extract("Tatlong beses, at 1.2 bilyon", "tl")] == [3, 1_200_000_000]
