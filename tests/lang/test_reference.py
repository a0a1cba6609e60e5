"""docs/adding-a-language.md is generated from the language profile and kept up to date."""

from __future__ import annotations

from pathlib import Path

from checker.lang.profile import declared_fields, declared_names
from checker.lang.reference import markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "adding-a-language.md"


def test_the_adding_a_language_reference_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == markdown(), (
        "docs/adding-a-language.md is out of date: run "
        "python -m checker.lang.reference docs/adding-a-language.md"
    )


def test_the_reference_lists_every_field_and_every_data_name() -> None:
    text = markdown()
    for path, _, f in declared_fields():
        assert f"| `{path}` |" in text
        assert f.metadata["doc"].split(":")[0] in text
    for name in declared_names():
        part, upper = name.split(".")
        assert f"`{part}.py`: `{upper}`" in text or f"| `{name}` |" in text, name


def test_the_reference_writer_takes_no_option_for_its_output_file(tmp_path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "checker.lang.reference", "-h"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 2 and done.stderr.startswith("usage:")
    assert list(tmp_path.iterdir()) == []
