"""Apertium, the rule-based second engine, run as a subprocess.

Apertium names a translation direction by a "mode" (`spa-eng`, `hbs-eng`,
`Cyrl-Latn`), listed by `apertium -l`. Which Apertium code a language has, and
which script its analysers read, is language data (`checker/lang/<code>/translation.py`:
APERTIUM_CODES, APERTIUM_SCRIPT); without data, the ISO 639-3 code from Debian's
iso-codes is tried. A document written in another script than the one the pair
reads goes first through the mode `<Script>-<Script>` (Serbian Cyrillic: `Cyrl-Latn`).

All sentences of a batch go through one `apertium` process, one sentence per line;
Apertium keeps line breaks, and the line count is checked so a sentence can never
be paired with another one's translation.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from checker.errors import ModelError
from checker.lang import base_language
from checker.lang.profile import profile
from checker.translate.base import ModelInfo

ISO_639_3 = Path("/usr/share/iso-codes/json/iso_639-3.json")
TIMEOUT_SECONDS = 120.0


def apertium_binary() -> str | None:
    return shutil.which(os.environ.get("CHECKER_APERTIUM", "apertium"))


@lru_cache(maxsize=8)
def _modes(binary: str) -> tuple[str, ...]:
    try:
        listed = subprocess.run([binary, "-l"], capture_output=True, text=True, timeout=30,
                                check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(line.strip() for line in listed.stdout.splitlines() if line.strip())


def installed_modes() -> tuple[str, ...]:
    """The translation modes `apertium -l` lists; empty when Apertium is not installed."""
    binary = apertium_binary()
    return _modes(binary) if binary else ()


@lru_cache(maxsize=1)
def _iso_639_3() -> dict[str, str]:
    """ISO 639-1 -> 639-3 from Debian's iso-codes, when it is installed."""
    try:
        entries = json.loads(ISO_639_3.read_text(encoding="utf-8"))["639-3"]
    except (OSError, ValueError, KeyError):
        return {}
    return {e["alpha_2"]: e["alpha_3"] for e in entries if "alpha_2" in e}


def apertium_codes(lang: str) -> tuple[str, ...]:
    """The Apertium codes a language may have, most specific first."""
    codes = profile(lang).translation.apertium_codes
    if codes:
        return codes
    base = base_language(lang)
    iso3 = _iso_639_3().get(base)
    return (iso3,) if iso3 else (base,)


def _script(lang: str) -> str | None:
    parts = lang.replace("_", "-").split("-")
    return next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), None)


def route(source: str, target: str, modes: tuple[str, ...] | None = None) -> list[str] | None:
    """The modes that translate source -> target (a script mode first when needed), or None."""
    modes = installed_modes() if modes is None else modes
    before = _script_steps(_script(source), profile(source).translation.apertium_script, modes)
    if before is None:
        return None
    after = _script_steps(profile(target).translation.apertium_script, _script(target), modes)
    if after is None:
        return None
    for src in apertium_codes(source):
        for tgt in apertium_codes(target):
            if f"{src}-{tgt}" in modes:
                return [*before, f"{src}-{tgt}", *after]
    return None


def _script_steps(written: str | None, wanted: str | None,
                  modes: tuple[str, ...]) -> list[str] | None:
    """The script mode from `written` to `wanted` ([] when none is needed), or None
    when it is needed and not installed."""
    if not written or not wanted or written == wanted:
        return []
    script_mode = f"{written}-{wanted}"
    return [script_mode] if script_mode in modes else None


def _modes_dir(binary: str) -> Path:
    return Path(binary).resolve().parent.parent / "share" / "apertium" / "modes"


@lru_cache(maxsize=64)
def _mode_version(binary: str, mode: str) -> tuple[str, str]:
    """(version, fingerprint) of the data behind a mode.

    The version is the Debian package's version when dpkg knows the pair package
    (`apertium-hbs-eng 0.5.1-2`); the fingerprint hashes the mode file and the size
    and date of every file it uses, so rebuilt data is never served from the cache.
    """
    mode_file = _modes_dir(binary) / f"{mode}.mode"
    try:
        pipeline = mode_file.read_text(encoding="utf-8")
    except OSError:
        return ("unknown", "")
    digest = hashlib.sha256(pipeline.encode("utf-8"))
    packages = []
    for word in pipeline.replace("'", " ").replace('"', " ").split():
        path = Path(word)
        if path.is_absolute() and path.exists():
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
            if path.parent.name.startswith("apertium-") and path.parent.name not in packages:
                packages.append(path.parent.name)
    versions = []
    for package in packages:
        try:
            found = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                                   capture_output=True, text=True, timeout=10, check=False)
        except (OSError, subprocess.SubprocessError):
            found = None
        version = found.stdout.strip() if found is not None and found.returncode == 0 else ""
        versions.append(f"{package} {version}".strip())
    return (", ".join(versions) or "unknown", digest.hexdigest()[:16])


class ApertiumEngine:
    """Apertium modes, one subprocess per step and batch."""

    name = "apertium"

    @property
    def version(self) -> str:
        binary = apertium_binary()
        if binary is None:
            return "not installed"
        try:
            shown = subprocess.run([binary, "-V"], capture_output=True, text=True, timeout=10,
                                   check=False)
        except (OSError, subprocess.SubprocessError):
            return "unknown"
        return (shown.stdout or shown.stderr).strip() or "unknown"

    def can_translate(self, source: str, target: str) -> bool:
        return route(source, target) is not None

    def _require(self, source: str, target: str) -> tuple[str, list[str]]:
        binary = apertium_binary()
        if binary is None:
            raise ModelError("Apertium is not installed (Debian: apt-get install apertium "
                             "and a pair package such as apertium-eng-spa)")
        steps = route(source, target)
        if steps is None:
            raise ModelError(f"no Apertium mode for {source}->{target} "
                             f"(installed modes: {', '.join(installed_modes()) or 'none'})")
        return binary, steps

    def model_info(self, source: str, target: str) -> ModelInfo:
        binary, steps = self._require(source, target)
        versions = [_mode_version(binary, mode) for mode in steps]
        # A script mode comes from the same pair package: the versions are joined once each.
        return ModelInfo(
            engine="apertium",
            model="|".join(steps),
            version=", ".join(dict.fromkeys(v[0] for v in versions)),
            fingerprint="/".join(v[1] for v in versions),
        )

    def translate_batch(self, sentences: list[str], source: str, target: str) -> list[str]:
        if not sentences:
            return []
        binary, steps = self._require(source, target)
        # One sentence per line: a line break inside a sentence would shift every later one.
        lines = [" ".join(s.split()) for s in sentences]
        for mode in steps:
            lines = self._run_lines(binary, mode, lines)
        return lines

    def _run_lines(self, binary: str, mode: str, lines: list[str]) -> list[str]:
        output = self._run(binary, mode, "\n".join(lines) + "\n")
        translated = output.split("\n")
        if translated and translated[-1] == "":
            translated.pop()
        if len(translated) == len(lines):
            return [" ".join(t.split()) for t in translated]  # Apertium leaves double spaces
        # Apertium merged or split a line: translate one by one rather than misalign.
        return [" ".join(self._run(binary, mode, line + "\n").split()) for line in lines]

    def _run(self, binary: str, mode: str, text: str) -> str:
        command = [binary, "-u", mode]
        try:
            done = subprocess.run(command, input=text, capture_output=True, text=True,
                                  timeout=TIMEOUT_SECONDS + len(text) / 1000, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ModelError(f"Apertium mode {mode} timed out") from exc
        except OSError as exc:
            raise ModelError(f"cannot run Apertium ({binary}): {exc}") from exc
        if done.returncode != 0:
            message = done.stderr.strip().splitlines()
            reason = message[-1] if message else f"exit code {done.returncode}"
            raise ModelError(f"Apertium mode {mode} failed: {reason}")
        return done.stdout
