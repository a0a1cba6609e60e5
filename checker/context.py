"""What one run knows besides the texts: its glossaries, the name index built from them per
language, and the language profiles.

A `CheckContext` is built once per run (`check_story`, `check_pairs`, `align_files`) and
passed explicitly to the extractors (`checker.facts`), the comparers (through
`ComparisonContext.run`) and placeholder protection in translation. Nothing about a run is
kept in module state: two contexts with different glossary folders can be used side by side
in one process. Their name indexes are shared by key (the language and everything of the
glossaries an index is built from, `_glossaries_key`): contexts with the same glossaries
(each `check_pair` without a context makes one) read an index once per process, not once
each, and the caches keyed by an index are not filled again for every context.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from checker.compiled_cache import load_or_build
from checker.errors import InputError
from checker.glossary.lookup import NameIndex, cldr_index, own_glossary
from checker.glossary.model import Glossary
from checker.lang.profile import LanguageProfile, profile
from checker.segment import MAX_CLAIM_CHARS

# Name indexes shared by contexts with the same glossaries, by (language, hash of the
# glossaries' key); the most recently used kept (an index of one language and glossaries
# is a few MB).
_SHARED_INDEXES: OrderedDict[tuple[str, str], NameIndex] = OrderedDict()
_SHARED_MAX = 64
_SHARED_LOCK = threading.Lock()


def _shared_index(lang: str, key: str, build: Callable[[], NameIndex]) -> NameIndex:
    """The name index of `lang` under glossaries `key`: the one already in this process,
    else read (or built) once through `checker.compiled_cache` and kept."""
    shared = (lang, hashlib.sha256(key.encode("utf-8")).hexdigest())
    with _SHARED_LOCK:
        index = _SHARED_INDEXES.get(shared)
        if index is not None:
            _SHARED_INDEXES.move_to_end(shared)
            return index
    index = load_or_build("name-index", f"{lang}\n{key}", build)
    with _SHARED_LOCK:
        index = _SHARED_INDEXES.setdefault(shared, index)  # another thread's, if first
        _SHARED_INDEXES.move_to_end(shared)
        while len(_SHARED_INDEXES) > _SHARED_MAX:
            _SHARED_INDEXES.popitem(last=False)
    return index


@dataclass(frozen=True, eq=False)
class CheckContext:
    """The glossaries of a run (folder and loaded glossaries, by language), and what is
    derived from them. Frozen; the name index of each language is built on first use and
    kept for the life of the context (it depends on the glossaries only)."""

    glossary_folder: Path | None = None  # None: no glossaries, CLDR names only
    glossaries: Mapping[str, Glossary] = field(default_factory=lambda: MappingProxyType({}))
    # A sentence longer than this is compared in pieces (checker.segment.MAX_CLAIM_CHARS).
    max_claim_chars: int = MAX_CLAIM_CHARS
    _indexes: dict[str, NameIndex] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def load(cls, folder: Path | None) -> CheckContext:
        """The context of a run that uses the glossaries of `folder` (None: none). Raises
        InputError for a folder that does not exist, GlossaryFormatError for a bad file."""
        if folder is None:
            return cls()
        if not Path(folder).is_dir():
            raise InputError(f"glossary folder not found: {folder}")
        from checker.glossary import store

        folder = Path(folder).resolve()
        return cls(folder, MappingProxyType(dict(store.load_all(folder))))

    @classmethod
    def for_inputs(cls, folder: str | Path | None, inputs: Sequence[Path] = ()) -> CheckContext:
        """The context with the glossary folder given, else a `glossaries/` folder next to
        the inputs or above, else in the current directory or above (none: CLDR names
        only)."""
        if folder:
            return cls.load(Path(folder))
        from checker.glossary import store

        return cls.load(store.find_folder(list(inputs)))

    def glossary_for(self, lang: str) -> Glossary | None:
        """The glossary of a language: exact tag first (sr-Cyrl), then its base language."""
        return own_glossary(self.glossaries, lang)

    def name_index(self, lang: str) -> NameIndex:
        """Glossary terms and CLDR names of one language (checker.glossary.lookup), built
        once per installation, language and glossaries (checker.compiled_cache) and read
        once per process (shared by contexts with the same glossaries)."""
        index = self._indexes.get(lang)
        if index is None:
            index = self._indexes[lang] = _shared_index(
                lang, self._glossaries_key, lambda: self._build_index(lang)
            )
        return index

    def _build_index(self, lang: str) -> NameIndex:
        if not self.glossaries:
            return cldr_index(lang)
        return NameIndex(lang, dict(self.glossaries))

    @cached_property
    def _glossaries_key(self) -> str:
        """Everything of the glossaries a name index is built from, in their order."""
        return repr([(lang, glossary.lang, glossary.concepts)
                     for lang, glossary in self.glossaries.items()])

    @staticmethod
    def profile(lang: str) -> LanguageProfile:
        """The language profile of a tag (checker.lang.profile)."""
        return profile(lang)
