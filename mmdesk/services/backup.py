"""Backups of the embedded store (SQLite online backup API)."""

from __future__ import annotations

from pathlib import Path

from mmdesk.domain.errors import MmdeskError
from mmdesk.store.database import Store, sqlite_backup, sqlite_path


def backup(store: Store, target: Path) -> Path:
    """Write a consistent copy of the store to target (a new file; never over the store itself)."""
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
    return sqlite_backup(source, target)
