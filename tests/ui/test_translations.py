"""Every user-visible string goes through tr(): the committed Linguist files hold them all."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _sources(ts: Path) -> set[tuple[str, str, bool]]:
    """(context, source, has plural forms) of every message: a plural lupdate no longer reads
    as one would lose its forms at the next update."""
    tree = ET.parse(ts)
    return {(c.findtext("name") or "", m.findtext("source") or "", m.get("numerus") == "yes")
            for c in tree.getroot().iter("context") for m in c.iter("message")}


def test_linguist_files_are_up_to_date(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sorted(map(str, (ROOT / "mmdesk" / "ui").glob("*.py"))), "-ts", str(fresh),
                    "-no-obsolete", "-locations", "none"], check=True, capture_output=True)
    found = _sources(fresh)
    assert len(found) > 200
    assert ("DelegateTableModel", "Accreditation", False) in found  # table headers are marked too
    assert ("WarningsPage", "%n warning(s)", True) in found
    for lang in ("fr", "es"):
        committed = _sources(ROOT / "resources" / "translations" / f"mmdesk_{lang}.ts")
        assert committed == found, (
            f"mmdesk_{lang}.ts is stale: run scripts/update-translations.sh "
            f"(missing: {sorted(found - committed)[:5]}, gone: {sorted(committed - found)[:5]})")


def test_every_string_is_translated_into_french_and_spanish() -> None:
    from mmdesk.paths import resources_dir

    for lang in ("fr", "es"):
        text = (resources_dir() / "translations" / f"mmdesk_{lang}.ts").read_text(encoding="utf-8")
        assert text.count("<message") > 400
        assert 'type="unfinished"' not in text, lang
