#!/usr/bin/env bash
# Build the .qm files the program loads from the committed Qt Linguist sources
# (resources/translations/*.ts). The .qm files are not committed.
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/translations/*.ts; do
    pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
