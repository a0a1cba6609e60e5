"""Aligning a version's sentences to the reference's.

Passes of a dynamic program (`dp.py`), in the spirit of vecalign/bertalign:

1. in order: beads 1-1, 1-2, 2-1, 1-3, 3-1 or unmatched sentences, scored by
   sentence similarity (`similarity.py`: embeddings of pivot translations and/or of
   the original texts, character n-grams), shared anchors (facts and name keys,
   `anchors.py`) and relative position; where both texts keep as many paragraphs, a
   bead whose two sides both open a paragraph needs less evidence (`PARAGRAPH_BONUS`);
2. out of order: an in-order 1-1 bead that position alone carried is undone when one
   of its sentences is far more alike to a sentence left unmatched
   (`_unpair_displaced`); the sentences left unmatched on both sides are then aligned
   again without the position term, in up to `MOVED_PASSES` passes (passages that
   crossed each other), so a paragraph that moved is found where it went (its beads
   are marked `moved`);
3. repairs: an unmatched sentence next to a bead joins it when that makes the bead
   more alike and its length ratio closer to the documents' (`_absorb`, a merge the
   models could not read), equal one- or two-sentence gaps between aligned
   neighbours are paired (`_fill_gaps`), and where both texts keep as many paragraphs
   the one part of a split sentence left unmatched joins the bead that pairs the rest of
   its paragraph with the other text's paragraph of the same rank
   (`_join_paragraph_parts`).

A bead's gain counts its evidence once, however many sentences it holds, minus a
cost per extra sentence: a merge must beat the 1-1 bead it extends.

A sentence whose number drifted aligns exactly as the faithful one does: numbers are
no evidence of a pair (anchors count facts, never compare their values, and n-grams
skip digits), so the comparers report "changed 30 -> 13" instead of the drift
pulling its own sentence out of the alignment.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from checker.align.anchors import anchor_score, sentence_anchors
from checker.align.dp import MOVES, best_path, best_path_from_gains
from checker.align.gains import in_order_gains
from checker.align.mutual import standing
from checker.align.similarity import SentenceSimilarity
from checker.model import Alignment, Fact, Sentence, kept_paragraph_ranks

__all__ = ["SentenceSimilarity", "align", "paragraph_beads"]

# Weights of the three kinds of evidence in a bead's score (renormalised over those present).
W_SIMILARITY = 0.6
W_ANCHORS = 0.2
W_POSITION = 0.2
THRESHOLD = 0.2  # a bead scoring less than this is worse than leaving its sentences unmatched
MERGE_PENALTY = 0.1  # per sentence beyond 1-1: a merge must beat the 1-1 bead it extends
LENGTH_WEIGHT = 0.5  # weight of the length ratio when deciding to absorb a sentence
GAP_FILL = 2  # equal gaps of up to this many sentences between aligned beads pair up
MOVED_THRESHOLD = 0.35  # out-of-order beads need clearer evidence than in-order ones
MOVED_PASSES = 3  # out-of-order passes: each finds passages that did not cross
# A 1-1 bead is undone when a left-over sentence is this much more alike to one of
# its sentences (on the 0-1 similarity scale): the paragraph moved.
DISPLACED_MARGIN = 0.3
POSITION_SLOPE = 2.5  # relative displacement at which position stops counting (1/slope)
# Where both texts keep as many paragraphs, a translation keeps the reference's paragraph
# breaks: an in-order bead whose two sides both open a paragraph needs this much less
# evidence (half the threshold; a bead's score, what certainty reads, is unchanged).
PARAGRAPH_BONUS = 0.1


def _as_similarity(similarity) -> SentenceSimilarity | None:
    if similarity is None:
        return None
    if isinstance(similarity, SentenceSimilarity):
        return similarity if similarity.available else None
    return SentenceSimilarity.from_matrix(similarity)


def _evidence(sim: SentenceSimilarity | None, ref_anchor: list[set], ver_anchor: list[set],
              n: int, m: int) -> Callable[[tuple[int, ...], tuple[int, ...], bool], float]:
    """How alike a bead's two sides are, 0 to 1: the weighted mean of their similarity,
    their shared anchors and (`with_position`) how near their places in the documents are.
    The same sums, in the same order, as a sum over (weight, value) parts; a one-sentence
    side's anchors are used as they are, not copied."""
    weights = [W_SIMILARITY] if sim is not None else []
    weight_sum = {False: sum([*weights, W_ANCHORS]),
                  True: sum([*weights, W_ANCHORS, W_POSITION])}

    def evidence(ri: tuple[int, ...], vj: tuple[int, ...], with_position: bool) -> float:
        total = 0
        if sim is not None:
            total += W_SIMILARITY * sim.score(ri[0], len(ri), vj[0], len(vj))
        ref_set = ref_anchor[ri[0]] if len(ri) == 1 else set().union(*(ref_anchor[i] for i in ri))
        ver_set = ver_anchor[vj[0]] if len(vj) == 1 else set().union(*(ver_anchor[j] for j in vj))
        total += W_ANCHORS * anchor_score(ref_set, ver_set)
        if with_position:
            pos_r = (ri[0] + ri[-1] + 1) / 2 / max(n, 1)
            pos_v = (vj[0] + vj[-1] + 1) / 2 / max(m, 1)
            total += W_POSITION * (1.0 - min(abs(pos_r - pos_v) * POSITION_SLOPE, 1.0))
        return total / weight_sum[with_position]

    return evidence


def align(
    reference: Sequence[Sentence],
    version: Sequence[Sentence],
    *,
    reference_facts: Sequence[Sequence[Fact]] | None = None,
    version_facts: Sequence[Sequence[Fact]] | None = None,
    similarity: SentenceSimilarity | Sequence[Sequence[float]] | None = None,
    reference_lang: str = "",
    version_lang: str = "",
    anchors: tuple[Sequence[set], Sequence[set]] | None = None,
    whole: bool = True,
) -> list[Alignment]:
    """Beads covering every sentence of both sides once, in reference order; a
    version sentence the reference lacks stands where the version has it. `anchors`:
    each side's `sentence_anchors`, when already known (windows overlap). `whole`: the
    sentences are both whole texts (not a window of each), so their paragraphs can be
    ranked and compared."""
    n, m = len(reference), len(version)
    sim = _as_similarity(similarity)
    ref_anchor, ver_anchor = anchors or (
        _anchors(reference, reference_lang, reference_facts),
        _anchors(version, version_lang, version_facts))

    evidence = _evidence(sim, ref_anchor, ver_anchor, n, m)

    def consecutive(run: tuple[int, ...]) -> bool:
        return run[-1] - run[0] == len(run) - 1

    # Without a similarity, only anchors could justify a merge: make merges rarer.
    merge_penalty = MERGE_PENALTY if sim is not None else 2 * MERGE_PENALTY

    def moved_gain(ri: tuple[int, ...], vj: tuple[int, ...]) -> float | None:
        if not consecutive(ri) or not consecutive(vj):
            return None
        size = len(ri) + len(vj)
        return evidence(ri, vj, False) - MOVED_THRESHOLD - merge_penalty * (size - 2)

    # In order: each bead's evidence (with position) less the threshold and, per bead
    # not per sentence, the merge cost: a bead's evidence counts once however many
    # sentences it holds, so a merge must beat the 1-1 bead it extends, not ride on a
    # strong sentence it contains. Every bead at once, in numpy (`gains.py`).
    beads = best_path_from_gains(n, m, in_order_gains(
        n, m, MOVES, sim, ref_anchor, ver_anchor,
        weights=(W_SIMILARITY, W_ANCHORS, W_POSITION), slope=POSITION_SLOPE,
        threshold=THRESHOLD, merge_penalty=merge_penalty,
        paragraphs=_kept_paragraphs(reference, version) if whole else None,
        paragraph_bonus=PARAGRAPH_BONUS))
    if sim is not None:
        beads = _unpair_displaced(beads, sim)
    left_ref = [b[0][0] for b in beads if b[0] and not b[1]]
    left_ver = [b[1][0] for b in beads if b[1] and not b[0]]
    moved: list = []
    # Each pass is monotone: passages that crossed each other need another pass.
    for _ in range(MOVED_PASSES):
        if not left_ref or not left_ver:
            break
        found = [b for b in best_path(left_ref, left_ver, moved_gain) if b[0] and b[1]]
        if not found:
            break
        moved.extend(found)
        left_ref = [i for i in left_ref if not any(i in b[0] for b in found)]
        left_ver = [j for j in left_ver if not any(j in b[1] for b in found)]
    moved_at = {b[0][0]: b for b in moved}
    taken_ver = {j for b in moved for j in b[1]}
    taken_ref = {i for b in moved for i in b[0]}
    # What the moved pass left unmatched may still belong to a neighbouring bead.
    # Gale-Church's signal: a bead's length ratio should be the documents' ratio.
    ratio = (sum(len(s.text) for s in version) or 1) / (sum(len(s.text) for s in reference) or 1)

    def length_fit(ri: tuple[int, ...], vj: tuple[int, ...]) -> float:
        ref_len = sum(len(reference[i].text) for i in ri) * ratio
        ver_len = sum(len(version[j].text) for j in vj)
        return -abs(math.log(max(ver_len, 1) / max(ref_len, 1)))

    beads = [b for b in beads if not (b[1] and not b[0] and b[1][0] in taken_ver)]
    if sim is not None:  # lengths alone are too weak a reason to merge
        beads = _absorb(beads, lambda r, v: evidence(r, v, True) + LENGTH_WEIGHT * length_fit(r, v),
                        taken_ref)
    beads = _fill_gaps(beads, taken_ref)
    beads = _join_paragraph_parts(beads, reference, version, taken_ref, taken_ver)
    # Reference order: a moved passage is listed where the reference has it.
    out: list[Alignment] = []
    for ri, vj in beads:
        if ri and vj:
            distinct, clear = standing(sim, ri, vj)
            out.append(Alignment(ri, vj, round(evidence(ri, vj, True), 4),
                                 distinct=distinct, clear=clear))
        elif ri and ri[0] in moved_at:
            r, v = moved_at[ri[0]]
            distinct, clear = standing(sim, r, v)
            out.append(Alignment(r, v, round(evidence(r, v, False), 4), moved=True,
                                 distinct=distinct, clear=clear))
        elif ri and ri[0] not in taken_ref:
            out.append(Alignment(ri, ()))
        elif vj and vj[0] not in taken_ver:
            out.append(Alignment((), vj))
    return out


def _kept_paragraphs(reference: Sequence[Sentence], version: Sequence[Sentence]
                     ) -> tuple[list[int], list[int]] | None:
    """Each side's sentences' paragraphs where both texts keep as many paragraphs (their
    breaks are then evidence of the pairs), else None."""
    if kept_paragraph_ranks(reference, version) is None:
        return None
    return [s.paragraph for s in reference], [s.paragraph for s in version]


def _anchors(sentences: Sequence[Sentence], lang: str,
             facts: Sequence[Sequence[Fact]] | None) -> list[set]:
    return [sentence_anchors(s.text, lang, facts[k] if facts else None)
            for k, s in enumerate(sentences)]


def _unpair_displaced(beads: list, sim: SentenceSimilarity) -> list:
    """Undo an in-order 1-1 bead that position alone carried when one of its sentences
    is far more alike to a sentence the in-order pass left unmatched: the paragraph
    moved, and the moved pass should pair both where they belong. Without this, a
    reordered version pairs neighbours by position, and the comparers report the facts
    of two different sentences as changed."""
    free_ref = {b[0][0] for b in beads if b[0] and not b[1]}
    free_ver = {b[1][0] for b in beads if b[1] and not b[0]}
    if not free_ref and not free_ver:
        return beads
    out: list = []
    for ri, vj in beads:
        if len(ri) == 1 and len(vj) == 1:
            here = sim.score(ri[0], 1, vj[0], 1)
            rival = max([sim.score(ri[0], 1, j, 1) for j in free_ver]
                        + [sim.score(i, 1, vj[0], 1) for i in free_ref], default=-1.0)
            if rival >= here + DISPLACED_MARGIN:
                out.extend((((ri[0],), ()), ((), (vj[0],))))
                continue
        out.append((ri, vj))
    return out


def _absorb(beads: list, evidence, keep: set[int]) -> list:
    """Second chance for merges (as bertalign's second pass): an unmatched sentence
    next to a 1-n or n-1 bead joins it when the joined bead is more alike than the
    bead alone, e.g. a version sentence that translates two reference sentences,
    the second of which the first pass left unmatched to spare the merge penalty."""
    from checker.align.similarity import MAX_SPAN

    out = list(beads)
    changed = True
    while changed:
        changed = False
        for k, (ri, vj) in enumerate(out):
            if (ri and vj) or (ri and ri[0] in keep):
                continue
            for nb in (_past_moved(out, k, -1, keep), _past_moved(out, k, 1, keep)):
                if not 0 <= nb < len(out) or not (out[nb][0] and out[nb][1]):
                    continue
                r, v = out[nb]
                if ri:  # an unmatched reference sentence: joins the reference side
                    if len(v) != 1 or len(r) >= MAX_SPAN or ri[0] not in (r[0] - 1, r[-1] + 1):
                        continue
                    joined = (tuple(sorted(r + ri)), v)
                else:
                    if len(r) != 1 or len(v) >= MAX_SPAN or vj[0] not in (v[0] - 1, v[-1] + 1):
                        continue
                    joined = (r, tuple(sorted(v + vj)))
                if evidence(*joined) > evidence(r, v):
                    out[nb] = joined
                    del out[k]
                    changed = True
                    break
            if changed:
                break
    return out


def _past_moved(beads: list, k: int, step: int, keep: set[int]) -> int:
    """The next entry from `k` in direction `step`, past the places of reference sentences
    a moved bead took (`keep`): they stand where the reference has them, not between two
    neighbouring sentences of the version."""
    nb = k + step
    while 0 <= nb < len(beads) and beads[nb][0] and not beads[nb][1] and beads[nb][0][0] in keep:
        nb += step
    return nb


def _join_paragraph_parts(beads: list, reference: Sequence[Sentence],
                          version: Sequence[Sentence], keep_ref: set[int],
                          keep_ver: set[int]) -> list:
    """Where both texts have as many paragraphs (a translation that keeps the reference's
    paragraphs, paragraph k for paragraph k), an unmatched sentence joins the neighbouring
    bead that pairs the rest of its own paragraph with the other text's paragraph of the
    same rank (the joined bead holds both paragraphs whole): the
    translator split one sentence in two (or joined two), and the part the models could
    not pair says the rest of its paragraph's counterpart. Without it, the facts of that
    part are compared with nothing, and a drift in the other part looks like a lost
    fact."""
    from checker.align.similarity import MAX_SPAN

    ranks = kept_paragraph_ranks(reference, version)
    if ranks is None:
        return beads
    ref_rank, ver_rank = ranks
    ref_members: dict[int, set[int]] = {}
    ver_members: dict[int, set[int]] = {}
    for members, ranks in ((ref_members, ref_rank), (ver_members, ver_rank)):
        for index, rank in enumerate(ranks):
            members.setdefault(rank, set()).add(index)
    out = list(beads)
    k = 0
    while k < len(out):
        ri, vj = out[k]
        lone = ri or vj
        if (ri and vj) or (ri and ri[0] in keep_ref) or (vj and vj[0] in keep_ver):
            k += 1
            continue
        rank = (ref_rank if ri else ver_rank)[lone[0]]
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(out) or not (out[nb][0] and out[nb][1]):
                continue
            r, v = out[nb]
            side, other = (r, v) if ri else (v, r)
            joined = (tuple(sorted(r + ri)), v) if ri else (r, tuple(sorted(v + vj)))
            # Spans are one sentence against up to MAX_SPAN (similarity.py); the joined bead
            # is the whole paragraph on both sides (one part left over, not a run of them).
            if (len(other) != 1 or len(side) >= MAX_SPAN
                    or set(joined[0]) != ref_members[rank]
                    or set(joined[1]) != ver_members[rank]):
                continue
            out[nb] = joined
            del out[k]
            k -= 1
            break
        k += 1
    return out


def paragraph_beads(alignment: Sequence[Alignment], reference: Sequence[Sentence],
                    version: Sequence[Sentence]) -> list[Alignment]:
    """The alignment as the comparers take it: where both texts keep as many paragraphs,
    consecutive in-order beads that pair paragraph k with paragraph k (two or more, one of
    them a pair) become one bead, as sure as the least sure of them. A translator who
    splits or joins the paragraph's sentences otherwise moves facts from one sentence to
    the next; compared paragraph with paragraph, as a pair of segments is, a fact is found
    beside its counterpart and a drift is `changed`, not a lost fact and an added one."""
    ranks = kept_paragraph_ranks(reference, version)
    if ranks is None:
        return list(alignment)
    ref_rank, ver_rank = ranks

    def rank(bead: Alignment) -> int | None:
        if bead.moved:
            return None  # a moved passage stays as it was found
        found = {ref_rank[i] for i in bead.reference} | {ver_rank[j] for j in bead.version}
        return found.pop() if len(found) == 1 else None

    out: list[Alignment] = []
    run: list[Alignment] = []

    def close() -> None:
        pairs = [b for b in run if b.reference and b.version]
        if len(run) > 1 and pairs:
            out.append(Alignment(tuple(sorted(i for b in run for i in b.reference)),
                                 tuple(sorted(j for b in run for j in b.version)),
                                 min(b.score for b in pairs),
                                 distinct=all(b.distinct for b in pairs),
                                 clear=all(b.clear for b in pairs)))
        else:
            out.extend(run)
        run.clear()

    for bead in alignment:
        here = rank(bead)
        if run and here != rank(run[0]):
            close()
        if here is None:
            out.append(bead)
        else:
            run.append(bead)
    close()
    return out


def _fill_gaps(beads: list, keep: set[int]) -> list:
    """Pair sentences the passes left unmatched when they fill the same small gap
    on both sides (hunalign-style gap filling): one reference and one version
    sentence between the same two aligned neighbours are, in news translation, one
    sentence the models could not read (no shared names, numbers or vocabulary)."""
    out: list = []
    k = 0
    while k < len(beads):
        if beads[k][0] and beads[k][1]:
            out.append(beads[k])
            k += 1
            continue
        end = k
        while end < len(beads) and not (beads[end][0] and beads[end][1]):
            end += 1
        gap = beads[k:end]
        refs = [b[0][0] for b in gap if b[0] and b[0][0] not in keep]
        vers = [b[1][0] for b in gap if b[1]]
        consecutive = (refs and vers and refs[-1] - refs[0] == len(refs) - 1
                       and vers[-1] - vers[0] == len(vers) - 1)
        if consecutive and len(refs) == len(vers) <= GAP_FILL:
            out.extend(((r,), (v,)) for r, v in zip(refs, vers, strict=False))
            out.extend(b for b in gap if b[0] and b[0][0] in keep)
        else:
            out.extend(gap)
        k = end
    return out
