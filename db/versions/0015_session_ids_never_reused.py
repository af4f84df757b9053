"""session ids are never used again: a removed session's id (and the .ics UID and release
identity made from it) never comes back on a new session (issue 18)

SQLite gives a new row the highest id + 1, so removing the last session and adding one reused
its id: the change sheet took the new session for the old one renamed and moved, and
calendars updated the removed event. AUTOINCREMENT makes SQLite remember the highest id ever
given (sqlite_sequence); it is seeded with the highest id the released versions name, so an
id removed before this upgrade is not given out again either. PostgreSQL's sequences never
go back: nothing to do there.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-27
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _highest_released_id(bind: sa.Connection) -> int:
    highest = 0
    for (sessions,) in bind.exec_driver_sql("SELECT sessions FROM programme_versions"):
        data = json.loads(sessions) if isinstance(sessions, str) else sessions
        for s in data or ():
            if isinstance(s, dict) and isinstance(s.get("id"), int):
                highest = max(highest, s["id"])
    return highest


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    # Recreating the table drops the old one, which with foreign keys on would delete every
    # speaking slot and invitation (ON DELETE CASCADE). The pragma is ignored inside a
    # transaction: end the one open (the earlier migrations are complete), switch the checks
    # off for the copy, and open a new transaction for the rest of the upgrade.
    checks = "ON" if bind.exec_driver_sql("PRAGMA foreign_keys").scalar() else "OFF"
    if getattr(bind.connection.dbapi_connection, "in_transaction", False):
        bind.exec_driver_sql("COMMIT")
    bind.exec_driver_sql("PRAGMA foreign_keys=OFF")
    bind.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        with op.batch_alter_table("sessions", recreate="always",
                                  table_kwargs={"sqlite_autoincrement": True}):
            pass
        highest = _highest_released_id(bind)
        bind.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) SELECT 'sessions', 0 "
                             "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sessions')")
        bind.exec_driver_sql("UPDATE sqlite_sequence SET seq = max(seq, ?, "
                             "(SELECT coalesce(max(id), 0) FROM sessions)) WHERE name = 'sessions'",
                             (highest,))
    except BaseException:
        bind.exec_driver_sql("ROLLBACK")
        bind.exec_driver_sql(f"PRAGMA foreign_keys={checks}")
        bind.exec_driver_sql("BEGIN")  # the caller's transaction, which it rolls back
        raise
    bind.exec_driver_sql("COMMIT")
    bind.exec_driver_sql(f"PRAGMA foreign_keys={checks}")
    bind.exec_driver_sql("BEGIN IMMEDIATE")


def downgrade() -> None:
    # an id never used again harms no older version: the table is left as it is
    pass
