"""The words of a text without spaces with their part-of-speech tags, from the segmenter
its language declares (`names.NAME_SEGMENTER`: jieba for Chinese): the words it tags as
names are more candidates for names (checker/facts/tagged_names.py).

The segmenter is set up only when a text of such a language is read, once per process
(under a lock: the pool of `--jobs` threads may ask at once), quietly and offline. jieba's
dictionary and model (the files it ships) are compiled once into one indexed file in
checker's own cache folder (`checker.paths.cache_dir`; checker/jieba_tables.py) and its
tagger runs on that file (checker/jieba_cut.py): jieba's answers, without its 110 MB of
dicts in every process. Where that folder cannot be made, the file is built in memory each
run and kept nowhere. A language that declares no segmenter, or a library that is not
installed, gives no words. jieba's paddle mode is never used: its plain dictionary tagger
only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
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
    """jieba's tagger on its dictionary and model compiled into our own indexed file
    (checker/jieba_tables.py, checker/jieba_cut.py): the words and tags jieba gives,
    without jieba's dicts in memory (jieba itself is never imported)."""
    from checker.jieba_cut import TaggingCut
    from checker.jieba_tables import TagTable, load

    tables = load(_cache_folder())
    if tables is None:
        return None
    tagger = TaggingCut(tables)
    listed = TagTable(tables)

    def cut(text: str) -> Iterator[tuple[str, str, bool]]:
        return ((word, flag, listed.get(word) == flag) for word, flag in tagger.cut(text))

    return Segmenter(cut, listed)


def _cache_folder() -> Path | None:
    """checker's cache folder for the segmenter's compiled dictionary, made if it can be;
    None where it cannot (the dictionary is then compiled in memory and kept nowhere)."""
    from checker.paths import cache_dir

    folder = cache_dir() / "segmenter"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


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
