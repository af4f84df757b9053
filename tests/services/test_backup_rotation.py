"""The automatic copies' rotation keeps real copies: a refused import takes none (it would push
the oldest real one out), and what a desk killed mid-copy left is removed at the next rotation."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mmdesk.domain.errors import MmdeskError
from mmdesk.services import backup, exchange
from mmdesk.services import delegates as svc
from mmdesk.store.database import Store, backups_dir


def _full_rotation(store: Store) -> list[Path]:
    while len(backup.list_backups(store)) < backup.KEEP:
        backup.auto_backup(store, "periodic")
    return backup.list_backups(store)


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("content", [
    "Given name,Family name,E-mail\nAnna,Nowak,not-an-address\n",          # a refused row
    "Given name,Family name,Date of birth\nAnna,Nowak,2999-01-01\n",       # a refused date
    "Given name,Family name,E-mail\nAnna,Nowak,anna@example.org\nAnna,Nowak,anna@example.org\n",
])
def test_a_refused_import_takes_no_copy(demo: Store, tmp_path: Path, content: str) -> None:
    copies = _full_rotation(demo)
    with pytest.raises(MmdeskError):
        exchange.import_delegates(demo, _csv(tmp_path, content))
    assert backup.list_backups(demo) == copies  # the oldest real copy is still there


def test_a_dry_run_takes_no_copy(demo: Store, tmp_path: Path) -> None:
    copies = _full_rotation(demo)
    report = exchange.import_delegates(demo, _csv(tmp_path, "Given name,Family name\nAnna,Nowak\n"),
                                       dry_run=True)
    assert report.created == 1 and backup.list_backups(demo) == copies


def test_a_refused_programme_import_takes_no_copy(demo: Store, tmp_path: Path) -> None:
    copies = _full_rotation(demo)
    with pytest.raises(MmdeskError):
        exchange.import_programme(demo, _csv(tmp_path, "Day,Start,End,Title\n"
                                                       "2019-11-20,09:00,08:00,Backwards\n"))
    assert backup.list_backups(demo) == copies


def test_an_import_that_writes_takes_its_copy_of_the_store_before_it(demo: Store, demo_path: Path,
                                                                    tmp_path: Path) -> None:
    copies = _full_rotation(demo)
    before = len(svc.list_delegates(demo))
    report = exchange.import_delegates(demo, _csv(tmp_path, "Given name,Family name\nAnna,Nowak\n"))
    assert report.created == 1
    now = backup.list_backups(demo)
    assert len(now) == backup.KEEP and now[1:] == copies[:-1]  # one new copy, the oldest gone
    assert "before-import" in now[0].name
    con = sqlite3.connect(now[0])
    try:  # the copy holds the store as it was before the import
        assert con.execute("SELECT count(*) FROM delegates").fetchone()[0] == before
    finally:
        con.close()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_copies_a_killed_desk_left_half_made_go_at_the_next_rotation(demo: Store, demo_path: Path) -> None:
    folder = backups_dir(demo_path)
    folder.mkdir(exist_ok=True)
    dead, live = _dead_pid(), os.getppid()
    stem = demo_path.stem
    left = [f"{stem}-periodic-1.sqlite3.{dead}", f"{stem}-periodic-2.sqlite3.{dead}.part",
            f"{stem}-periodic-3.sqlite3.part", f"{stem}-periodic-2.sqlite3.{dead}.part-journal"]
    kept = [f"{stem}-periodic-4.sqlite3.{live}.part", f"{stem}-periodic-5.sqlite3.part", "notes.txt"]
    for name in left + kept:
        (folder / name).write_bytes(b"SQLite format 3\x00")
    an_hour_ago = time.time() - 3600
    os.utime(folder / left[2], (an_hour_ago, an_hour_ago))  # an older mmdesk's, untouched for an hour
    written = backup.auto_backup(demo, "periodic")
    assert written is not None
    assert {p.name for p in folder.iterdir()} == {written.name, *kept}
