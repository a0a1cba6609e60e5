"""Rendering reports for machines and people: each format is a function -> str.

- JSON `checker-report/1` for one story (`to_json`), `checker-reports/1` for many
  (`to_json_many`); both JSON Schemas ship beside these modules.
- SARIF 2.1.0 (`to_sarif`), JUnit XML (`to_junit`), GitHub workflow commands
  (`to_github`), a self-contained HTML page (`to_html`): these take the per-story
  results of `checker.stories` (one or many stories).

The rich terminal table lives in `cli/`; nothing here prints.
"""

from importlib import import_module

# Each format is imported when first asked for (`checker.report.to_html`): a check renders
# one format, and importing all of them (HTML with its diff library, JUnit with an XML
# library) cost every run a few hundredths of a second of start-up.
_FROM = {
    "to_github": "github",
    "to_html": "html",
    "SCHEMA_MANY_ID": "json_many",
    "SCHEMA_MANY_PATH": "json_many",
    "reports_dict": "json_many",
    "to_json_many": "json_many",
    "SCHEMA_ID": "json_report",
    "SCHEMA_PATH": "json_report",
    "finding_dict": "json_report",
    "report_dict": "json_report",
    "to_json": "json_report",
    "to_junit": "junit",
    "SARIF_SCHEMA_PATH": "sarif",
    "sarif_log": "sarif",
    "to_sarif": "sarif",
}


def __getattr__(name: str) -> object:
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_FROM[name]}"), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_FROM])


__all__ = [
    "SARIF_SCHEMA_PATH",
    "SCHEMA_ID",
    "SCHEMA_MANY_ID",
    "SCHEMA_MANY_PATH",
    "SCHEMA_PATH",
    "finding_dict",
    "report_dict",
    "reports_dict",
    "sarif_log",
    "to_github",
    "to_html",
    "to_json",
    "to_json_many",
    "to_junit",
    "to_sarif",
]
