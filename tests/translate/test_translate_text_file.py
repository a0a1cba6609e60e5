"""`checker translate` in the library: a file translated sentence by sentence and laid
out like the original."""

from __future__ import annotations

from pathlib import Path

from checker.segment import split_sentences
from checker.translate.text_file import join_translations, translate_file

SPANISH = ("El jefe de la OTAN llegó el jueves. Al menos 30 soldados resultaron heridos.\n"
           "Fuente: agencias.\n\n"
           "La cumbre será en julio.\n")


def test_layout_keeps_paragraphs_and_line_breaks():
    sentences = split_sentences(SPANISH, "es")
    assert join_translations(SPANISH, sentences, [s.text for s in sentences]) == SPANISH.strip()
    upper = join_translations(SPANISH, sentences, [s.text.upper() for s in sentences])
    assert upper == SPANISH.strip().upper()


def test_a_file_is_translated_and_laid_out_like_the_original(tmp_path: Path):
    source = tmp_path / "story.es.txt"
    source.write_text(SPANISH, encoding="utf-8")
    result = translate_file(source, "en", engines=["apertium"])
    assert (result.source, result.target, result.already_in_target) == ("es", "en", False)
    assert result.translation.stats.translated == len(result.sentences) == 4
    assert result.laid_out().count("\n\n") == 1 and result.laid_out().count("\n") == 3
    data = result.to_dict()
    assert data["translation"]["engine"] == "apertium"
    assert [s["index"] for s in data["sentences"]] == [1, 2, 3, 4]
    again = translate_file(source, "en", engines=["apertium"])
    assert again.translation.stats.cached == 4 and again.laid_out() == result.laid_out()


def test_a_file_already_in_the_target_language_is_given_back_as_it_is(tmp_path: Path):
    source = tmp_path / "story.txt"
    source.write_text(SPANISH, encoding="utf-8")
    result = translate_file(source, "es", source="es")
    assert result.already_in_target and result.translation.texts == [
        s.text for s in result.sentences]
    assert result.to_dict()["translation"] == {"engine": None, "model": None, "version": None}
