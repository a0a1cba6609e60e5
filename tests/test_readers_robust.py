"""Bad input to every reader is one InputError (one line, exit 2), never a traceback:
pairs JSON Lines, TMX, configuration, pyproject.toml, baselines. Fuzzed with hypothesis."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.baseline import load_baseline
from checker.bilingual import Skipped, read_tmx, same_language
from checker.config import config_for, load_config, parse_config
from checker.errors import CheckerError, InputError
from checker.load import read_pairs_jsonl, read_text_file, story_files

GOOD = {"id": "1", "source": {"lang": "en", "text": "5 soldiers."},
        "target": {"lang": "de", "text": "5 Soldaten."}}


def _pairs(tmp_path: Path, data: bytes) -> list:
    path = tmp_path / "pairs.jsonl"
    path.write_bytes(data)
    return list(read_pairs_jsonl(path))


@pytest.mark.parametrize("line", [
    b'{"id": 1, "source": {"lang": 5, "text": "a"}, "target": {"lang": "de", "text": "b"}}',
    b'{"id": 1, "source": {"lang": null, "text": "a"}, "target": {"lang": "de", "text": "b"}}',
    b'{"id": 1, "source": {"lang": "en", "text": null}, "target": {"lang": "de", "text": "b"}}',
    b'{"id": 1, "source": {"lang": "en", "text": "\\ud800"}, '
    b'"target": {"lang": "de", "text": "b"}}',
    b"[" * 100_000 + b"]" * 100_000,
    b'{"id": ' + b"9" * 4301 + b"}",
    b'{"id": [1], "source": {"lang": "en", "text": "a"}, "target": {"lang": "de", "text": "b"}}',
    b"[1, 2]",
    b'"just a string"',
])
def test_malformed_pairs_lines_are_one_input_error(tmp_path: Path, line: bytes) -> None:
    with pytest.raises(InputError, match=r"pairs\.jsonl:1: "):
        _pairs(tmp_path, line + b"\n")


def test_a_pairs_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    assert [p.target_text for p in pairs] == ["5 Soldaten."]


def test_a_folder_as_the_pairs_file_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        list(read_pairs_jsonl(tmp_path))


def test_nul_bytes_anywhere_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_bytes(b"Zehn Soldaten. " * 1000 + b"\x00")
    with pytest.raises(InputError, match="binary"):
        read_text_file(path)


def test_a_report_written_into_the_story_folder_is_not_a_version(tmp_path: Path) -> None:
    for name in ("en.txt", "de.txt", "report.txt", "notes.md"):
        (tmp_path / name).write_text("text")
    assert [p.name for p in story_files(tmp_path)] == ["de.txt", "en.txt"]
    untagged = tmp_path / "untagged"
    untagged.mkdir()
    (untagged / "story.txt").write_text("text")
    (untagged / "other.txt").write_text("text")
    assert [p.name for p in story_files(untagged)] == ["other.txt", "story.txt"]


# --- TMX --------------------------------------------------------------------------------

def _tmx(tmp_path: Path, header_lang: str, units: str) -> Path:
    path = tmp_path / "memory.tmx"
    path.write_text(f'<tmx version="1.4"><header srclang="{header_lang}"/><body>{units}'
                    "</body></tmx>", encoding="utf-8")
    return path


def test_tmx_languages_match_by_bcp47_prefix(tmp_path: Path) -> None:
    unit = ('<tu tuid="7"><tuv xml:lang="en"><seg>5 soldiers.</seg></tuv>'
            '<tuv xml:lang="de-DE"><seg>7 Soldaten.</seg></tuv></tu>')
    pairs = list(read_tmx(_tmx(tmp_path, "en-US", unit)))
    assert [(p.id, p.source_lang, p.target_lang) for p in pairs] == [("7", "en", "de-DE")]
    assert same_language("en", "en-US") and same_language("en-us", "EN")
    assert not same_language("en", "eng") and not same_language(None, "en")


def test_tmx_units_without_a_language_are_counted(tmp_path: Path) -> None:
    unit = '<tu><tuv><seg>5 soldiers.</seg></tuv><tuv><seg>7 Soldaten.</seg></tuv></tu>'
    skipped = Skipped()
    assert list(read_tmx(_tmx(tmp_path, "en", unit * 3), skipped=skipped)) == []
    assert skipped.total == 3
    assert skipped.reasons == {"no variant in the source language en": 3}


def test_deeply_nested_inline_markup_is_read(tmp_path: Path) -> None:
    seg = "<g>" * 990 + "7 Soldaten." + "</g>" * 990
    unit = (f'<tu><tuv xml:lang="en"><seg>5 soldiers.</seg></tuv>'
            f'<tuv xml:lang="de"><seg>{seg}</seg></tuv></tu>')
    assert [p.target_text for p in read_tmx(_tmx(tmp_path, "en", unit))] == ["7 Soldaten."]


def test_cli_pairs_reports_skipped_units(tmp_path: Path, run_cli) -> None:
    unit = '<tu><tuv><seg>5 soldiers.</seg></tuv><tuv><seg>7 Soldaten.</seg></tuv></tu>'
    code, out, err = run_cli("pairs", _tmx(tmp_path, "en-US", unit * 2))
    assert code == 2 and out == ""
    assert "2 unit(s) skipped: no variant in the source language en-US" in err
    assert err.strip().splitlines()[-1].startswith("checker: error: ")


# --- configuration ------------------------------------------------------------------------

def test_config_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "checker.toml"
    path.write_bytes(b'\xef\xbb\xbfreference = "en"\n')
    assert load_config(path).reference == "en"


def test_config_not_utf8_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "checker.toml"
    path.write_bytes('reference = "sr"\n# Priština\n'.encode("cp1250") + b"\x9e\n")
    with pytest.raises(InputError, match="not valid UTF-8"):
        load_config(path)


def test_a_non_utf8_pyproject_in_a_parent_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"[project]\nname = \"\xff\"\n")
    story = tmp_path / "stories" / "one"
    story.mkdir(parents=True)
    with pytest.raises(InputError, match=r"pyproject\.toml: not valid UTF-8"):
        config_for(story)


def test_pyproject_with_a_tool_that_is_no_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('tool = 5\n')
    assert config_for(tmp_path).source is None


def test_config_pivot_is_checked_like_the_flag(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"translation\.pivot: unknown language tag 'zz'"):
        parse_config({"translation": {"pivot": "zz"}}, tmp_path / "checker.toml")
    assert parse_config({"translation": {"pivot": "EN"}}, tmp_path / "c.toml").pivot == "en"


def test_config_max_file_size(tmp_path: Path) -> None:
    assert parse_config({"max-file-size": "2MB"}, tmp_path / "c.toml").max_file_bytes == 2 << 20
    with pytest.raises(InputError, match="max-file-size"):
        parse_config({"max-file-size": "lots"}, tmp_path / "c.toml")


def test_baseline_accepted_not_a_list_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text('{"schema": "checker-baseline/1", "accepted": 5}')
    with pytest.raises(CheckerError, match="must be a list"):
        load_baseline(path)


# --- fuzzing ------------------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["id", "source", "target", "lang", "text", "x"]) | st.text(),
                      children, max_size=4),
    max_leaves=20,
)
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_pairs_reader_bytes(tmp_path: Path, data: bytes) -> None:
    with contextlib.suppress(InputError):
        _pairs(tmp_path, data)


@FUZZ
@given(st.lists(JSON, max_size=3))
def test_fuzz_pairs_reader_json(tmp_path: Path, items: list) -> None:
    lines = "\n".join(json.dumps(item) for item in items).encode()
    with contextlib.suppress(InputError):
        _pairs(tmp_path, lines)


TOML_VALUE = st.recursive(
    st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
    | st.sampled_from(["en", "zz", "warning", "off", "number", "number.extra", "*", "50MB"]),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(["rule", "lang", "path", "value", "reason", "engines",
                                       "pivot", "enabled", "number", "date"]) | st.text(max_size=5),
                      children, max_size=4),
    max_leaves=12,
)
CONFIG_KEYS = st.sampled_from(["reference", "languages", "glossaries", "baseline", "fail-on",
                               "fail_on", "translation", "severity", "ignore", "max-file-size",
                               "tool", "checker"]) | st.text(max_size=6)


@FUZZ
@given(st.dictionaries(CONFIG_KEYS, TOML_VALUE, max_size=5))
def test_fuzz_config_reader_data(tmp_path: Path, data: dict) -> None:
    with contextlib.suppress(InputError):
        parse_config(data, tmp_path / "checker.toml")


@FUZZ
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_fuzz_config_reader_files(tmp_path: Path, data: bytes) -> None:
    for name in ("checker.toml", "pyproject.toml"):
        path = tmp_path / name
        path.write_bytes(data)
        with contextlib.suppress(InputError):
            load_config(path)
