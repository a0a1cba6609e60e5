"""Configuration: where it is found, what it may say, how flags override it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker.config import Config, IgnoreRule, apply_config, config_for, find_config, load_config
from checker.errors import CheckerError, InputError
from checker.model import Finding, Report, Side, VersionInfo
from checker.rules import CATEGORIES, RULES

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "nato-kosovo"


def story(root: Path, drifted: str = "troops.tr.txt") -> Path:
    folder = root / "stories" / "one"
    folder.mkdir(parents=True)
    shutil.copy(SEEDS / "en.txt", folder / "en.txt")
    shutil.copy(SEEDS / "drifted" / drifted, folder / f"{drifted.split('.')[1]}.txt")
    return folder


def test_search_order_checker_toml_then_pyproject_up_the_tree(tmp_path: Path) -> None:
    folder = story(tmp_path)
    assert find_config(folder) is None or not str(find_config(folder)).startswith(str(tmp_path))
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")  # no [tool.checker]
    assert find_config(folder) is None or not str(find_config(folder)).startswith(str(tmp_path))
    (tmp_path / "stories" / "pyproject.toml").write_text("[tool.checker]\nreference = 'en'\n")
    assert find_config(folder) == (tmp_path / "stories" / "pyproject.toml").resolve()
    (tmp_path / "checker.toml").write_text("reference = 'en'\n")
    # a checker.toml anywhere up the tree beats pyproject.toml
    assert find_config(folder) == (tmp_path / "checker.toml").resolve()
    (folder / "checker.toml").write_text("reference = 'tr'\n")
    assert find_config(folder / "en.txt") == (folder / "checker.toml").resolve()
    assert config_for(folder).reference == "tr"


def test_every_key_is_read(tmp_path: Path) -> None:
    path = tmp_path / "checker.toml"
    path.write_text("""
reference = "en"
languages = ["tr", "sr-Cyrl"]
glossaries = "glossaries"
baseline = "accepted.json"
fail_on = "warning"
[translation]
engines = ["apertium", "argos"]
pivot = "en"
enabled = false
[severity]
"number.extra" = "info"
date = "off"
[[ignore]]
rule = "entity"
lang = "ar"
reason = "transliterated names"
""")
    config = load_config(path)
    assert config.reference == "en" and config.languages == ("tr", "sr-Cyrl")
    assert config.glossaries == tmp_path / "glossaries"
    assert config.baseline == tmp_path / "accepted.json"
    assert config.fail_on == "warning"
    assert config.engines == ("apertium", "argos") and config.translate is False
    assert config.severity == {"number.extra": "info", "date": "off"}
    assert config.ignore == (IgnoreRule(rule="entity", lang="ar", reason="transliterated names"),)


@pytest.mark.parametrize("text,key", [
    ("referense = 'en'\n", "referense"),
    ("[translation]\nengine = 'argos'\n", "translation.engine"),
    ("[severity]\nnumbers = 'info'\n", "severity.numbers"),
    ("[severity]\n'number.changd' = 'info'\n", "severity.number.changd"),
    ("[[ignore]]\nrule = 'number'\nlanguage = 'ar'\n", "ignore.language"),
])
def test_unknown_keys_are_errors_naming_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "checker.toml"
    path.write_text(text)
    with pytest.raises(CheckerError, match=f"unknown key '{key}'"):
        load_config(path)


@pytest.mark.parametrize("text,wrong", [
    ("[severity]\n'term.extra' = 'info'\n", "unknown key 'severity.term.extra'"),
    ("[severity]\n'date.qualifier' = 'off'\n", "unknown key 'severity.date.qualifier'"),
    ("[[ignore]]\nrule = 'entity.qualifier'\n", "unknown rule 'entity.qualifier'"),
    ("[[ignore]]\nrule = 'names'\n", "unknown rule 'names'"),
])
def test_a_rule_that_cannot_fire_is_unknown_and_the_error_names_the_valid_ones(
        tmp_path: Path, text: str, wrong: str) -> None:
    path = tmp_path / "checker.toml"
    path.write_text(text)
    with pytest.raises(InputError) as raised:
        load_config(path)
    message = str(raised.value)
    assert wrong in message
    assert all(rule.id in message for rule in RULES)
    assert all(category in message for category in CATEGORIES)


def test_pyproject_keys_are_named_with_their_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.checker]\nfail-on = 'warning'\ncolour = 'red'\n")
    with pytest.raises(CheckerError, match=r"unknown key 'tool\.checker\.colour'"):
        load_config(path)


def test_bad_values_and_bad_toml(tmp_path: Path) -> None:
    path = tmp_path / "checker.toml"
    path.write_text("fail-on = 'sometimes'\n")
    with pytest.raises(CheckerError, match="fail-on must be one of"):
        load_config(path)
    path.write_text("[severity]\nnumber = 'fatal'\n")
    with pytest.raises(CheckerError, match="must be one of error, warning, info, off"):
        load_config(path)
    path.write_text("reference = \n")
    with pytest.raises(CheckerError, match="not valid TOML"):
        load_config(path)


def _report() -> Report:
    def side(path: str, lang: str, value) -> Side:
        return Side(path=path, lang=lang, sentence=1, text="t", line=1, value=value)

    findings = [
        Finding("number", "extra", "warning", "a", None, side("ar.txt", "ar", 2022), "ar.txt"),
        Finding("number", "changed", "error", "b", side("en.txt", "en", 700),
                side("tr.txt", "tr", 7000), "tr.txt"),
        Finding("entity", "missing", "warning", "c", side("en.txt", "en", "erdogan"), None,
                "ar.txt"),
        Finding("date", "changed", "error", "d", None, side("tr.txt", "tr", "Wednesday"), "tr.txt"),
    ]
    return Report(VersionInfo("en.txt", "en", "filename"),
                  [VersionInfo("ar.txt", "ar", "filename"),
                   VersionInfo("tr.txt", "tr", "filename")],
                  findings)


def test_severity_overrides_and_ignore_rules() -> None:
    report = _report()
    config = Config(severity={"number": "warning", "number.extra": "info", "date": "off"},
                    ignore=(IgnoreRule(rule="entity", lang="ar"),))
    dropped = apply_config(report, config)
    assert dropped == 2  # the date ("off") and the Arabic entity (ignored)
    assert [(f.rule, f.severity) for f in report.findings] == [
        ("number.extra", "info"), ("number.changed", "warning")]
    report = _report()
    assert apply_config(report, Config(ignore=(IgnoreRule(value=700),))) == 1
    assert "number.changed" not in [f.rule for f in report.findings]
    report = _report()
    assert apply_config(report, Config(ignore=(IgnoreRule(path="t*.txt"),))) == 2


def test_cli_flags_override_the_config(tmp_path: Path, run_cli) -> None:
    folder = story(tmp_path)
    (folder / "checker.toml").write_text("fail-on = 'never'\n[translation]\nenabled = false\n")
    code, out, err = run_cli("check", folder, "--format", "json")
    assert code == 0, err  # the drift is there, but the configuration says never fail
    report = json.loads(out)
    assert report["checker"]["config"] == str((folder / "checker.toml").resolve())
    assert report["checker"]["pivot"] is None  # translation disabled by the configuration
    code, _, _ = run_cli("check", folder, "--format", "json", "--fail-on", "error")
    assert code == 1


def test_cli_reference_flag_overrides_the_configured_reference(tmp_path: Path, run_cli) -> None:
    folder = story(tmp_path)
    (folder / "checker.toml").write_text("reference = 'tr'\n[translation]\nenabled = false\n")
    _, out, _ = run_cli("check", folder, "--format", "json", "--no-embed")
    assert json.loads(out)["reference"]["lang"] == "tr"
    _, out, _ = run_cli("check", folder, "--format", "json", "--no-embed", "--reference", "en")
    assert json.loads(out)["reference"]["lang"] == "en"


def test_cli_unknown_key_and_missing_language_exit_2(tmp_path: Path, run_cli) -> None:
    folder = story(tmp_path)
    (folder / "checker.toml").write_text("[translation]\nenabled = false\nspeed = 'fast'\n")
    code, out, err = run_cli("check", folder)
    assert code == 2 and out == ""
    assert "unknown key 'translation.speed'" in err and "Traceback" not in err
    (folder / "checker.toml").write_text(
        "languages = ['tr', 'de']\n[translation]\nenabled = false\n")
    code, _, err = run_cli("check", folder)
    assert code == 2 and "expected languages missing: de" in err
    explicit = tmp_path / "other.toml"
    explicit.write_text("languages = ['tr']\nfail-on = 'never'\n[translation]\nenabled = false\n")
    code, _, err = run_cli("check", folder, "--config", explicit)
    assert code == 0, err


def test_cli_unknown_rule_in_severity_exits_2_naming_the_valid_rules(
        tmp_path: Path, run_cli) -> None:
    folder = story(tmp_path)
    (folder / "checker.toml").write_text(
        "[translation]\nenabled = false\n[severity]\n'term.missing' = 'info'\n")
    code, out, err = run_cli("check", folder)
    assert code == 2 and out == "" and "Traceback" not in err
    assert "unknown key 'severity.term.missing'" in err and "term.changed" in err


def test_config_fills_what_the_command_line_did_not_set() -> None:
    from checker.pipeline import CheckOptions
    from checker.stories import merged_options

    config = Config(reference="tr", pivot="de", translate=False, engines=("apertium",),
                    glossaries=Path("/news/glossaries"))
    options = merged_options(CheckOptions(pivot="en"), config, frozenset({"pivot"}))
    assert options.reference == "tr" and options.translate is False
    assert options.pivot == "en"  # given on the command line: the configuration does not win
    assert tuple(options.engines) == ("apertium",)
    assert options.glossaries == "/news/glossaries"
