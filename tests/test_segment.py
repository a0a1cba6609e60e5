import pytest

from checker.context import CheckContext
from checker.model import SegmentPair
from checker.pipeline import check_pair
from checker.segment import split_sentences


def texts(text: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def test_paragraphs_headlines_and_sentences() -> None:
    text = (
        "NATO chief speaks\n\nHe said 700 troops are coming. They arrive on Thursday.\n\n"
        "Sweden’s bid\n"
    )
    assert texts(text, "en") == [
        "NATO chief speaks",
        "He said 700 troops are coming.",
        "They arrive on Thursday.",
        "Sweden’s bid",
    ]


def test_offsets_lines_and_columns_point_into_the_text() -> None:
    text = "Title\n\nFirst one. Second one.\n"
    sentences = split_sentences(text, "en")
    for s in sentences:
        assert text[s.start : s.end] == s.text
    second = sentences[2]
    assert (second.line, second.column, second.paragraph) == (3, 12, 1)


def test_ordinal_dots_do_not_end_sentences_where_the_language_uses_them() -> None:
    assert texts("U februaru 2022. godine počeo je rat. Finska je ušla.", "sr") == [
        "U februaru 2022. godine počeo je rat.",
        "Finska je ušla.",
    ]
    assert texts("Am 3. Oktober kamen sie. Dann gingen sie.", "de") == [
        "Am 3. Oktober kamen sie.",
        "Dann gingen sie.",
    ]


def test_abbreviations_and_initials() -> None:
    assert texts("Dr. Smith met J. Stoltenberg. He left.", "en") == [
        "Dr. Smith met J. Stoltenberg.",
        "He left.",
    ]


def test_quotes_close_with_the_sentence() -> None:
    assert texts("He said: “This is it.” Then he left.", "en") == [
        "He said: “This is it.”",
        "Then he left.",
    ]


def test_cjk_and_arabic_punctuation() -> None:
    assert texts("北约增派700名士兵。他们周四抵达。", "zh") == [
        "北约增派700名士兵。",
        "他们周四抵达。",
    ]
    assert texts("هل سيأتون؟ نعم سيأتون.", "ar") == ["هل سيأتون؟", "نعم سيأتون."]


def test_hard_wrapped_lines_stay_one_sentence() -> None:
    assert texts("The alliance said that\nthe troops would stay.", "en") == [
        "The alliance said that\nthe troops would stay."
    ]


def test_a_full_stop_without_a_space_still_ends_a_sentence() -> None:
    assert texts("Bakan açıklamayı dün bildirdi.Yılmaz ise sessiz kaldı.", "tr") == [
        "Bakan açıklamayı dün bildirdi.",
        "Yılmaz ise sessiz kaldı.",
    ]
    assert texts("The minister spoke on Monday.Officials said 12 were hurt.", "en") == [
        "The minister spoke on Monday.",
        "Officials said 12 were hurt.",
    ]


def test_no_split_inside_decimals_abbreviations_urls_and_acronyms() -> None:
    for text in (
        "Growth was 2.5 percent this year.",
        "See www.example.Org for the full text.",
        "Read https://example.com/News.Today before noon.",
        "Write to press.Office@example.org today.",
        "The U.S.Army sent 700 troops.",
        "They met Dr.Smith in town.",
    ):
        assert texts(text, "en") == [text], text


def test_splitting_is_linear_in_the_line_length() -> None:
    import time

    # One line of about 300 KB: each candidate full stop must not rescan the line.
    line = "He said it was over. " * 12_000 + "x" * 20_000 + ". Next one." + "a.b" * 10_000
    start = time.perf_counter()
    sentences = split_sentences(line, "en", None)  # boundaries only: no pieces
    assert time.perf_counter() - start < 3.0
    assert len(sentences) == 12_001  # the last "over." runs into the lower-case x-s
    assert sentences[-1].text.startswith("Next one.")


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"])
def test_format_characters_inside_numbers_and_names_are_left_out(invisible):
    text = (f"NATO sent 7{invisible}00 soldiers to meet Stolten{invisible}berg. "
            f"It was {invisible}late.")
    sentences = split_sentences(text, "en")
    assert [s.text for s in sentences] == [
        "NATO sent 700 soldiers to meet Stoltenberg.", "It was late."]
    # Offsets still point into the text as written.
    assert text[sentences[1].start : sentences[1].end] == f"It was {invisible}late."


def test_invisible_characters_inside_a_number_or_a_name_change_neither():
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    pair = SegmentPair("t", "en", "NATO sent 700 soldiers to Kosovo, Stoltenberg said.", "de",
                       "Die NATO schickte 7\u200b00 Soldaten in den Kosovo, "
                       "sagte Stolten\u00adberg.")
    assert [(f.category, f.kind) for f in check_pair(pair)] == []


def test_a_sentence_over_the_limit_is_cut_into_pieces_at_spaces() -> None:
    line = "the talks in Oslo went on for hours and " * 5 + "nobody left"
    text = "Headline\n\n" + line + "\n"
    pieces = split_sentences(text, "en", max_chars=40)
    assert pieces[0].text == "Headline"
    rest = pieces[1:]
    assert len(rest) > 1 and all(len(s.text) <= 40 for s in rest)
    # Every piece ends at a word: together they give the sentence back, word for word.
    assert " ".join(s.text for s in rest).split() == line.split()
    for s in rest:  # offsets, lines and columns of each piece point into the text
        assert text[s.start : s.end] == s.text
        assert s.line == 3 and s.column == s.start - text.index(line) + 1
        assert s.paragraph == rest[0].paragraph
    assert [s.index for s in pieces] == list(range(len(pieces)))


def test_sentences_under_the_limit_and_no_limit_are_not_cut() -> None:
    text = "At least 30 soldiers were injured. " + "More words " * 25
    assert texts(text, "en") == [s.text for s in split_sentences(text, "en", None)]
    assert len(split_sentences(text, "en", max_chars=1000)) == 2
    assert len(split_sentences(text, "en", None)) == 2


def test_text_without_spaces_is_cut_at_the_limit_but_not_inside_a_number() -> None:
    text = "数" * 30 + "1234567" + "数" * 30
    pieces = split_sentences(text, "zh", max_chars=34)
    assert "".join(s.text for s in pieces) == text
    assert all(len(s.text) <= 34 for s in pieces)
    assert any("1234567" in s.text for s in pieces)  # the number stays whole


@pytest.mark.parametrize("text,lang,expected", [
    # A title before a name ends no sentence in its own language...
    ("The bill came from state Rep. Dana Cole of Ohio. It passed.", "en", 2),
    ("The Rev. Amos Hill led the service. Many came.", "en", 2),
    ("Храм Св. Андрея открыли весной. Туда пришли все.", "ru", 2),
    ("O Sr. Costa chegou ontem. Todos esperavam.", "pt", 2),
    ("Ο κ. Παππάς μίλησε χθες. Όλοι άκουσαν.", "el", 2),
    ("Dhr. Visser sprak gisteren. Iedereen luisterde.", "nl", 2),
    ("Церкву Св. Миколая відкрили навесні. Туди прийшли всі.", "uk", 2),
    # ...nor, capitalised before a capitalised name, in a foreign text.
    ("Senatörü Sen. Dana Cole dün konuştu. Herkes dinledi.", "tr", 2),
    ("牧师 Rev. Amos Hill 昨天讲话。大家都来了。", "zh", 2),
    # In lower case it is a plain word that may end a sentence (Turkish "sen": you).
    ("Bunu yapan sen. Ben değil.", "tr", 2),
    # An opening quote of any language before the title.
    ("Laut „Dr. Lee“ kommt er morgen. Dann ging er.", "de", 2),
])
def test_titles_before_names_end_no_sentence(text: str, lang: str, expected: int) -> None:
    assert len(split_sentences(text, lang)) == expected, texts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Utakmica je u sub. 5. maja u Beogradu. Počinje u 20 časova.", "sr"),
        ("Утакмица је у суб. 5. маја у Београду. Почиње у 20 часова.", "sr-Cyrl"),
        ("Das Spiel ist am Sa. 5. Mai in Berlin. Es beginnt um 20 Uhr.", "de"),
    ],
)
def test_an_abbreviated_weekday_before_a_date_ends_no_sentence(text: str, lang: str) -> None:
    """CLDR's abbreviated weekday names, with their dot before the day's number."""
    assert len(split_sentences(text, lang)) == 2


def test_an_abbreviated_weekday_before_a_date_keeps_the_weekday_with_its_date() -> None:
    def rules(source: str) -> list[str]:
        pair = SegmentPair("t", "en", source, "sr", "Utakmica je u sub. 5. maja u Beogradu.")
        return [f.rule for f in check_pair(pair, CheckContext()) if f.severity == "error"]

    assert rules("The match is on Saturday, May 5, in Belgrade.") == []
    assert rules("The match is on Sunday, May 5, in Belgrade.") == ["date.changed"]


def test_a_short_scale_word_before_the_rest_of_the_amount_ends_no_sentence() -> None:
    kept = split_sentences("Η εταιρεία είχε κέρδη 3 δισ. 200 εκατ. ευρώ.", "el")
    assert [s.text for s in kept] == ["Η εταιρεία είχε κέρδη 3 δισ. 200 εκατ. ευρώ."]
    # a sentence that opens with a count after the abbreviation is still a new sentence
    two = split_sentences("Η ζημιά ήταν 3 δισ. 200 άνθρωποι έχασαν τη δουλειά τους.", "el")
    assert len(two) == 2
