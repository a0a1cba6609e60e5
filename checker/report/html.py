"""The HTML report: one self-contained page a person opens offline.

A summary at the top (stories, versions, counts by severity, suppressed), then per
story and version: the findings, and the reference and the version side by side,
aligned unit by unit (`VersionInfo.alignment`), the differing facts highlighted.
No script, no external asset: the CSS is inline and a Content-Security-Policy forbids
any load, so the page shows the same on a desk without network.

The page is the Jinja2 template `templates/report.html.j2`, rendered with autoescape:
this module only gathers what the page shows into plain view objects (text stays text;
a highlighted sentence is a list of (text, mark class) segments), and the template
escapes every value. A newsroom restyles the page with its own template (`template=`),
which may extend the packaged one and override its `style` block.

The sentence texts are not in the Report (only alignment indices are); the page reads
each version again and splits it with the same splitter as the check. If that gives a
different sentence count (the file changed since), the page falls back to the cited
sentences of each finding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checker import __version__
from checker.baseline import version_path
from checker.errors import InputError
from checker.model import LANG_SOURCE_LABELS, SEVERITIES, Alignment, Finding, Sentence, VersionInfo

if TYPE_CHECKING:
    import jinja2

    from checker.model import Report
    from checker.stories import StoryResult

TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE_NAME = "report.html.j2"

Segment = tuple[str, str | None]  # a piece of a sentence and its <mark> class, or None


@dataclass
class SentenceView:
    number: int  # 1-based, as the check numbers sentences
    segments: list[Segment]
    pivot: str | None = None  # the machine translation the finding cites


@dataclass
class RowView:
    """One alignment bead: reference sentences beside version sentences."""

    id: str
    classes: str
    number: int
    moved: bool
    reference: list[SentenceView]
    version: list[SentenceView]


@dataclass
class CitedRow:
    """A finding's two cited sentences, when the files changed since the check."""

    severity: str
    reference: list[Segment]
    version: list[Segment]


@dataclass
class FindingView:
    severity: str
    rule: str
    message: str
    ref_lang: str
    values: tuple[str, str] | None  # (reference fact, version fact), "—" for none
    where: str  # "version line 3, reference line 3"
    anchor: str | None  # the row that shows it


@dataclass
class VersionView:
    anchor: str
    name: str
    path: str
    lang: str
    lang_label: str
    sentences: int
    counts: dict[str, int]
    engine: str | None
    findings: list[FindingView]
    rows: list[RowView] = field(default_factory=list)
    with_findings: int = 0
    cited: list[CitedRow] = field(default_factory=list)


@dataclass
class StoryView:
    anchor: str
    title: str
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    ref_path: str = ""
    ref_lang: str = ""
    ref_sentences: int = 0
    versions: list[VersionView] = field(default_factory=list)
    suppressed: list[tuple[str, str, str]] = field(default_factory=list)  # rule, message, reason


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def _worst(findings: Sequence[Finding]) -> str | None:
    for severity in SEVERITIES:
        if any(f.severity == severity for f in findings):
            return severity
    return None


def _sentences(info: VersionInfo) -> list[Sentence] | None:
    """The document's sentences as the check saw them (the report never re-reads an
    input file), or None when the report does not carry them."""
    sentences = info.sentence_list
    return sentences if len(sentences) == info.sentences else None


def _segments(text: str, marks: list[tuple[str, str]]) -> list[Segment]:
    """`text` cut into pieces, the first free occurrence of each fact marked with its class."""
    spans: list[tuple[int, int, str]] = []
    for fact, css in marks:
        if not fact:
            continue
        start = text.find(fact)
        while start >= 0 and any(s < start + len(fact) and start < e for s, e, _ in spans):
            start = text.find(fact, start + 1)
        if start >= 0:
            spans.append((start, start + len(fact), css))
    out: list[Segment] = []
    position = 0
    for start, end, css in sorted(spans):
        out += [(text[position:start], None), (text[start:end], css)]
        position = end
    out.append((text[position:], None))
    return out


def _finding_view(finding: Finding, anchor: str | None, ref_lang: str) -> FindingView:
    ref, ver = finding.reference, finding.version
    where = []
    if ver is not None:
        where.append(f"version line {ver.line}")
    if ref is not None:
        where.append(f"reference line {ref.line}")
    values = None
    if ref is not None or ver is not None:
        values = (ref.fact if ref and ref.fact else "—", ver.fact if ver and ver.fact else "—")
    return FindingView(finding.severity, finding.rule, finding.message, ref_lang, values,
                       ", ".join(where), anchor)


def _bead_row(bead: Alignment, number: int, found: list[Finding], anchor: str,
              ref_sentences: list[Sentence], ver_sentences: list[Sentence]) -> RowView:
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

    def cell(indices: tuple[int, ...], sentences: list[Sentence], marks, pivot=None):
        return [SentenceView(k + 1, _segments(sentences[k].text, marks.get(k, [])),
                             pivot.get(k) if pivot else None)
                for k in indices if k < len(sentences)]

    classes = ["bead"]
    worst = _worst(found)
    if worst:
        classes += ["has-finding", worst]
    if not bead.reference or not bead.version:
        classes.append("unmatched")
    return RowView(f"{anchor}-b{number + 1}", " ".join(classes), number + 1,
                   bool(getattr(bead, "moved", False)),
                   cell(bead.reference, ref_sentences, ref_marks),
                   cell(bead.version, ver_sentences, ver_marks, pivots))


def _version_view(report: Report, info: VersionInfo, findings: list[Finding],
                  ref_sentences: list[Sentence] | None, anchor: str) -> VersionView:
    engine = None
    if info.translation:
        engine = ", ".join(f"{k} {v}" for k, v in info.translation.items() if v)
    view = VersionView(anchor, Path(info.path).name, info.path, info.lang,
                       LANG_SOURCE_LABELS[info.lang_source], info.sentences, _counts(findings),
                       engine, [])
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
    for finding in findings:
        bead = None
        if finding.version is not None:
            bead = bead_of_ver.get(finding.version.sentence - 1)
        if bead is None and finding.reference is not None:
            bead = bead_of_ref.get(finding.reference.sentence - 1)
        if bead is not None:
            bead_findings[bead].append(finding)
        view.findings.append(_finding_view(
            finding, f"{anchor}-b{bead + 1}" if bead is not None else None, report.reference.lang))
    view.rows = [_bead_row(bead, number, bead_findings.get(number, []), anchor,
                           ref_sentences or [], ver_sentences or [])
                 for number, bead in enumerate(beads)]
    view.with_findings = len(bead_findings)
    if not beads:
        view.cited = [CitedRow(
            f.severity,
            _segments(f.reference.text, [(f.reference.fact or "", "ref")]) if f.reference else [],
            _segments(f.version.text, [(f.version.fact or "", f"ver {f.severity}")])
            if f.version else [])
            for f in findings]
    return view


def _story_view(story: StoryResult, number: int) -> StoryView:
    title = story.story or (str(Path(story.paths[0]).parent) if story.paths else "story")
    view = StoryView(f"story-{number}", title)
    if story.report is None:
        view.error = str(story.error)
        return view
    report = story.report
    by_version: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_version[version_path(finding)].append(finding)
    ref = report.reference
    ref_sentences = _sentences(ref)
    view.counts = {s: report.summary.get(s, 0) for s in SEVERITIES}
    view.ref_path, view.ref_lang, view.ref_sentences = ref.path, ref.lang, ref.sentences
    view.versions = [_version_view(report, info, by_version.get(info.path, []), ref_sentences,
                                   f"{view.anchor}-v{k + 1}")
                     for k, info in enumerate(report.versions)]
    view.suppressed = [(f.rule, f.message, reason) for f, reason in story.suppressed]
    return view


def _environment(template: Path | None) -> jinja2.Environment:
    import jinja2

    # A newsroom's template is looked up first, so it can {% extends "report.html.j2" %}.
    folders = [str(template.parent)] if template is not None else []
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([*folders, str(TEMPLATES)]),
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def to_html(results: Sequence[StoryResult], title: str = "checker report",
            template: Path | None = None) -> str:
    """The page for these stories, from the packaged template or `template` (a file)."""
    stories = [_story_view(story, n) for n, story in enumerate(results, start=1)]
    checked = [view for view in stories if view.error is None]
    totals = {s: sum(view.counts.get(s, 0) for view in checked) for s in SEVERITIES}
    if template is not None and not template.is_file():
        raise InputError(f"{template}: no such template file")
    import jinja2  # only for HTML reports

    try:
        page = _environment(template).get_template(template.name if template else TEMPLATE_NAME)
        return page.render(
            title=title, checker_version=__version__, severities=SEVERITIES, stories=stories,
            totals=totals, suppressed=sum(len(view.suppressed) for view in checked),
            failed=len(results) - len(checked))
    except jinja2.TemplateError as error:
        if template is None:
            raise
        raise InputError(f"{template}: {error}") from error
