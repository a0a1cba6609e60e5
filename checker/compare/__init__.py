"""Comparing facts within aligned claims and deciding what is a drift.

Each category has one module deciding its findings (`numbers`, later `entities`,
`terms`); each finding kind has one place and one plain sentence explaining it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from checker.compare import dates, entities, numbers, terms
from checker.compare.article import ArticleFacts, reconcile
from checker.compare.base import CONFIDENT, AlignedClaim, ComparisonContext
from checker.compare.certainty import judge, surely_same_subject
from checker.model import Alignment, Fact, Finding, Sentence, kept_paragraph_ranks
from checker.rules import get, make_finding

__all__ = ["AlignedClaim", "ComparisonContext", "claims", "compare", "confidences"]


Comparer = Callable[[AlignedClaim, ComparisonContext], list[Finding]]

COMPARERS: dict[str, Comparer] = {
    "number": numbers.compare,
    "date": dates.compare,
    "entity": entities.compare,
    "term": terms.compare,
}


def _held(alignment: Sequence[Alignment], k: int) -> tuple[bool, bool]:
    """Is in-order bead k held in place before and after it: the neighbouring bead is
    matched and adjacent on both sides (or the text begins or ends there)?"""
    bead = alignment[k]
    before = alignment[k - 1] if k > 0 else None
    after = alignment[k + 1] if k + 1 < len(alignment) else None
    held_before = (bead.reference[0] == 0 and bead.version[0] == 0) if before is None else (
        bool(before.reference and before.version) and not before.moved
        and before.reference[-1] + 1 == bead.reference[0]
        and before.version[-1] + 1 == bead.version[0])
    held_after = after is None or (
        bool(after.reference and after.version) and not after.moved
        and bead.reference[-1] + 1 == after.reference[0]
        and bead.version[-1] + 1 == after.version[0])
    return (held_before and not bead.moved, held_after and not bead.moved)


def own_confidence(bead: Alignment, anchored: bool = False) -> float:
    """How sure a bead is by its own evidence: its score, and none when it is not held in
    place by a neighbour (`anchored`) and a sentence of another bead is more alike to one
    of its sides (`Alignment.distinct`): the score counts nearness in the documents, which
    pairs a sentence with its neighbour as readily as with its counterpart where
    similarity reads the languages poorly. A bead the similarity alone singles out
    (`Alignment.clear`) is sure whatever its score: a passage moved elsewhere loses what
    nearness adds."""
    if not (bead.distinct or anchored):
        return 0.0
    return max(bead.score, CONFIDENT) if bead.clear else bead.score


def confidences(alignment: Sequence[Alignment]) -> list[float]:
    """How sure each bead is that its two sides say the same thing: its own confidence
    (`own_confidence`), or full confidence for an in-order bead held in place by its
    neighbours (the beads just before and after it are matched and adjacent on both
    sides, or the text begins or ends there) unless it is weak and its sentences are not
    each other's best match (`Alignment.distinct`; a news story says alike things twice,
    so a sure bead keeps a rival). Similarity alone is a weak witness in some language
    pairs, position between two sure pairs is not."""
    out = []
    for k, bead in enumerate(alignment):
        if not bead.reference or not bead.version:
            out.append(0.0)
            continue
        before, after = _held(alignment, k)
        # Between two sure pairs, unless the bead is weak and another sentence is clearly
        # more alike to one of its sides: a version's own paragraph standing where the
        # reference's was dropped is held in place as well.
        if before and after and (bead.distinct or bead.score >= CONFIDENT):
            out.append(1.0)
        else:
            out.append(own_confidence(bead, before or after))
    return out


def anchored(alignment: Sequence[Alignment]) -> list[bool]:
    """Is each bead held in place by at least one in-order neighbour? A weaker witness
    than `confidences`' two, used only with the facts' own evidence
    (`certainty.surely_same_subject`)."""
    return [bool(bead.reference and bead.version) and any(_held(alignment, k))
            for k, bead in enumerate(alignment)]


def _crossing_paragraphs(alignment: Sequence[Alignment], reference: Sequence[Sentence],
                         version: Sequence[Sentence]) -> set[int]:
    """The beads that pair sentences of different paragraphs where both texts have as
    many paragraphs (a translation that keeps its reference's paragraphs: paragraph k says
    what paragraph k says), by their paragraphs' ranks, unless a neighbouring pair is
    shifted by as many paragraphs."""
    ranks = kept_paragraph_ranks(reference, version)
    if ranks is None:
        return set()
    ref_rank, ver_rank = ranks

    def shift(bead: Alignment) -> int | None:
        """How many paragraphs later the version side stands, where each side is one."""
        mine, theirs = {ref_rank[i] for i in bead.reference}, {ver_rank[j] for j in bead.version}
        if bead.moved or len(mine) != 1 or len(theirs) != 1:
            return None
        return theirs.pop() - mine.pop()

    shifts = [shift(b) if b.reference and b.version else None for b in alignment]
    out = set()
    for k, bead in enumerate(alignment):
        if not (bead.reference and bead.version) or shifts[k] == 0:
            continue
        # As many paragraphs may be a coincidence (a desk drops one and adds its own
        # further on): a run of pairs shifted alike keeps the paragraphs, one rank apart.
        paired = [shifts[n] for n in (k - 1, k + 1)
                  if 0 <= n < len(alignment) and alignment[n].reference and alignment[n].version]
        if shifts[k] is None or shifts[k] not in paired:
            out.add(k)
    return out


def claims(
    alignment: Sequence[Alignment],
    reference_sentences: Sequence[Sentence],
    version_sentences: Sequence[Sentence],
    reference_facts: Sequence[Sequence[Fact]],
    version_facts: Sequence[Sequence[Fact]],
) -> list[AlignedClaim]:
    out = []
    crossing = _crossing_paragraphs(alignment, reference_sentences, version_sentences)
    for k, (bead, confidence, held) in enumerate(zip(alignment, confidences(alignment),
                                                     anchored(alignment), strict=True)):
        if k in crossing:
            # Held in place by its neighbours, yet across the paragraphs both texts keep:
            # its place is no witness, only its own score.
            confidence, held = min(confidence, own_confidence(bead)), False
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
                confidence=confidence,
                anchored=held,
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
    (`article.reconcile`). A `changed` finding of a loosely aligned claim is unsure unless
    the article itself shows that both sides speak of the same thing; a missing or added
    name or date the article shows to be unsure takes its rule's unsure severity
    (`checker.compare.certainty`)."""
    per_claim = []
    article = ArticleFacts(claim_list, context)  # the whole article's facts, grouped once
    for claim in claim_list:
        found = [f for comparer in COMPARERS.values() for f in comparer(claim, context)]
        if not claim.certain:
            found = [f if surely_same_subject(f, found, claim, claim_list, context, article)
                     else _unsure(f) for f in found]
        per_claim.append((claim, found))
    return judge(reconcile(per_claim, context, article), per_claim, context, article)
