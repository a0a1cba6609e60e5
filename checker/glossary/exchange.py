"""Glossaries in and out of the store as files a CAT tool or a spreadsheet reads:
TSV and CSV (one language per file) and TBX (every language in one file). The format
is given, or told from the file name."""

from __future__ import annotations

from pathlib import Path

from checker.errors import CheckerError
from checker.glossary.model import Glossary

FORMATS = ("tsv", "csv", "tbx")
AUTO = "auto"


def format_of(path: Path, given: str = AUTO) -> str:
    """The format named, else the one the file name says (`.xml` is TBX)."""
    if given != AUTO:
        return given
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix == "xml":
        return "tbx"
    raise CheckerError(f"{path}: cannot tell the format from the name; pass --format tsv|csv|tbx")


def export_format(target: str, given: str = AUTO) -> str:
    """The format to export to `target` (a file name, or `-` for standard output: TSV)."""
    if target == "-" and given == AUTO:
        return "tsv"
    return format_of(Path(target), given)


def _delimiter(kind: str) -> str:
    return "," if kind == "csv" else "\t"


def read_glossaries(source: Path, given: str = AUTO, lang: str | None = None
                    ) -> dict[str, Glossary]:
    """The glossaries a file holds, by language tag: a TSV/CSV file is one language
    (`lang`, required); a TBX file is every language in it, or only `lang`. The format
    is `given`, else told from the name."""
    from checker.glossary import tbx, tsv
    from checker.language import validate_tag
    from checker.load import read_text_file

    if not source.is_file():
        raise CheckerError(f"{source}: no such file")
    kind = format_of(source, given)
    if kind == "tbx":
        incoming = {validate_tag(code): g for code, g in tbx.read(source).items()}
        if lang:
            incoming = {k: v for k, v in incoming.items() if k == lang}
        if not incoming:
            raise CheckerError(f"{source}: no concepts" + (f" for {lang}" if lang else ""))
        return incoming
    if not lang:
        raise CheckerError("--lang is required to import a TSV/CSV file")
    text = read_text_file(source)  # not UTF-8, binary, empty: one-line error
    return {lang: tsv.parse(text, lang, str(source), _delimiter(kind))}


def export_text(folder: Path, kind: str, lang: str | None = None) -> str:
    """A language's glossary as TSV/CSV (`lang` required), or the glossaries of every
    language (or only `lang`) as one TBX file."""
    from checker.glossary import store, tbx, tsv

    if kind == "tbx":
        langs = [lang] if lang else store.languages(folder)
        return tbx.dumps({code: store.load(folder, code) for code in langs})
    if not lang:
        raise CheckerError("--lang is required to export TSV/CSV")
    return tsv.dumps(store.load(folder, lang), _delimiter(kind))
