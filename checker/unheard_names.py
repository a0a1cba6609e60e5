"""The names a version adds against a reference of a language that writes names by their
sound (checker/transcription.py): which of them, not heard there, to report."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from checker.latin_candidates import LATIN_WORD
from checker.other_readings import unheard_name_of_tables
from checker.transcription import _CLOSE_COST_PER_CONSONANT, heard_cost, writes_by_sound

if TYPE_CHECKING:
    from checker.model import Fact

T = TypeVar("T")


def _closely_heard(name: str, lang: str, text: str, text_lang: str) -> bool:
    """Is the last word of the Latin `name` heard in `text` closely (at most
    `_CLOSE_COST_PER_CONSONANT` for each of its consonants)?"""
    from checker.translit import key as latin_key

    words = [latin_key(w, lang) for w in LATIN_WORD.findall(name)]
    words = [w for w in words if len(w) >= 3]
    cost = heard_cost(words[-1], text, text_lang) if words else None
    return cost is not None and cost <= _CLOSE_COST_PER_CONSONANT + 1e-9


def unheard_with_lost(
    added: list[tuple[Fact, T]], lost: list[tuple[Fact, T]], ref_lang: str,
    ref_text: str = "", ver_lang: str = "",
) -> list[tuple[Fact, T]]:
    """The names of a version to report as added, against a reference of a language that
    writes names by their sound. A name not heard there (no glossary or CLDR concept) may
    have been translated by its meaning ("Olympics") or read in another language's way (a
    Japanese name in Chinese characters, an older romanisation): it is reported only where
    the reference has a name the version lacks as well (a name was changed). Reported alone,
    they were most false alarms on faithful pairs not tuned on. A concept (a country's
    name) that the reference `ref_text` writes by its sound is a person's or a place's name
    there that the data does not read ("Jordan" in a full name), not an added place."""
    if not writes_by_sound(ref_lang):
        return added
    if ref_text and ver_lang:
        added = [(f, s) for f, s in added
                 if f.kind != "concept" or not _closely_heard(f.text, ver_lang, ref_text, ref_lang)]
    if lost:
        return added
    return [(f, s) for f, s in added if f.kind == "concept"
            or unheard_name_of_tables(f.text, ver_lang, ref_text, ref_lang)]
