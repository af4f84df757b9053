"""`mmdesk check` read straight from a SQLite file (no SQLAlchemy) says what the usual way says."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mmdesk.cli import main
from mmdesk.domain.enums import SessionStatus, SlotStatus
from mmdesk.services import programme as prog
from mmdesk.services.checks import report_json, run_checks, run_checks_quick
from mmdesk.store.database import Store
from mmdesk.store.quick import head_from_files, open_at_head


def _stamp(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()


def test_the_quick_read_gives_the_same_report_as_the_store(demo_path: Path) -> None:
    store = Store.open(demo_path)
    try:  # a declined speaker, a cancelled session: every kind of row the rules look at
        sessions = prog.list_sessions(store)
        slot = next(x for s in sessions for x in s.slots)
        prog.update_slot(store, slot.id, status=SlotStatus.DECLINED)
        data = prog.session_input(sessions[-1])
        data.status = SessionStatus.CANCELLED
        prog.update_session(store, sessions[-1].id, data)
        usual = run_checks(store, buffer_minutes=30)
    finally:
        store.close()
    con = open_at_head(demo_path)
    assert con is not None
    try:
        quick = run_checks_quick(con, buffer_minutes=30)
    finally:
        con.close()
    assert quick is not None and usual.findings
    assert (quick.event, quick.findings, quick.snapshot) == (usual.event, usual.findings, usual.snapshot)
    assert report_json(quick) == report_json(usual)


def test_only_a_sqlite_file_at_the_newest_migration_is_read_the_quick_way(demo_path: Path,
                                                                         tmp_path: Path) -> None:
    con = open_at_head(demo_path)
    assert con is not None
    con.close()
    assert open_at_head(tmp_path / "missing.sqlite3") is None
    assert not (tmp_path / "missing.sqlite3").exists()  # nothing created on the way
    assert open_at_head("postgresql://desk@server/forum") is None
    _stamp(demo_path, "0001")
    assert open_at_head(demo_path) is None
    assert head_from_files() is not None


def test_check_on_a_store_of_a_newer_mmdesk_is_refused(demo_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _stamp(demo_path, "9999_from_the_future")
    assert main(["--db", str(demo_path), "check"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "newer mmdesk" in captured.err


def test_check_on_a_store_with_no_forum_says_what_to_do(db_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "check", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "mmdesk demo" in captured.err
