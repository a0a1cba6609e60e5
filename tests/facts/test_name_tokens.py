"""The words the name extractor sees (checker/facts/name_tokens.py)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.facts.name_tokens import (
    _HYPHENATED,
    _OPENERS,
    _TOKEN,
    _initial_positions,
    _parts_memo,
    _word_parts,
    tokens,
)

pytest.importorskip("simplemma")


def words(text: str, lang: str, parts: bool = False) -> list[str]:
    return [t.text for t in tokens(text, lang, parts)]


def test_a_compound_naming_a_common_thing_is_one_common_word():
    found = tokens("Der US-Präsident sprach.", "de")
    assert [t.text for t in found] == ["Der", "US-Präsident", "sprach"]
    compound = found[1]
    assert (compound.start, compound.end) == (4, 16)
    assert not compound.capital and not compound.acronym
    # Matching asks for every part.
    parts = words("Der US-Präsident sprach.", "de", parts=True)
    assert parts == ["Der", "US", "Präsident", "sprach"]


def test_a_name_part_of_a_compound_stays_a_name():
    assert words("Die Baxter-Wells-Universität", "de") == ["Die", "Baxter", "Wells"]


def test_affixes_and_inflection_tails_are_cut():
    nato = tokens("Shefi i NATO-s tha.", "sq")[2]
    assert (nato.text, nato.start, nato.end, nato.acronym) == ("NATO", 8, 12, True)
    ankara = tokens("Erdoğan Ankara'yı ziyaret etti.", "tr")[1]
    assert (ankara.text, ankara.key, ankara.start, ankara.end) == ("Ankara", "ankara", 8, 14)


def test_sentence_starts_quotations_and_dashes_are_initial():
    found = tokens("OSLO (AA) - Shefi i NATO-s", "sq")
    assert [(t.text, t.initial) for t in found] == [
        ("OSLO", True),
        ("AA", True),  # after an opening bracket
        ("Shefi", True),  # a spaced hyphen is a dash
        ("i", False),
        ("NATO", False),
    ]
    assert [t.initial for t in tokens("Он сказал: Путин", "ru")] == [True, False, True]
    quoted = tokens("«Фортуна» выиграла", "ru")
    assert (quoted[0].text, quoted[0].initial) == ("Фортуна", True)


def test_a_script_without_capitals_is_not_cased():
    assert [t.cased for t in tokens("قال أردوغان", "ar")] == [False, False]
    assert tokens("Путин", "ru")[0].cased


def test_latin_words_end_where_an_unspaced_script_starts():
    text = "警方逮捕了Wayde Sims，他是LSU球员。"
    words = [t.text for t in tokens(text, "zh")]
    assert "Wayde" in words and "Sims" in words and "LSU" in words


def test_a_word_seen_again_gets_its_own_place_and_sentence_start():
    found = tokens("Berlin sagt: Berlin bleibt. In Berlin auch.", "de")
    berlin = [t for t in found if t.text == "Berlin"]
    assert [(t.start, t.end) for t in berlin] == [(0, 6), (13, 19), (31, 37)]
    assert [t.initial for t in berlin] == [True, True, False]
    assert len({t.stems for t in berlin}) == 1


# What the fast forms in name_tokens must answer as: the token pattern as it was first
# written, and the sentence start as a look back from each word.
_PLAIN_TOKEN = r"(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w'’\"\u05f4]*[\w])?(?:-[\w'’]+)*"
_TEXT = st.text(alphabet="aZé Ж1_.'’-–—\t\n,:;!?(«»\"•\u05d0\u05f4", max_size=40)


def _looked_back(text: str, at: int, first: bool) -> bool:
    last = at - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    if last >= 1 and text[last] == "-" and text[last - 1] in " \t":
        return True
    return first or last < 0 or text[last] in _OPENERS or text[last] in ".!?:;—–•"


@given(_TEXT)
@settings(max_examples=400, deadline=None)
def test_the_token_pattern_finds_what_the_plain_pattern_finds(text):
    plain = [(m.start(), m.group()) for m in re.finditer(_PLAIN_TOKEN, text)]
    assert [(m.start(), m.group()) for m in _TOKEN.finditer(text)] == plain


@given(_TEXT)
@settings(max_examples=400, deadline=None)
def test_sentence_starts_found_at_once_are_those_found_looking_back(text):
    starts = _initial_positions(text)
    for i, m in enumerate(_TOKEN.finditer(text)):
        assert (i == 0 or m.start() in starts) == _looked_back(text, m.start(), i == 0), m


def test_the_memo_of_word_parts_answers_as_the_parts_themselves():
    text = "Die Bundesregierung in Berlin sagte am Montag: NATO-Truppen, U.S. l'OTAN."
    found = tokens(text, "de")
    memo = _parts_memo("de")
    for word in ("Bundesregierung", "Berlin", "Montag", "U.S."):
        parts = _word_parts.__wrapped__(word, "de")
        assert memo[word] == (*parts, len(parts[0]))
    assert memo["NATO-Truppen"] is _HYPHENATED  # its pieces: _hyphenated
    assert [t.text for t in found] == [t.text for t in tokens(text, "de")]


def test_a_hyphenated_word_worked_out_once_is_placed_where_it_stands():
    # The same compounds first in the sentence and later in it: one cached answer each,
    # tokens at each place, and only the first place starts the sentence.
    text = "Baxter-Wells-Universität und NATO-a. Dann Baxter-Wells-Universität und NATO-a"
    found = [(t.text, t.start, t.end, t.initial) for t in tokens(text, "de")]
    second = text.index("Baxter", 1)
    assert found[:2] == [("Baxter", 0, 6, True), ("Wells", 7, 12, False)]
    assert ("Baxter", second, second + 6, False) in found
    assert ("Wells", second + 7, second + 12, False) in found
    nato = [t for t in found if t[0] == "NATO"]
    assert [(s, e) for _, s, e, _ in nato] == [
        (i, i + 4) for i in (text.index("NATO"), text.rindex("NATO"))
    ]
    for t in tokens(text, "de"):
        assert text[t.start : t.end] == t.text


_SCRIPTS_TEXT = st.text(alphabet="aZé×÷Ж中文ـ1_.'’-–—\t ,:;!?(«»\"•", max_size=40)


@given(_SCRIPTS_TEXT)
@settings(max_examples=400, deadline=None)
def test_words_found_as_strings_start_where_the_matches_start(text):
    """tokens() reads the words with findall and finds each from the last one's end:
    the same places as the matches, for both patterns."""
    from checker.facts.name_tokens import _TOKEN_UNSPACED

    for pattern in (_TOKEN, _TOKEN_UNSPACED):
        end, found = 0, []
        for raw in pattern.findall(text):
            start = text.find(raw, end)
            end = start + len(raw)
            found.append((start, raw))
        assert found == [(m.start(), m[0]) for m in pattern.finditer(text)]


def test_a_word_in_lower_case_gets_its_stems_when_asked():
    """Token.stems of a word in lower case is worked out when first asked: the same as
    translit.stems of its key, in the text's language, for every word and every part."""
    from checker.translit import stems

    text = "В Москве прошла встреча министров иностранных дел России и Сербии."
    found = tokens(text, "ru")
    assert any(t.known_stems is None for t in found)  # not worked out yet
    for t in found:
        assert t.stems == stems(t.key, "ru")
    assert "moskv" in tokens("в москве", "ru")[1].stems
    for t in tokens("Die Corona-Krise und NATO-Truppen in Nord-Ost", "de", parts=True):
        assert t.stems == stems(t.key, "de")
