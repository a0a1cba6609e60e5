"""Number findings: a count, total or amount that differs within an aligned claim."""

from __future__ import annotations

from checker.compare.base import AlignedClaim, ComparisonContext, side
from checker.model import Fact, Finding


def _pair_leftovers(ref: list[Fact], ver: list[Fact]) -> list[tuple[Fact | None, Fact | None]]:
    """Pair the facts that found no equal value on the other side, in order of
    position, so that one drifted number reads as "changed", not missing+extra."""
    pairs: list[tuple[Fact | None, Fact | None]] = []
    for k in range(max(len(ref), len(ver))):
        pairs.append((ref[k] if k < len(ref) else None, ver[k] if k < len(ver) else None))
    return pairs


def compare(claim: AlignedClaim, context: ComparisonContext) -> list[Finding]:
    """Numbers of one aligned claim: equal values match; the rest are drifts."""
    ref_facts = [(f, s) for f, s in zip(claim.reference_facts, claim.reference_fact_sentence)
                 if f.category == "number"]
    ver_facts = [(f, s) for f, s in zip(claim.version_facts, claim.version_fact_sentence)
                 if f.category == "number"]
    if not claim.reference or not claim.version:
        return []  # an unmatched sentence: reported by alignment, not as a number drift
    unmatched_ver = list(ver_facts)
    unmatched_ref = []
    for fact, sentence in ref_facts:
        match = next((k for k, (v, _) in enumerate(unmatched_ver) if v.value == fact.value), None)
        if match is None:
            unmatched_ref.append((fact, sentence))
        else:
            unmatched_ver.pop(match)
    sentence_of = {id(f): s for f, s in ref_facts + ver_facts}
    findings = []
    for ref, ver in _pair_leftovers([f for f, _ in unmatched_ref], [f for f, _ in unmatched_ver]):
        ref_sentence = sentence_of[id(ref)] if ref else claim.reference[0]
        ver_sentence = sentence_of[id(ver)] if ver else claim.version[0]
        ref_side = side(context.reference, ref_sentence, ref, context.reference_translations)
        ver_side = side(context.version, ver_sentence, ver, context.translations)
        if ref and ver:
            findings.append(Finding("number", "changed", "error",
                                    f"number changed: {ref.text} -> {ver.text}",
                                    ref_side, ver_side, context.version.path))
        elif ref:
            findings.append(Finding("number", "missing", "warning",
                                    f"number missing: {ref.text} is not in the version",
                                    ref_side, ver_side, context.version.path))
        else:
            findings.append(Finding("number", "extra", "warning",
                                    f"number added: {ver.text} is not in the reference",
                                    ref_side, ver_side, context.version.path))
    return findings
