"""A Serbian pair is checked the same way whatever script its Serbian side is written in.

For each of the team's own Serbian pairs under tests/ (English with Serbian Latin: the news
sets, tests/data/sr_dates*, their drifted English; English with Serbian Cyrillic: the
Cyrillic news set and the stories), the Serbian side is written in the other script with
the standard one-to-one alphabet (tests/support/serbian_script.py: Roman numerals and words
with q, w, x, y stay Latin, as a Serbian Cyrillic writer keeps them). The facts read from
the two (numbers, dates, times, names: values, kinds, qualifiers, units) and the findings
of `checker pairs` for the two pairs (rule ids, severities, values) must be the same.

The sentences of the last tests are the team's own writing, for the mechanisms that once
read the two scripts apart: a name other languages' word lists know ("Холт", "Holt") and an
acronym written in Cyrillic letters ("ФБИ") or not at all."""

from __future__ import annotations

import re

import cyrtranslit
import pytest
from support.serbian_invariance import facts_of, findings_of, own_pairs
from support.serbian_script import to_cyrillic, to_latin

from checker.facts import extract_facts

PAIRS = own_pairs()


def _other_script(script: str, serbian: str) -> tuple[str, str, str]:
    """(the Serbian tag of `serbian`, the text in the other script, that script's tag)."""
    if script == "Latn":
        return "sr", to_cyrillic(serbian), "sr-Cyrl"
    return "sr-Cyrl", to_latin(serbian), "sr"


def test_the_pairs_are_many_and_in_both_scripts():
    scripts = {script for _, script, _, _ in PAIRS}
    assert len(PAIRS) >= 600 and scripts == {"Latn", "Cyrl"}


@pytest.mark.parametrize(("where", "script", "english", "serbian"), PAIRS,
                         ids=[f"{where}-{i}" for i, (where, *_) in enumerate(PAIRS)])
def test_a_pair_reads_the_same_in_both_scripts(where, script, english, serbian):
    lang, other, other_lang = _other_script(script, serbian)
    assert facts_of(serbian, lang) == facts_of(other, other_lang), other
    assert findings_of(english, serbian, lang) == findings_of(english, other, other_lang), other


# cyrtranslit's Serbian table, word by word, keeping what a Cyrillic writer keeps in Latin
_KEPT = re.compile(r"^(?:[IVXLCDM]*[VXLCDM][IVXLCDM]*|II+|[a-zA-Z]*[qwxyQWXY][a-zA-Z]*)$")


def _cyrtranslit(latin: str) -> str:
    return "".join(piece if _KEPT.match(piece) else cyrtranslit.to_cyrillic(piece, "sr")
                   for piece in re.findall(r"\w+|\W+", latin))


def test_the_alphabet_is_cyrtranslits_table():
    """The checked texts are those cyrtranslit writes (kept Roman numerals aside): the
    guarantee holds for a text transliterated with the library as well."""
    differ = [s for _, script, _, s in PAIRS
              if (_cyrtranslit(s) != to_cyrillic(s) if script == "Latn"
                  else cyrtranslit.to_latin(s, "sr") != to_latin(s))]
    assert differ == []


@pytest.mark.parametrize(
    ("english", "latin", "name"),
    [
        ("Holt signed a two-year contract on Wednesday.",
         "Holt je u sredu potpisao dvogodišnji ugovor.", "holt"),
        ("Ramirez says the money never reached the village.",
         "Ramirez tvrdi da novac nikada nije stigao do sela.", "ramirez"),
        ("\"We have waited long enough,\" said Mr Adams.",
         "„Čekali smo dovoljno dugo“, rekao je g. Adams.", "adams"),
    ],
)
def test_a_name_english_lists_know_is_a_name_in_cyrillic_too(english, latin, name):
    """Other languages' word lists (NAME_LISTS) are asked about a Cyrillic word in its Latin
    form: "Холт" first in its sentence is the name "Holt" knows, not an unknown word."""
    cyrillic = to_cyrillic(latin)
    for text, lang in ((latin, "sr"), (cyrillic, "sr-Cyrl")):
        kinds = {f.value: f.kind for f in extract_facts(text, lang, ("entity",))}
        assert kinds.get(name) == "name", text
    drifted = english.replace(name.capitalize(), "Baxter", 1)
    assert findings_of(drifted, latin, "sr") == findings_of(drifted, cyrillic, "sr-Cyrl")
    assert any(rule.startswith("entity.")
               for rule, *_ in findings_of(drifted, cyrillic, "sr-Cyrl"))


@pytest.mark.parametrize(
    ("english", "latin"),
    [
        # the acronym left out for its words: reported alike in both scripts
        ("The NHS will hire 300 nurses this year.",
         "Nacionalna zdravstvena služba ove godine će zaposliti 300 medicinskih sestara."),
        ("Spending on AI research should double, he said.",
         "Ulaganja u istraživanje veštačke inteligencije trebalo bi udvostručiti, rekao je."),
        # the acronym kept, letter for letter ("ФБИ", "НБЦ"): no finding in either
        ("The FBI opened an inquiry on Monday.", "FBI je u ponedeljak otvorio istragu."),
        ("He told NBC the vote was fair.", "Za NBC je rekao da je glasanje bilo pošteno."),
        # an acronym the version adds ("ТВ")
        ("He mimicked a sports commentator.", "Imitirao je glas TV komentatora."),
    ],
)
def test_acronyms_are_compared_alike_in_both_scripts(english, latin):
    """Serbian writes an acronym in the letters of its script ("FBI", "ФБИ"): a Latin
    acronym against a Serbian Cyrillic version is compared as against the Latin one."""
    cyrillic = to_cyrillic(latin)
    assert findings_of(english, latin, "sr") == findings_of(english, cyrillic, "sr-Cyrl")


def test_a_changed_acronym_is_found_in_both_scripts():
    english = "The FBI opened an inquiry on Monday."
    latin = "CIA je u ponedeljak otvorila istragu."
    cyrillic = to_cyrillic(latin)
    found = findings_of(english, cyrillic, "sr-Cyrl")
    assert found == findings_of(english, latin, "sr")
    assert any(rule.startswith("entity.") for rule, *_ in found)


@pytest.mark.parametrize(
    ("english", "cyrillic", "drifted_english"),
    [
        # Roman numerals typed with the Cyrillic capitals that look like them (Х, І)
        ("The bridge was built in the 20th century.", "Мост је саграђен у ХХ веку.",
         "The bridge was built in the 19th century."),
        ("The monastery dates from the 19th century.", "Манастир потиче из ХIХ века.",
         "The monastery dates from the 18th century."),
        ("He was appointed on 1 November 2018.", "Именован је 1. ХI 2018. године.",
         "He was appointed on 1 October 2018."),
        ("The fair closes on 12 December.", "Сајам се затвара 12. ХII.",
         "The fair closes on 12 November."),
    ],
)
def test_roman_numerals_in_cyrillic_look_alikes_are_no_acronyms(english, cyrillic,
                                                                 drifted_english):
    """"ХХ веку" with Cyrillic Х is the 20th century, as "XX veku" is: no acronym "ХХ"
    added to the version; a changed century or month is still an error."""
    assert findings_of(english, cyrillic, "sr-Cyrl") == {}
    drifted = findings_of(drifted_english, cyrillic, "sr-Cyrl")
    assert any(severity == "error" and rule.split(".")[0] in ("number", "date")
               for rule, severity, *_ in drifted)


@pytest.mark.parametrize(("latin_tag", "cyrillic_tag"),
                         [("bs", "bs-Cyrl"), ("sr-ME", "sr-Cyrl-ME")])
def test_bosnian_and_montenegrin_pairs_give_the_same_findings_in_both_scripts(
        latin_tag, cyrillic_tag):
    """Bosnian, and Serbian as Montenegro writes it, share the Serbian readers and are
    written in both scripts too: the same findings for the Latin news set either way."""
    differences = []
    for where, _script, english, latin in PAIRS:
        if where != "serbian_news":
            continue
        cyrillic = to_cyrillic(latin)
        in_latin = findings_of(english, latin, latin_tag)
        in_cyrillic = findings_of(english, cyrillic, cyrillic_tag)
        if in_latin != in_cyrillic:
            differences.append((latin, in_latin - in_cyrillic, in_cyrillic - in_latin))
    assert differences == []


@pytest.mark.parametrize("latin", [
    "Meč je odigran na terenu Le golf nasional kod Pariza.",
    "Cer je planina u zapadnoj Srbiji, visoka 687 metara.",
    "Crkva iz XIV veka obnovljena je 2019. godine.",
])
def test_a_word_that_looks_like_a_roman_numeral_with_an_ending_is_read_alike(latin):
    """Serbian ordinals take a dot ("XIV."), never a French or English ending: "Le" and
    "Cer" are words in Latin as "Ле" and "Цер" are in Cyrillic; "XIV" stays a numeral."""
    assert facts_of(latin, "sr") == facts_of(to_cyrillic(latin), "sr-Cyrl")
