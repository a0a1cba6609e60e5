"""The checks every news set of tests/data/<name>.json gets (tests/lang/test_lang_*.py,
tests/lang/test_sk_news.py, tests/compare/test_compare_news_*.py): the set is complete,
each faithful pair gives no error (or no warning either), and each change planted in the
version or in the English gives an error, except the set's own known gaps, which are
strict xfails (a gap that closes fails until it is struck off the list).

A language module names its data file and its gaps, and binds the tests it wants to its
own names:

    SUITE = NewsSuite(news_set("news_ro_sv"), gaps=NOT_SEEN, gap_reason="not compared")
    test_a_faithful_pair_gives_no_error = SUITE.faithful_test()
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

import pytest

from checker.lang import available_languages
from checker.model import Finding
from support.news_pairs import NewsSet, pair_findings

NUMBER_DATE_NAME = ("number", "date", "entity")
NUMBER_DATE = ("number", "date")
# A planted change no error is given for: (language, key, old text), or (language, key,
# side) for every change of that sentence on one side ("version" or "english")
Gap = tuple[str, str, str]


@dataclass(frozen=True)
class NewsSuite:
    """A news set, the finding categories its tests read (None: all), the planted changes
    no error is given for (`gaps`), the faithful pairs that still give one
    (`false_errors`), and the test id of a planted change (`case_id`, a format of side,
    lang, key and new)."""

    news: NewsSet
    categories: tuple[str, ...] | None = NUMBER_DATE_NAME
    gaps: Collection[Gap] = frozenset()
    gap_reason: str = ""
    false_errors: Collection[tuple[str, str]] = frozenset()  # (language, key)
    false_error_reason: str = ""
    case_id: str = "{side}-{lang}-{key}-{new}"

    def findings(self, english: str, lang: str, version: str) -> list[Finding]:
        return pair_findings(english, lang, version, self.categories)

    def errors(self, english: str, lang: str, version: str) -> list[Finding]:
        return [f for f in self.findings(english, lang, version) if f.severity == "error"]

    def _planted(self, lang: str, key: str, old: str, new: str, side: str) -> object:
        known = (lang, key, old) in self.gaps or (lang, key, side) in self.gaps
        marks = [pytest.mark.xfail(strict=True, reason=self.gap_reason)] if known else []
        return pytest.param(lang, key, old, new, marks=marks,
                            id=self.case_id.format(side=side, lang=lang, key=key, new=new))

    def faithful_cases(self) -> list:
        return [pytest.param(lang, key, id=f"{lang}-{key}", marks=[
                    pytest.mark.xfail(strict=True, reason=self.false_error_reason)]
                    if (lang, key) in self.false_errors else [])
                for lang, by_key in self.news.versions.items() for key in by_key]

    def version_cases(self) -> list:
        return [self._planted(lang, key, old, new, "version")
                for lang, found in self.news.version_changes.items() for key, old, new in found]

    def english_cases(self) -> list:
        return [self._planted(lang, key, old, new, "english")
                for key, old, new in self.news.english_changes for lang in self.news.versions]

    def complete_test(self, *, sentences: int, english_changes: int,
                      with_folder: bool) -> Callable[[], None]:
        """The set has at least so many sentences and English changes, a planted change in
        every sentence of every version, all lined up; its languages have a folder of their
        own (`with_folder`) or none."""
        news = self.news

        def test() -> None:
            assert len(news.english) >= sentences and len(news.english_changes) >= english_changes
            for lang in news.versions:
                assert (lang in available_languages()) == with_folder, lang
                assert {key for key, _, _ in news.version_changes[lang]} == set(news.english), lang
            assert news.problems() == []

        return test

    def one_change_each_test(self, *, sentences: int) -> Callable[[], None]:
        """The set has at least so many sentences, one change planted in each in the English
        and in every version, all lined up."""
        news = self.news

        def test() -> None:
            assert len(news.english) >= sentences
            assert len(news.english_changes) == len(news.english)
            for lang in news.versions:
                assert len(news.version_changes[lang]) == len(news.english), lang
            assert news.problems() == []

        return test

    def faithful_test(self, *, no_warning: bool = False) -> Callable[[str, str], None]:
        """Each faithful pair gives no error (`no_warning`: no warning either)."""
        news = self.news

        @pytest.mark.parametrize(("lang", "key"), self.faithful_cases())
        def test(lang: str, key: str) -> None:
            found = self.findings(news.english[key], lang, news.versions[lang][key])
            assert [f.message for f in found
                    if (f.severity != "info" if no_warning else f.severity == "error")] == []

        return test

    def version_change_test(self) -> Callable[[str, str, str, str], None]:
        """Each change planted in a version gives an error against the faithful English."""
        news = self.news

        @pytest.mark.parametrize(("lang", "key", "old", "new"), self.version_cases())
        def test(lang: str, key: str, old: str, new: str) -> None:
            assert old in news.versions[lang][key]
            version = news.versions[lang][key].replace(old, new, 1)
            assert self.errors(news.english[key], lang, version) != []

        return test

    def english_change_test(self) -> Callable[[str, str, str, str], None]:
        """Each change planted in the English gives an error against the faithful version."""
        news = self.news

        @pytest.mark.parametrize(("lang", "key", "old", "new"), self.english_cases())
        def test(lang: str, key: str, old: str, new: str) -> None:
            assert old in news.english[key]
            english = news.english[key].replace(old, new, 1)
            assert self.errors(english, lang, news.versions[lang][key]) != []

        return test
