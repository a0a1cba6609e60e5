"""benchmarks/serbian_twin.py: the Cyrillic twin of a folder's Serbian Latin text."""

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "serbian_twin", Path(__file__).resolve().parents[2] / "benchmarks" / "serbian_twin.py"
)
assert _SPEC is not None and _SPEC.loader is not None
serbian_twin = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(serbian_twin)


def test_the_twin_keeps_roman_numerals_and_foreign_words_in_latin():
    line = "Džon Ljubić je 5. V 2021. napisao na Twitter-u o XXI veku."
    assert serbian_twin.to_cyrillic(line) == (
        "Џон Љубић је 5. V 2021. написао на Twitter-у о XXI веку.")


def test_the_twin_folder_never_reads_the_folders_own_cyrillic(tmp_path):
    source, out = tmp_path / "tune", tmp_path / "twin"
    source.mkdir()
    (source / "en.txt").write_text("On 3 May.\n", "utf-8")
    (source / "doc_ids.txt").write_text("a\n", "utf-8")
    (source / "sr.txt").write_text("Trećeg maja.\n", "utf-8")
    (source / "sr-Cyrl.txt").write_text("not to be read\n", "utf-8")
    assert serbian_twin.main([str(source), str(out)]) == 0
    assert (out / "sr-Cyrl.txt").read_text("utf-8") == "Трећег маја.\n"
    assert sorted(p.name for p in out.iterdir()) == ["doc_ids.txt", "en.txt", "sr-Cyrl.txt",
                                                     "sr.txt"]
