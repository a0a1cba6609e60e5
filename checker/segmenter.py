"""The words of a text without spaces with their part-of-speech tags, from the segmenter
its language declares (`names.NAME_SEGMENTER`: jieba for Chinese): the words it tags as
names are more candidates for names (checker/facts/tagged_names.py).

The library is imported only when a text of such a language is read, set up once per
process (under a lock: the pool of `--jobs` threads may ask at once), quiet (its log lines
are silenced) and offline (it ships its dictionary). Its dictionary cache is written to
checker's own cache folder (`checker.paths.cache_dir`), never the system's temporary
folder; where that folder cannot be made, it is built in memory each run and kept nowhere.
A language that declares no segmenter, or a library that is not installed, gives no words.
jieba's `enable_paddle` runs pip and is never called: its plain dictionary tagger only.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import NamedTuple

from checker.lang.profile import profile

_LOCK = threading.Lock()


class Segmenter(NamedTuple):
    """A language's segmenter: `cut` gives each word of a text with its tag and whether the
    dictionary lists it with that tag (not a word of the library's model of unknown words);
    `tags` is the dictionary's tag of each word it lists."""

    cut: Callable[[str], Iterator[tuple[str, str, bool]]]
    tags: Mapping[str, str]


def _jieba() -> Segmenter | None:
    try:
        import jieba
        import jieba.posseg
    except ImportError:
        return None
    jieba.setLogLevel(logging.CRITICAL)  # no "Building prefix dict..." on stderr
    # Where our folder cannot be made, jieba is pointed at it all the same (not at the
    # system's temporary folder): it builds the dictionary in memory, its dump fails
    # silently, and nothing is kept.
    jieba.dt.tmp_dir = _cache_folder()
    jieba.dt.initialize()
    tagger = jieba.posseg.dt
    listed = tagger.word_tag_tab

    def cut(text: str) -> Iterator[tuple[str, str, bool]]:
        return ((pair.word, pair.flag, listed.get(pair.word) == pair.flag)
                for pair in tagger.cut(text))

    return Segmenter(cut, listed)


def _cache_folder() -> str:
    """checker's cache folder for the segmenter's dictionary, made if it can be."""
    from checker.paths import cache_dir

    folder = cache_dir() / "segmenter"
    with contextlib.suppress(OSError):  # else kept nowhere (see _jieba)
        folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


_SOURCES: dict[str, Callable[[], Segmenter | None]] = {"jieba": _jieba}


def _segmenter(lang: str) -> Segmenter | None:
    """The segmenter the language declares, set up once per process (one thread builds it,
    the others wait for it); None where it declares none or the library is not installed."""
    source = profile(lang).names.name_segmenter
    if not source:
        return None
    with _LOCK:
        return _built(source)


@lru_cache(maxsize=8)
def _built(source: str) -> Segmenter | None:
    build = _SOURCES.get(source)
    return build() if build else None


def listed_tag(word: str, lang: str) -> str | None:
    """The tag the language's segmenter's dictionary gives `word`, None where it lists no
    such word (or the language declares no segmenter)."""
    segmenter = _segmenter(lang)
    return segmenter.tags.get(word) if segmenter is not None else None


@lru_cache(maxsize=4096)
def tagged_words(text: str, lang: str) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end, tag, listed) of each word of `text` as the language's segmenter cuts
    and tags it (`listed`: its dictionary lists the word with that tag); () where the
    language declares none or the library is not installed."""
    segmenter = _segmenter(lang)
    if segmenter is None:
        return ()
    words = []
    start = 0
    for word, tag, listed in segmenter.cut(text):
        words.append((start, start + len(word), tag, listed))
        start += len(word)
    return tuple(words)
