"""Comparing facts within aligned claims and deciding what is a drift.

Each category has one module deciding its findings (`numbers`, later `entities`,
`terms`); each finding kind has one place and one plain sentence explaining it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from checker.compare import dates, entities, numbers, terms
from checker.compare.article import reconcile
from checker.compare.base import AlignedClaim, ComparisonContext
from checker.model import Alignment, Fact, Finding, Sentence
from checker.rules import get, make_finding

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
                confidence=bead.score,
            )
        )
    return out


def _unsure(finding: Finding) -> Finding:
    """A `changed` finding of a loosely aligned claim: the two sentences may not speak
    of the same thing, so it takes its rule's unsure severity."""
    if finding.kind != "changed" or get(finding.rule).unsure_severity is None:
        return finding
    return make_finding(finding.rule, finding.message, finding.reference, finding.version,
                        finding.version_path, certain=False)


def compare(claim_list: Sequence[AlignedClaim], context: ComparisonContext) -> list[Finding]:
    """Each claim compared by every category's comparer, then judged at article level
    (`article.reconcile`)."""
    per_claim = []
    for claim in claim_list:
        found = [f for comparer in COMPARERS.values() for f in comparer(claim, context)]
        if not claim.certain:
            found = [_unsure(f) for f in found]
        per_claim.append((claim, found))
    return reconcile(per_claim, context)
