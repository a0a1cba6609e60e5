"""Compiled patterns are pickled with their compiled program and read back without being
compiled again (checker.compiled_patterns), equal to what re.compile gives."""

from __future__ import annotations

import io
import pickle
import re
from array import array

import pytest

from checker import compiled_cache, compiled_patterns
from checker.facts.numeric.rules import rules

SAMPLES = [
    re.compile(r"(?<!\w)(?P<day>\d{1,2})\.\s*(?P<month>März|Mai|Juni)\b", re.IGNORECASE),
    re.compile(r"(?:^|(?<=\W))(drei|vier)(hundert|tausend)?(?!\w)", re.MULTILINE),
    re.compile(rb"[\x00-\x1f]+"),
    re.compile(r"""(\d+)   # a number
                   \s*(%|percent)""", re.VERBOSE),
]


def _round_trip(value: object) -> object:
    out = io.BytesIO()
    compiled_patterns.PatternPickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return pickle.loads(out.getvalue())


@pytest.mark.parametrize("pattern", SAMPLES, ids=lambda p: str(p.pattern)[:20])
def test_a_pattern_read_back_is_the_one_re_compiles(pattern):
    read = _round_trip(pattern)
    assert read is not pattern
    assert read == pattern  # same source, flags and compiled program
    assert (read.flags, read.groups, read.groupindex) == (pattern.flags, pattern.groups,
                                                         pattern.groupindex)


def test_a_pattern_read_back_matches_like_the_original():
    read = _round_trip(SAMPLES[0])
    text = "Am 3. März und am 14.juni"
    assert [m.groupdict() for m in read.finditer(text)] == [
        m.groupdict() for m in SAMPLES[0].finditer(text)] == [
        {"day": "3", "month": "März"}, {"day": "14", "month": "juni"}]


def test_reading_a_pattern_back_does_not_compile_it(monkeypatch):
    data = io.BytesIO()
    compiled_patterns.PatternPickler(data, protocol=pickle.HIGHEST_PROTOCOL).dump(SAMPLES[1])
    re.purge()  # not answered from re's own cache of this process either
    compiled: list[object] = []
    original = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile",
                        lambda *args: compiled.append(args) or original(*args))
    assert pickle.loads(data.getvalue()) == SAMPLES[1]
    assert compiled == []


def test_a_pattern_in_a_structure_stays_one_object():
    one, two = _round_trip([SAMPLES[0], SAMPLES[0]])
    assert one is two


def test_a_damaged_program_is_refused_and_the_value_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_DATA_DIR", str(tmp_path))
    compiled_cache.load_or_build("test", "de", lambda: {"p": SAMPLES[0]})
    source, flags, code, groups, groupindex, indexgroup = compiled_patterns.program(
        SAMPLES[0].pattern, SAMPLES[0].flags)
    program = array(compiled_patterns._CODE_TYPE, code)
    program[0] += 7  # no longer a program the engine accepts
    damaged = (compiled_patterns.pattern_from_program,
               (source, flags, program.tobytes(), groups, groupindex, indexgroup))

    class Planted:
        def __reduce__(self):
            return damaged

    compiled_cache.key_file("test", "de").write_bytes(pickle.dumps({"p": Planted()}))
    assert compiled_cache.load_or_build("test", "de", lambda: "rebuilt") == "rebuilt"


def test_number_rules_keep_their_patterns_through_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_DATA_DIR", str(tmp_path))
    built = rules.__wrapped__.__wrapped__("ru")  # neither cache
    compiled_cache.load_or_build("number-rules", "ru", lambda: built)
    read = compiled_cache.load_or_build("number-rules", "ru", lambda: None)
    assert read is not built and read == built


def _flat_and_grouped(forms: list[str], tail: str) -> tuple[re.Pattern, re.Pattern]:
    def escape(form: str) -> str:
        return re.escape(form).replace(r"\ ", r"\s+")

    flat = "|".join(escape(f) for f in forms)
    grouped = compiled_patterns.grouped_alternation(forms, escape)
    return (re.compile(r"(?<!\w)(" + flat + r")" + tail),
            re.compile(r"(?<!\w)(" + grouped + r")" + tail))


@pytest.mark.parametrize("tail", [r"(?!\w)", r"\w*", ""])
def test_forms_grouped_by_first_letter_match_what_the_flat_alternation_matches(tail):
    import random

    rng = random.Random(5)
    letters = "abcмая.-"
    forms = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(300)}
    forms |= {"ma y", "may", "mai", "ma", "м", "мая", "-x"}
    ordered = sorted(forms, key=len, reverse=True)
    flat, grouped = _flat_and_grouped(ordered, tail)
    assert grouped.pattern != flat.pattern
    text = " ".join("".join(rng.choice(letters + "  5") for _ in range(rng.randint(1, 9)))
                    for _ in range(3000))
    found = [(m.span(), m.group(1)) for m in flat.finditer(text)]
    assert len(found) > 500
    assert [(m.span(), m.group(1)) for m in grouped.finditer(text)] == found


def test_forms_without_a_literal_first_letter_are_joined_as_they_are():
    assert compiled_patterns.grouped_alternation(["ab", " c"]) == r"ab|\ c"
    assert compiled_patterns.grouped_alternation(["ab", "ac", "b"]) == "a(?:b|c)|b(?:)"


@pytest.mark.parametrize("tail", [r"(?!\w)", r"\w*", ""])
def test_forms_as_a_trie_match_what_the_flat_alternation_matches(tail):
    import random

    def escape(form: str) -> str:
        return re.escape(form).replace(r"\ ", r"\s+")

    rng = random.Random(7)
    letters = "abcмая.- "
    forms = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 7))).strip() or "a"
             for _ in range(400)}
    forms |= {"ma y", "may", "mai", "ma", "м", "мая", "-x", "ма я", "мая."}
    ordered = sorted(forms, key=len, reverse=True)
    flat = re.compile(r"(?<!\w)(" + "|".join(escape(f) for f in ordered) + r")" + tail)
    trie = re.compile(r"(?<!\w)(" + compiled_patterns.trie_alternation(ordered, escape) + r")"
                      + tail)
    text = " ".join("".join(rng.choice(letters + "  5") for _ in range(rng.randint(1, 9)))
                    for _ in range(4000))
    found = [(m.span(), m.group(1)) for m in flat.finditer(text)]
    assert len(found) > 500
    assert [(m.span(), m.group(1)) for m in trie.finditer(text)] == found


def test_a_trie_shares_the_forms_prefixes_and_falls_back_when_it_could_differ():
    assert compiled_patterns.trie_alternation(["march", "may", "ma"]) == "ma(?:rch|y|)"
    # not longest first, or a whitespace a space's class could match: grouped by first letter
    assert compiled_patterns.trie_alternation(["ab", "abc"]) == "a(?:b|bc)"
    assert compiled_patterns.trie_alternation(["a\tb", "ac"]) == "a(?:\\\tb|c)"


def test_character_class_gives_ranges_of_the_accepted_code_points():
    from checker.compiled_patterns import character_class

    body = character_class(lambda c: c in "abcxz-", 0, 0x80)
    assert body == r"\-a-cxz"
    pattern = re.compile(f"[{body}]")
    assert [c for c in "-abcdwxyz" if pattern.fullmatch(c)] == list("-abcxz")


def test_class_of_codes_joins_neighbouring_code_points_into_ranges():
    import re

    from checker.compiled_patterns import class_of_codes

    body = class_of_codes([0x2D, 0x61, 0x62, 0x63, 0x78])  # "-", then a b c, then "x"
    assert body == "\\-a-cx"
    assert re.fullmatch(f"[{body}]+", "abc-x") and not re.search(f"[{body}]", "dw")
