"""`checker glossary ...`: the desks' glossaries, one file per language (glossaries/<lang>.tsv).

Commands: list, show, add, remove, import, export, lint. Every write takes the file's lock,
re-reads it, and replaces it atomically; a malformed file stops the command with its
file and line, and nothing is changed.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from checker.errors import CheckerError

app = typer.Typer(
    help="Manage the per-language glossaries (glossaries/<lang>.tsv).", no_args_is_help=True
)

DIR_HELP = (
    "Glossary folder; default: a glossaries/ folder in the current directory or above, "
    "else ./glossaries."
)


class FileFormat(str, Enum):
    """The formats of checker.glossary.exchange, or `auto`: told from the file name."""

    auto = "auto"
    tsv = "tsv"
    csv = "csv"
    tbx = "tbx"


def _folder(folder: Path | None) -> Path:
    from checker.glossary.store import default_folder

    if folder is not None and folder.exists() and not folder.is_dir():
        raise CheckerError(f"{folder}: is a file, expected a glossary folder (--dir)")
    return default_folder(folder)


def _lang(tag: str | None) -> str | None:
    """A --lang value checked and normalised (sr-cyrl -> sr-Cyrl): never a file for `xx`."""
    from checker.language import validate_tag

    return validate_tag(tag) if tag is not None else None


def _split(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split("|") if v.strip())
    return out


@app.command("list")
def list_command(
    lang: str = typer.Option(None, "--lang", "-l", help="List this language's concepts."),
    folder: Path = typer.Option(None, "--dir", "-d", help=DIR_HELP),
) -> None:
    """Languages and their concept counts, or the concepts of one language."""
    from checker.glossary import store

    lang = _lang(lang)
    where = _folder(folder)
    if lang is None:
        langs = store.languages(where)
        if not langs:
            typer.echo(f"no glossaries in {where}")
            return
        for code in langs:
            glossary = store.load(where, code)
            typer.echo(f"{code}\t{len(glossary.concepts)} concepts\t{glossary.path}")
        return
    glossary = store.load(where, lang)
    for concept in glossary.sorted_concepts():
        typer.echo(f"{concept.id}\t{concept.preferred}")


@app.command("show")
def show_command(
    concept: str = typer.Argument(..., help="Concept id."),
    lang: str = typer.Option(None, "--lang", "-l", help="Only this language."),
    folder: Path = typer.Option(None, "--dir", "-d", help=DIR_HELP),
) -> None:
    """A concept in every language (or one): preferred, allowed, forbidden, note."""
    from checker.glossary import store

    lang = _lang(lang)
    where = _folder(folder)
    langs = [lang] if lang else store.languages(where)
    found = False
    for code in langs:
        entry = store.load(where, code).concepts.get(concept)
        if entry is None:
            continue
        found = True
        typer.echo(f"[{code}] {entry.preferred}")
        if entry.allowed:
            typer.echo(f"  allowed:   {' | '.join(entry.allowed)}")
        if entry.forbidden:
            typer.echo(f"  forbidden: {' | '.join(entry.forbidden)}")
        if entry.note:
            typer.echo(f"  note:      {entry.note}")
    if not found:
        raise CheckerError(f"no concept '{concept}' in {where}" + (f" for {lang}" if lang else ""))


@app.command("add")
def add_command(
    concept: str = typer.Argument(..., help="Concept id (e.g. pristina)."),
    lang: str = typer.Option(..., "--lang", "-l", help="Language of the glossary to change."),
    preferred: str = typer.Option(
        None, "--preferred", "-p", help="Preferred term (required for a new concept)."
    ),
    allowed: list[str] = typer.Option(
        None, "--allowed", "-a", help="Allowed variant(s); repeat or separate with |."
    ),
    forbidden: list[str] = typer.Option(
        None, "--forbidden", "-x", help="Forbidden variant(s); repeat or separate with |."
    ),
    note: str = typer.Option(None, "--note", "-n", help="Note for the desk."),
    folder: Path = typer.Option(None, "--dir", "-d", help=DIR_HELP),
) -> None:
    """Add a concept, or add variants to it; a new preferred term demotes the old one."""
    from checker.glossary import edit, store

    glossary = store.update(
        _folder(folder),
        _lang(lang),
        lambda g: edit.add(g, concept, preferred, _split(allowed), _split(forbidden), note),
    )
    typer.echo(f"{glossary.path}: {concept} = {glossary.concepts[concept].preferred}")


@app.command("remove")
def remove_command(
    concept: str = typer.Argument(..., help="Concept id."),
    lang: str = typer.Option(..., "--lang", "-l", help="Language of the glossary to change."),
    term: list[str] = typer.Option(
        None, "--term", "-t", help="Remove only this variant (allowed or forbidden)."
    ),
    folder: Path = typer.Option(None, "--dir", "-d", help=DIR_HELP),
) -> None:
    """Remove a concept from a language's glossary, or only some of its variants."""
    from checker.glossary import edit, store

    glossary = store.update(
        _folder(folder), _lang(lang), lambda g: edit.remove(g, concept, _split(term))
    )
    typer.echo(f"{glossary.path}: removed {', '.join(_split(term)) or concept}")


@app.command("import")
def import_command(
    source: Path = typer.Argument(..., help="TSV/CSV file (one language) or TBX file."),
    lang: str = typer.Option(
        None, "--lang", "-l", help="Language of a TSV/CSV file (required); for TBX: only this one."
    ),
    file_format: FileFormat = typer.Option(FileFormat.auto, "--format", "-f", help="File format."),
    replace: bool = typer.Option(
        False, "--replace", help="Replace the language's glossary instead of merging."
    ),
    folder: Path = typer.Option(None, "--dir", "-d", help=DIR_HELP),
) -> None:
    """Import TSV/CSV/TBX: same ids are replaced, others kept (--replace: all)."""
    from checker.glossary import edit, store
    from checker.glossary.exchange import read_glossaries

    incoming = read_glossaries(source, file_format.value, _lang(lang))
    where = _folder(folder)
    for code, glossary in sorted(incoming.items()):
        result = store.update(where, code, lambda g, new=glossary: edit.merge(g, new, replace))
        typer.echo(
            f"{result.path}: {len(glossary.concepts)} concepts imported, "
            f"{len(result.concepts)} in total"
        )


@app.command("export")
def export_command(
    target: str = typer.Argument("-", help="Output file, or - for standard output."),
    lang: str = typer.Option(
        None, "--lang", "-l", help="Language to export (required for TSV/CSV; TBX: all by default)."
    ),
    file_format: FileFormat = typer.Option(
        FileFormat.auto,
        "--format",
        "-f",
        help="File format (default: from the file name; tsv for standard output).",
    ),
    folder: Path = typer.Option(None, "--dir", "-d", help=DIR_HELP),
) -> None:
    """Export a glossary as TSV/CSV, or all glossaries as one TBX file for CAT tools."""
    from checker.atomic import write_text_atomic
    from checker.glossary.exchange import export_format, export_text

    lang = _lang(lang)
    where = _folder(folder)
    text = export_text(where, export_format(target, file_format.value), lang)
    if target == "-":
        sys.stdout.write(text)
    else:
        write_text_atomic(Path(target), text)  # a missing folder is an error, not created
        typer.echo(f"wrote {target}", err=True)


@app.command("lint")
def lint_command(
    lang: str = typer.Option(None, "--lang", "-l", help="Report only this language's file."),
    folder: Path = typer.Option(None, "--dir", "-d", help=DIR_HELP),
) -> int:
    """Report duplicates, terms in two concepts, missing concepts, accepted+forbidden terms.

    Exit 1 when there is anything to fix."""
    from checker.glossary import lint, store

    where = _folder(folder)
    issues = lint.lint(store.load_all(where))
    if lang:
        issues = [i for i in issues if Path(i.path).stem == lang]
    for issue in issues:
        typer.echo(str(issue))
    typer.echo(f"{len(issues)} problem(s) in {where}", err=True)
    return 1 if issues else 0
