"""Facts at article level: what a claim-by-claim comparison cannot know.

A claim's comparers see one aligned bead. A version that states a reference fact in
another sentence (merged, reordered, moved to the lead) has not lost it, and a version
fact that the reference states in another sentence is not an addition. So, after the
claims, facts left over on each side are matched across the whole article:

- a fact is *left over* when its claim reported it `missing` (reference) or `extra`
  (version), or when its sentence has no counterpart at all (an unmatched bead);
- a left-over reference fact and a left-over version fact that state the same thing
  (same category and value; names as the name comparer matches them) cancel: the fact
  moved, neither is reported. A fact the version states in a sentence that is already
  the counterpart of a reference mention does not cancel: a name the reference gives
  twice and the version once is still missing once;
- what is left is reported once per version and value, citing the first sentence, the
  message naming the other sentences it stood in;
- a reference sentence with facts and no counterpart in the version is one
  finding citing it, unless all its facts cancelled: `claim.missing` (warning) when a
  count, amount or percentage is lost, `claim.trimmed` (info) when only dates, ordinals,
  years or names are: a dropped dateline is not a dropped casualty count. A local
  paragraph of the version (no reference counterpart) is never reported: desks add
  their own context.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from checker.compare.base import AlignedClaim, ComparisonContext, side
from checker.compare.fact_match import locate, same_fact
from checker.compare.name_swaps import name_swaps, unsaid_lost_places
from checker.context import CheckContext
from checker.model import Fact, Finding, Sentence
from checker.rules import make_finding

RECONCILED = ("number", "date", "entity")
NOT_COUNTS = {"ordinal", "year", "decade", "code"}  # number kinds that do not count things
YEARS = range(1800, 2101)  # a bare four-digit number in this range reads as a year


def _is_count(fact: Fact) -> bool:
    if fact.category != "number" or fact.kind in NOT_COUNTS:
        return False
    value = fact.value
    return not (isinstance(value, int) and value in YEARS and not fact.unit)


@dataclass
class LeftOver:
    """A fact its claim could not match: reported by `finding`, or in an unmatched
    sentence (`finding` None)."""

    fact: Fact
    sentence: Sentence
    finding: Finding | None = None
    cancelled: bool = False


def _left_over(per_claim: Sequence[tuple[AlignedClaim, list[Finding]]]
               ) -> tuple[list[LeftOver], list[LeftOver]]:
    ref: list[LeftOver] = []
    ver: list[LeftOver] = []
    for claim, findings in per_claim:
        if not claim.version:
            ref.extend(LeftOver(f, s) for f, s in zip(
                claim.reference_facts, claim.reference_fact_sentence, strict=True)
                if f.category in RECONCILED)
            continue
        if not claim.reference:
            ver.extend(LeftOver(f, s) for f, s in zip(
                claim.version_facts, claim.version_fact_sentence, strict=True)
                if f.category in RECONCILED)
            continue
        for finding in findings:
            if finding.category not in RECONCILED or finding.kind not in ("missing", "extra"):
                continue
            is_ref = finding.kind == "missing"
            located = locate(claim, finding.reference if is_ref else finding.version, is_ref)
            if located is not None:
                (ref if is_ref else ver).append(LeftOver(*located, finding=finding))
    return ref, ver


def fact_signature(fact: Fact) -> tuple:
    """What `same_fact` reads of a fact: everything but where it stands. Facts of one
    signature match the same facts, so a long article's many mentions of few facts are
    matched once per pair of distinct facts."""
    return (fact.category, fact.kind, fact.text, fact.value, fact.qualifier, fact.unit)


class SameFacts:
    """`same_fact` remembered per pair of signatures, for one article's languages."""

    def __init__(self, lang: str, other_lang: str, run: CheckContext) -> None:
        self.lang, self.other_lang, self.run = lang, other_lang, run
        self._known: dict[tuple, bool] = {}

    def __call__(self, fact: Fact, other: Fact) -> bool:
        key = (fact_signature(fact), fact_signature(other))
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = same_fact(fact, self.lang, other, self.other_lang,
                                                 self.run)
        return found


class FactGroups:
    """One side's facts, each distinct fact (signature) once with the indexes of the
    sentences stating it: "is this fact said anywhere on that side" costs one look per
    distinct fact, not one per mention."""

    def __init__(self, facts: Iterable[tuple[Fact, int]]) -> None:
        self.groups: dict[tuple, tuple[Fact, list[int]]] = {}
        for fact, where in facts:
            key = fact_signature(fact)
            if key in self.groups:
                self.groups[key][1].append(where)
            else:
                self.groups[key] = (fact, [where])

    def said(self, fact: Fact, same: SameFacts, outside: Container[int] = ()) -> bool:
        """Does a fact of this side state `fact` (`same(fact, other)`), in a sentence
        whose index is not in `outside`?"""
        return any(same(fact, other) and any(w not in outside for w in where)
                   for other, where in self.groups.values())


class ArticleFacts:
    """Both sides' facts grouped (`FactGroups`), and `same_fact` remembered each way."""

    def __init__(self, claims: Iterable[AlignedClaim], context: ComparisonContext) -> None:
        claims = list(claims)
        ref_lang, ver_lang, run = context.reference.lang, context.version.lang, context.run
        self.reference = FactGroups((f, s.index) for c in claims for f, s in zip(
            c.reference_facts, c.reference_fact_sentence, strict=True))
        self.version = FactGroups((f, s.index) for c in claims for f, s in zip(
            c.version_facts, c.version_fact_sentence, strict=True))
        self.ref_in_ver = SameFacts(ref_lang, ver_lang, run)  # a reference fact, a version's
        self.ver_in_ref = SameFacts(ver_lang, ref_lang, run)


def _cancel(ref: list[LeftOver], ver: list[LeftOver], same: SameFacts, want_ref, want_ver
            ) -> None:
    """Cancel each chosen reference left-over against the first chosen version
    left-over that states the same fact. The version's are grouped by signature, each
    group in article order: the first of a matching group that is not yet cancelled,
    earliest over the groups, is the first in the article (without a scan of all
    left-overs for each one: an article of megabytes has tens of thousands)."""
    groups: dict[tuple, list[int]] = {}
    for k, v in enumerate(ver):
        if not v.cancelled and want_ver(v):
            groups.setdefault(fact_signature(v.fact), []).append(k)
    heads = dict.fromkeys(groups, 0)  # next member of each group not yet cancelled
    firsts = {key: ver[members[0]].fact for key, members in groups.items()}
    matching: dict[tuple, list[tuple]] = {}
    for r in ref:
        if r.cancelled or not want_ref(r):
            continue
        mine = fact_signature(r.fact)
        if mine not in matching:
            matching[mine] = [key for key, fact in firsts.items() if same(r.fact, fact)]
        best = None
        for key in matching[mine]:
            if heads[key] < len(groups[key]):
                k = groups[key][heads[key]]
                best = k if best is None or k < best else best
        if best is not None:
            key = fact_signature(ver[best].fact)
            heads[key] += 1
            r.cancelled = ver[best].cancelled = True


def _dropped_sentence(left: list[LeftOver], context: ComparisonContext) -> Finding:
    """One finding for a reference sentence no version sentence says: `claim.missing`
    when it states a count, else `claim.trimmed`."""
    counts = [x for x in left if _is_count(x.fact)]
    shown = ", ".join(dict.fromkeys(x.fact.text for x in (counts or left)))
    what = "a count" if counts else "facts"
    message = (f"sentence missing: no sentence of the version says what this reference "
               f"sentence says, and it states {what} found nowhere else in the version "
               f"({shown})")
    cited = (counts or left)[0]
    return make_finding("claim.missing" if counts else "claim.trimmed", message,
                        side(context.reference, cited.sentence, cited.fact,
                             context.reference_translations),
                        None, context.version.path)


def _value_key(finding: Finding) -> tuple:
    cited = finding.reference if finding.kind == "missing" else finding.version
    value = cited.value if cited else None
    return (finding.rule, str(value if value is not None else (cited.fact if cited else "")))


def reconcile(per_claim: Sequence[tuple[AlignedClaim, list[Finding]]],
              context: ComparisonContext, article: ArticleFacts | None = None
              ) -> list[Finding]:
    """Claim findings judged at article level, plus one finding per dropped sentence
    (see the module docstring), in claim order."""
    ref, ver = _left_over(per_claim)
    # Reported facts first (a fact moved between two aligned claims), then facts of
    # unmatched sentences (a sentence moved or merged where alignment did not follow).
    same = (article.ref_in_ver if article is not None
            else SameFacts(context.reference.lang, context.version.lang, context.run))
    _cancel(ref, ver, same, lambda r: r.finding, lambda v: v.finding)
    _cancel(ref, ver, same, lambda r: True, lambda v: True)
    dropped = {id(x.finding) for x in ref + ver if x.cancelled and x.finding is not None}
    # Lost places the name comparer leaves unsaid (`name_swaps.unsaid_lost_places`): reported only
    # as a swap.
    unsaid = unsaid_lost_places(per_claim, context)
    per_claim = [(claim, [*findings, unsaid[id(claim)]] if id(claim) in unsaid else findings)
                 for claim, findings in per_claim]
    swapped = name_swaps(per_claim, dropped, ref, context, {id(f) for f in unsaid.values()})
    dropped |= {id(f) for f in unsaid.values() if id(f) not in swapped}
    lost_by_sentence: dict[int, list[LeftOver]] = {}
    for x in ref:
        if x.finding is None and not x.cancelled:
            lost_by_sentence.setdefault(x.sentence.index, []).append(x)
    out: list[Finding] = []
    first: dict[tuple, int] = {}
    for claim, findings in per_claim:
        if claim.reference and not claim.version:
            for sentence in claim.reference:
                if sentence.index in lost_by_sentence:
                    out.append(_dropped_sentence(lost_by_sentence[sentence.index], context))
            continue
        for finding in findings:
            if id(finding) in dropped:
                continue
            finding = swapped.get(id(finding), finding)
            if finding.kind in ("missing", "extra") and finding.category in RECONCILED:
                key = _value_key(finding)
                if key in first:
                    _also(out[first[key]], finding)
                    continue
                first[key] = len(out)
            out.append(finding)
    return out


def _also(kept: Finding, repeat: Finding) -> None:
    """Name the sentence of a repeated missing/extra fact in the one finding kept."""
    cited = repeat.reference if repeat.kind == "missing" else repeat.version
    if cited is None:
        return
    where = "reference" if repeat.kind == "missing" else "version"
    if " (also in " in kept.message:
        kept.message = kept.message[:-1] + f", {cited.sentence})"
    else:
        kept.message += f" (also in {where} sentence {cited.sentence})"
