"""The glossary folder a check used is in the report (it depends on where the inputs and
the current directory are, so results are only reproducible with it recorded)."""

from checker.pipeline import CheckOptions, check_story

EN = "NATO ministers met in Pristina on Thursday."
DE = "Die NATO-Minister trafen sich am Donnerstag in Pristina."


def write_story(folder):
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "de.txt").write_text(DE, encoding="utf-8")
    return [folder / "en.txt", folder / "de.txt"]


def test_found_folder_is_recorded(tmp_path, monkeypatch):
    (tmp_path / "glossaries").mkdir()
    paths = write_story(tmp_path / "stories" / "one")
    monkeypatch.chdir(tmp_path / "stories")
    report = check_story(paths, CheckOptions(translate=False))
    assert report.settings["glossaries"] == str((tmp_path / "glossaries").resolve())


def test_given_folder_is_recorded_and_no_folder_is_null(tmp_path, monkeypatch):
    given = tmp_path / "desk-glossaries"
    given.mkdir()
    paths = write_story(tmp_path / "story")
    monkeypatch.chdir(tmp_path)
    report = check_story(paths, CheckOptions(translate=False, glossaries=str(given)))
    assert report.settings["glossaries"] == str(given.resolve())
    report = check_story(paths, CheckOptions(translate=False))
    assert "glossaries" in report.settings and report.settings["glossaries"] is None
