"""Language knowledge, kept as data per language: `checker/lang/<code>/`.

Each language folder holds small data modules, the way spaCy keeps
`spacy/lang/<code>/`:

- `abbreviations.py`: `ABBREVIATIONS`, words ending in a dot that do not end a sentence;
- `lex_attrs.py`: number words, scale words, qualifiers, counted-thing nouns;
- `dates.py`: month and weekday forms;
- `names.py`: name inflection endings, stop words that are capitalised;
- `translation.py`: what translation engines call the language;
- `writing.py`: proclitics, and overrides of the writing system derived from CLDR.

Every name a module may set is declared once, typed and documented, in the language profile
(`checker/lang/profile.py`; `profile("de").numbers.multipliers`), which is also the reference
for adding a language (docs/adding-a-language.md). Readers ask the profile, never a module.

The machinery that uses them never names a language: adding a language means
adding its folder. Script variants (`sr-Cyrl`) share the folder of their
language (`sr`); data modules cover both scripts.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path
from types import ModuleType, SimpleNamespace

_HERE = Path(__file__).parent


def base_language(lang: str) -> str:
    """ "sr-Cyrl" -> "sr", "zh-Hans" -> "zh", "pt-BR" -> "pt"."""
    return lang.replace("_", "-").split("-")[0].lower()


@cache
def available_languages() -> tuple[str, ...]:
    """Languages with a data folder."""
    return tuple(
        sorted(
            m.name
            for m in pkgutil.iter_modules([str(_HERE)])
            if m.ispkg and not m.name.startswith("_")
        )
    )


def has_folder(lang: str) -> bool:
    """Does the tag's language ("pt-BR": pt) have a data folder?"""
    return base_language(lang) in available_languages()


@cache
def data_module(lang: str, part: str) -> ModuleType | SimpleNamespace | None:
    """The data module `part` of a language ("__init__": its folder's own), or None where
    that language has none. A part its folder names in `FROM_CLDR` and does not hold is
    what CLDR and simplemma give, as for a language without a folder
    (`no_folder.derived_part`)."""
    base = base_language(lang)
    if base not in available_languages():
        return None
    if part == "__init__":
        return importlib.import_module(f"checker.lang.{base}")
    try:
        return importlib.import_module(f"checker.lang.{base}.{part}")
    except ModuleNotFoundError as exc:
        if exc.name != f"checker.lang.{base}.{part}":
            raise
    if part in getattr(data_module(base, "__init__"), "FROM_CLDR", ()):
        from checker.lang.no_folder import derived_part

        return derived_part(base, part)
    return None

