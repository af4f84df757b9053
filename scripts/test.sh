#!/usr/bin/env bash
# The test command of README.md (and of .ci/run): installs what the tests need on a
# fresh Debian machine, then runs the linters (ruff, mypy: any finding fails the run)
# and pytest. Extra arguments go to pytest.
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
# Debian's python3 refuses pip outside a virtual environment: outside one, use .venv
if ! python3 -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)'; then
    [ -x .venv/bin/python3 ] || python3 -m venv .venv
    # shellcheck disable=SC1091
    . .venv/bin/activate
fi
# the tested versions of constraints.txt (the lock; README: Refreshing the lock)
python3 -m pip install -q -c constraints.txt -e '.[test,lint]'

# the linters (pyproject.toml: [tool.ruff], [tool.mypy]); zero findings or the run fails
python3 -m ruff check .
python3 -m mypy

# PostgreSQL (several desks on one server): a throw-away server on loopback, from
# Debian's packages, for the tests marked "postgres". MMDESK_TEST_PG=0 leaves it out
# (those tests are then skipped; the SQLite suite does not need it); a given
# MMDESK_TEST_PG_URL is used as it is.
if [ "${MMDESK_TEST_PG:-1}" != 0 ] && [ -z "${MMDESK_TEST_PG_URL:-}" ]; then
    pgdir=$(mktemp -d /tmp/mmdesk-pg.XXXXXX)
    trap 'bash scripts/pg-server.sh stop "$pgdir" || true' EXIT
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    MMDESK_TEST_PG_URL=$(bash scripts/pg-server.sh start "$pgdir" "$port")
    export MMDESK_TEST_PG_URL
    echo "PostgreSQL for the tests: $MMDESK_TEST_PG_URL" >&2
fi
python3 -m pytest "$@"
