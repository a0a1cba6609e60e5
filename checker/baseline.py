"""Baselines: differences a desk has looked at and accepted, so CI fails only on new drift.

A baseline is a JSON file (`checker-baseline/1`) listing accepted findings by
fingerprint, each with the reason it was accepted. The fingerprint hashes what the
difference *is* (version language, category, kind, both values, the normalised text
of the cited sentences), never where it stands (no line numbers, no sentence numbers,
no file path), so edits elsewhere in the story, moved paragraphs or a renamed folder
do not turn an accepted difference into a new one. Editing the cited sentence itself
does: the desk should look at it again.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from checker.atomic import write_text_atomic
from checker.errors import CheckerError
from checker.model import Finding, Report

SCHEMA_ID = "checker-baseline/1"
_MAX_BASELINE_BYTES = 512 * 1024 * 1024  # thousands of entries are megabytes; bound the read
DEFAULT_REASON = "accepted"
_NON_WORD = re.compile(r"[\W_]+")


@dataclass
class Baseline:
    """Accepted findings by fingerprint; each entry is the dict stored in the file."""

    path: Path | None = None
    entries: dict[str, dict] = field(default_factory=dict)

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.entries


def normalise_text(text: str) -> str:
    """Case, width, punctuation and spacing do not change what a sentence says."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def version_path(finding: Finding) -> str:
    """The version a finding belongs to (some comparers leave `version_path` empty)."""
    return finding.version_path or (finding.version.path if finding.version else "")


def version_lang(report: Report, finding: Finding) -> str:
    path = version_path(finding)
    for info in report.versions:
        if info.path == path:
            return info.lang
    return finding.version.lang if finding.version else ""


def fingerprint(finding: Finding, lang: str) -> str:
    """A hash of what the difference is, stable across unrelated edits of the text."""
    ref, ver = finding.reference, finding.version
    material = [
        lang.lower(),
        finding.category,
        finding.kind,
        ref.value if ref else None,
        ver.value if ver else None,
        normalise_text(ref.text) if ref else "",
        normalise_text(ver.text) if ver else "",
    ]
    blob = json.dumps(material, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; a missing or malformed one is the user's to fix (exit 2)."""
    from checker.limits import read_bounded

    if not path.is_file():
        raise CheckerError(f"{path}: no such baseline file (create it with "
                           f"`checker baseline update STORY --baseline {path}`)")
    try:
        data = json.loads(read_bounded(path, _MAX_BASELINE_BYTES).decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise CheckerError(f"{path}: not a valid baseline file ({exc})") from None
    except RecursionError:
        raise CheckerError(f"{path}: not a valid baseline file (nested too deeply)") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_ID:
        raise CheckerError(f"{path}: not a baseline file (expected \"schema\": \"{SCHEMA_ID}\")")
    accepted = data.get("accepted", [])
    if not isinstance(accepted, list):
        raise CheckerError(f"{path}: \"accepted\" must be a list of entries")
    entries = {}
    for number, entry in enumerate(accepted, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise CheckerError(f"{path}: accepted entry {number} has no fingerprint")
        entries[entry["fingerprint"]] = entry
    return Baseline(path=path, entries=entries)


def apply_baseline(report: Report, baseline: Baseline) -> list[tuple[Finding, str]]:
    """Drop accepted findings from the report (in place); return those dropped, each
    with the reason it was accepted."""
    kept, suppressed = [], []
    for finding in report.findings:
        entry = baseline.entries.get(fingerprint(finding, version_lang(report, finding)))
        if entry is not None:
            suppressed.append((finding, str(entry.get("reason") or DEFAULT_REASON)))
        else:
            kept.append(finding)
    report.findings = kept
    return suppressed


def entry_for(report: Report, finding: Finding, reason: str, story: str) -> dict:
    lang = version_lang(report, finding)
    return {
        "fingerprint": fingerprint(finding, lang),
        "reason": reason,
        "rule": finding.rule,
        "lang": lang,
        "story": story,
        "version": Path(version_path(finding)).name if version_path(finding) else None,
        "message": finding.message,
        "reference_value": finding.reference.value if finding.reference else None,
        "version_value": finding.version.value if finding.version else None,
        "reference_text": finding.reference.text if finding.reference else None,
        "version_text": finding.version.text if finding.version else None,
    }


def updated_entries(stories: list[tuple[str, Report]], previous: Baseline | None,
                    reason: str = DEFAULT_REASON) -> list[dict]:
    """Entries for every current finding; a finding already accepted keeps its reason.
    Accepted findings that no longer occur are dropped (the drift was fixed)."""
    old = previous.entries if previous else {}
    entries: dict[str, dict] = {}
    for story, report in stories:
        for finding in report.findings:
            entry = entry_for(report, finding, reason, story)
            if entry["fingerprint"] in old:
                entry["reason"] = old[entry["fingerprint"]].get("reason", reason)
            entries.setdefault(entry["fingerprint"], entry)
    return sorted(entries.values(),
                  key=lambda e: (e["story"], e["version"] or "", e["rule"], e["fingerprint"]))


@dataclass
class BaselineUpdate:
    """A baseline rewritten from a run: its entries and how they changed."""

    path: Path
    entries: list[dict]  # everything the file now holds, sorted
    new: int = 0  # accepted in this run, not in the file before
    dropped: int = 0  # in the file for a checked story, no longer found: the drift was fixed
    kept: int = 0  # entries of stories this run did not check, kept as they were


def merged_baseline(path: Path, stories: list[tuple[str, Report]], previous: Baseline | None,
                    reason: str = DEFAULT_REASON) -> BaselineUpdate:
    """The baseline after checking `stories`: their current findings (each keeping the
    reason it was accepted with, if it was), plus the entries of stories not checked."""
    fresh = updated_entries(stories, previous, reason)
    fresh_keys = {e["fingerprint"] for e in fresh}
    checked = {story for story, _ in stories}
    old = previous.entries if previous else {}
    kept = [e for e in old.values()
            if e.get("story") not in checked and e["fingerprint"] not in fresh_keys]
    entries = sorted([*fresh, *kept], key=lambda e: (str(e.get("story")), str(e.get("version")),
                                                    str(e.get("rule")), e["fingerprint"]))
    dropped = [k for k, e in old.items() if e.get("story") in checked and k not in fresh_keys]
    return BaselineUpdate(path, entries, new=len(fresh_keys - set(old)), dropped=len(dropped),
                          kept=len(kept))


def baseline_text(entries: list[dict]) -> str:
    data = {"schema": SCHEMA_ID, "accepted": entries}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: Path, entries: list[dict]) -> None:
    write_text_atomic(path, baseline_text(entries))
