"""Which language each version is in: from its file name (a BCP 47 tag as the
stem or last suffix, `tr.txt`, `story.sr-Cyrl.md`), else detected from the text
with langdetect, seeded so the answer is the same on every run."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

from checker.errors import InputError

_TAG_SHAPE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")

# langdetect has no Serbian, Bosnian or Montenegrin: it answers hr for Latin text
# and mk/bg/ru for Cyrillic. Letters only Serbian Cyrillic uses settle the latter.
_SERBIAN_ONLY_CYRILLIC = set("ђћ")


def normalise_tag(tag: str) -> str:
    """Canonical BCP 47 casing: language lower, Script title, REGION upper."""
    parts = re.split(r"[-_]", tag.strip())
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) in (2, 3):
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)


@lru_cache(maxsize=512)
def is_known_tag(tag: str) -> bool:
    """A tag CLDR knows (language, optionally with script and region)."""
    if not _TAG_SHAPE.match(tag):
        return False
    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


def babel_locales(names: Iterable[str]) -> list[Locale]:
    """The Babel locales of CLDR locale names, in order; a name CLDR does not know is
    skipped."""
    out = []
    for name in names:
        try:
            out.append(Locale.parse(name))
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return out


def validate_tag(tag: str) -> str:
    """Normalise a tag the user typed, or raise InputError naming it."""
    canonical = normalise_tag(tag)
    if not is_known_tag(canonical):
        raise InputError(
            f"unknown language tag '{tag}' (expected a BCP 47 tag such as tr, sr-Cyrl)"
        )
    return canonical


def language_from_filename(path: Path) -> str | None:
    """`tr.txt` -> tr, `story.sr-Cyrl.md` -> sr-Cyrl, `notes.txt` -> None."""
    parts = path.name.split(".")
    stem_parts = parts[:-1] if len(parts) > 1 else parts
    candidates = [stem_parts[-1]] if stem_parts else []
    for candidate in candidates:
        tag = normalise_tag(candidate)
        if is_known_tag(tag):
            return tag
    return None


# Below this probability langdetect's answer is a guess ("Hello" -> fi 0.56): refuse
# it and ask for the language in the file name, rather than check in a wrong language.
MIN_DETECTION_PROBABILITY = 0.80


def detect_language(text: str) -> str:
    """Detect the language of a text; raise InputError when it cannot be told."""
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # langdetect is random unless seeded
    try:
        best = detect_langs(text)[0]
    except LangDetectException as exc:
        raise InputError("cannot detect the language: too little text") from exc
    if best.prob < MIN_DETECTION_PROBABILITY:
        raise InputError(
            f"cannot tell the language reliably (best guess {best.lang}, "
            f"p={best.prob:.2f}); name the file with its language tag, e.g. story.{best.lang}.txt"
        )
    code = {"zh-cn": "zh-Hans", "zh-tw": "zh-Hant"}.get(best.lang, best.lang)
    if code in ("mk", "bg", "ru") and _SERBIAN_ONLY_CYRILLIC & set(text.lower()):
        return "sr-Cyrl"
    return code


def identify(path: Path, text: str, given: str | None = None) -> tuple[str, str]:
    """The language of a version and where it came from: given, filename or detected."""
    if given:
        return validate_tag(given), "given"
    tag = language_from_filename(path)
    if tag:
        return tag, "filename"
    try:
        return detect_language(text), "detected"
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from exc
