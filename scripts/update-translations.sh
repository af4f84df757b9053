#!/usr/bin/env bash
# Refresh the Qt Linguist sources (resources/translations/*.ts) from the window's code,
# then build the .qm files the program loads. Run after changing user-visible strings.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(ls mmdesk/ui/*.py)
for lang in fr es; do
    pyside6-lupdate $sources -ts "resources/translations/mmdesk_${lang}.ts" -no-obsolete -locations none
    pyside6-lrelease "resources/translations/mmdesk_${lang}.ts" -qm "resources/translations/mmdesk_${lang}.qm"
done
