"""Serbian Cyrillic reads what Serbian Latin reads.

Every Serbian Latin sentence of the test suite, of the seed story's Serbian versions and of
our own news sentences, written in Cyrillic with the standard one-to-one mapping
(tests/support/serbian_script.py), gives the same facts: numbers, dates, weekdays, months,
clock times and names, with the same values, kinds, qualifiers and units."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from support.serbian_news import PAIRS
from support.serbian_script import serbian_latin_test_sentences, to_cyrillic

from checker.facts import extract_facts
from checker.segment import split_sentences

TESTS = Path(__file__).resolve().parents[1]
SEED = TESTS.parent / "seeds" / "nato-kosovo"


def _seed_sentences() -> list[tuple[str, str]]:
    out = []
    for path in sorted([SEED / "sr.txt", *SEED.glob("drifted/*.sr.txt")]):
        out.extend((path.name, s.text) for s in split_sentences(path.read_text("utf-8"), "sr"))
    return out


SENTENCES = list(dict.fromkeys([
    *serbian_latin_test_sentences(TESTS),
    *_seed_sentences(),
    *(("serbian_news.py", serbian) for _, serbian in PAIRS.values()),
]))


def _facts(text: str, lang: str) -> Counter:
    return Counter((f.category, f.value, f.kind, f.qualifier, f.unit)
                   for f in extract_facts(text, lang))


def test_the_sentences_are_many_and_from_every_source():
    sources = Counter(where for where, _ in SENTENCES)
    assert len(SENTENCES) >= 150
    assert sources["sr.txt"] >= 15 and sources["serbian_news.py"] >= 50


def test_every_serbian_sentence_reads_the_same_in_cyrillic():
    differences = []
    for where, latin in SENTENCES:
        cyrillic = to_cyrillic(latin)
        read_latin, read_cyrillic = _facts(latin, "sr"), _facts(cyrillic, "sr-Cyrl")
        if read_latin != read_cyrillic:
            differences.append((where, cyrillic, read_latin - read_cyrillic,
                                read_cyrillic - read_latin))
    assert differences == []


@pytest.mark.parametrize(
    ("latin_tag", "cyrillic_tag"), [("bs", "bs-Cyrl"), ("sr-ME", "sr-Cyrl-ME")]
)
def test_bosnian_and_montenegrin_read_alike_in_both_scripts(latin_tag, cyrillic_tag):
    """Bosnian, and Serbian as Montenegro writes it, are written in both scripts too."""
    differences = []
    for _, latin in PAIRS.values():
        read_latin = _facts(latin, latin_tag)
        read_cyrillic = _facts(to_cyrillic(latin), cyrillic_tag)
        if read_latin != read_cyrillic:
            differences.append((latin, read_latin - read_cyrillic, read_cyrillic - read_latin))
    assert differences == []


def test_sentences_split_alike_in_both_scripts():
    text = " ".join(latin for _, latin in SENTENCES)
    latin = [s.text for s in split_sentences(text, "sr")]
    cyrillic = [s.text for s in split_sentences(to_cyrillic(text), "sr-Cyrl")]
    assert [to_cyrillic(s) for s in latin] == cyrillic


@pytest.mark.parametrize(
    ("latin", "concepts"),
    [
        ("Pomoć stiže iz EU i UN.", ["cldr:EU", "cldr:UN"]),
        ("Ambasador UK otputovao je u Niš.", ["cldr:GB"]),
    ],
)
def test_territory_codes_are_read_in_cyrillic_letters_too(latin, concepts):
    """Serbian Cyrillic writes a territory's code in its own letters ("ЕУ", "УН"): the
    same place as the Latin code, not an unknown acronym or another place's initials."""
    for text, lang in ((latin, "sr"), (to_cyrillic(latin), "sr-Cyrl")):
        found = [f.value for f in extract_facts(text, lang, ("entity",))
                 if str(f.value).startswith("cldr:")]
        assert found == concepts, text
