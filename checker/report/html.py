"""The HTML report: one self-contained page a person opens offline.

A summary at the top (stories, versions, counts by severity, suppressed), then per
story and version: the findings, and the reference and the version side by side,
aligned unit by unit (`VersionInfo.alignment`), the differing facts highlighted.
No script, no external asset: the CSS is inline and a Content-Security-Policy forbids
any load, so the page shows the same on a desk without network.

The sentence texts are not in the Report (only alignment indices are); the page reads
each version again and splits it with the same splitter as the check. If that gives a
different sentence count (the file changed since), the page falls back to the cited
sentences of each finding.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker import __version__
from checker.baseline import version_path
from checker.model import LANG_SOURCE_LABELS, Finding, Report, Sentence, VersionInfo

if TYPE_CHECKING:
    from checker.stories import StoryResult

_SEVERITIES = ("error", "warning", "info")

CSS = """
:root { --err:#b3261e; --err-bg:#fde7e6; --warn:#8a5a00; --warn-bg:#fff3d6; --info:#0b5cad;
  --info-bg:#e3effc; --ok:#1e7a34; --ok-bg:#e4f5e8; --line:#d9dce1; --muted:#5f6672; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif;
  color: #1c1f24; background: #f6f7f9; }
header.top { background: #1c2733; color: #fff; padding: 18px 28px; }
header.top h1 { margin: 0 0 4px; font-size: 22px; }
header.top .meta { color: #c5ccd6; font-size: 13px; }
main { padding: 18px 28px 40px; }
section.summary, section.story { background: #fff; border: 1px solid var(--line);
  border-radius: 8px; padding: 14px 18px; margin-bottom: 20px; }
h2 { font-size: 19px; margin: 4px 0 10px; } h3 { font-size: 16px; margin: 18px 0 8px; }
.totals { display: flex; gap: 10px; flex-wrap: wrap; margin: 6px 0 12px; }
.badge { display: inline-block; border-radius: 999px; padding: 2px 10px; font-weight: 600;
  font-size: 13px; }
.badge.error { background: var(--err-bg); color: var(--err); }
.badge.warning { background: var(--warn-bg); color: var(--warn); }
.badge.info { background: var(--info-bg); color: var(--info); }
.badge.ok { background: var(--ok-bg); color: var(--ok); }
.badge.muted { background: #eceef1; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left;
  vertical-align: top; }
th { background: #f0f2f5; font-size: 13px; color: #39414d; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
ol.findings { margin: 6px 0 12px; padding-left: 22px; }
ol.findings li { margin: 4px 0; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; margin-right: 4px; }
.sev.error { color: var(--err); } .sev.warning { color: var(--warn); }
.sev.info { color: var(--info); }
code.rule { background: #eef0f3; border-radius: 4px; padding: 0 5px; font-size: 13px; }
table.alignment td.text { width: 46%; }
table.alignment td.n { width: 4%; color: var(--muted); font-size: 12px; white-space: nowrap; }
table.alignment tr.unmatched td.text:empty::after { content: "—"; color: var(--muted); }
tr.has-finding.error td { background: #fff7f6; } tr.has-finding.warning td { background: #fffbf0; }
tr.has-finding.info td { background: #f5f9fe; }
tr.has-finding td.n { border-left: 4px solid var(--err); }
tr.has-finding.warning td.n { border-left-color: var(--warn); }
tr.has-finding.info td.n { border-left-color: var(--info); }
.sid { color: var(--muted); font-size: 11px; margin-right: 4px; }
mark.fact { border-radius: 3px; padding: 0 2px; font-weight: 600; }
mark.fact.ref { background: #d5f0dc; color: #0f5122; }
mark.fact.ver.error { background: #f9c9c5; color: #7d1410; }
mark.fact.ver.warning { background: #ffe2a3; color: #5e3d00; }
mark.fact.ver.info { background: #cfe3fb; color: #093f78; }
.pivot { color: var(--muted); font-style: italic; font-size: 13px; margin-top: 3px; }
.moved { color: var(--warn); font-size: 11px; }
.story-error { color: var(--err); font-weight: 600; }
details > summary { cursor: pointer; color: #39414d; margin: 6px 0; }
a { color: #0b5cad; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(_SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def _badges(counts: dict[str, int], suppressed: int = 0) -> str:
    parts = [f'<span class="badge {s}">{counts[s]} {s}{"s" if counts[s] != 1 else ""}</span>'
             for s in _SEVERITIES if counts.get(s)]
    if not parts:
        parts.append('<span class="badge ok">no findings</span>')
    if suppressed:
        parts.append(f'<span class="badge muted">{suppressed} accepted in baseline</span>')
    return "".join(parts)


def _worst(findings: Sequence[Finding]) -> str | None:
    for severity in _SEVERITIES:
        if any(f.severity == severity for f in findings):
            return severity
    return None


def _sentences(info: VersionInfo) -> list[Sentence] | None:
    """The document's sentences as the check saw them (the report never re-reads an
    input file), or None when the report does not carry them."""
    sentences = info.sentence_list
    return sentences if len(sentences) == info.sentences else None


def _highlight(text: str, marks: list[tuple[str, str]]) -> str:
    """Escape `text`, wrapping the first occurrence of each fact in a <mark>."""
    spans: list[tuple[int, int, str]] = []
    for fact, css in marks:
        if not fact:
            continue
        start = text.find(fact)
        while start >= 0 and any(s < start + len(fact) and start < e for s, e, _ in spans):
            start = text.find(fact, start + 1)
        if start >= 0:
            spans.append((start, start + len(fact), css))
    out, position = [], 0
    for start, end, css in sorted(spans):
        out.append(_e(text[position:start]))
        out.append(f'<mark class="fact {css}">{_e(text[start:end])}</mark>')
        position = end
    out.append(_e(text[position:]))
    return "".join(out)


def _finding_item(finding: Finding, anchor: str | None, ref_lang: str) -> str:
    ref, ver = finding.reference, finding.version
    where = []
    if ver is not None:
        where.append(f"version line {ver.line}")
    if ref is not None:
        where.append(f"reference line {ref.line}")
    link = f' <a href="#{anchor}">{", ".join(where)}</a>' if anchor else (
        f" ({', '.join(where)})" if where else "")
    values = ""
    if ref is not None or ver is not None:
        ref_fact = _e(ref.fact) if ref and ref.fact else "—"
        ver_fact = _e(ver.fact) if ver and ver.fact else "—"
        values = (f' <span class="values">[{_e(ref_lang)}: <mark class="fact ref">{ref_fact}</mark>'
                  f' → <mark class="fact ver {finding.severity}">{ver_fact}</mark>]</span>')
    return (f'<li class="finding {finding.severity}" data-rule="{_e(finding.rule)}">'
            f'<span class="sev {finding.severity}">{finding.severity}</span>'
            f'<code class="rule">{_e(finding.rule)}</code> {_e(finding.message)}'
            f"{values}{link}</li>")


def _version_block(report: Report, info: VersionInfo, findings: list[Finding],
                   ref_sentences: list[Sentence] | None, anchor: str) -> str:
    ref_lang = report.reference.lang
    counts = _counts(findings)
    parts = [f'<article class="version" id="{anchor}" data-lang="{_e(info.lang)}" '
             f'data-path="{_e(info.path)}">',
             f'<h3>{_e(Path(info.path).name)} <small>({_e(info.lang)}, '
             f'{_e(LANG_SOURCE_LABELS[info.lang_source])}, {info.sentences} sentences)</small> '
             f'{_badges(counts)}</h3>']
    if info.translation:
        engine = ", ".join(f"{k} {v}" for k, v in info.translation.items() if v)
        parts.append(f'<p class="pivot">machine translation for alignment: {_e(engine)}</p>')
    ver_sentences = _sentences(info)
    beads = info.alignment if (ver_sentences is not None and ref_sentences is not None) else []
    # Which bead holds each cited sentence, to link findings to rows and mark the facts.
    bead_of_ver: dict[int, int] = {}
    bead_of_ref: dict[int, int] = {}
    for number, bead in enumerate(beads):
        for j in bead.version:
            bead_of_ver[j] = number
        for i in bead.reference:
            bead_of_ref.setdefault(i, number)
    bead_findings: dict[int, list[Finding]] = defaultdict(list)
    items = []
    for finding in findings:
        bead = None
        if finding.version is not None:
            bead = bead_of_ver.get(finding.version.sentence - 1)
        if bead is None and finding.reference is not None:
            bead = bead_of_ref.get(finding.reference.sentence - 1)
        if bead is not None:
            bead_findings[bead].append(finding)
        items.append(_finding_item(finding, f"{anchor}-b{bead + 1}" if bead is not None else None,
                                   ref_lang))
    if items:
        parts.append('<ol class="findings">' + "".join(items) + "</ol>")
    if beads:
        parts.append(_alignment_table(report, info, beads, bead_findings, ref_sentences or [],
                                      ver_sentences or [], anchor))
    elif findings:
        parts.append(_cited_table(report, info, findings))
    parts.append("</article>")
    return "".join(parts)


def _alignment_table(report: Report, info: VersionInfo, beads, bead_findings,
                     ref_sentences: list[Sentence], ver_sentences: list[Sentence],
                     anchor: str) -> str:
    rows = []
    for number, bead in enumerate(beads):
        found = bead_findings.get(number, [])
        ref_marks: dict[int, list[tuple[str, str]]] = defaultdict(list)
        ver_marks: dict[int, list[tuple[str, str]]] = defaultdict(list)
        pivots: dict[int, str] = {}
        for finding in found:
            if finding.reference is not None and finding.reference.fact:
                ref_marks[finding.reference.sentence - 1].append((finding.reference.fact, "ref"))
            if finding.version is not None:
                if finding.version.fact:
                    ver_marks[finding.version.sentence - 1].append(
                        (finding.version.fact, f"ver {finding.severity}"))
                if finding.version.translation:
                    pivots[finding.version.sentence - 1] = finding.version.translation

        def cell(indices, sentences, marks, lang, pivot=None) -> str:
            out = []
            for k in indices:
                if k >= len(sentences):
                    continue
                text = _highlight(sentences[k].text, marks.get(k, []))
                extra = f'<div class="pivot">↳ {_e(pivot[k])}</div>' if pivot and k in pivot else ""
                out.append(f'<div class="sentence" data-sentence="{k + 1}"><span class="sid">'
                           f"{k + 1}</span>{text}{extra}</div>")
            return "".join(out)

        worst = _worst(found)
        classes = ["bead"]
        if worst:
            classes += ["has-finding", worst]
        if not bead.reference or not bead.version:
            classes.append("unmatched")
        moved = '<div class="moved">moved</div>' if getattr(bead, "moved", False) else ""
        rows.append(
            f'<tr id="{anchor}-b{number + 1}" class="{" ".join(classes)}">'
            f'<td class="n">{number + 1}{moved}</td>'
            f'<td class="text" lang="{_e(report.reference.lang)}" dir="auto">'
            f"{cell(bead.reference, ref_sentences, ref_marks, report.reference.lang)}</td>"
            f'<td class="text" lang="{_e(info.lang)}" dir="auto">'
            f"{cell(bead.version, ver_sentences, ver_marks, info.lang, pivots)}</td></tr>")
    with_findings = len(bead_findings)
    # Open where there is something to see; a clean version stays one click away.
    state = " open" if with_findings else ""
    return (f'<details class="side-by-side"{state}><summary>Side by side: {len(beads)} aligned '
            f"units, {with_findings} with findings</summary>"
            '<table class="alignment"><thead><tr><th>#</th>'
            f"<th>reference ({_e(report.reference.lang)})</th><th>version ({_e(info.lang)})</th>"
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></details>')


def _cited_table(report: Report, info: VersionInfo, findings: list[Finding]) -> str:
    rows = []
    for finding in findings:
        ref, ver = finding.reference, finding.version
        css = f"ver {finding.severity}"
        ref_html = _highlight(ref.text, [(ref.fact or "", "ref")]) if ref else ""
        ver_html = _highlight(ver.text, [(ver.fact or "", css)]) if ver else ""
        rows.append(f'<tr class="bead has-finding {finding.severity}"><td class="n"></td>'
                    f'<td class="text" lang="{_e(report.reference.lang)}" dir="auto">'
                    f'{ref_html}</td><td class="text" lang="{_e(info.lang)}" dir="auto">'
                    f"{ver_html}</td></tr>")
    return ('<p class="pivot">The files changed since the check: showing the cited sentences '
            'only.</p><table class="alignment"><thead><tr><th>#</th>'
            f"<th>reference ({_e(report.reference.lang)})</th><th>version ({_e(info.lang)})</th>"
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _story_section(story: StoryResult, number: int) -> str:
    anchor = f"story-{number}"
    title = story.story or (str(Path(story.paths[0]).parent) if story.paths else "story")
    if story.report is None:
        return (f'<section class="story" id="{anchor}"><h2>{_e(title)}</h2>'
                f'<p class="story-error">Not checked: {_e(story.error)}</p></section>')
    report = story.report
    by_version: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_version[version_path(finding)].append(finding)
    ref = report.reference
    ref_sentences = _sentences(ref)
    rows = []
    for k, info in enumerate(report.versions):
        counts = _counts(by_version.get(info.path, []))
        rows.append(f'<tr><td><a href="#{anchor}-v{k + 1}">{_e(Path(info.path).name)}</a></td>'
                    f"<td>{_e(info.lang)}</td>"
                    + "".join(f'<td class="num">{counts[s]}</td>' for s in _SEVERITIES) + "</tr>")
    parts = [f'<section class="story" id="{anchor}" data-story="{_e(title)}">',
             f"<h2>{_e(title)}</h2>",
             f'<div class="totals">{_badges(report.summary, len(story.suppressed))}</div>',
             f"<p>Reference: <strong>{_e(ref.path)}</strong> ({_e(ref.lang)}, {ref.sentences} "
             f"sentences). {len(report.versions)} version(s).</p>",
             '<table class="versions"><thead><tr><th>version</th><th>language</th>'
             + "".join(f'<th class="num">{s}</th>' for s in _SEVERITIES)
             + f'</tr></thead><tbody>{"".join(rows)}</tbody></table>']
    for k, info in enumerate(report.versions):
        parts.append(_version_block(report, info, by_version.get(info.path, []), ref_sentences,
                                    f"{anchor}-v{k + 1}"))
    if story.suppressed:
        items = "".join(f"<li><code class=\"rule\">{_e(f.rule)}</code> {_e(f.message)} "
                        f"<em>({_e(reason)})</em></li>" for f, reason in story.suppressed)
        parts.append(f"<details><summary>{len(story.suppressed)} accepted difference(s) "
                     f"(baseline)</summary><ul>{items}</ul></details>")
    parts.append("</section>")
    return "".join(parts)


def to_html(results: Sequence[StoryResult], title: str = "checker report") -> str:
    totals = dict.fromkeys(_SEVERITIES, 0)
    suppressed = 0
    rows = []
    for number, story in enumerate(results, start=1):
        name = story.story or (str(Path(story.paths[0]).parent) if story.paths else "story")
        if story.report is None:
            rows.append(f'<tr><td><a href="#story-{number}">{_e(name)}</a></td>'
                        f'<td colspan="6" class="story-error">not checked: {_e(story.error)}</td>'
                        "</tr>")
            continue
        counts = story.report.summary
        for severity in _SEVERITIES:
            totals[severity] += counts.get(severity, 0)
        suppressed += len(story.suppressed)
        rows.append(f'<tr><td><a href="#story-{number}">{_e(name)}</a></td>'
                    f"<td>{_e(story.report.reference.lang)}</td>"
                    f'<td class="num">{len(story.report.versions)}</td>'
                    + "".join(f'<td class="num">{counts.get(s, 0)}</td>' for s in _SEVERITIES)
                    + f'<td class="num">{len(story.suppressed)}</td></tr>')
    failed = sum(1 for s in results if s.report is None)
    summary = (
        '<section class="summary" id="summary"><h2>Summary</h2>'
        f'<div class="totals">{_badges(totals, suppressed)}'
        + (f'<span class="badge error">{failed} not checked</span>' if failed else "")
        + f"</div><p>{len(results)} story(ies) checked by checker {_e(__version__)}.</p>"
        '<table class="stories"><thead><tr><th>story</th><th>reference</th>'
        '<th class="num">versions</th>'
        + "".join(f'<th class="num">{s}</th>' for s in _SEVERITIES)
        + '<th class="num">accepted</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></section>')
    sections = "".join(_story_section(story, n) for n, story in enumerate(results, start=1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">"
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f'<header class="top"><h1>{_e(title)}</h1><div class="meta">Reference and versions '
        "side by side, aligned unit by unit; the differing facts are highlighted.</div></header>"
        f"<main>{summary}{sections}</main></body></html>\n")
