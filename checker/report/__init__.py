"""Rendering a Report for machines: each format is a function Report -> str.

Formats for people (the rich terminal table) live in `cli/`; formats here are
data (JSON now; SARIF, JUnit, HTML join them) and never print.
"""

from checker.report.json_report import SCHEMA_ID, SCHEMA_PATH, finding_dict, report_dict, to_json

__all__ = ["SCHEMA_ID", "SCHEMA_PATH", "finding_dict", "report_dict", "to_json"]
