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
        owner: dict[str, tuple[str, str]] = {}  # casefolded term -> (concept, status)
        for concept in glossary.sorted_concepts():
            seen: dict[str, str] = {}
            for term in concept.terms:
                folded = term.text
                if folded in seen:
                    if {seen[folded], term.status} >= {"forbidden"} and seen[folded] != term.status:
                        issues.append(
                            LintIssue(
                                path,
                                concept.line,
                                concept.id,
                                "preferred-forbidden",
                                f"'{term.text}' is both {seen[folded]} and "
                                f"{term.status} in concept '{concept.id}'",
                            )
                        )
                    else:
                        issues.append(
                            LintIssue(
                                path,
                                concept.line,
                                concept.id,
                                "duplicate-term",
                                f"'{term.text}' is listed twice in concept '{concept.id}'",
                            )
                        )
                    continue
                seen[folded] = term.status
                other = owner.get(folded)
                if other and other[0] != concept.id:
                    if "forbidden" in (other[1], term.status) and other[1] != term.status:
                        issues.append(
                            LintIssue(
                                path,
                                concept.line,
                                concept.id,
                                "preferred-forbidden",
                                f"'{term.text}' is {term.status} in '{concept.id}' but {other[1]} "
                                f"in '{other[0]}'",
                            )
                        )
                    else:
                        issues.append(
                            LintIssue(
                                path,
                                concept.line,
                                concept.id,
                                "term-in-two-concepts",
                                f"'{term.text}' belongs to '{other[0]}' and '{concept.id}'",
                            )
                        )
                else:
                    owner[folded] = (concept.id, term.status)
        for cid in all_ids:
            if cid not in glossary.concepts:
                others = [lg for lg in sorted(glossaries) if cid in glossaries[lg].concepts]
                issues.append(
                    LintIssue(
                        path,
                        0,
                        cid,
                        "missing-concept",
                        f"concept '{cid}' is in {', '.join(others)} but not in {lang}",
                    )
                )
    return issues
