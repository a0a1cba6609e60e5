"""Own news-style sentence pairs, English and a version, as the news tests read them
(tests/compare/test_compare_news_numbers.py and test_compare_news_dates.py): each
version faithful, and each planted change (a written value swapped for another) a drift."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from checker.context import CheckContext
from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair

Versions = dict[str, dict[str, str]]  # language -> key -> version of ENGLISH[key]
Changes = dict[str, list[tuple[str, str, str]]]  # language -> (key, old text, new text)
RUN = CheckContext()  # one run's glossaries (none), shared by the pairs of a test session


def pair_findings(reference: str, lang: str, version: str,
                  categories: tuple[str, ...] | None = None) -> list[Finding]:
    """The findings of one English pair, of every category or of `categories` only."""
    pair = SegmentPair("t", "en", reference, lang, version)
    return [f for f in check_pair(pair, RUN) if categories is None or f.category in categories]


def pair_errors(reference: str, lang: str, version: str,
                categories: tuple[str, ...] | None = None) -> list[Finding]:
    """The errors of one English pair, of every category or of `categories` only."""
    return [f for f in pair_findings(reference, lang, version, categories)
            if f.severity == "error"]


def assert_clean_and_twin_an_error(lang: str, english: str, version: str, old: str,
                                   new: str) -> None:
    """The faithful pair gives no error of any category; its twin, the English with `old`
    written as `new`, gives one."""
    assert old in english
    assert [f.message for f in pair_errors(english, lang, version)] == []
    assert pair_errors(english.replace(old, new, 1), lang, version) != []


def number_date_errors(reference: str, lang: str, version: str) -> list[Finding]:
    """The number and date errors of one English pair."""
    return pair_errors(reference, lang, version, ("number", "date"))


def number_date_findings(reference: str, lang: str, version: str) -> list[str]:
    """The messages of every number and date finding of one English pair, any severity."""
    return [f.message for f in pair_findings(reference, lang, version, ("number", "date"))]


def assert_version_twin_an_error(english: str, lang: str, version: str, old: str,
                                 new: str) -> None:
    """The pair gives no number or date error; its twin, the version with `old` written as
    `new` (once), gives one."""
    assert number_date_errors(english, lang, version) == []
    assert old in version
    assert number_date_errors(english, lang, version.replace(old, new, 1)) != []


def faithful_cases(versions: Versions) -> list[tuple[str, str]]:
    return [(key, lang) for lang, by_key in versions.items() for key in by_key]


def changed_cases(changes: Changes) -> list[tuple[str, str, str, str]]:
    return [(key, lang, old, new) for lang, found in changes.items() for key, old, new in found]


def assert_no_error(english: dict[str, str], versions: Versions, key: str, lang: str) -> None:
    """The faithful version of ENGLISH[key] gives no number or date error."""
    assert number_date_errors(english[key], lang, versions[lang][key]) == []


def assert_planted_error(english: dict[str, str], versions: Versions, key: str, lang: str,
                         old: str, new: str) -> None:
    """The version with `old` written as `new` gives a number or date error."""
    version = versions[lang][key]
    assert old in version
    assert number_date_errors(english[key], lang, version.replace(old, new, 1)) != []


def assert_planted_english_error(english: dict[str, str], versions: Versions, key: str,
                                 lang: str, old: str, new: str) -> None:
    """ENGLISH[key] with `old` written as `new` gives a number or date error against the
    faithful version."""
    assert old in english[key]
    assert number_date_errors(english[key].replace(old, new, 1), lang,
                              versions[lang][key]) != []


@dataclass(frozen=True)
class NewsSet:
    """A news set of tests/data/<name>.json: English sentences by key, each language's
    faithful version of every one, changes planted in the versions (language -> [key, old,
    new]) and in the English ([key, old, new])."""

    english: dict[str, str]
    versions: Versions
    version_changes: dict[str, list[list[str]]]
    english_changes: list[list[str]]

    def problems(self) -> list[str]:
        """What does not line up: a language without a version of every sentence, a planted
        change whose old text is not in its sentence."""
        found = [f"{lang}: not every sentence" for lang, by_key in self.versions.items()
                 if set(by_key) != set(self.english)]
        found += [f"en {key}: {old!r} not in it" for key, old, _ in self.english_changes
                  if old not in self.english.get(key, "")]
        found += [f"{lang} {key}: {old!r} not in it"
                  for lang, changes in self.version_changes.items()
                  for key, old, _ in changes if old not in self.versions[lang].get(key, "")]
        return found


def news_set(name: str) -> NewsSet:
    data = json.loads((Path(__file__).resolve().parents[1] / "data" / f"{name}.json")
                      .read_text(encoding="utf-8"))
    return NewsSet(data["english"], data["versions"], data["version_changes"],
                   data["english_changes"])
