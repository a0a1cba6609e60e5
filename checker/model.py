"""The data every pipeline stage passes on. Plain dataclasses, no behaviour
beyond small derived properties, so each stage can be tested on its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Category = Literal["number", "date", "entity", "term", "claim", "version"]
Kind = Literal["changed", "missing", "extra", "qualifier", "converted", "unread", "unrelated",
               "trimmed"]
Severity = Literal["error", "warning", "info"]
LangSource = Literal["filename", "detected", "given"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# How reports tell a person where a version's language came from.
LANG_SOURCE_LABELS: dict[str, str] = {
    "filename": "language from the file name",
    "detected": "language detected from the text",
    "given": "language given",
}


@dataclass(frozen=True)
class Document:
    """One version of a story, as read from disk."""

    path: str
    text: str
    lang: str  # BCP 47 tag as found, e.g. "sr-Cyrl"
    lang_source: LangSource


@dataclass(frozen=True, slots=True)
class Sentence:
    """A claim: one sentence of a document, with where it stands in the file."""

    index: int  # 0-based position in the document
    text: str
    start: int  # character offsets into Document.text
    end: int
    line: int  # 1-based line of `start`
    column: int  # 1-based column of `start`
    paragraph: int  # 0-based paragraph number


def kept_paragraph_ranks(reference: Sequence[Sentence], version: Sequence[Sentence]
                         ) -> tuple[list[int], list[int]] | None:
    """Each sentence's paragraph, counted among the paragraphs that hold a sentence, in
    both texts, where both have as many paragraphs and more than one (a translation that
    keeps its reference's paragraphs: paragraph k says what paragraph k says); else None."""
    ranks = []
    for sentences in (reference, version):
        order = {p: k for k, p in enumerate(sorted({s.paragraph for s in sentences}))}
        ranks.append([order[s.paragraph] for s in sentences])
    ref_rank, ver_rank = ranks
    if not ref_rank or not ver_rank or ref_rank[-1] != ver_rank[-1] or ref_rank[-1] == 0:
        return None
    return ref_rank, ver_rank


@dataclass(frozen=True, slots=True)
class Fact:
    """A numeric or named fact found in one sentence, in that sentence's own language.

    `value` is language independent: a number (int or float) for numbers, an ISO 8601
    fragment ("2022-02", "--04") or English weekday name for dates, a glossary concept
    id or lower-case Latin key for names.
    """

    category: Category
    text: str  # as written, qualifier included: "en az 30"
    value: int | float | str | tuple
    start: int  # offsets within the sentence text
    end: int
    qualifier: str | None = None  # "at_least", "more_than", "about", ...
    unit: str | None = None  # what a number counts, as a key when known ("soldier")
    kind: str = ""  # sub-type: "cardinal", "ordinal", "percent", "year", "weekday", ...


@dataclass(frozen=True, slots=True)
class Alignment:
    """A unit of alignment: reference sentences <-> version sentences.
    One side may be empty (an unmatched sentence)."""

    reference: tuple[int, ...]
    version: tuple[int, ...]
    score: float = 0.0
    moved: bool = False  # matched out of order: the passage stands elsewhere in the version
    # No other sentence of either side is clearly more alike to one of its sides than they
    # are to each other (`checker.align.mutual.mutual_best`); True where no similarity was measured.
    distinct: bool = True
    # The similarity alone singles the pair out (`checker.align.mutual.stands_out`).
    clear: bool = False


@dataclass
class Side:
    """One side of a finding: where the fact (or its absence) stands."""

    path: str
    lang: str
    sentence: int  # 1-based sentence number in the document
    text: str
    line: int
    column: int = 1
    fact: str | None = None
    value: int | float | str | None = None
    translation: str | None = None  # pivot translation of `text`, when there is one
    # Set when `text` quotes only part of a long sentence (checker.report.quote):
    # {"start", "end"} of the quoted window in the sentence, and the sentence's "length".
    text_cut: dict | None = None

    def to_dict(self) -> dict:
        data = {
            "path": self.path,
            "lang": self.lang,
            "sentence": self.sentence,
            "text": self.text,
            "fact": self.fact,
            "value": self.value,
            "line": self.line,
            "column": self.column,
        }
        if self.translation is not None:
            data["translation"] = self.translation
        if self.text_cut is not None:
            data["text_cut"] = self.text_cut
        return data


@dataclass
class Finding:
    """One drift between the reference and a version. Comparers build it with
    `checker.rules.make_finding`, which takes the severity from the rule registry;
    only a configuration's [severity] table changes it afterwards."""

    category: Category
    kind: Kind
    severity: Severity
    message: str
    reference: Side | None
    version: Side | None
    version_path: str = ""  # the version this finding belongs to, even when `version` is None

    @property
    def rule(self) -> str:
        """The rule id, `category.kind`: a key of `checker.rules.BY_ID`."""
        return f"{self.category}.{self.kind}"

    def to_dict(self) -> dict:
        return {
            "category": self.category,
            "kind": self.kind,
            "severity": self.severity,
            "rule": self.rule,
            "message": self.message,
            "reference": self.reference.to_dict() if self.reference else None,
            "version": self.version.to_dict() if self.version else None,
        }


@dataclass
class VersionInfo:
    """What the report says about one version: where it came from and what processed it."""

    path: str
    lang: str
    lang_source: LangSource
    sentences: int = 0
    translation: dict | None = None  # {"engine": ..., "model": ..., "version": ...}
    alignment: list[Alignment] = field(default_factory=list)
    # The sentences themselves, for reports that show them (HTML), so no report re-reads
    # an input file; not in the JSON report, which gives their count.
    sentence_list: list[Sentence] = field(default_factory=list, repr=False, compare=False)

    def to_dict(self) -> dict:
        data: dict = {
            "path": self.path,
            "lang": self.lang,
            "lang_source": self.lang_source,
            "sentences": self.sentences,
        }
        if self.translation is not None:
            data["translation"] = self.translation
        return data


@dataclass
class Report:
    """Everything one `checker check` run found for one story."""

    reference: VersionInfo
    versions: list[VersionInfo]
    findings: list[Finding]
    settings: dict = field(default_factory=dict)  # what produced it, for reproducibility

    @property
    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in SEVERITIES}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts


@dataclass(frozen=True)
class SegmentPair:
    """One already-aligned pair of segments, as a CAT tool exports them."""

    id: str
    source_lang: str
    source_text: str
    target_lang: str
    target_text: str
