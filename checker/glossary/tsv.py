"""The glossary file format: UTF-8 TSV (or CSV) with the header
`concept  preferred  allowed  forbidden  note`; several variants in one cell are separated by
`|`. Reading is strict: a malformed line is an error naming the file and line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from checker.errors import CheckerError
from checker.glossary.model import COLUMNS, VARIANT_SEPARATOR, Concept, Glossary


class GlossaryFormatError(CheckerError):
    """A glossary file that cannot be read; the message names the file and line."""


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(VARIANT_SEPARATOR) if v.strip()]


def check_text(value: str, what: str) -> str:
    """A term or note as it may be stored: one line, no tab, no variant separator in terms."""
    value = value.strip()
    if any(c in value for c in "\t\r\n"):
        raise CheckerError(f"{what} '{value}' contains a tab or line break")
    return value


def parse(text: str, lang: str, source: str, delimiter: str = "\t") -> Glossary:
    """A glossary from the text of a TSV/CSV file; `source` names the file in errors."""
    glossary = Glossary(lang=lang, path=source)
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=delimiter,
        quotechar='"' if delimiter == "," else "\x00",
        strict=True,
    )
    header_seen = False
    try:
        for row in rows:
            line = rows.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            if not header_seen:
                names = [c.strip().lower() for c in row]
                if names[: len(COLUMNS)] != list(COLUMNS[: len(names)]) or len(names) < 2:
                    raise GlossaryFormatError(
                        f"{source}:{line}: expected the header "
                        f"'{delimiter.join(COLUMNS)}', found '{delimiter.join(row)}'"
                    )
                header_seen = True
                continue
            if len(row) > len(COLUMNS):
                raise GlossaryFormatError(
                    f"{source}:{line}: {len(row)} fields, at most {len(COLUMNS)} expected "
                    f"({', '.join(COLUMNS)})"
                )
            cells = [c.strip() for c in row] + [""] * (len(COLUMNS) - len(row))
            concept_id, preferred, allowed, forbidden, note = cells
            if not concept_id:
                raise GlossaryFormatError(f"{source}:{line}: empty concept id")
            if not preferred:
                raise GlossaryFormatError(
                    f"{source}:{line}: concept '{concept_id}' has no preferred term"
                )
            if VARIANT_SEPARATOR in preferred:
                raise GlossaryFormatError(
                    f"{source}:{line}: concept '{concept_id}': one preferred term only "
                    f"(put variants in 'allowed')"
                )
            if concept_id in glossary.concepts:
                first = glossary.concepts[concept_id].line
                raise GlossaryFormatError(
                    f"{source}:{line}: concept '{concept_id}' is already defined on line {first}"
                )
            glossary.concepts[concept_id] = Concept(
                concept_id, preferred, _split(allowed), _split(forbidden), note, line
            )
    except csv.Error as exc:
        raise GlossaryFormatError(f"{source}:{rows.line_num}: {exc}") from None
    if not header_seen and text.strip():
        raise GlossaryFormatError(f"{source}:1: no header row")
    return glossary


def read(path: Path, lang: str | None = None) -> Glossary:
    """Read glossaries/<lang>.tsv (or .csv); a missing file is an empty glossary."""
    lang = lang or path.stem
    if not path.exists():
        return Glossary(lang=lang, path=str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GlossaryFormatError(f"{path}:1: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise CheckerError(f"{path}: cannot read: {exc.strerror}") from None
    delimiter = "," if path.suffix.lower() == ".csv" else "\t"
    return parse(text, lang, str(path), delimiter)


def dumps(glossary: Glossary, delimiter: str = "\t") -> str:
    """The file text, concepts sorted by id so that diffs stay small."""
    out = io.StringIO(newline="")
    if delimiter == ",":
        writer = csv.writer(out, delimiter=",", lineterminator="\n")
    else:
        writer = csv.writer(
            out,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            escapechar=None,
            quotechar="\x00",
        )
    writer.writerow(COLUMNS)
    for c in glossary.sorted_concepts():
        writer.writerow(
            [
                c.id,
                c.preferred,
                VARIANT_SEPARATOR.join(c.allowed),
                VARIANT_SEPARATOR.join(c.forbidden),
                c.note,
            ]
        )
    return out.getvalue()
