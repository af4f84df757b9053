#!/usr/bin/env bash
# The test command of README.md (and of .ci/run): installs what the tests need on a
# fresh Debian machine, then runs pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# poppler-utils: the tests read printed PDFs back as a user's viewer would
# (pdftotext, pdffonts, pdfinfo).
missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "installing ${missing[*]} from Debian's packages" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
python3 -m pip install -q -e '.[test]'
python3 -m pytest "$@"
