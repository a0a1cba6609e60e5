"""Project configuration: `checker.toml` beside the stories, or `[tool.checker]` in
pyproject.toml. Command-line flags override it (the CLI merges; this module only reads,
validates and applies).

Search order for a story folder: `checker.toml` in the folder and then each parent;
failing that, the first `pyproject.toml` with a `[tool.checker]` table in the folder and
then each parent. `--config FILE` names the file explicitly.

    reference = "en"                      # language tag or file name of the reference
    languages = ["tr", "sr", "de"]        # versions a story is expected to have
    glossaries = "glossaries"             # folder, relative to the config file
    fail-on = "warning"                   # error | warning | never
    max-file-size = "50MB"                # largest input file read (bytes, or KB/MB/GB)
    baseline = "checker-baseline.json"    # accepted differences, relative to the config file

    [translation]
    engines = ["argos", "apertium"]       # preference order
    pivot = "en"
    enabled = true

    [severity]                            # per category or rule (docs/rules.md)
    "number.extra" = "info"
    date = "warning"                      # error | warning | info | off

    [[ignore]]                            # drop matching findings
    rule = "number.extra"                 # category, rule (docs/rules.md) or "*"
    lang = "ar"                           # version language (optional)
    path = "*/sidebar-*.txt"              # glob on the version path (optional)
    value = 2022                          # reference or version value (optional)
    reason = "dates in the dateline are not translated"
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker import rules
from checker.errors import InputError
from checker.lang import base_language
from checker.language import validate_tag
from checker.model import SEVERITIES, Finding, Report

try:  # Python 3.11+; tomli is the same parser for 3.10
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

CONFIG_NAME = "checker.toml"
PYPROJECT_NAME = "pyproject.toml"
FAIL_ON_VALUES = ("error", "warning", "never")
SEVERITY_VALUES = (*SEVERITIES, "off")


@dataclass(frozen=True)
class IgnoreRule:
    rule: str = "*"
    lang: str | None = None
    path: str | None = None
    value: Any = None
    reason: str = ""

    def matches(self, finding: Finding, version_lang: str | None) -> bool:
        if self.rule not in ("*", finding.category, finding.rule):
            return False
        if self.lang is not None:
            lang = (version_lang or "").lower()
            wanted = self.lang.lower()
            if lang != wanted and base_language(lang) != wanted:
                return False
        if self.path is not None:
            path = finding.version_path or (finding.version.path if finding.version else "")
            posix, name = Path(path).as_posix(), Path(path).name
            if not (fnmatch.fnmatch(posix, self.path) or fnmatch.fnmatch(name, self.path)):
                return False
        if self.value is not None:
            values = [side.value for side in (finding.reference, finding.version) if side]
            if not any(_same_value(self.value, v) for v in values):
                return False
        return True


@dataclass
class Config:
    """What a configuration file says; None means "not set here"."""

    source: Path | None = None
    reference: str | None = None
    languages: tuple[str, ...] = ()
    glossaries: Path | None = None
    baseline: Path | None = None
    fail_on: str | None = None
    engines: tuple[str, ...] = ()
    pivot: str | None = None
    translate: bool | None = None
    severity: dict[str, str] = field(default_factory=dict)
    ignore: tuple[IgnoreRule, ...] = ()
    max_file_bytes: int | None = None


_TOP_KEYS = {"reference", "languages", "glossaries", "baseline", "fail-on", "translation",
             "severity", "ignore", "max-file-size"}
_TRANSLATION_KEYS = {"engines", "pivot", "enabled"}
_IGNORE_KEYS = {"rule", "lang", "path", "value", "reason"}


def find_config(start: Path) -> Path | None:
    """The configuration that applies to a story folder (or file), by the search order."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    chain = [folder, *folder.parents]
    for candidate in (d / CONFIG_NAME for d in chain):
        if candidate.is_file():
            return candidate
    for candidate in (d / PYPROJECT_NAME for d in chain):
        if candidate.is_file() and isinstance(tool := _read_toml(candidate).get("tool"), dict) \
                and "checker" in tool:
            return candidate
    return None


def load_config(path: Path) -> Config:
    """Read and validate one configuration file. Unknown keys are an error naming them."""
    if not path.is_file():
        raise InputError(f"{path}: no such configuration file")
    data = _read_toml(path)
    prefix = ""
    if path.name == PYPROJECT_NAME:
        tool = data.get("tool")
        data = tool.get("checker") if isinstance(tool, dict) else None
        if data is None:
            raise InputError(f"{path}: has no [tool.checker] table")
        if not isinstance(data, dict):
            raise InputError(f"{path}: tool.checker must be a table")
        prefix = "tool.checker."
    return parse_config(data, path, prefix)


def config_for(start: Path, explicit: Path | None = None) -> Config:
    """The configuration for a story: the explicit file, else the one found, else defaults."""
    if explicit is not None:
        return load_config(explicit)
    found = find_config(start)
    return load_config(found) if found else Config()


def parse_config(data: dict, source: Path, prefix: str = "") -> Config:
    where = f"{source}"
    keys = {_key(k) for k in data}
    unknown = sorted(k for k in keys if k not in _TOP_KEYS)
    if unknown:
        raise InputError(f"{where}: unknown key '{prefix}{unknown[0]}' "
                           f"(known: {', '.join(sorted(_TOP_KEYS))})")
    data = {_key(k): v for k, v in data.items()}
    base = source.parent
    config = Config(source=source)
    if "reference" in data:
        config.reference = _string(data["reference"], f"{prefix}reference", where)
    if "languages" in data:
        config.languages = tuple(_string_list(data["languages"], f"{prefix}languages", where))
    if "glossaries" in data:
        config.glossaries = base / _string(data["glossaries"], f"{prefix}glossaries", where)
    if "baseline" in data:
        config.baseline = base / _string(data["baseline"], f"{prefix}baseline", where)
    if "fail-on" in data:
        value = _string(data["fail-on"], f"{prefix}fail-on", where)
        if value not in FAIL_ON_VALUES:
            raise InputError(f"{where}: {prefix}fail-on must be one of "
                               f"{', '.join(FAIL_ON_VALUES)}, not '{value}'")
        config.fail_on = value
    if "translation" in data:
        _parse_translation(data["translation"], config, f"{prefix}translation", where)
    if "severity" in data:
        config.severity = _parse_severity(data["severity"], f"{prefix}severity", where)
    if "ignore" in data:
        config.ignore = _parse_ignore(data["ignore"], f"{prefix}ignore", where)
    if "max-file-size" in data:
        config.max_file_bytes = _size(data["max-file-size"], f"{prefix}max-file-size", where)
    return config


def apply_config(report: Report, config: Config) -> int:
    """Severity overrides, then ignore rules, applied to a report in place.
    Returns how many findings the ignore rules (and "off" severities) dropped."""
    langs = {v.path: v.lang for v in report.versions}
    kept: list[Finding] = []
    for finding in report.findings:
        severity = config.severity.get(finding.rule) or config.severity.get(finding.category)
        if severity == "off":
            continue
        if severity:
            finding.severity = severity  # type: ignore[assignment]
        lang = langs.get(finding.version_path or (finding.version.path if finding.version else ""))
        if lang is None and finding.version:
            lang = finding.version.lang
        if any(rule.matches(finding, lang) for rule in config.ignore):
            continue
        kept.append(finding)
    dropped = len(report.findings) - len(kept)
    report.findings = kept
    return dropped


def missing_languages(report: Report, expected: tuple[str, ...]) -> list[str]:
    """Expected languages with no version in the story (the reference counts)."""
    present = [report.reference.lang, *(v.lang for v in report.versions)]
    missing = []
    for tag in expected:
        wanted = tag.lower()
        bare = "-" not in wanted  # "sr" is satisfied by sr-Cyrl; "sr-Cyrl" only by itself
        if not any(p.lower() == wanted or (bare and base_language(p) == wanted)
                   for p in present):
            missing.append(tag)
    return missing


# --- validation helpers ---------------------------------------------------------------

def _read_toml(path: Path) -> dict:
    from checker.limits import read_bounded

    data = read_bounded(path, _MAX_CONFIG_BYTES)
    try:
        text = data.decode("utf-8-sig")  # a byte order mark, as Windows editors write it
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); save it as UTF-8") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:
        raise InputError(f"{path}: not valid TOML (nested too deeply)") from None


_MAX_CONFIG_BYTES = 1024 * 1024  # a configuration is a page; more is not one


def _size(value: Any, key: str, where: str) -> int:
    from checker.limits import parse_size

    try:
        return parse_size(value, key)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None


def _key(key: str) -> str:
    return key.replace("_", "-")


def _string(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: {key} must be a non-empty string")
    return value


def _string_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise InputError(f"{where}: {key} must be a list of strings")
    return value


def _parse_translation(value: Any, config: Config, key: str, where: str) -> None:
    if not isinstance(value, dict):
        raise InputError(f"{where}: {key} must be a table")
    unknown = sorted(_key(k) for k in value if _key(k) not in _TRANSLATION_KEYS)
    if unknown:
        raise InputError(f"{where}: unknown key '{key}.{unknown[0]}' "
                           f"(known: {', '.join(sorted(_TRANSLATION_KEYS))})")
    value = {_key(k): v for k, v in value.items()}
    if "engines" in value:
        config.engines = tuple(_string_list(value["engines"], f"{key}.engines", where))
    if "pivot" in value:
        pivot = _string(value["pivot"], f"{key}.pivot", where)
        try:
            config.pivot = validate_tag(pivot)  # as --pivot is checked
        except InputError as exc:
            raise InputError(f"{where}: {key}.pivot: {exc}") from None
    if "enabled" in value:
        if not isinstance(value["enabled"], bool):
            raise InputError(f"{where}: {key}.enabled must be true or false")
        config.translate = value["enabled"]


# What a [severity] key or an ignore rule may name: a category or a rule that can fire.
_VALID_RULES = (f"a category: {', '.join(rules.CATEGORIES)}; "
                f"or a rule: {', '.join(rules.BY_ID)}")


def _known_rule(name: Any) -> bool:
    return isinstance(name, str) and (name in rules.CATEGORIES or name in rules.BY_ID)


def _parse_severity(value: Any, key: str, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise InputError(f"{where}: {key} must be a table")
    result = {}
    for rule, level in value.items():
        if not _known_rule(rule):
            raise InputError(f"{where}: unknown key '{key}.{rule}' ({_VALID_RULES})")
        if level not in SEVERITY_VALUES:
            raise InputError(f"{where}: {key}.{rule} must be one of "
                               f"{', '.join(SEVERITY_VALUES)}, not '{level}'")
        result[rule] = level
    return result


def _parse_ignore(value: Any, key: str, where: str) -> tuple[IgnoreRule, ...]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise InputError(f"{where}: {key} must be an array of tables ([[ignore]])")
    ignore_rules = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise InputError(f"{where}: {key} entry {number} must be a table")
        unknown = sorted(k for k in item if k not in _IGNORE_KEYS)
        if unknown:
            raise InputError(f"{where}: unknown key '{key}.{unknown[0]}' in entry {number} "
                               f"(known: {', '.join(sorted(_IGNORE_KEYS))})")
        rule = item.get("rule", "*")
        if rule != "*" and not _known_rule(rule):
            raise InputError(f"{where}: {key} entry {number}: unknown rule '{rule}' "
                             f"({_VALID_RULES}; or *)")
        lang = item.get("lang")
        path = item.get("path")
        reason = item.get("reason", "")
        for name, field_value in (("lang", lang), ("path", path), ("reason", reason)):
            if field_value is not None and not isinstance(field_value, str):
                raise InputError(f"{where}: {key} entry {number}: {name} must be a string")
        ignore_rules.append(IgnoreRule(rule=rule, lang=lang, path=path,
                                       value=item.get("value"), reason=reason))
    return tuple(ignore_rules)


def _same_value(wanted: Any, value: Any) -> bool:
    if isinstance(wanted, (int, float)) and isinstance(value, (int, float)):
        return float(wanted) == float(value)
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(wanted, list):
        wanted = tuple(wanted)
    return wanted == value or str(wanted).casefold() == str(value).casefold()
