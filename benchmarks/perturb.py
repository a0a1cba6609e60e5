"""Synthetic structural edits of a faithful version, with the gold beads they imply.

Each edit is made on sentence lists (no file is written): a dropped sentence, an
extra sentence (one dropped from the reference), two sentences merged with "; "
(2-1), a reference pair merged (1-2, i.e. a split in the version), one sentence
moved far, and a block of two moved. Used by benchmarks/alignment.py --synthetic.
"""

from __future__ import annotations

from checker.model import Sentence


def mk(texts: list[str]) -> list[Sentence]:
    """Sentences with only text and index: enough for alignment."""
    return [Sentence(k, t, 0, len(t), k + 1, 1, k) for k, t in enumerate(texts)]

def perturbations(ref: list[str], ver: list[str]):
    """ref, ver: lists of sentence texts aligned 1-1. Yields (name, ref_texts, ver_texts, gold)."""
    n = len(ref)
    ident = [((i,), (i,)) for i in range(n)]
    yield "identity", ref, ver, ident
    # drop version sentence k
    for k in (4, 12):
        v = ver[:k] + ver[k + 1:]
        gold = [((i,), (i if i < k else i - 1,)) for i in range(n) if i != k] + [((k,), ())]
        yield f"drop{k}", ref, v, gold
    # extra: drop reference sentence k (version has an extra one)
    k = 9
    r = ref[:k] + ref[k + 1:]
    gold = [((i if i < k else i - 1,), (i,)) for i in range(n) if i != k] + [((), (k,))]
    yield f"extra{k}", r, ver, gold
    # merge version sentences k, k+1 (version merges = 2-1)
    for k in (3, 11):
        joined = ver[k].rstrip(".。!?؟ ") + "; " + ver[k + 1][0].lower() + ver[k + 1][1:]
        v = [*ver[:k], joined, *ver[k + 2:]]
        gold = [((i,), (i if i < k else i - 1,)) for i in range(n) if i not in (k, k + 1)]
        gold.append(((k, k + 1), (k,)))
        yield f"merge{k}", ref, v, gold
    # split = reference merged (1-2)
    k = 7
    joined = ref[k].rstrip(". ") + "; " + ref[k + 1][0].lower() + ref[k + 1][1:]
    r = [*ref[:k], joined, *ref[k + 2:]]
    gold = [((i if i < k else i - 1,), (i,)) for i in range(n) if i not in (k, k + 1)]
    gold.append(((k,), (k, k + 1)))
    yield f"split{k}", r, ver, gold
    # move version sentence (a one-sentence paragraph) k to position p
    for k, p in ((2, 14), (15, 5)):
        order = list(range(n))
        order.remove(k)
        order.insert(p, k)
        v = [ver[i] for i in order]
        gold = [((i,), (order.index(i),)) for i in range(n)]
        yield f"move{k}->{p}", ref, v, gold
    # move a two-sentence block
    k = 5
    order = list(range(n))
    block = order[k:k + 2]
    del order[k:k + 2]
    order[13:13] = block
    v = [ver[i] for i in order]
    yield "moveblock5-6->13", ref, v, [((i,), (order.index(i),)) for i in range(n)]
