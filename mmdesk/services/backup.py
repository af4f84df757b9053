"""Backups of the embedded store (SQLite online backup API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mmdesk.domain.errors import MmdeskError
from mmdesk.store.database import Store, sqlite_backup, sqlite_path


def backup(store: Store, target: Path, *, for_desk: bool = False) -> Path:
    """Write a consistent copy of the store to target (a new file; never over the store itself).

    A copy for another desk leaves out the badge-signing private key (the copy
    verifies badges with the public key but cannot issue new codes); its pages
    are wiped, not just unlinked (secure_delete + VACUUM).
    """
    source = sqlite_path(store.url)
    if source is None:
        raise MmdeskError(
            "backup copies the embedded SQLite store; for a PostgreSQL server use pg_dump"
        )
    target = target.expanduser().resolve()
    if target == source.resolve():
        raise MmdeskError("the backup file cannot be the database itself")
    if target.is_dir():
        raise MmdeskError(f"{target} is a folder; name the backup file")
    if not target.parent.is_dir():
        raise MmdeskError(f"folder {target.parent} does not exist")
    written = sqlite_backup(source, target)
    if for_desk:
        con = sqlite3.connect(written)
        try:
            con.execute("PRAGMA secure_delete = ON")
            con.execute("DELETE FROM event_secrets")
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
    return written
