"""`checker translate FILE --to LANG`: print an offline machine translation of a file."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class EngineChoice(str, Enum):
    argos = "argos"
    apertium = "apertium"


class TranslateFormat(str, Enum):
    text = "text"
    json = "json"


def print_translation_summary(report) -> None:
    """A few stderr lines: which engine translated which languages, how much came
    from the cache, and which languages no engine could translate."""
    from checker.report.summary import translation_summary

    summary = translation_summary(report)
    if summary.engines:
        engines = "; ".join(f"{', '.join(langs)} by {name}"
                            for name, langs in summary.engines.items())
        print(f"checker: translated {engines}: {summary.translated} sentences translated, "
              f"{summary.cached} from cache", file=sys.stderr)
    if summary.untranslated:
        print(f"checker: no translation engine for {', '.join(sorted(summary.untranslated))} "
              "(aligned without a pivot translation; see `checker models list`)", file=sys.stderr)


def translate_command(
    file: Annotated[Path, typer.Argument(help="The text file to translate.", show_default=False)],
    to_lang: Annotated[str, typer.Option(
        "--to", "-t", help="Target language tag, e.g. en.", show_default=False)],
    from_lang: Annotated[str | None, typer.Option(
        "--from", "-s",
        help="Source language tag (default: from the file name, else detected).")] = None,
    engine: Annotated[EngineChoice | None, typer.Option(
        "--engine", "-e",
        help="Use only this engine (default: Argos where a package exists, else Apertium).",
    )] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Neither read nor write the translation cache.")] = False,
    output_format: Annotated[TranslateFormat, typer.Option(
        "--format", "-f", help="Output format.")] = TranslateFormat.text,
) -> int:
    """Translate a file offline and print the translation."""
    from checker.translate.text_file import translate_file

    result = translate_file(file, to_lang, from_lang, [engine.value] if engine else None,
                            use_cache=not no_cache)
    if output_format is TranslateFormat.json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    if result.already_in_target:
        typer.echo(result.text, nl=not result.text.endswith("\n"))
        print(f"checker: {file} is already in {result.target}: nothing to translate",
              file=sys.stderr)
        return 0
    typer.echo(result.laid_out())
    done = result.translation
    info, stats = done.info, done.stats
    where = f" ({result.cache_note})" if result.cache_note else ""
    print(f"checker: {result.source}->{result.target} with {info['engine']} {info['model']} "
          f"({info['version']}): {stats.translated} sentences translated, "
          f"{stats.cached} from cache{where}", file=sys.stderr)
    for note in done.notes:
        print(f"checker: note: {note}", file=sys.stderr)
    return 0
