"""Glossary files in and out of the store: the format given or told from the name,
TSV/CSV for one language, TBX for all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.glossary import store
from checker.glossary.exchange import export_format, export_text, format_of, read_glossaries

GLOSSARIES = Path(__file__).resolve().parents[2] / "glossaries"


def terms(glossary) -> dict:
    """What a glossary says, concept by concept (not where in its file)."""
    return {c.id: (c.preferred, c.allowed, c.forbidden, c.note)
            for c in glossary.concepts.values()}


def test_format_is_given_or_told_from_the_name():
    assert format_of(Path("terms.CSV")) == "csv"
    assert format_of(Path("terms.xml")) == "tbx"
    assert format_of(Path("terms.txt"), "tsv") == "tsv"
    with pytest.raises(CheckerError, match="cannot tell the format from the name"):
        format_of(Path("terms.txt"))
    assert export_format("-") == "tsv"  # standard output
    assert export_format("-", "tbx") == "tbx"


def test_tbx_export_reads_back_as_the_same_glossaries(tmp_path):
    folder = tmp_path / "glossaries"
    shutil.copytree(GLOSSARIES, folder)
    tbx_file = tmp_path / "all.tbx"
    tbx_file.write_text(export_text(folder, "tbx"), encoding="utf-8")
    back = read_glossaries(tbx_file)
    assert sorted(back) == store.languages(folder)
    for lang, glossary in back.items():
        assert terms(glossary) == terms(store.load(folder, lang))
    assert list(read_glossaries(tbx_file, lang="de")) == ["de"]


def test_csv_needs_a_language_and_round_trips(tmp_path):
    csv_text = export_text(GLOSSARIES, "csv", "tr")
    csv_file = tmp_path / "tr.csv"
    csv_file.write_text(csv_text, encoding="utf-8")
    (glossary,) = read_glossaries(csv_file, lang="tr").values()
    assert terms(glossary) == terms(store.load(GLOSSARIES, "tr"))
    with pytest.raises(CheckerError, match="--lang is required to import"):
        read_glossaries(csv_file)
    with pytest.raises(CheckerError, match="--lang is required to export"):
        export_text(GLOSSARIES, "tsv")


def test_a_missing_file_is_named_before_its_format(tmp_path):
    with pytest.raises(CheckerError, match="no such file"):
        read_glossaries(tmp_path / "terms.unknown")
