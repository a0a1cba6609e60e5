"""`checker pairs` reads glossaries the way `checker check` does: --glossaries DIR, else a
glossaries/ folder next to the input file or above, else in the current directory."""

import json
from pathlib import Path

PAIR = {
    "id": "p1",
    "source": {"lang": "en", "text": "Talks between Belgrade and Pristina resumed."},
    "target": {"lang": "sr", "text": "Razgovori između Beograda i Pristine su nastavljeni."},
}
SR_GLOSSARY = "concept\tpreferred\tallowed\tforbidden\tnote\npristina\tPriština\t\tPristina\t\n"
EN_GLOSSARY = "concept\tpreferred\tallowed\tforbidden\tnote\npristina\tPristina\tPrishtina\t\t\n"


def make_glossaries(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "sr.tsv").write_text(SR_GLOSSARY, encoding="utf-8")
    (folder / "en.tsv").write_text(EN_GLOSSARY, encoding="utf-8")
    return folder


def write_pair(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(PAIR, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def rules(out: str) -> list[str]:
    return [f["rule"] for line in out.splitlines() for f in json.loads(line)["findings"]]


def test_pairs_find_the_glossary_above_the_input(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)
    make_glossaries(tmp_path / "story" / "glossaries")
    pairs = write_pair(tmp_path / "story" / "exports" / "pairs.jsonl")
    code, out, _ = run_cli("pairs", pairs, "--fail-on", "warning")
    assert rules(out) == ["term.changed"]  # "Pristine": the Serbian desk forbids "Pristina"
    assert code == 1


def test_pairs_without_glossary_and_with_given_folder(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)  # no glossaries/ here or above the input
    pairs = write_pair(tmp_path / "pairs.jsonl")
    code, out, _ = run_cli("pairs", pairs)
    assert (code, rules(out)) == (0, [])
    folder = make_glossaries(tmp_path / "desk-terms")
    code, out, _ = run_cli("pairs", pairs, "--glossaries", folder)
    assert rules(out) == ["term.changed"]


def test_pairs_with_a_missing_glossary_folder_is_an_input_error(tmp_path, run_cli):
    pairs = write_pair(tmp_path / "pairs.jsonl")
    code, out, err = run_cli("pairs", pairs, "--glossaries", tmp_path / "nope")
    assert code == 2
    assert out == ""
    assert "glossary folder not found" in err
