"""The command line under hostile input: one line on stderr and exit 2, never a traceback;
user data never drives the terminal; writes never destroy; Ctrl-C is one line, exit 130."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from support.cli import command, environment
from support.fs import feed_fifo, immutable

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


def _story(folder: Path, names=("en.txt", "de.txt")) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes((SEED / name).read_bytes())
    return folder


def _one_error_line(err: str) -> None:
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("checker: error: "), err


def test_rich_markup_in_a_path_is_shown_as_written(tmp_path: Path, run_cli) -> None:
    story = _story(tmp_path / "a[" / "]b")
    code, out, err = run_cli("check", story, "--no-translate", "--no-embed")
    assert code in (0, 1), err
    assert "a[/]b" in out
    linked = _story(tmp_path / "[link=file:evil]x")
    code, out, err = run_cli("check", linked, "--no-translate", "--no-embed")
    assert code in (0, 1), err
    assert "[link=file:evil]x" in out.replace("\n", "")


def test_control_characters_from_story_text_are_escaped(tmp_path: Path, run_cli) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "en.txt").write_text("NATO sent 700 soldiers to Kosovo on Monday.\n")
    (story / "de.txt").write_text("Die NATO schickte am Montag \x1b]0;owned\x07\x1b[2J"
                                  "900 Soldaten in den Kosovo.\n")
    code, out, err = run_cli("check", story, "--no-translate", "--no-embed")
    assert code == 1, err
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b" in out


def test_usage_errors_are_one_line(run_cli) -> None:
    code, _, err = run_cli("check")
    assert code == 2
    _one_error_line(err)
    code, _, err = run_cli("check", "--no-such-flag", "x")
    assert code == 2
    _one_error_line(err)


def test_output_that_is_an_input_is_refused(tmp_path: Path, run_cli) -> None:
    story = _story(tmp_path / "story")
    before = (story / "de.txt").read_bytes()
    code, _, err = run_cli("check", story, "--no-translate", "--no-embed", "-o", story / "de.txt")
    assert code == 2
    _one_error_line(err)
    assert "is one of the inputs" in err
    assert (story / "de.txt").read_bytes() == before


def test_pairs_output_that_is_the_pairs_file_is_refused(tmp_path: Path, run_cli) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text('{"id": "1", "source": {"lang": "en", "text": "7 people came."}, '
                     '"target": {"lang": "de", "text": "7 Leute kamen."}}\n', encoding="utf-8")
    before = pairs.read_bytes()
    code, _, err = run_cli("pairs", pairs, "-o", pairs)
    assert code == 2
    _one_error_line(err)
    assert "is one of the inputs" in err
    assert pairs.read_bytes() == before


def test_output_through_a_symlink_and_to_stdout(tmp_path: Path, run_cli) -> None:
    story = _story(tmp_path / "story")
    real = tmp_path / "reports" / "latest.json"
    real.parent.mkdir()
    real.write_text("old")
    (tmp_path / "link.json").symlink_to(real)
    code, _, err = run_cli("check", story, "--no-translate", "--no-embed", "-f", "json",
                           "-o", tmp_path / "link.json")
    assert code in (0, 1), err
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads(real.read_text())["schema"] == "checker-report/1"
    code, out, _ = run_cli("check", story, "--no-translate", "--no-embed", "-f", "json", "-o", "-")
    assert json.loads(out)["schema"] == "checker-report/1"


def test_a_text_report_in_the_story_folder_does_not_break_the_next_run(tmp_path: Path,
                                                                       run_cli) -> None:
    story = _story(tmp_path / "story")
    first = run_cli("check", story, "--no-translate", "--no-embed", "-o", story / "report.txt")
    second = run_cli("check", story, "--no-translate", "--no-embed", "-o", story / "report.txt")
    assert first[0] in (0, 1) and second[0] == first[0], second[2]
    assert "report.txt" not in (story / "report.txt").read_text()


def test_fifo_input_with_html_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_bytes((SEED / "en.txt").read_bytes())
    fifo = tmp_path / "de.txt"
    os.mkfifo(fifo)
    feed_fifo(fifo, (SEED / "de.txt").read_bytes())
    done = subprocess.run(command("check", tmp_path / "en.txt", fifo, "--no-translate",
                                  "--no-embed", "--format", "html"),
                          env=environment(), capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    assert "<html" in done.stdout


def test_pairs_bad_lines_are_one_line(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"id": 1, "source": {"lang": "en", "text": null}, '
                    '"target": {"lang": "de", "text": "x"}}\n')
    code, _, err = run_cli("pairs", path)
    assert code == 2
    _one_error_line(err)
    code, _, err = run_cli("pairs", tmp_path)  # a folder
    assert code == 2
    _one_error_line(err)


def test_a_bad_baseline_is_one_line(tmp_path: Path, run_cli) -> None:
    story = _story(tmp_path / "story")
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"schema": "checker-baseline/1", "accepted": 5}')
    code, _, err = run_cli("check", story, "--no-translate", "--no-embed",
                           "--baseline", baseline)
    assert code == 2
    _one_error_line(err)


def test_a_path_the_system_refuses_is_one_line(tmp_path: Path, run_cli) -> None:
    too_long = tmp_path / ("a" * 300) / "de.txt"  # ENAMETOOLONG: refused to root as well
    code, _, err = run_cli("check", SEED / "en.txt", too_long)
    assert code == 2
    _one_error_line(err)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores search permission on folders; "
                    "the same OSError path is covered by test_a_path_the_system_refuses_...")
def test_an_input_in_a_folder_without_search_permission(tmp_path: Path, run_cli) -> None:
    story = _story(tmp_path / "story")
    story.chmod(0o600)
    try:
        code, _, err = run_cli("check", story / "en.txt", story / "de.txt")
    finally:
        story.chmod(0o755)
    assert code == 2
    _one_error_line(err)


# --- glossaries ----------------------------------------------------------------------------

TBX = """<?xml version="1.0"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca"><text><body>
<conceptEntry id="ankara"><langSec xml:lang="tr"><termSec><term>{term}</term>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>"""


@pytest.mark.parametrize("term", ["Ankara|Istanbul", "Ankara\tIstanbul", "An\nkara"])
def test_glossary_import_checks_terms_as_add_does(tmp_path: Path, run_cli, term: str) -> None:
    source = tmp_path / "terms.tbx"
    source.write_text(TBX.format(term=term), encoding="utf-8")
    folder = tmp_path / "glossaries"
    code, _, err = run_cli("glossary", "import", source, "--dir", folder)
    assert code == 2
    _one_error_line(err)
    assert "concept 'ankara'" in err
    assert not folder.exists() or list(folder.iterdir()) == []


def test_glossary_import_refuses_entity_expansion(tmp_path: Path, run_cli) -> None:
    source = tmp_path / "laughs.tbx"
    source.write_text('<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa">'
                      '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                      + TBX.split("?>", 1)[1].format(term="&b;"), encoding="utf-8")
    code, _, err = run_cli("glossary", "import", source, "--dir", tmp_path / "g")
    assert code == 2
    _one_error_line(err)


def test_glossary_writes_in_a_read_only_folder_are_one_line(tmp_path: Path, run_cli) -> None:
    folder = tmp_path / "glossaries"
    folder.mkdir()
    assert run_cli("glossary", "add", "nato", "-l", "de", "-p", "NATO", "--dir", folder)[0] == 0
    before = (folder / "de.tsv").read_bytes()
    source = tmp_path / "de.tsv"
    source.write_text("concept\tpreferred\nkfor\tKFOR\n")
    with immutable(folder):
        for args in (("add", "un", "-l", "de", "-p", "UNO"), ("remove", "nato", "-l", "de"),
                     ("import", source, "-l", "de")):
            code, _, err = run_cli("glossary", *args, "--dir", folder)
            assert code == 2, args
            _one_error_line(err)
    assert sorted(p.name for p in folder.iterdir()) == ["de.tsv"]
    assert (folder / "de.tsv").read_bytes() == before


def test_glossary_list_dir_that_is_a_file(tmp_path: Path, run_cli) -> None:
    file = tmp_path / "de.tsv"
    file.write_text("concept\tpreferred\n")
    code, _, err = run_cli("glossary", "list", "--dir", file)
    assert code == 2
    _one_error_line(err)


# --- Ctrl-C ----------------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def test_ctrl_c_with_jobs_is_one_line_from_the_parent(tmp_path: Path) -> None:
    if not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists():
        pytest.skip("no /proc/PID/task/PID/children to see the workers start")
    stories = tmp_path / "stories"
    # Enough stories that the run is still going when Ctrl-C comes (a story takes well
    # under a second now that language data is compiled once).
    for n in range(60):
        _story(stories / f"s{n}", ("en.txt", "de.txt", "fr.txt", "ru.txt", "tr.txt"))
    process = subprocess.Popen(command("check", stories, "--jobs", "2", "--no-translate"),
                               env=environment(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)  # the workers are checking their first stories
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert err == "checker: interrupted\n"
