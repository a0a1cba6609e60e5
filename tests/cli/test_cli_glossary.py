"""`checker glossary ...` through the real CLI entry point."""

import subprocess
from pathlib import Path

from support.cli import command, environment

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        command("glossary", *args),
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=environment({"PATH": "/usr/bin:/bin"}),
    )


def test_add_show_list_remove(tmp_path):
    d = str(tmp_path)
    assert (
        run(
            "add",
            "pristina",
            "--lang",
            "sq",
            "-p",
            "Prishtina",
            "-a",
            "Prishtinë",
            "-x",
            "Priština|Pristina",
            "--dir",
            d,
        ).returncode
        == 0
    )
    assert run("add", "pristina", "--lang", "sq", "-a", "Prishtinës", "--dir", d).returncode == 0
    text = (tmp_path / "sq.tsv").read_text(encoding="utf-8")
    assert text.splitlines()[1] == "pristina\tPrishtina\tPrishtinë|Prishtinës\tPriština|Pristina\t"
    shown = run("show", "pristina", "--dir", d)
    assert shown.returncode == 0 and "forbidden: Priština | Pristina" in shown.stdout
    listed = run("list", "--dir", d)
    assert "sq\t1 concepts" in listed.stdout
    assert (
        run("remove", "pristina", "--lang", "sq", "--term", "Pristina", "--dir", d).returncode == 0
    )
    assert (
        "Pristina\t" not in (tmp_path / "sq.tsv").read_text(encoding="utf-8").split("\n")[1][-10:]
    )
    assert run("remove", "pristina", "--lang", "sq", "--dir", d).returncode == 0
    assert run("list", "--lang", "sq", "--dir", d).stdout == ""


def test_errors_are_one_line_exit_2_and_change_nothing(tmp_path):
    path = tmp_path / "de.tsv"
    body = "concept\tpreferred\tallowed\tforbidden\tnote\nnato\tNATO\t\t\t\t\textra\n"
    path.write_text(body, encoding="utf-8")
    out = run("add", "eu", "--lang", "de", "-p", "EU", "--dir", str(tmp_path))
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and f"{path}:2:" in out.stderr
    assert path.read_text(encoding="utf-8") == body
    missing = run("show", "nothing", "--dir", str(tmp_path / "none"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_tbx_export_import_round_trip_of_shipped_glossaries(tmp_path):
    tbx_file = tmp_path / "all.tbx"
    assert run("export", str(tbx_file), "--dir", str(ROOT / "glossaries")).returncode == 0
    target = tmp_path / "imported"
    assert run("import", str(tbx_file), "--dir", str(target)).returncode == 0
    for original in (ROOT / "glossaries").glob("*.tsv"):
        assert (target / original.name).read_bytes() == original.read_bytes()


def test_csv_import_export(tmp_path):
    csv_file = tmp_path / "fr.csv"
    csv_file.write_text(
        'concept,preferred,allowed,forbidden,note\nnato,OTAN,,NATO,"sigle, français"\n',
        encoding="utf-8",
    )
    assert (
        run("import", str(csv_file), "--lang", "fr", "--dir", str(tmp_path / "g")).returncode == 0
    )
    out = run("export", "-", "--lang", "fr", "--format", "csv", "--dir", str(tmp_path / "g"))
    assert (
        out.stdout
        == 'concept,preferred,allowed,forbidden,note\nnato,OTAN,,NATO,"sigle, français"\n'
    )


def test_lint_reports_and_exits_1(tmp_path):
    (tmp_path / "en.tsv").write_text(
        "concept\tpreferred\tallowed\tforbidden\tnote\nnato\tNATO\t\tNATO\t\neu\tEU\t\t\t\n",
        encoding="utf-8",
    )
    (tmp_path / "fr.tsv").write_text(
        "concept\tpreferred\tallowed\tforbidden\tnote\nnato\tOTAN\t\t\t\n", encoding="utf-8"
    )
    out = run("lint", "--dir", str(tmp_path))
    assert out.returncode == 1
    assert "preferred-forbidden" in out.stdout and "missing-concept" in out.stdout
    assert run("lint", "--dir", str(ROOT / "glossaries")).returncode == 0


def test_default_folder_is_found_from_the_current_directory(tmp_path):
    (tmp_path / "glossaries").mkdir()
    sub = tmp_path / "stories"
    sub.mkdir()
    assert run("add", "nato", "--lang", "en", "-p", "NATO", cwd=sub).returncode == 0
    assert (tmp_path / "glossaries" / "en.tsv").exists()


def one_line_error(out: subprocess.CompletedProcess) -> bool:
    return (
        out.returncode == 2
        and "Traceback" not in out.stderr
        and out.stderr.strip().count("\n") == 0
    )


def test_import_of_a_file_that_is_not_utf8_is_one_line_and_changes_nothing(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_bytes(b"concept\tpreferred\nnato\tNAT\xff\n")
    out = run("import", str(bad), "--lang", "de", "--dir", str(tmp_path / "g"))
    assert one_line_error(out) and "bad.tsv" in out.stderr
    assert not (tmp_path / "g").exists()


def test_export_to_a_missing_folder_is_one_line_and_creates_nothing(tmp_path):
    (tmp_path / "bad.csv").write_text("x", encoding="utf-8")
    glossaries = str(ROOT / "glossaries")
    under_file = run("export", str(tmp_path / "bad.csv" / "x.tsv"), "--lang", "de", "--dir",
                     glossaries)
    assert one_line_error(under_file) and "bad.csv" in under_file.stderr
    missing = tmp_path / "nowhere" / "x.tsv"
    out = run("export", str(missing), "--lang", "de", "--dir", glossaries)
    assert one_line_error(out) and "nowhere" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_unknown_language_tags_are_refused_and_write_nothing(tmp_path):
    d = str(tmp_path / "g")
    source = tmp_path / "in.tsv"
    source.write_text("concept\tpreferred\nnato\tNATO\n", encoding="utf-8")
    for args in (
        ("add", "nato", "-p", "NATO"),
        ("remove", "nato"),
        ("import", str(source)),
        ("export", str(tmp_path / "out.tsv")),
        ("show", "nato"),
        ("list",),
    ):
        out = run(*args, "--lang", "xx", "--dir", d)
        assert one_line_error(out) and "'xx'" in out.stderr, args
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.tsv"]
    # A known tag is stored under its canonical spelling.
    assert run("add", "nato", "--lang", "sr-cyrl", "-p", "НАТО", "--dir", d).returncode == 0
    assert [p.name for p in (tmp_path / "g").iterdir()] == ["sr-Cyrl.tsv"]
