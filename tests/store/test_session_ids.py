"""Session ids are never given twice (migration 0015): releases and .ics UIDs are made from
them, so a removed session's id must not come back on a new one, also in a store upgraded from
the schema that reused them (speaking slots and invitations kept through the upgrade)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from mmdesk.services import programme as prog
from mmdesk.services import releases
from mmdesk.store.database import Store, current_revision, head_revision


def _counts(path: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(path)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("sessions", "speaking_slots", "invitations"))
    finally:
        con.close()


def _as_before_0015(path: Path) -> None:
    """Make the file what revision 0014 left: a sessions table that gives ids again."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql = replace(sql, 'PRIMARY KEY AUTOINCREMENT', 'PRIMARY KEY') "
                "WHERE type = 'table' AND name = 'sessions'")
    con.execute("DELETE FROM sqlite_sequence WHERE name = 'sessions'")
    con.execute("UPDATE alembic_version SET version_num = '0014'")
    con.commit()
    con.execute("PRAGMA writable_schema=OFF")
    con.close()


def test_the_newest_sessions_id_is_not_given_again(demo: Store) -> None:
    newest = max(s.id for s in prog.list_sessions(demo))
    prog.delete_session(demo, newest)
    day = datetime(2019, 11, 20, 16)
    added = prog.create_session(demo, prog.SessionInput("Press briefing", "press_conference", day,
                                                        day.replace(hour=17)))
    assert added.id > newest


def test_an_upgraded_store_keeps_its_programme_and_never_gives_a_released_id_again(demo_path: Path) -> None:
    store = Store.open(demo_path)
    releases.release_programme(store)
    newest = max(s.id for s in prog.list_sessions(store))
    prog.delete_session(store, newest)  # removed after the release, before the upgrade
    store.close()
    _as_before_0015(demo_path)
    before = _counts(demo_path)
    assert before[1] > 0 and before[2] > 0
    store = Store.open(demo_path)  # upgrades to 0015
    try:
        assert current_revision(store.engine) == head_revision()
        assert _counts(demo_path) == before  # no slot or invitation lost with the table's copy
        day = datetime(2019, 11, 20, 16)
        added = prog.create_session(store, prog.SessionInput("Press briefing", "press_conference", day,
                                                             day.replace(hour=17)))
        assert added.id > newest  # the released version names the removed id: never again
        codes = sorted(c.code.value for c in releases.changes_since(store).changes
                       if c.code.value.startswith("session_"))
        assert codes == ["session_added", "session_removed"]
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()
