"""`checker align A B`: show which sentences of B the checker pairs with which of A."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer


class AlignFormat(str, Enum):
    """What `checker align` can print: the table for a person, or JSON."""

    text = "text"
    json = "json"


def align_command(
    reference: Path = typer.Argument(..., help="The reference file.", show_default=False),
    version: Path = typer.Argument(..., help="The version file to align to it.",
                                   show_default=False),
    output_format: AlignFormat = typer.Option(
        AlignFormat.text, "--format", "-f", help="Output format."
    ),
    embedder: str = typer.Option(None, "--embedder",
                                 help="sentence-transformers model name or local folder "
                                      "(default: the packaged all-MiniLM-L6-v2)."),
    no_embed: bool = typer.Option(False, "--no-embed",
                                  help="Align on names, numbers, n-grams and position only."),
    no_translate: bool = typer.Option(False, "--no-translate",
                                      help="Do not machine-translate for alignment."),
) -> int:
    """Print the sentence alignment of a version to the reference, for inspection."""
    from checker.pipeline import align_files, embed_config

    result = align_files(reference, version, embed=embed_config(embedder, no_embed),
                         translate=not no_translate)
    if output_format is AlignFormat.json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    from .render import plain, safe

    console.print(f"[bold]{safe(result.reference.path)}[/bold] ({result.reference.lang}, "
                  f"{len(result.reference_sentences)} sentences) <-> "
                  f"[bold]{safe(result.version.path)}"
                  f"[/bold] ({result.version.lang}, {len(result.version_sentences)} sentences)")
    console.print(f"similarity: {', '.join(result.sources) or 'anchors and position only'}")
    table = Table(show_lines=True, expand=True)
    table.add_column("bead", ratio=1)
    table.add_column(f"reference ({result.reference.lang})", ratio=4)
    table.add_column(f"version ({result.version.lang})", ratio=4)
    styles = {"missing": "yellow", "extra": "yellow"}
    for bead in result.beads:
        kind = result.bead_kind(bead)
        label = Text(kind + ("\nmoved" if bead.moved else ""),
                     style="magenta" if bead.moved else styles.get(kind, ""))
        if bead.reference and bead.version:
            label += Text(f"\n{bead.score:.2f}", style="dim")

        def cell(sentences, pivot, indices) -> Text:
            out = Text()
            for n, i in enumerate(indices):
                if n:
                    out += Text("\n")
                out += Text(f"#{i + 1} ", style="dim") + Text(plain(sentences[i].text))
                if pivot and i in pivot and pivot[i] != sentences[i].text:
                    out += Text(f"\n↳ {plain(pivot[i])}", style="dim italic")
            return out or Text("—", style="dim")

        table.add_row(label,
                      cell(result.reference_sentences, result.reference_pivot, bead.reference),
                      cell(result.version_sentences, result.version_pivot, bead.version))
    console.print(table)
    return 0
