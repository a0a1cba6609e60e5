"""Reading story versions from disk: files or folders, plain text or Markdown.

Bad input (missing, empty, binary, undecodable) raises InputError with a message
a user can act on; nothing here guesses an encoding other than UTF-8.
"""

from __future__ import annotations

import re
from pathlib import Path

from checker.errors import InputError

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


def read_text_file(path: Path) -> str:
    """Read one version as UTF-8 text, refusing what is not a usable text."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, expected a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data[:8192]:
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
    """The version files directly inside a story folder, sorted by name."""
    return sorted(p for p in folder.iterdir() if is_version_file(p))


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


def read_pairs_jsonl(path: Path):
    """Segment pairs from a JSON Lines file, one `{"id", "source", "target"}` object a line.
    Yields them lazily so thousands of pairs need no more memory than one."""
    import json

    from checker.language import validate_tag
    from checker.model import SegmentPair

    if not path.exists():
        raise InputError(f"{path}: no such file")
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
                source, target = item["source"], item["target"]
                yield SegmentPair(
                    id=str(item.get("id", number)),
                    source_lang=validate_tag(source["lang"]),
                    source_text=str(source["text"]),
                    target_lang=validate_tag(target["lang"]),
                    target_text=str(target["text"]),
                )
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}:{number}: not valid UTF-8") from exc
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            except (KeyError, TypeError) as exc:
                raise InputError(
                    f"{path}:{number}: expected {{\"id\", \"source\": {{\"lang\", \"text\"}}, "
                    f"\"target\": {{\"lang\", \"text\"}}}}"
                ) from exc
            except InputError as exc:
                raise InputError(f"{path}:{number}: {exc}") from exc


def read_pair_file(path: Path):
    """Segment pairs from a file of aligned pairs, read by its extension: a CAT tool
    export (TMX, XLIFF: `checker.bilingual`) or JSON Lines (`read_pairs_jsonl`)."""
    from checker.bilingual import BILINGUAL_SUFFIXES, read_bilingual

    if path.suffix.lower() in BILINGUAL_SUFFIXES:
        return read_bilingual(path)
    return read_pairs_jsonl(path)
