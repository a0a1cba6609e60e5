"""Rendering reports for machines and people: each format is a function -> str.

- JSON `checker-report/1` for one story (`to_json`), `checker-reports/1` for many
  (`to_json_many`); both JSON Schemas ship beside these modules.
- SARIF 2.1.0 (`to_sarif`), JUnit XML (`to_junit`), GitHub workflow commands
  (`to_github`), a self-contained HTML page (`to_html`): these take the per-story
  results of `checker.stories` (one or many stories).

The rich terminal table lives in `cli/`; nothing here prints.
"""

from checker.report.github import to_github
from checker.report.html import to_html
from checker.report.json_many import SCHEMA_MANY_ID, SCHEMA_MANY_PATH, reports_dict, to_json_many
from checker.report.json_report import SCHEMA_ID, SCHEMA_PATH, finding_dict, report_dict, to_json
from checker.report.junit import to_junit
from checker.report.sarif import SARIF_SCHEMA_PATH, sarif_log, to_sarif

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
