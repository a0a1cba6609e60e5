"""Comparing facts within aligned claims and deciding what is a drift.

Each category has one module deciding its findings (`numbers`, later `entities`,
`terms`); each finding kind has one place and one plain sentence explaining it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from checker.compare import dates, entities, numbers, terms
from checker.compare.base import AlignedClaim, ComparisonContext
from checker.model import Alignment, Fact, Finding, Sentence

__all__ = ["AlignedClaim", "ComparisonContext", "claims", "compare"]


Comparer = Callable[[AlignedClaim, ComparisonContext], list[Finding]]

COMPARERS: dict[str, Comparer] = {
    "number": numbers.compare,
    "date": dates.compare,
    "entity": entities.compare,
    "term": terms.compare,
}


def claims(
    alignment: Sequence[Alignment],
    reference_sentences: Sequence[Sentence],
    version_sentences: Sequence[Sentence],
    reference_facts: Sequence[Sequence[Fact]],
    version_facts: Sequence[Sequence[Fact]],
) -> list[AlignedClaim]:
    out = []
    for bead in alignment:
        rs = [reference_sentences[i] for i in bead.reference]
        vs = [version_sentences[j] for j in bead.version]
        rf = [(f, reference_sentences[i]) for i in bead.reference for f in reference_facts[i]]
        vf = [(f, version_sentences[j]) for j in bead.version for f in version_facts[j]]
        out.append(
            AlignedClaim(
                reference=rs,
                version=vs,
                reference_facts=[f for f, _ in rf],
                version_facts=[f for f, _ in vf],
                reference_fact_sentence=[s for _, s in rf],
                version_fact_sentence=[s for _, s in vf],
            )
        )
    return out


def compare(claim_list: Sequence[AlignedClaim], context: ComparisonContext) -> list[Finding]:
    findings: list[Finding] = []
    for claim in claim_list:
        for comparer in COMPARERS.values():
            findings.extend(comparer(claim, context))
    return findings
