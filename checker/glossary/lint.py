"""What `checker glossary lint` reports: problems a desk should fix in its file."""

from __future__ import annotations

from dataclasses import dataclass

from checker.glossary.model import Glossary


@dataclass(frozen=True)
class LintIssue:
    path: str
    line: int
    concept: str
    code: str  # duplicate-term | term-in-two-concepts | missing-concept | preferred-forbidden
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code}: {self.message}"


def lint(glossaries: dict[str, Glossary]) -> list[LintIssue]:
    issues: list[LintIssue] = []
    all_ids = sorted({cid for g in glossaries.values() for cid in g.concepts})
    for lang in sorted(glossaries):
        glossary = glossaries[lang]
        path = glossary.path or f"{lang}.tsv"
        issues.extend(_term_issues(glossary, path))
        for cid in all_ids:
            if cid not in glossary.concepts:
                others = [lg for lg in sorted(glossaries) if cid in glossaries[lg].concepts]
                issues.append(LintIssue(
                    path, 0, cid, "missing-concept",
                    f"concept '{cid}' is in {', '.join(others)} but not in {lang}"))
    return issues


def _term_issues(glossary: Glossary, path: str) -> list[LintIssue]:
    """A term listed twice in one concept, or in two concepts; preferred one place and
    forbidden in another."""
    issues: list[LintIssue] = []
    owner: dict[str, tuple[str, str]] = {}  # term -> (first concept, its status there)
    for concept in glossary.sorted_concepts():
        seen: dict[str, str] = {}  # term -> status, in this concept
        for term in concept.terms:
            text, status = term.text, term.status
            clash = "forbidden" in (seen.get(text), status) and seen.get(text) != status
            if text in seen:
                code, message = (
                    ("preferred-forbidden",
                     f"'{text}' is both {seen[text]} and {status} in concept '{concept.id}'")
                    if clash else
                    ("duplicate-term", f"'{text}' is listed twice in concept '{concept.id}'"))
                issues.append(LintIssue(path, concept.line, concept.id, code, message))
                continue
            seen[text] = status
            other = owner.get(text)
            if other is None or other[0] == concept.id:
                owner[text] = (concept.id, status)
                continue
            code, message = (
                ("preferred-forbidden",
                 f"'{text}' is {status} in '{concept.id}' but {other[1]} in '{other[0]}'")
                if "forbidden" in (other[1], status) and other[1] != status else
                ("term-in-two-concepts", f"'{text}' belongs to '{other[0]}' and '{concept.id}'"))
            issues.append(LintIssue(path, concept.line, concept.id, code, message))
    return issues
