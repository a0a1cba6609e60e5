"""The article's left-over matching through groups of facts (by signature) cancels exactly
the pairs the plain scan of every left-over for each one cancels, and says a fact is said
elsewhere exactly when a scan of all facts does: long articles use the groups."""

from __future__ import annotations

import random

from checker.compare.article import FactGroups, LeftOver, SameFacts, _cancel
from checker.compare.fact_match import same_fact
from checker.context import CheckContext
from checker.model import Fact, Sentence

RUN = CheckContext()
SENTENCE = Sentence(0, "x", 0, 1, 1, 1, 0)


def _facts(rng: random.Random, count: int) -> list[Fact]:
    """Numbers, years and dates with few distinct values: many repeats and near matches."""
    out = []
    for k in range(count):
        pick = rng.randrange(4)
        if pick == 0:
            out.append(Fact("number", "30", rng.choice((30, 13, 2023)), k, k + 2))
        elif pick == 1:
            out.append(Fact("date", "2023", rng.choice(("2023", "2023-07", "2022")), k, k + 4,
                            kind="date"))
        elif pick == 2:
            out.append(Fact("entity", "Oslo", rng.choice(("oslo", "cldr:NO")), k, k + 4,
                            kind=rng.choice(("concept", "proper"))))
        else:
            out.append(Fact("number", "5", rng.choice((5.0, 5, 50)), k, k + 1))
    return out


def _scan(ref: list[LeftOver], ver: list[LeftOver], want_ref, want_ver) -> None:
    """The plain scan (the definition): each reference left-over against the first
    version left-over stating the same fact."""
    for r in ref:
        if r.cancelled or not want_ref(r):
            continue
        for v in ver:
            if not v.cancelled and want_ver(v) and same_fact(r.fact, "en", v.fact, "de", RUN):
                r.cancelled = v.cancelled = True
                break


def test_grouped_cancelling_cancels_what_the_plain_scan_cancels():
    rng = random.Random(5)
    for _ in range(30):
        ref_facts, ver_facts = _facts(rng, rng.randrange(12)), _facts(rng, rng.randrange(12))
        chosen = {id(f): rng.random() < 0.5 for f in ref_facts + ver_facts}
        results = []
        for grouped in (True, False):
            ref = [LeftOver(f, SENTENCE) for f in ref_facts]
            ver = [LeftOver(f, SENTENCE) for f in ver_facts]
            for want in ((lambda x, chosen=chosen: chosen[id(x.fact)]), (lambda x: True)):
                if grouped:
                    _cancel(ref, ver, SameFacts("en", "de", RUN), want, want)
                else:
                    _scan(ref, ver, want, want)
            results.append(([x.cancelled for x in ref], [x.cancelled for x in ver]))
        assert results[0] == results[1]


def test_said_elsewhere_through_groups_equals_a_scan_of_all_facts():
    rng = random.Random(9)
    for _ in range(30):
        facts = [(f, rng.randrange(5)) for f in _facts(rng, rng.randrange(10))]
        groups = FactGroups(facts)
        same = SameFacts("en", "de", RUN)
        inside = set(rng.sample(range(5), 2))
        for fact in _facts(rng, 4):
            assert groups.said(fact, same, inside) == any(
                where not in inside and same_fact(fact, "en", other, "de", RUN)
                for other, where in facts)
