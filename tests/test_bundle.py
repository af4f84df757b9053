"""The desktop bundle (PyInstaller, build.spec) builds and works headless: the bundled
`mmdesk --version`, `--db FILE demo`, and a badge batch with its fonts and QR codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mmdesk import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("MMDESK_TEST_BUNDLE") == "0", reason="MMDESK_TEST_BUNDLE=0"),
    pytest.mark.skipif(sys.platform == "win32", reason="the CI bundle is built on Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, DIST=str(where / "dist"), WORK=str(where / "work"))
    done = subprocess.run(["bash", "scripts/build-bundle.sh"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    exe = where / "dist" / "mmdesk" / "mmdesk"
    assert exe.is_file()
    return exe


def _run(exe: Path, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="")
    return subprocess.run([str(exe), *argv], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_bundle_runs_version_demo_and_prints_badges(bundle: Path, tmp_path: Path) -> None:
    # run from an empty folder: nothing of the checkout may be needed
    version = _run(bundle, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"mmdesk {__version__}"
    db = tmp_path / "b.db"
    demo = _run(bundle, "--db", str(db), "demo", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "30 delegates, 13 sessions" in demo.stdout
    check = _run(bundle, "--db", str(db), "check", "--json", cwd=tmp_path)
    assert check.returncode == 1 and '"speaker_double_booked"' in check.stdout
    badges = _run(bundle, "--db", str(db), "print", "badges", str(tmp_path / "b.pdf"), cwd=tmp_path)
    assert badges.returncode == 0, badges.stderr
    fonts = subprocess.run(["pdffonts", str(tmp_path / "b.pdf")], capture_output=True, text=True).stdout
    assert "NotoSans" in fonts and "Helvetica" not in fonts
    text = subprocess.run(["pdftotext", str(tmp_path / "b.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert "Goyeneche" in text


def test_the_bundle_carries_translations_layouts_fonts_and_migrations(bundle: Path) -> None:
    inside = bundle.parent / "_internal"
    for part in ("resources/translations/mmdesk_fr.qm", "resources/translations/mmdesk_es.qm",
                 "resources/layouts/a6.json", "resources/fonts", "db/versions"):
        assert (inside / part).exists(), part
    assert list((inside / "db" / "versions").glob("0001_*.py"))
