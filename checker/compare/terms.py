"""Term findings: a version writes a name or term the way its own language desk's glossary
(glossaries/<lang>.tsv) does not want.

- the form is a forbidden variant of a concept in the version language's glossary ->
  `term.changed`, certain, wherever it stands;
- the claim's reference names the same concept, and the version writes it in a form that is
  neither the preferred term nor an allowed variant of its glossary (inflected forms of
  those count as those) -> `term.changed`, unsure (`certain=False`: the form may be one
  the glossary does not list), "not the preferred form".
Severities are the rule's, in `checker.rules`.
Concepts the version's glossary does not have give no term finding (`glossary lint`
reports concepts missing from a language).
"""

from __future__ import annotations

from checker.compare.base import AlignedClaim, ComparisonContext, side
from checker.glossary import term_status
from checker.model import Finding
from checker.rules import make_finding


def compare(claim: AlignedClaim, context: ComparisonContext) -> list[Finding]:
    findings: list[Finding] = []
    glossary = context.run.glossary_for(context.version.lang)
    if glossary is None:
        return findings
    ref_concepts = {
        f.value: (f, s)
        for f, s in zip(claim.reference_facts, claim.reference_fact_sentence, strict=False)
        if f.category == "entity" and f.kind == "concept"
    }
    for fact, sentence in zip(claim.version_facts, claim.version_fact_sentence, strict=False):
        if fact.category != "entity" or fact.kind != "concept" or not isinstance(fact.value, str):
            continue
        rated = term_status.status_in_own_glossary(
            glossary, fact.value, fact.text, context.version.lang
        )
        if rated is None:
            continue
        status, preferred = rated
        if status == "forbidden":
            message = (
                f"forbidden term: '{fact.text}' is forbidden in the {context.version.lang} "
                f"glossary; use '{preferred}'"
            )
        elif status == "other" and fact.value in ref_concepts:
            message = (
                f"not the preferred term: '{fact.text}'; the {context.version.lang} "
                f"glossary prefers '{preferred}'"
            )
        else:
            continue
        ref = ref_concepts.get(fact.value)
        ref_side = (
            side(context.reference, ref[1], ref[0], context.reference_translations)
            if ref
            else side(context.reference, claim.reference[0], None, context.reference_translations)
            if claim.reference
            else None
        )
        findings.append(
            make_finding(
                "term.changed",
                message,
                ref_side,
                side(context.version, sentence, fact, context.translations),
                context.version.path,
                certain=status == "forbidden",
            )
        )
    return findings
