"""A whole `checker check` (and `checker translate`) opens no socket.

Network access is made to fail in this process (socket.connect, create_connection,
getaddrinfo raise, and an audit hook records every socket.connect/getaddrinfo event),
then the real CLI runs in-process on the seed story, with an Argos package
(de->en, real format, random weights) installed so the Argos path runs too, and
Apertium for es, sr and sr-Cyrl.
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest

_AUDIT = {"armed": False, "events": []}


def _audit(event: str, args) -> None:
    if _AUDIT["armed"] and event in ("socket.connect", "socket.getaddrinfo",
                                      "socket.gethostbyname", "urllib.Request"):
        _AUDIT["events"].append((event, repr(args)[:200]))


sys.addaudithook(_audit)  # hooks cannot be removed: it only records while armed


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed(f"network access attempted: {args!r}")


@pytest.fixture
def no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    _AUDIT["events"].clear()
    _AUDIT["armed"] = True
    yield _AUDIT["events"]
    _AUDIT["armed"] = False


@pytest.fixture
def argos_de_en(tmp_path, monkeypatch):
    from support.argos_package import build_test_package

    packages = tmp_path / "argos"
    build_test_package(packages, "de", "en")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CHECKER_ENGINES", raising=False)
    monkeypatch.delenv("CHECKER_ALLOW_DOWNLOAD", raising=False)
    return packages


def test_check_and_translate_open_no_socket(argos_de_en, no_network, run_cli, seed_story):
    code, out, err = run_cli("check", seed_story, "--format", "json")
    assert code in (0, 1), err
    report = json.loads(out)
    engines = {v["lang"]: (v.get("translation") or {}).get("engine") for v in report["versions"]}
    assert engines["de"] == "argos"  # the Argos path ran, offline
    assert engines["es"] == engines["sr"] == engines["sr-Cyrl"] == "apertium"

    code, out, err = run_cli("translate", seed_story / "es.txt", "--to", "en")
    assert code == 0, err
    assert "700" in out and "Stoltenberg" in out
    code, out, err = run_cli("translate", seed_story / "de.txt", "--to", "en")
    assert code == 0, err
    assert no_network == []  # not even an attempt that something caught


def test_the_guard_catches_an_attempt(no_network):
    """The guard works: an attempt fails and is recorded (so the test above can fail)."""
    import urllib.request

    with pytest.raises(Exception):  # noqa: B017 (urllib wraps it in URLError)
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)
    assert no_network


def test_a_hub_model_name_never_reaches_the_hub(seed_story, tmp_path):
    """Even with HF_HUB_OFFLINE=0 in the user's environment, an uncached hub model is a
    one-line error, not a download attempt. A fresh process, so huggingface_hub reads
    the environment as a user's run would; an audit hook reports any lookup or connect."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "def hook(event, args):\n"
        "    if event in ('socket.getaddrinfo', 'socket.connect'):\n"
        "        print('NETWORK', event, args[:2], file=sys.stderr)\n"
        "sys.addaudithook(hook)\n"
        "from cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "0", "TRANSFORMERS_OFFLINE": "0",
           "CHECKER_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CHECKER_ALLOW_DOWNLOAD", None)
    result = subprocess.run(
        [sys.executable, "-c", script, "check", str(seed_story / "en.txt"),
         str(seed_story / "de.txt"), "--no-translate", "--embedder", "some-org/not-cached"],
        capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 2, result.stderr
    assert "NETWORK" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
