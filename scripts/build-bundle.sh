#!/usr/bin/env bash
# Build the one-folder desktop bundle in dist/mmdesk/ (PyInstaller, build.spec), then prove
# it works headless: the bundled `mmdesk --version` and `mmdesk --db FILE demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -c constraints.txt -e . 'pyinstaller>=6.10'
bash scripts/build-translations.sh
python3 -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "${DIST:-dist}" --workpath "${WORK:-build/pyinstaller}" build.spec
bundle="${DIST:-dist}/mmdesk/mmdesk"
"$bundle" --version
db=$(mktemp -d)/b.db
QT_QPA_PLATFORM=offscreen "$bundle" --db "$db" demo
echo "bundle: $(du -sh "${DIST:-dist}/mmdesk" | cut -f1) in ${DIST:-dist}/mmdesk"
