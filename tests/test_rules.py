"""The rule registry (checker/rules.py): every rule a comparer produces is registered and
every registered rule is produced; severities come only from the registry; configuration
overrides name registered rules; docs/rules.md is the registry's table."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from checker import rules
from checker.config import Config, apply_config, parse_config
from checker.context import CheckContext
from checker.errors import InputError
from checker.model import SEVERITIES, Report, SegmentPair, Side, VersionInfo
from checker.pipeline import CheckOptions, check_pair, check_story
from checker.rules import BY_ID, CATEGORIES, RULES, make_finding, markdown_table

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nato-kosovo"
LABELS = json.loads((SEED / "drifted" / "labels.json").read_text(encoding="utf-8"))
COMPARE = ROOT / "checker" / "compare"

# One real pair per rule and severity: (rule, severity, reference, version).
EXAMPLES = [
    ("number.changed", "error", ("en", "At least 30 soldiers were injured."),
     ("sr", "Tokom sukoba povređeno je najmanje 13 vojnika.")),
    ("number.qualifier", "warning", ("en", "More than 53 civilians were injured."),
     ("sq", "Të paktën 53 civilë u plagosën.")),
    ("number.converted", "info", ("en", "The storm brought 3 inches of rain."),
     ("de", "Der Sturm brachte 7,5 Zentimeter Regen.")),
    ("number.missing", "warning", ("en", "30 soldiers and 53 civilians were injured."),
     ("de", "53 Zivilisten wurden verletzt.")),
    ("number.extra", "warning", ("en", "53 civilians were injured."),
     ("de", "30 Soldaten und 53 Zivilisten wurden verletzt.")),
    # Hausa has no number words (no folder, num2words or CLDR spell-out rules): numbers in
    # words there are not read, said once where the English writes one in words
    ("number.unread", "warning", ("en", "Thirty soldiers were injured."),
     ("ha", "Sojoji talatin sun jikkata.")),
    # Dhivehi: Thaana has no capitals, and CLDR no territory names in the language
    ("entity.unread", "warning", ("en", "The boats left Male for Colombo."),
     ("dv", "ބޯޓުތައް މާލެއިން ކޮލޮމްބޯއަށް ފުރައިފި.")),
    ("date.changed", "error", ("en", "It reopened on June 20."),
     ("fr", "Il a rouvert le 21 juin.")),
    ("date.missing", "warning", ("en", "It reopened on Monday, June 20."),
     ("fr", "Il a rouvert le 20 juin.")),
    ("date.extra", "warning", ("en", "It reopened on June 20."),
     ("fr", "Il a rouvert le lundi 20 juin.")),
    ("entity.changed", "error",
     ("ru", "Тренер Ирина Белова рассказала о борце Николае Куляненко."),
     ("en", "Coach Zofia Kowalczyk spoke about wrestler Nikolai Kulianenko.")),
    ("entity.missing", "warning",
     ("de", "Die beiden Gruppen in Österreich warfen Bürgermeister Jonas Hallweger vor, zu "
            "zögern."),
     ("en", "The two groups accused Mayor Jonas Hallweger of hesitating.")),
    ("entity.extra", "warning",
     ("en", "The two groups accused the mayor of hesitating."),
     ("de", "Die beiden Gruppen warfen Bürgermeister Jonas Hallweger vor, zu zögern.")),
    # Nothing tells what these words name (no place, person or organisation): unsure.
    ("entity.missing", "info", ("en", "Talks with the GOP stalled."),
     ("fr", "Les pourparlers ont échoué.")),
    ("entity.extra", "info", ("en", "The crowd was silent."),
     ("de", "Die Menge schwieg voller Bestürzung.")),
    # The Turkish desk forbids "Erdogan" without ğ: sure.
    ("term.changed", "error", ("en", "He spoke with Erdogan in Ankara."),
     ("tr", "Erdogan ile Ankara'da görüştü.")),
    # "Pristini" is neither the Serbian desk's preferred form nor a listed variant: unsure.
    ("term.changed", "warning", ("en", "The message to Pristina is clear."),
     ("sr", "Poruka Pristini je jasna.")),
]


GLOSSARIES = CheckContext.load(ROOT / "glossaries")


# Rules about a whole version, not a pair: tested on stories in tests/compare/test_unrelated.py.
STORY_RULES = {"version.unrelated"}


# Rules only an aligned story produces: (rule, severity, reference, version, beads), the
# beads as (reference sentences, version sentences, score, moved). A moved bead with a
# low score is a loosely aligned claim; a reference sentence without a counterpart is a
# dropped sentence.
STORY_EXAMPLES = [
    ("number.changed", "warning", ("en", "At least 30 soldiers were injured."),
     ("sr", "Tokom sukoba povređeno je najmanje 13 vojnika."), [((0,), (0,), 0.2, True)]),
    ("date.changed", "warning", ("en", "It reopened on June 20."),
     ("fr", "Il a rouvert le 21 juin."), [((0,), (0,), 0.2, True)]),
    ("entity.changed", "warning",
     ("ru", "Психолог Вероника Степанова рассказала о бойце Александре Емельяненко."),
     ("en", "Psychologist Anastazja Abramenko spoke about fighter Alexander Emelianenko."),
     [((0,), (0,), 0.2, True)]),
    ("claim.missing", "warning", ("en", "The storm hit the coast. It killed 214 people."),
     ("fr", "La tempête a frappé la côte."), [((0,), (0,), 0.9, False), ((1,), (), 0.0, False)]),
    # A date the other side gives in another sentence: a repeated mention, unsure.
    ("date.missing", "info", ("en", "The talks opened on Monday. On Monday evening they met."),
     ("fr", "Les pourparlers se sont ouverts lundi. Dans la soirée, ils se sont réunis."),
     [((0,), (0,), 0.9, False), ((1,), (1,), 0.9, False)]),
    ("date.extra", "info", ("en", "They met on Monday. They met again in the evening."),
     ("fr", "Ils se sont réunis lundi. Lundi soir, ils se sont de nouveau réunis."),
     [((0,), (0,), 0.9, False), ((1,), (1,), 0.9, False)]),
    ("claim.trimmed", "info", ("en", "The storm hit the coast. Schools reopen on Friday."),
     ("fr", "La tempête a frappé la côte."), [((0,), (0,), 0.9, False), ((1,), (), 0.0, False)]),
]


def _story_findings(reference, version, beads) -> list:
    from checker.compare import ComparisonContext, claims, compare
    from checker.model import Alignment, Document
    from checker.pipeline import analyse

    ref = analyse(Document("ref.txt", reference[1], reference[0], "given"), GLOSSARIES)
    ver = analyse(Document("ver.txt", version[1], version[0], "given"), GLOSSARIES)
    alignment = [Alignment(r, v, score, moved) for r, v, score, moved in beads]
    claim_list = claims(alignment, ref.sentences, ver.sentences, ref.facts, ver.facts)
    return compare(claim_list, ComparisonContext(reference=ref.document, version=ver.document,
                                                 run=GLOSSARIES))




def test_every_registered_rule_and_severity_has_an_example() -> None:
    wanted = {(r.id, r.severity) for r in RULES if r.id not in STORY_RULES}
    wanted |= {(r.id, r.unsure_severity) for r in RULES
               if r.unsure_severity and r.id not in STORY_RULES}
    examples = [e[:2] for e in EXAMPLES] + [e[:2] for e in STORY_EXAMPLES]
    assert set(examples) == wanted


@pytest.mark.parametrize(("rule", "severity", "reference", "version", "beads"), STORY_EXAMPLES,
                         ids=[f"{e[0]}-{e[1]}" for e in STORY_EXAMPLES])
def test_story_rules_are_produced_by_the_comparison(rule, severity, reference, version,
                                                    beads) -> None:
    found = [(f.rule, f.severity) for f in _story_findings(reference, version, beads)]
    assert (rule, severity) in found, found


@pytest.mark.parametrize(("rule", "severity", "reference", "version"), EXAMPLES,
                         ids=[f"{e[0]}-{e[1]}" for e in EXAMPLES])
def test_every_registered_rule_is_produced_by_a_comparer(rule, severity, reference,
                                                         version) -> None:
    pair = SegmentPair("t", reference[0], reference[1], version[0], version[1])
    found = [(f.rule, f.severity) for f in check_pair(pair, GLOSSARIES)]
    assert (rule, severity) in found, found


def _registered(finding) -> bool:
    rule = BY_ID.get(finding.rule)
    return rule is not None and finding.severity in (rule.severity, rule.unsure_severity)


@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_every_finding_on_a_drifted_copy_is_registered(label: dict) -> None:
    report = check_story([SEED / "en.txt", SEED / "drifted" / label["file"]],
                         CheckOptions(translate=False))
    assert [f.rule for f in report.findings if not _registered(f)] == []
    # the planted drift is found (so the check above saw findings), under a registered rule
    planted = {f"{p['category']}.{p['kind']}" for p in label["planted"]}
    assert planted <= {f.rule for f in report.findings}
    assert planted <= set(BY_ID)


def _string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def test_comparers_name_no_severity_and_build_no_finding_themselves() -> None:
    modules = sorted(COMPARE.rglob("*.py"))
    assert modules
    for path in modules:
        literals = [(n, v) for n, v in _string_constants(path) if v in SEVERITIES]
        assert literals == [], f"{path}: severity literals {literals}; use checker.rules"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        direct = [node.lineno for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id == "Finding"]
        assert direct == [], f"{path}: Finding(...) at lines {direct}; use make_finding"


def test_default_severities() -> None:
    # A different value or name is an error; a lost, added or re-bounded fact a warning; a
    # correct unit conversion is only information; a version that is no translation of the
    # reference an error.
    for rule in RULES:
        expected = {"changed": "error", "converted": "info", "unrelated": "error",
                    "trimmed": "info"}.get(rule.kind, "warning")
        assert rule.severity == expected, rule.id
    # A `changed` of a loosely aligned claim takes the unsure severity; a missing or added
    # date or name the other side says elsewhere, or a word of unknown kind, is info.
    assert {r.id: r.unsure_severity for r in RULES if r.unsure_severity} == {
        "number.changed": "warning", "date.changed": "warning", "entity.changed": "warning",
        "term.changed": "warning", "date.missing": "info", "date.extra": "info",
        "entity.missing": "info", "entity.extra": "info",
        # too few distinctive facts to confirm weak beads (tests/compare/test_unrelated.py)
        "version.unrelated": "warning"}


def test_make_finding_takes_its_severity_from_the_registry() -> None:
    side = Side(path="de.txt", lang="de", sentence=1, text="x", line=1)
    finding = make_finding("number.extra", "m", None, side, "de.txt")
    assert (finding.category, finding.kind, finding.severity) == ("number", "extra", "warning")
    assert make_finding("term.changed", "m", None, side, "de.txt", certain=False).severity \
        == "warning"
    with pytest.raises(ValueError, match=r"number\.extra"):
        make_finding("number.extra", "m", None, side, "de.txt", certain=False)
    with pytest.raises(KeyError, match=r"term\.extra"):
        make_finding("term.extra", "m", None, side, "de.txt")


def test_rules_have_text_and_help() -> None:
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.text.endswith(".") and "\n" not in rule.text, rule.id
        assert rule.help.count(". ") >= 1, rule.id  # a few sentences, not a label


def test_config_accepts_every_rule_and_category_and_overrides_apply(tmp_path: Path) -> None:
    severity = {rule.id: "info" for rule in RULES} | dict.fromkeys(CATEGORIES, "warning")
    config = parse_config({"severity": severity}, tmp_path / "checker.toml")
    assert config.severity == severity
    side = Side(path="de.txt", lang="de", sentence=1, text="x", line=1)
    report = Report(VersionInfo("en.txt", "en", "filename"),
                    [VersionInfo("de.txt", "de", "filename")],
                    [make_finding(rule.id, "m", None, side, "de.txt") for rule in RULES])
    apply_config(report, Config(severity={"number.extra": "info", "date": "off"}))
    assert [f.rule for f in report.findings] == [r.id for r in RULES if r.category != "date"]
    assert {f.rule: f.severity for f in report.findings}["number.extra"] == "info"


@pytest.mark.parametrize("name", ["term.extra", "number.changd", "names"])
def test_config_rejects_a_rule_that_cannot_fire(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match=r"or a rule: number\.changed, number\.qualifier"):
        parse_config({"severity": {name: "info"}}, tmp_path / "checker.toml")


def test_docs_rules_md_is_the_registry_table() -> None:
    table = markdown_table()
    assert all(f"| `{rule.id}` | {rule.severity}" in table for rule in RULES)
    docs = ROOT / rules.DOCS_PATH
    current = docs.read_text(encoding="utf-8") if docs.exists() else ""
    assert current == table, f"{rules.DOCS_PATH} is out of date: run `{rules.REGENERATE}`"


def test_report_schema_and_model_know_every_registered_category_and_kind() -> None:
    """A rule added to the registry is also a valid finding in the JSON report and the model."""
    import json
    from typing import get_args

    from checker.model import Category, Kind

    schema = json.loads((ROOT / "checker" / "report" / "checker-report-1.schema.json")
                        .read_text(encoding="utf-8"))
    finding = schema["$defs"]["finding"]["properties"]
    categories = {r.category for r in RULES}
    kinds = {r.kind for r in RULES}
    assert categories <= set(get_args(Category))
    assert kinds <= set(get_args(Kind))
    assert categories <= set(finding["category"]["enum"])
    assert kinds <= set(finding["kind"]["enum"])


def test_the_table_writer_takes_no_option_for_its_output_file(tmp_path) -> None:
    # `python -m checker.rules --help` once wrote the table to a file named "--help".
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "checker.rules", "--help"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 2 and done.stderr.startswith("usage:")
    assert list(tmp_path.iterdir()) == []
