"""The text report: each sentence pair once, with all its findings. Own sentences."""

from __future__ import annotations

from rich.console import Console

from checker.pipeline import CheckOptions, check_story
from cli.render import render_report

EN = ("Officials said 214 people died and 1,350 were injured.\n\n"
      "Schools will stay closed until Friday.\n")
FR = ("Selon les autorités, 241 personnes sont mortes et 1 530 ont été blessées.\n\n"
      "Les écoles resteront fermées jusqu'à vendredi.\n")


def test_a_pair_with_two_findings_is_printed_once(tmp_path):
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    report = check_story([tmp_path / "en.txt", tmp_path / "fr.txt"],
                         CheckOptions(reference="en", translate=False))
    assert [f.rule for f in report.findings] == ["number.changed", "number.changed"]
    console = Console(record=True, width=400)
    render_report(report, console)
    out = console.export_text()
    assert out.count("number changed:") == 2
    assert out.count("Selon les autorités") == 1
    assert out.count("Officials said 214") == 1
