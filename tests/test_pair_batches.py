"""Many pairs (checker/pair_batches.py): repeated pairs checked once give exactly the findings
of checking every pair on its own, in input order; on a pool too (checker.engines)."""

from __future__ import annotations

from checker.context import CheckContext
from checker.engines import engine_for
from checker.engines.pairs import run_pairs
from checker.model import SegmentPair
from checker.pair_batches import check_serially
from checker.pipeline import check_pair

TEXTS = [
    ("de", "Am 3. Mai kamen 12 Minister nach Berlin.", "On 3 May 14 ministers came to Berlin."),
    ("fr", "Le 5 juin, 40 personnes ont quitté Lyon.", "On 5 June, 40 people left Lyon."),
    ("es", "En 1985 se abrió el puerto de Valencia.", "The port of Bilbao opened in 1995."),
    ("ru", "В Москве 7 марта выступили 300 человек.", "In Moscow 300 people spoke on 7 March."),
]


def make_pairs(count: int) -> list[SegmentPair]:
    return [SegmentPair(f"p{n}", lang, source, "en", target)
            for n, (lang, source, target) in zip(range(count), TEXTS * count, strict=False)]


def rendered(results) -> list[tuple[str, list[dict]]]:
    return [(pair.id, [f.to_dict() for f in findings]) for pair, findings in results]


def one_by_one(pairs, context) -> list[tuple[str, list[dict]]]:
    return rendered((pair, check_pair(pair, context)) for pair in pairs)


def test_a_repeated_pair_gets_the_findings_of_a_fresh_check_under_its_own_id():
    context = CheckContext()
    pairs = make_pairs(12)  # each text three times
    results = rendered(check_serially(pairs, context, check_pair))
    assert results == one_by_one(pairs, context)
    assert any(r[1] and "p8#target" in str(r[1]) for r in results)  # relabelled, not copied


def test_a_pool_gives_the_serial_findings_in_input_order():
    context = CheckContext()
    pairs = make_pairs(150)  # more than two batches
    with engine_for("local", 2, None) as runner:
        pooled = [(r.id, [f.to_dict() for f in r.findings]) for r in run_pairs(pairs, runner)]
    assert pooled == one_by_one(pairs, context)
