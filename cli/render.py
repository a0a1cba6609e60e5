"""The report for people: a rich table per version, both sentences side by side,
the differing facts highlighted. Machine formats never pass through here."""

from __future__ import annotations

import re
from collections import defaultdict

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from checker.model import LANG_SOURCE_LABELS, Finding, Report, Side
from checker.report.summary import add_findings, empty_summary, stories_summary

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}

# C0 and C1 control characters but tab and newline: from story text or a file name they
# would drive the terminal (ESC sequences recolour, retitle or hide output).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: object) -> str:
    """User data made harmless for a terminal: control characters shown as \\xNN."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", str(text))


def one_line(text: object) -> str:
    """An error message for stderr: controls shown, and line breaks and tabs too, so a
    message quoting user data stays one line."""
    return plain(text).replace("\n", "\\n").replace("\t", "\\t")


def safe(text: object) -> str:
    """User data to put inside rich markup: controls shown, `[...]` not read as markup."""
    return escape(plain(text))


def _highlight(side: Side | None, style: str) -> Text:
    if side is None:
        return Text("—", style="dim")
    shown = plain(side.text)
    text = Text(shown)
    if side.fact:
        fact = plain(side.fact)
        start = shown.find(fact)
        if start >= 0:
            text.stylize(style, start, start + len(fact))
    label = Text(f"#{side.sentence} (line {side.line}) ", style="dim")
    out = label + text
    if side.translation:
        out += Text(f"\n↳ {plain(side.translation)}", style="dim italic")
    return out


def _render_finding(console: Console, finding: Finding, ref_lang: str, ver_lang: str) -> None:
    """A full-width line saying what drifted, then both sentences side by side."""
    style = SEVERITY_STYLE[finding.severity]
    console.print(Text.assemble((f" {finding.severity.upper()} ", style + " reverse"), " ",
                                (finding.rule, style), "  ", plain(finding.message)))
    sides = Table.grid(expand=True, padding=(0, 2))
    sides.add_column(ratio=1)
    sides.add_column(ratio=1)
    sides.add_row(Text(plain(ref_lang), style="dim bold"),
                  Text(plain(ver_lang), style="dim bold"))
    sides.add_row(_highlight(finding.reference, "bold green"),
                  _highlight(finding.version, style + " reverse"))
    console.print(Padding(sides, (0, 0, 1, 2)))


def render_report(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    console.print(
        f"[bold]Reference[/bold] {safe(report.reference.path)} ({report.reference.lang}, "
        f"{report.reference.sentences} sentences)"
    )
    by_version: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        # some comparers leave version_path empty: the version side names the file
        by_version[finding.version_path or (finding.version.path if finding.version else "")
                   ].append(finding)
    for info in report.versions:
        found = by_version.get(info.path, [])
        counts = add_findings(empty_summary(), found)
        status = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no findings"
        style = "red" if counts["error"] else "yellow" if counts["warning"] else "green"
        console.print()
        console.print(
            f"[bold]{safe(info.path)}[/bold] "
            f"({info.lang}, {LANG_SOURCE_LABELS[info.lang_source]}): "
            f"[{style}]{status}[/{style}]"
        )
        if not found:
            continue
        for finding in found:
            _render_finding(console, finding, report.reference.lang, info.lang)
    summary = report.summary
    console.print()
    console.print(
        f"[bold]Summary[/bold]: {summary['error']} error(s), {summary['warning']} warning(s), "
        f"{summary['info']} info across {len(report.versions)} version(s)"
    )


def render_story_table(results, console: Console | None = None) -> None:
    """One row per story of a many-story run: versions, counts by severity, accepted,
    time. `results` are checker.stories.StoryResult."""
    console = console or Console()
    table = Table(title="Stories", expand=False)
    table.add_column("story", overflow="fold", min_width=12)
    table.add_column("ref")
    table.add_column("versions", justify="right")
    for severity, style in SEVERITY_STYLE.items():
        table.add_column(severity, justify="right", style=style)
    table.add_column("accepted", justify="right", style="dim")
    table.add_column("seconds", justify="right", style="dim")
    for story in results:
        if story.report is None:
            table.add_row(Text(plain(story.story)),
                          Text(f"not checked: {plain(story.error)}", style="bold red"),
                          "", "", "", "", "", f"{story.seconds:.1f}")
            continue
        summary = story.report.summary
        table.add_row(Text(plain(story.story)), story.report.reference.lang,
                      str(len(story.report.versions)),
                      *(str(summary.get(s, 0)) for s in SEVERITY_STYLE),
                      str(len(story.suppressed)), f"{story.seconds:.1f}")
    console.print(table)
    totals = stories_summary(results)
    failed = sum(1 for s in results if s.report is None)
    console.print(
        f"[bold]Total[/bold]: {len(results)} story(ies), {totals['error']} error(s), "
        f"{totals['warning']} warning(s), {totals['info']} info"
        + (f", [bold red]{failed} not checked[/bold red]" if failed else "")
    )
