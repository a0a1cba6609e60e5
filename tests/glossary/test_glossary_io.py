"""Glossary files: strict TSV/CSV reading with file:line errors, TBX round trip."""

from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.glossary import store, tbx, tsv
from checker.glossary.model import Concept, Glossary

SHIPPED = Path(__file__).resolve().parents[2] / "glossaries"


def test_shipped_glossaries_read_and_cover_the_seed_languages():
    glossaries = store.load_all(SHIPPED)
    assert {"en", "tr", "sr", "sq", "de", "es", "fr", "ru", "ar"} <= set(glossaries)
    assert glossaries["sr"].concepts["pristina"].preferred == "Priština"
    assert "Prishtinë" in glossaries["sq"].concepts["pristina"].allowed


def test_tsv_round_trip_is_exact():
    for path in SHIPPED.glob("*.tsv"):
        text = path.read_text(encoding="utf-8")
        assert tsv.dumps(tsv.parse(text, path.stem, str(path))) == text


@pytest.mark.parametrize(
    "body, line, message",
    [
        (
            "concept\tpreferred\tallowed\tforbidden\tnote\nnato\tNATO\na\tb\tc\td\te\tf\n",
            3,
            "6 fields",
        ),
        ("concept\tpreferred\tallowed\tforbidden\tnote\nnato\t\t\t\t\n", 2, "no preferred term"),
        (
            "concept\tpreferred\tallowed\tforbidden\tnote\nnato\tNATO\nnato\tOTAN\n",
            3,
            "already defined on line 2",
        ),
        ("term\tdefinition\nnato\tNATO\n", 1, "expected the header"),
        ("concept\tpreferred\tallowed\tforbidden\tnote\n\tNATO\n", 2, "empty concept id"),
    ],
)
def test_malformed_files_name_file_and_line(tmp_path, body, line, message):
    path = tmp_path / "fr.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CheckerError) as err:
        tsv.read(path)
    assert str(err.value).startswith(f"{path}:{line}:") and message in str(err.value)


def test_csv_with_quotes_and_commas(tmp_path):
    g = Glossary(
        "en", {"un": Concept("un", "United Nations", ["UN", "U.N."], [], "note, with comma")}
    )
    path = tmp_path / "en.csv"
    path.write_text(tsv.dumps(g, ","), encoding="utf-8")
    back = tsv.read(path)
    assert back.concepts["un"].same_entries(g.concepts["un"])


def test_tbx_round_trip_without_loss():
    glossaries = store.load_all(SHIPPED)
    back = tbx.loads(tbx.dumps(glossaries), "mem.tbx")
    assert set(back) == set(glossaries)
    for lang, glossary in glossaries.items():
        assert set(back[lang].concepts) == set(glossary.concepts)
        for cid, concept in glossary.concepts.items():
            assert back[lang].concepts[cid].same_entries(concept), (lang, cid)


def test_tbx_v2_martif_import():
    text = """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
 <termEntry id="nato">
  <langSet xml:lang="fr">
   <tig><term>OTAN</term>
    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
   <tig><term>NATO</term>
    <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="de"><tig><term>NATO</term></tig></langSet>
 </termEntry>
</body></text></martif>"""
    out = tbx.loads(text, "v2.tbx")
    assert out["fr"].concepts["nato"].preferred == "OTAN"
    assert out["fr"].concepts["nato"].forbidden == ["NATO"]
    assert out["de"].concepts["nato"].preferred == "NATO"


def test_broken_tbx_names_the_line():
    with pytest.raises(CheckerError, match=r"^x\.tbx:3: not well-formed"):
        tbx.loads("<tbx>\n<text>\n<body></text>", "x.tbx")
