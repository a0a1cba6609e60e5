"""Baselines: fingerprints stable across unrelated edits, CI passes on accepted
differences and fails on a new one, reasons kept, atomic writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from checker.baseline import fingerprint, version_lang
from checker.pipeline import CheckOptions, check_story

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "nato-kosovo"
NOTE_EN = "Editor's note: this story was updated.\n\n"
NOTE_TR = "Editörün notu: bu haber güncellendi.\n\n"


def story(root: Path) -> Path:
    folder = root / "story"
    folder.mkdir()
    shutil.copy(SEEDS / "en.txt", folder / "en.txt")
    shutil.copy(SEEDS / "drifted" / "troops.tr.txt", folder / "tr.txt")
    (folder / "en.txt").chmod(0o644)
    (folder / "checker.toml").write_text("[translation]\nenabled = false\n")
    return folder


def planted(folder: Path):
    report = check_story([folder], CheckOptions(translate=False))
    (finding,) = [f for f in report.findings if f.rule == "number.changed"
                  and f.version and f.version.value == 7000]
    return finding, fingerprint(finding, version_lang(report, finding))


def test_fingerprint_survives_unrelated_edits_not_a_changed_sentence(tmp_path: Path) -> None:
    folder = story(tmp_path)
    before, key = planted(folder)
    for name, note in (("en.txt", NOTE_EN), ("tr.txt", NOTE_TR)):
        path = folder / name
        path.write_text(note + path.read_text(encoding="utf-8"), encoding="utf-8")
    after, moved_key = planted(folder)
    assert after.version.line == before.version.line + 2  # it moved...
    assert moved_key == key  # ...and is the same accepted difference
    tr = folder / "tr.txt"
    tr.write_text(tr.read_text(encoding="utf-8").replace("İlave 7.000 askerin",
                                                         "İlave 7.000 asker ve subayın"),
                  encoding="utf-8")
    _, edited_key = planted(folder)
    assert edited_key != key  # the cited sentence itself changed: look at it again


def test_ci_passes_on_accepted_differences_and_fails_on_a_new_one(tmp_path: Path,
                                                                   run_cli) -> None:
    folder = story(tmp_path)
    baseline = tmp_path / "checker-baseline.json"
    code, _, err = run_cli("check", folder)
    assert code == 1, err
    code, _, err = run_cli("baseline", "update", folder, "--baseline", baseline,
                           "--reason", "reviewed by the Turkish desk")
    assert code == 0, err
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["schema"] == "checker-baseline/1"
    assert all(e["reason"] == "reviewed by the Turkish desk" for e in data["accepted"])
    accepted = len(data["accepted"])
    assert any(e["rule"] == "number.changed" and e["version_value"] == 7000
               for e in data["accepted"])
    code, out, err = run_cli("check", folder, "--baseline", baseline, "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["findings"] == []
    assert report["checker"]["baseline"]["suppressed"] >= accepted
    # A new drift: the first 700 (still right in the drifted copy) becomes 900.
    tr = folder / "tr.txt"
    text = tr.read_text(encoding="utf-8")
    assert "700" in text
    tr.write_text(text.replace("700", "900", 1), encoding="utf-8")
    code, out, err = run_cli("check", folder, "--baseline", baseline, "--format", "json")
    assert code == 1, err
    new = json.loads(out)["findings"]
    assert [f["version"]["value"] for f in new if f["rule"] == "number.changed"] == [900]


def test_update_keeps_reasons_and_writes_atomically(tmp_path: Path, run_cli) -> None:
    folder = story(tmp_path)
    baseline = tmp_path / "accepted.json"
    (folder / "checker.toml").write_text(
        "baseline = '../accepted.json'\n[translation]\nenabled = false\n")
    code, _, err = run_cli("baseline", "update", folder)  # the configuration names the file
    assert code == 0, err
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["accepted"][0]["reason"] = "house style"
    kept = data["accepted"][0]["fingerprint"]
    baseline.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run_cli("baseline", "update", folder, "--reason", "bulk")
    assert code == 0, err
    reasons = {e["fingerprint"]: e["reason"]
               for e in json.loads(baseline.read_text(encoding="utf-8"))["accepted"]}
    assert reasons[kept] == "house style"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accepted.json", "story"]
    code, _, err = run_cli("check", folder)  # the configuration's baseline applies
    assert code == 0, err


def test_bad_baseline_files_exit_2(tmp_path: Path, run_cli) -> None:
    folder = story(tmp_path)
    code, _, err = run_cli("check", folder, "--baseline", tmp_path / "missing.json")
    assert code == 2 and "no such baseline file" in err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run_cli("check", folder, "--baseline", bad)
    assert code == 2 and "not a valid baseline file" in err
    bad.write_text('{"schema": "something-else"}', encoding="utf-8")
    code, _, err = run_cli("baseline", "update", folder, "--baseline", bad)
    assert code == 2 and "not a baseline file" in err
    assert bad.read_text(encoding="utf-8") == '{"schema": "something-else"}'  # left untouched


def test_merged_baseline_keeps_reasons_and_other_stories_and_drops_fixed_drift(
        tmp_path: Path) -> None:
    from checker.baseline import Baseline, merged_baseline

    folder = story(tmp_path)
    report = check_story([folder], CheckOptions(translate=False))
    _, planted_key = planted(folder)
    previous = Baseline(entries={
        planted_key: {"fingerprint": planted_key, "story": "s", "reason": "desk said so"},
        "fixed": {"fingerprint": "fixed", "story": "s", "reason": "accepted"},
        "elsewhere": {"fingerprint": "elsewhere", "story": "other", "reason": "kept"},
    })
    update = merged_baseline(tmp_path / "b.json", [("s", report)], previous, "reviewed")
    by_key = {e["fingerprint"]: e for e in update.entries}
    assert by_key[planted_key]["reason"] == "desk said so"  # accepted before: reason kept
    assert all(e["reason"] == "reviewed" for k, e in by_key.items()
               if k not in (planted_key, "elsewhere"))
    assert "fixed" not in by_key and by_key["elsewhere"]["reason"] == "kept"
    current = {fingerprint(f, version_lang(report, f)) for f in report.findings}
    assert (update.new, update.dropped, update.kept) == (len(current) - 1, 1, 1)
    assert len(update.entries) == len(current) + 1
