"""Wire stories as Brazilian, Portuguese and Spanish newsrooms publish them: the team's own
English stories and their translations in tests/data/pt_es_stories. Every faithful pair
gives no number or date error; an English number, month or weekday changed to another (as
perturb_eval plants them) gives one against each version."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

DATA = Path(__file__).resolve().parents[1] / "data" / "pt_es_stories"
LANGS = ("pt-BR", "pt", "es")
MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September",
          "October", "November", "December")  # never May, which English also uses as a verb
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NAME = re.compile(r"\b(" + "|".join(MONTHS + WEEKDAYS) + r")\b")
_MONTH_OR_DAY = re.compile(r"\b(" + "|".join((*MONTHS, "May", *WEEKDAYS)) + r")\b")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


def _lines(name: str) -> list[str]:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _errors(english: str, text: str, lang: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in check_pair(SegmentPair("t", "en", english, lang,
                                                                     text))
            if f.severity == "error" and f.category in ("number", "date")]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _changed_number(english: str, version: str) -> str | None:
    """The English sentence with the first digit of its first count of two digits or more
    changed (a year, a day of a month, a score and a range end left alone, and a figure the
    version gives on another line), unless the version already writes the new figure (the
    change would make the pair agree)."""
    for m in _NUMBER.finditer(english):
        old = m.group(0)
        around = english[max(0, m.start() - 12): m.end() + 12]
        if (len(_digits(old)) < 2 or re.fullmatch(r"(19|20)\d\d", old)
                or _MONTH_OR_DAY.search(around) or "-" in around
                or re.search(r"\b(and|to|between)\b", around)
                or _digits(old) not in _digits(version)):
            continue  # the version gives the figure in the next line: merged or split
        first = int(old[0])
        new = str(first + 1 if first < 8 else first - 2) + old[1:]
        if _digits(new) in {_digits(n) for n in re.findall(r"\d+(?:[.,\s]\d+)*", version)}:
            continue
        return english[: m.start()] + new + english[m.end():]
    return None


def _changed_name(english: str) -> str | None:
    m = _NAME.search(english)
    if m is None or len(_NAME.findall(english)) > 1:
        return None  # "on Tuesday and Wednesday": a list, one of its names left alone
    names = MONTHS if m[1] in MONTHS else WEEKDAYS
    step = 3 if names is MONTHS else 2
    for k in range(step, step + len(names)):
        new = names[(names.index(m[1]) + k) % len(names)]
        if new not in english:
            return english[: m.start()] + new + english[m.end():]
    return None


def test_the_folder_is_aligned():
    en, docs = _lines("en"), _lines("doc_ids")
    assert len(en) == len(docs) >= 120
    assert len(set(docs)) >= 12
    for lang in LANGS:
        version = _lines(lang)
        assert len(version) == len(en)
        assert version[0] and all(line.strip() == line for line in version)


@pytest.mark.parametrize("lang", LANGS)
def test_faithful_pairs_give_no_error_and_changed_facts_do(lang):
    faithful_errors, missed = [], []
    for english, text in zip(_lines("en"), _lines(lang), strict=True):
        if not text:
            continue  # merged into the line before
        faithful_errors += _errors(english, text, lang)
        for drifted in (_changed_number(english, text), _changed_name(english)):
            if drifted is not None and not _errors(drifted, text, lang):
                missed.append(f"{drifted} | {text}")
    assert faithful_errors == []
    assert missed == [], "\n".join(missed)
