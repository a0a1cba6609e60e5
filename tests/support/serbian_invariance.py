"""What the checker reads from a Serbian text, in a form that does not depend on its script.

`facts_of` and `findings_of` give the facts read from a sentence and the findings of an
English pair, with every Cyrillic letter written in Latin (tests/support/serbian_script.py),
so a Latin sentence and the same sentence in Cyrillic can be compared whole: kinds, values,
qualifiers, units, rule ids and severities. `own_pairs` gathers the team's own Serbian pairs
under tests/ (English with Serbian Latin, or with Serbian Cyrillic), each with its script."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from checker.context import CheckContext
from checker.facts import extract_facts
from checker.model import SegmentPair
from checker.pipeline import check_pair
from support.serbian_script import to_latin

TESTS = Path(__file__).resolve().parents[1]
RUN = CheckContext()


def _plain(value) -> str:
    return to_latin(str(value)) if value is not None else ""


def facts_of(text: str, lang: str) -> Counter:
    """(category, value, kind, qualifier, unit) of every fact read from `text`."""
    return Counter((f.category, _plain(f.value), f.kind, f.qualifier, f.unit)
                   for f in extract_facts(text, lang))


def findings_of(english: str, version: str, lang: str) -> Counter:
    """(rule, severity, reference value, version value) of every finding of the pair."""
    pair = SegmentPair("t", "en", english, lang, version)
    return Counter(
        (f.rule, f.severity, _plain(f.reference.value if f.reference else None),
         _plain(f.version.value if f.version else None))
        for f in check_pair(pair, RUN))


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def _aligned(folder: Path, english: str, version: str) -> list[tuple[str, str]]:
    en, other = _lines(folder / english), _lines(folder / version)
    if len(en) != len(other):
        return []
    return [(e, o) for e, o in zip(en, other, strict=True) if e.strip() and o.strip()]


def own_pairs() -> list[tuple[str, str, str, str]]:
    """(where, script, English, Serbian) of the team's own pairs; script "Latn" or "Cyrl"."""
    from support.serbian_cyrillic_news import PAIRS as CYRILLIC
    from support.serbian_news import PAIRS as LATIN

    out = [("serbian_news", "Latn", en, sr) for en, sr in LATIN.values()]
    out += [("serbian_cyrillic_news", "Cyrl", en, sr) for en, sr, *_ in CYRILLIC]
    out += [("serbian_cyrillic_news drifted", "Cyrl", en, drifted)
            for en, _, drifted, *_ in CYRILLIC]
    data = TESTS / "data"
    for folder in sorted(data.glob("sr_dates*")):
        for english in sorted(folder.glob("en*.txt")):
            out += [(f"{folder.name}/{english.name}", "Latn", en, sr)
                    for en, sr in _aligned(folder, english.name, "sr.txt")]
    for folder in sorted([*data.glob("stories/*"), *data.glob("place_stories/*")]):
        if (folder / "sr-Cyrl.txt").exists():
            out += [(folder.name, "Cyrl", en, sr)
                    for en, sr in _aligned(folder, "en.txt", "sr-Cyrl.txt")]
    return list(dict.fromkeys(out))
