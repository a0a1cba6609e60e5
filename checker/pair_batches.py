"""Many aligned pairs checked fast (`checker pairs`): a pair already seen in the run (same
languages, same texts: a translation memory repeats segments) gets the findings computed the
first time, re-labelled with its own id; the memory of seen pairs is bounded
(`REPEATS_KEPT`, least recently used dropped). Where the pairs run (this process, a pool, a
Dask cluster) is the engines' business (`checker.engines`)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from checker.context import CheckContext
from checker.model import Finding, SegmentPair

REPEATS_KEPT = 20000
BATCH = 64
PairChecker = Callable[[SegmentPair, CheckContext], list[Finding]]


def _relabel(findings: list[Finding], old: str, new: str) -> list[Finding]:
    """The findings of pair `old` as those of pair `new` (its documents are `<id>#source`
    and `<id>#target`)."""
    def path(value: str) -> str:
        return new + value[len(old):] if value.startswith(old + "#") else value

    return [replace(f, reference=f.reference and replace(f.reference, path=path(f.reference.path)),
                    version=f.version and replace(f.version, path=path(f.version.path)),
                    version_path=path(f.version_path)) for f in findings]


Seen = OrderedDict  # (languages and texts) -> (id of the first pair, its findings)


def check_serially(pairs: Iterable[SegmentPair], context: CheckContext, check: PairChecker,
                   seen: Seen | None = None) -> Iterator[tuple[SegmentPair, list[Finding]]]:
    """Pair by pair in this process; a repeated pair is checked once (`seen` may be kept
    across calls, e.g. across the batches a worker runs)."""
    seen = OrderedDict() if seen is None else seen
    for pair in pairs:
        key = (pair.source_lang, pair.source_text, pair.target_lang, pair.target_text)
        earlier = seen.get(key)
        if earlier is None:
            findings = check(pair, context)
            seen[key] = (pair.id, findings)
            if len(seen) > REPEATS_KEPT:
                seen.popitem(last=False)
        else:
            seen.move_to_end(key)
            findings = _relabel(earlier[1], earlier[0], pair.id)
        yield pair, findings
