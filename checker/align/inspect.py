"""The alignment of two files, as `checker align` shows it to a person
(`checker.pipeline.align_files` reads, splits, translates and aligns them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.model import Alignment, Document, Sentence


@dataclass
class AlignedFiles:
    """Both documents, their sentences and pivot texts, the beads, and what was used."""

    reference: Document
    version: Document
    reference_sentences: list[Sentence]
    version_sentences: list[Sentence]
    beads: list[Alignment]
    sources: list[str] = field(default_factory=list)  # similarity sources used
    reference_pivot: dict[int, str] | None = None
    version_pivot: dict[int, str] | None = None

    def bead_kind(self, bead: Alignment) -> str:
        """"1-1", "2-1", ..., "missing" (reference only), "extra" (version only)."""
        if not bead.version:
            return "missing"
        if not bead.reference:
            return "extra"
        return f"{len(bead.reference)}-{len(bead.version)}"

    def to_dict(self) -> dict:
        def side(doc: Document, sentences: list[Sentence], pivot: dict[int, str] | None,
                 indices: tuple[int, ...]) -> list[dict]:
            out = []
            for i in indices:
                s = sentences[i]
                item = {"sentence": i + 1, "line": s.line, "text": s.text}
                if pivot and i in pivot and pivot[i] != s.text:
                    item["translation"] = pivot[i]
                out.append(item)
            return out

        return {
            "reference": {"path": self.reference.path, "lang": self.reference.lang,
                          "sentences": len(self.reference_sentences)},
            "version": {"path": self.version.path, "lang": self.version.lang,
                        "sentences": len(self.version_sentences)},
            "similarity": self.sources,
            "beads": [
                {"kind": self.bead_kind(b), "moved": b.moved, "score": round(b.score, 4),
                 "reference": side(self.reference, self.reference_sentences,
                                   self.reference_pivot, b.reference),
                 "version": side(self.version, self.version_sentences, self.version_pivot,
                                 b.version)}
                for b in self.beads
            ],
        }
