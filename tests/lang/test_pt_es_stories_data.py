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

DATA = Path(__file__).resolve().parents[1] / "data"
# the folder of own stories -> its versions (pt_stories2: the second round, Portuguese only)
FOLDERS = {"pt_es_stories": ("pt-BR", "pt", "es"), "pt_stories2": ("pt-BR", "pt")}
MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September",
          "October", "November", "December")  # never May, which English also uses as a verb
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NAME = re.compile(r"\b(" + "|".join(MONTHS + WEEKDAYS) + r")\b")
_MONTH_OR_DAY = re.compile(r"\b(" + "|".join((*MONTHS, "May", *WEEKDAYS)) + r")\b")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


def _lines(name: str, folder: str = "pt_es_stories") -> list[str]:
    return (DATA / folder / f"{name}.txt").read_text(encoding="utf-8").splitlines()


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


_VERSION_MONTH = re.compile(
    r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
    r"|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre",
    re.IGNORECASE)


def _changed_name(english: str, version: str = "") -> str | None:
    """The English with its one month or weekday name changed; none for a month where the
    version names the day alone ("no próximo dia 27", "sábado (21)"): a changed day is an
    error there, a changed month at most missing (the version never says which month)."""
    m = _NAME.search(english)
    if m is None or len(_NAME.findall(english)) > 1:
        return None  # "on Tuesday and Wednesday": a list, one of its names left alone
    if m[1] in MONTHS and version and not _VERSION_MONTH.search(version):
        return None
    names = MONTHS if m[1] in MONTHS else WEEKDAYS
    step = 3 if names is MONTHS else 2
    for k in range(step, step + len(names)):
        new = names[(names.index(m[1]) + k) % len(names)]
        if new not in english:
            return english[: m.start()] + new + english[m.end():]
    return None


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_folder_is_aligned(folder):
    en, docs = _lines("en", folder), _lines("doc_ids", folder)
    assert len(en) == len(docs) >= 100
    assert len(set(docs)) >= 10
    for lang in FOLDERS[folder]:
        version = _lines(lang, folder)
        assert len(version) == len(en)
        assert version[0] and all(line.strip() == line for line in version)


@pytest.mark.parametrize(("folder", "lang"),
                         [(folder, lang) for folder, langs in FOLDERS.items() for lang in langs])
def test_faithful_pairs_give_no_error_and_changed_facts_do(folder, lang):
    faithful_errors, missed = [], []
    for english, text in zip(_lines("en", folder), _lines(lang, folder), strict=True):
        if not text:
            continue  # merged into the line before
        faithful_errors += _errors(english, text, lang)
        for drifted in (_changed_number(english, text), _changed_name(english, text)):
            if drifted is not None and not _errors(drifted, text, lang):
                missed.append(f"{drifted} | {text}")
    assert faithful_errors == []
    assert missed == [], "\n".join(missed)


@pytest.mark.parametrize(
    ("lang", "english", "version", "faithful"),
    [
        # a place named with a month word ("Rio de Janeiro", a dateline in capitals too) is
        # no January; a January said beside it still is
        ("pt-BR", "RIO DE JANEIRO - The bank cut its rate on Wednesday, May 8.",
         "RIO DE JANEIRO - O banco cortou a taxa nesta quarta-feira, 8 de maio.", True),
        ("pt-BR", "RIO DE JANEIRO - The bank cut its rate on Wednesday, May 8.",
         "RIO DE JANEIRO - O banco cortou a taxa nesta quarta-feira, 8 de janeiro.", False),
        ("pt", "Flights from Rio de Janeiro resume on March 2.",
         "Os voos do Rio de Janeiro são retomados a 2 de março.", True),
        ("pt", "Flights from Rio de Janeiro resume on March 2.",
         "Os voos do Rio de Janeiro são retomados a 2 de janeiro.", False),
        # half past midnight on the 12-hour clock is 0:30 on the 24-hour one
        ("pt-BR", "The last train leaves at 12:30 a.m.", "O último trem sai às 0h30.", True),
        ("pt", "The last train leaves at 12:30 a.m.", "O último comboio parte às 00h30.", True),
        ("pt", "The last train leaves at 12:30 a.m.", "O último comboio parte às 02h30.",
         False),
        ("pt-BR", "The last train leaves at 12:30 a.m.", "O último trem sai às 1h30.", False),
        ("pt-BR", "The last train leaves at 12:30 p.m.", "O último trem sai às 12h30.", True),
    ],
)
def test_place_names_with_months_and_the_hour_after_midnight(lang, english, version, faithful):
    errors = _errors(english, version, lang)
    assert (errors == []) == faithful, errors


@pytest.mark.parametrize(
    ("lang", "english", "version", "errors"),
    [
        # a day said without its month answers the one date of the other side: the same
        # day agrees, another day is the date changed
        ("pt-BR", "The survey was released on Thursday, October 3.",
         "A pesquisa foi divulgada nesta quinta-feira (3).", 0),
        ("pt-BR", "The survey was released on Thursday, October 3.",
         "A pesquisa foi divulgada nesta quinta-feira (4).", 1),
        ("pt-BR", "A runoff will be held on October 27 if nobody wins outright.",
         "Se ninguém vencer no primeiro turno, haverá segunda volta no próximo dia 27.", 0),
        ("pt-BR", "A runoff will be held on October 27 if nobody wins outright.",
         "Se ninguém vencer no primeiro turno, haverá segunda volta no próximo dia 28.", 1),
        ("pt", "The strike is set for Saturday, June 14.",
         "A greve está marcada para sábado, dia 14.", 0),
        ("pt", "The strike is set for Saturday, June 14.",
         "A greve está marcada para sábado, dia 16.", 1),
        ("pt-BR", "The report was handed in on March 3.",
         "O relatório foi entregue no último dia 3.", 0),
        ("pt-BR", "The report was handed in on March 3.",
         "O relatório foi entregue no último dia 13.", 1),
        # an English ordinal in words ("the second quarter") is no day of the month
        ("pt-BR", "Prices rose 9.8% in the second quarter, the institute said on Monday, "
         "September 23.", "Os preços subiram 9,8% no segundo trimestre, informou o instituto "
         "nesta segunda-feira (23).", 0),
        ("pt-BR", "Prices rose 9.8% in the second quarter, the institute said on Monday, "
         "September 23.", "Os preços subiram 9,8% no segundo trimestre, informou o instituto "
         "nesta segunda-feira (24).", 1),
        ("pt", "The ship docked on the 5th.", "O navio atracou no dia 5.", 0),
        ("pt", "The ship docked on the 5th.", "O navio atracou no dia 6.", 1),
        # the day dates a weekday the English leaves undated: nothing to compare
        ("pt-BR", "The minister resigned on Friday.", "O ministro renunciou nesta sexta-feira (7).",
         0),
        # "dia" before a count of hours or after "há" is no day of the month
        ("pt", "The talks lasted 21 hours.", "As negociações duraram 21 horas.", 0),
        ("pt", "The talks lasted 21 hours.", "As negociações duraram 23 horas.", 1),
    ],
)
def test_a_day_said_without_its_month(lang, english, version, errors):
    found = _errors(english, version, lang)
    assert len(found) == errors, found
