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


def _join(text: str, sentences, translations: list[str]) -> str:
    """Translated sentences laid out like the original: paragraphs and line breaks kept."""
    out: list[str] = []
    previous = None
    for sentence, translation in zip(sentences, translations, strict=True):
        if previous is not None:
            gap = text[previous.end : sentence.start]
            if sentence.paragraph != previous.paragraph or gap.count("\n") > 1:
                out.append("\n\n")
            elif "\n" in gap:
                out.append("\n")
            else:
                out.append(" ")
        out.append(translation)
        previous = sentence
    return "".join(out)


def print_translation_summary(report) -> None:
    """A few stderr lines: which engine translated which languages, how much came
    from the cache, and which languages no engine could translate."""
    translated: dict[str, list[str]] = {}
    counts = [0, 0]
    untranslated: dict[str, str] = {}
    for info in [report.reference, *report.versions]:
        t = info.translation
        if not t or t.get("status") == "pivot":
            continue
        if t.get("status") == "translated":
            engine = f"{t['engine']} {t['model']} ({t['version']})"
            if t.get("reason"):
                engine += f", note: {t['reason']}"
            translated.setdefault(engine, [])
            if info.lang not in translated[engine]:
                translated[engine].append(info.lang)
            counts[0] += t["translated"]
            counts[1] += t["cached"]
        else:
            untranslated.setdefault(info.lang, t.get("reason") or "no engine")
    if translated:
        engines = "; ".join(f"{', '.join(langs)} by {name}" for name, langs in translated.items())
        print(f"checker: translated {engines}: {counts[0]} sentences translated, "
              f"{counts[1]} from cache", file=sys.stderr)
    if untranslated:
        print(f"checker: no translation engine for {', '.join(sorted(untranslated))} "
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
    from checker.errors import ModelError
    from checker.language import identify, validate_tag
    from checker.load import read_text_file
    from checker.segment import split_sentences
    from checker.translate import offline_translator

    text = read_text_file(file)
    source, _ = identify(file, text, from_lang)
    target = validate_tag(to_lang)
    sentences = split_sentences(text, source)
    translator = offline_translator([engine.value] if engine else None, use_cache=not no_cache)
    hops = translator.route(source, target)
    if hops is None:
        raise ModelError(translator.unavailable_reason(source, target))
    if not hops and output_format is TranslateFormat.text:
        typer.echo(text, nl=not text.endswith("\n"))
        print(f"checker: {file} is already in {target}: nothing to translate", file=sys.stderr)
        return 0
    try:
        done = translator.translate([s.text for s in sentences], source, target)
    finally:
        translator.close()
    info, stats = done.info, done.stats
    if output_format is TranslateFormat.json:
        data = {
            "path": str(file),
            "source": source,
            "target": target,
            "translation": info,
            "stats": stats.to_dict(),
            "sentences": [
                {"index": s.index + 1, "text": s.text, "translation": t}
                for s, t in zip(sentences, done.texts, strict=True)
            ],
        }
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    typer.echo(_join(text, sentences, done.texts))
    no_cache_reason = translator.cache.disabled_reason
    where = f" ({no_cache_reason})" if no_cache_reason else ""
    print(f"checker: {source}->{target} with {info['engine']} {info['model']} "
          f"({info['version']}): {stats.translated} sentences translated, "
          f"{stats.cached} from cache{where}", file=sys.stderr)
    for note in done.notes:
        print(f"checker: note: {note}", file=sys.stderr)
    return 0
