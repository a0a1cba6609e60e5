"""Gold alignments: a format that survives changes to the sentence splitter, and
the accuracy of an alignment against one.

A gold file (`checker-gold-alignment/1`, JSON) names the two documents (paths
relative to the gold file) and lists beads in reference order. Each bead lists the
opening words of its reference sentences and of its version sentences (the first
words are enough, as long as they occur once in their document, or begin only one
sentence of it); either list may be
empty for a sentence the other side lacks; `"moved": true` marks a passage that
stands elsewhere in the version:

    {"format": "checker-gold-alignment/1",
     "reference": "../en.txt", "version": "../fr.txt",
     "beads": [
       {"reference": ["NATO chief says alliance"], "version": ["Le chef de l’OTAN affirme"]},
       {"reference": ["He said the first batch", "Recent clashes in Kosovo"],
        "version": ["Il a précisé que le premier"]},
       {"reference": ["Sweden is joining the summit"], "version": []}]}

Each opening is found in the document text and mapped to the sentence of our
splitter that contains it, so gold does not depend on the splitter's indices.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.errors import InputError
from checker.model import Alignment, Sentence

FORMAT = "checker-gold-alignment/1"

GoldBead = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass
class Gold:
    path: Path
    reference: Path
    version: Path
    beads: list[dict]  # as written: {"reference": [openings], "version": [openings], "moved"?}


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read gold alignment {path}: {exc}") from exc
    if data.get("format") != FORMAT:
        raise InputError(f"{path}: not a {FORMAT} file")
    base = Path(path).parent
    return Gold(Path(path), (base / data["reference"]).resolve(),
                (base / data["version"]).resolve(), list(data["beads"]))


def locate(opening: str, text: str, sentences: Sequence[Sentence], where: str) -> int:
    """Index of the sentence that the opening belongs to: the one occurrence of
    `opening` in the text, or, when it occurs more than once (a subheading quoted
    later), the one occurrence at the start of a sentence."""
    found = []
    at = text.find(opening)
    while at >= 0:
        found.append(at)
        at = text.find(opening, at + 1)
    if not found:
        raise InputError(f"{where}: gold opening not found: {opening!r}")
    if len(found) > 1:
        starts = {s.start for s in sentences}
        found = [at for at in found if at in starts]
        if len(found) != 1:
            raise InputError(f"{where}: gold opening is ambiguous, give more words: {opening!r}")
    for sentence in sentences:
        if sentence.start <= found[0] < sentence.end:
            return sentence.index
    raise InputError(f"{where}: gold opening is outside every sentence: {opening!r}")


def resolve(gold: Gold, reference: Sequence[Sentence], reference_text: str,
            version: Sequence[Sentence], version_text: str) -> list[GoldBead]:
    """Gold beads as sentence indices of our splitter."""
    out = []
    for bead in gold.beads:
        ref = tuple(sorted({locate(o, reference_text, reference, str(gold.path))
                            for o in bead.get("reference", [])}))
        ver = tuple(sorted({locate(o, version_text, version, str(gold.path))
                            for o in bead.get("version", [])}))
        if ref or ver:
            out.append((ref, ver))
    return out


def accuracy(predicted: Sequence[Alignment], gold: Sequence[GoldBead]) -> float:
    """Share of gold beads found exactly (same sentences on both sides; a sentence
    gold leaves unmatched must be left unmatched)."""
    if not gold:
        return 1.0
    found = {(tuple(b.reference), tuple(b.version)) for b in predicted}
    return sum(1 for bead in gold if bead in found) / len(gold)


def link_scores(predicted: Sequence[Alignment], gold: Sequence[GoldBead]) -> tuple[float, float]:
    """Precision and recall of sentence-to-sentence links (vecalign's strict measure)."""
    def links(beads):
        return {(i, j) for r, v in beads for i in r for j in v}

    pred = links((b.reference, b.version) for b in predicted)
    true = links(gold)
    precision = len(pred & true) / len(pred) if pred else 1.0
    recall = len(pred & true) / len(true) if true else 1.0
    return precision, recall
