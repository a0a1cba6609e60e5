"""A sentence longer than the run's `max_claim_chars` is compared in pieces: the
findings are those of the whole sentence, each quoting its piece, at the fact's line and
column."""

from __future__ import annotations

from checker.context import CheckContext
from checker.embed import EmbedConfig
from checker.model import Document
from checker.pipeline import CheckOptions, check_documents

EN = ("Officials said " + "the talks in Oslo went on for hours and " * 6
      + "at least 30 soldiers were injured in Kosovo "
      + "while the talks in Vienna went on for days and " * 6 + "nobody left")
DE = ("Beamte sagten " + "die Gespräche in Oslo dauerten Stunden und " * 6
      + "mindestens 13 Soldaten wurden im Kosovo verletzt "
      + "während die Gespräche in Wien tagelang dauerten und " * 6 + "niemand ging")


def _check(limit: int):
    reference = Document("en.txt", "Headline\n\n" + EN + "\n", "en", "given")
    version = Document("de.txt", "Titel\n\n" + DE + "\n", "de", "given")
    options = CheckOptions(translate=False, embed=EmbedConfig(model=None, multilingual=None))
    return reference, version, check_documents([reference, version], reference, options,
                                               CheckContext(max_claim_chars=limit))


def test_a_long_sentence_cut_into_pieces_gives_the_findings_of_the_whole():
    reference, version, cut = _check(80)
    _, _, whole = _check(2000)
    assert len(cut.reference.sentence_list) > 5 and len(whole.reference.sentence_list) == 2
    assert [f.message for f in cut.findings] == [f.message for f in whole.findings] == [
        "number changed: at least 30 (reference) -> mindestens 13 (version)"]
    [piece], [sentence] = cut.findings, whole.findings
    for found, document in ((piece.reference, reference), (piece.version, version)):
        assert len(found.text) <= 80  # the piece, not the whole sentence
        start = document.text.splitlines()[found.line - 1]
        assert start[found.column - 1 :].startswith(found.fact)
    # The same place in the file as when the sentence is compared whole.
    assert (piece.reference.line, piece.reference.column) == (
        sentence.reference.line, sentence.reference.column)
    assert (piece.version.line, piece.version.column) == (
        sentence.version.line, sentence.version.column)
