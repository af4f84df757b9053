#!/usr/bin/env bash
# Refresh constraints.txt, the tested versions that scripts/test.sh and
# scripts/build-bundle.sh install: the newest releases that pyproject's ranges admit,
# in a throw-away venv. Run the tests afterwards and commit the file with them.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d /tmp/mmdesk-lock.XXXXXX)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e '.[test,lint]'
{
    echo "# Tested versions: scripts/test.sh and scripts/build-bundle.sh install with -c constraints.txt."
    echo "# Refresh (README, 'Refreshing the lock'): bash scripts/refresh-constraints.sh"
    "$venv/bin/python" -m pip freeze --exclude-editable | grep -v '^pip==' | LC_ALL=C sort -f
} > constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) packages pinned" >&2
