"""Reading story versions from disk: files or folders, plain text or Markdown.

Bad input (missing, empty, binary, undecodable) raises InputError with a message
a user can act on; nothing here guesses an encoding other than UTF-8.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from checker.errors import InputError
from checker.language import language_from_filename, validate_tag
from checker.limits import DEFAULT_MAX_BYTES, open_input, read_bounded, too_large
from checker.model import SegmentPair

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")

# Markdown syntax that is layout, not words: heading marks, emphasis, list bullets,
# link targets. Replaced by spaces of equal length so offsets and columns still
# point into the original file.
_MARKDOWN_PATTERNS = (
    re.compile(r"^\s{0,3}#{1,6}[ \t]+", re.MULTILINE),
    re.compile(r"^\s{0,3}(?:[-*+]|>)[ \t]+", re.MULTILINE),
    re.compile(r"(\*\*|__|\*|`)"),
    re.compile(r"\]\([^)]*\)"),
    re.compile(r"!?\["),
)


def read_text_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read one version as UTF-8 text, refusing what is not a usable text."""
    data = read_bounded(path, max_bytes)
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {exc.start}); save it as UTF-8 and retry"
        ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".md", ".markdown"):
        text = strip_markdown(text)
    if not text.strip():
        raise InputError(f"{path}: file has no text")
    return text


def strip_markdown(text: str) -> str:
    """Blank out Markdown markup, keeping every character's offset."""
    for pattern in _MARKDOWN_PATTERNS:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def is_version_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith(
        (".", "README", "readme")
    )


def story_files(folder: Path) -> list[Path]:
    """The version files directly inside a story folder, sorted by name. When some carry
    a language in their name (`en.txt`, `story.tr.md`), only those are versions: a file
    without one beside them is a note or a report written there, not a translation."""
    files = sorted(p for p in folder.iterdir() if is_version_file(p))
    tagged = [p for p in files if language_from_filename(p)]
    return tagged or files


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files stay files; a folder stands for the version files directly inside it."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = story_files(path)
            if not found:
                raise InputError(f"{path}: folder has no .txt or .md version files")
            files.extend(found)
        else:
            files.append(path)
    seen: set[Path] = set()
    unique = []
    for file in files:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique


def find_stories(folder: Path) -> list[Path]:
    """A folder of stories: each subfolder holding version files is one story."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and story_files(p))


_PAIR_SHAPE = ('expected {"id", "source": {"lang", "text"}, "target": {"lang", "text"}} '
               'with strings for lang and text')


def read_pairs_jsonl(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SegmentPair]:
    """Segment pairs from a JSON Lines file, one `{"id", "source", "target"}` object a line.
    Yields them lazily so thousands of pairs need no more memory than one; the file (and
    so any line) is read only up to `max_bytes`. Anything else raises InputError."""
    with open_input(path) as handle:
        total = 0
        number = 0
        while True:
            try:
                raw = handle.readline(max_bytes - total + 1)
            except OSError as exc:
                raise InputError(f"{path}: cannot read ({exc.strerror})") from None
            if not raw:
                return
            total += len(raw)
            if total > max_bytes:
                raise too_large(path, max_bytes)
            number += 1
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a byte order mark, as Windows editors write it
            if raw.strip():
                yield _pair_from_line(raw, number, f"{path}:{number}")


def _pair_from_line(raw: bytes, number: int, where: str) -> SegmentPair:
    import json

    try:
        item = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{where}: not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
    except (ValueError, RecursionError) as exc:  # a number of thousands of digits; deep nesting
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise InputError(f"{where}: not usable JSON ({reason})") from None
    if not isinstance(item, dict) or not all(
        isinstance(item.get(side), dict) for side in ("source", "target")
    ):
        raise InputError(f"{where}: {_PAIR_SHAPE}")
    pair_id = item.get("id", number)
    if not isinstance(pair_id, (str, int)) or isinstance(pair_id, bool):
        raise InputError(f"{where}: \"id\" must be a string or a number")
    sides = []
    for name in ("source", "target"):
        side = item[name]
        lang, text = side.get("lang"), side.get("text")
        if not isinstance(lang, str) or not isinstance(text, str):
            raise InputError(f"{where}: {name}: {_PAIR_SHAPE}")
        try:
            sides.append((validate_tag(lang), _valid_text(text, f"{name} text")))
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None
    return SegmentPair(id=_valid_text(str(pair_id), "id", where), source_lang=sides[0][0],
                       source_text=sides[0][1], target_lang=sides[1][0],
                       target_text=sides[1][1])


def _valid_text(text: str, what: str, where: str = "") -> str:
    """Text that can be written back out: no lone surrogate (JSON lets "\\ud800" through)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        prefix = f"{where}: " if where else ""
        raise InputError(f"{prefix}{what} holds a lone surrogate (not Unicode text)") from None
    return text


def read_pair_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                   skipped=None) -> Iterator[SegmentPair]:
    """Segment pairs from a file of aligned pairs, read by its extension: a CAT tool
    export (TMX, XLIFF: `checker.bilingual`, units left out counted in `skipped`, a
    `checker.bilingual.Skipped`) or JSON Lines (`read_pairs_jsonl`)."""
    from checker.bilingual import BILINGUAL_SUFFIXES, read_bilingual

    if path.suffix.lower() in BILINGUAL_SUFFIXES:
        return read_bilingual(path, max_bytes, skipped)
    return read_pairs_jsonl(path, max_bytes)


def refuse_output_among_inputs(output: Path, inputs: Iterable[Path]) -> None:
    """--output naming one of the files being checked (a file given, or a version inside a
    story folder given) would overwrite a translation: InputError."""
    try:
        target = os.path.realpath(output)
    except OSError:
        return
    for path in inputs:
        files = story_files(path) if path.is_dir() else [path]
        if any(os.path.realpath(f) == target for f in files):
            raise InputError(f"--output {output} is one of the inputs; "
                             "write it somewhere else")
