"""Nothing lost when the desk dies: the process is killed (SIGKILL, as a power cut) in the
middle of a 10,000-row import and of a badge batch; the file passes SQLite's integrity
check, holds none or all of the work, and opens again."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mmdesk.services.delegates import search_delegates
from mmdesk.services.demo import load_demo
from mmdesk.store.database import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL of a process group")


def _command(db: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "mmdesk", "--db", str(db), *argv]


def _started(db: Path, mark: str | None) -> bool:
    """Whether the work has begun: the rotating copy taken just before it is there."""
    return mark is None or any((db.parent / f"{db.stem}-backups").glob(f"*{mark}*"))


def _full_run(db: Path, *argv: str, mark: str | None = None) -> float:
    """How long the work takes when left alone (on a copy), to know when 'the middle' is."""
    proc = subprocess.Popen(_command(db, *argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.perf_counter()
    while not _started(db, mark) and proc.poll() is None:
        time.sleep(0.005)
    began = time.perf_counter()
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    return time.perf_counter() - (began if mark else started)


def _kill_after(db: Path, seconds: float, *argv: str, mark: str | None = None) -> bool:
    """Run the command and kill it `seconds` after its work began; False if it ended first."""
    proc = subprocess.Popen(_command(db, *argv), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.perf_counter() + 120
    while not _started(db, mark) and time.perf_counter() < deadline:
        time.sleep(0.005)
    time.sleep(seconds)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # the desk and its print workers, all at once
    proc.wait(timeout=30)
    return proc.returncode == -signal.SIGKILL


def _kill_midway(db: Path, took: float, fraction: float, *argv: str,
                 mark: str | None = None) -> Path:
    """Kill the command at `fraction` of the time it took alone, on a fresh copy of db; a run
    quicker than the timed one is tried again a little earlier (at most three times)."""
    for attempt in range(3):
        work = _copy(db, db.with_name(f"{db.stem}-try{attempt}.sqlite3"))
        if _kill_after(work, took * fraction * 0.6**attempt, *argv, mark=mark):
            return work
    raise AssertionError("the command ended before it could be killed, three times")


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _copy(src: Path, dst: Path) -> Path:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    a.close()
    b.close()
    return dst


@pytest.fixture
def ten_thousand(tmp_path: Path) -> Path:
    path = tmp_path / "delegates.csv"
    rows = ["Given name,Family name,City,Country,E-mail"]
    rows += [f"Ana{i},Łukasiewicz-{i},Łódź,PL,ana{i}@lodz.example" for i in range(10_000)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fraction", [0.3, 0.7])
def test_killed_in_the_middle_of_a_10000_row_import(demo_path: Path, tmp_path: Path,
                                                     ten_thousand: Path, fraction: float) -> None:
    timing = _copy(demo_path, tmp_path / "timing.sqlite3")
    took = _full_run(timing, "import", "delegates", str(ten_thousand), mark="before-import")
    assert _count(timing, "SELECT count(*) FROM delegates") == 30 + 10_000
    # killed while the rows are being written (the copy taken before the import is there)
    killed = _kill_midway(demo_path, took, fraction, "import", "delegates", str(ten_thousand),
                          mark="before-import")
    assert _count(killed, "SELECT count(*) FROM delegates") in (30, 30 + 10_000)
    store = Store.open(killed)  # the desk opens it again, and it works
    try:
        assert search_delegates(store, "Goyeneche")
    finally:
        store.close()


def test_killed_in_the_middle_of_a_badge_batch(db_path: Path, tmp_path: Path) -> None:
    store = Store.open(db_path)
    load_demo(store, 4000)
    store.close()
    timing = _copy(db_path, tmp_path / "timing.sqlite3")
    took = _full_run(timing, "print", "badges", str(tmp_path / "all.pdf"))
    printed = _count(timing, "SELECT count(*) FROM badges")
    before = _count(db_path, "SELECT count(*) FROM badges")
    assert printed > before + 1000
    target = tmp_path / "killed.pdf"
    killed = _kill_midway(db_path, took, 0.6, "print", "badges", str(target))
    after = _count(killed, "SELECT count(*) FROM badges")
    assert after in (before, printed)
    if after == before:  # killed while drawing: no serial issued, no badge file claimed
        assert not target.exists()
    store = Store.open(killed)
    try:
        assert search_delegates(store, "Goyeneche")
    finally:
        store.close()
