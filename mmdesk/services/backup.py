"""Backups of the embedded store: on request, automatic and rotating, and restore.

Automatic copies go to `<name>-backups/` beside the store, taken with SQLite's
online backup API (consistent while desks keep working) before imports, bulk
accreditation moves and badge batches, and every few minutes from the window;
the newest KEEP of them are kept. PostgreSQL stores are backed up with the
server's own tools (pg_dump).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from mmdesk.domain.errors import MmdeskError
from mmdesk.store.database import Store, backups_dir, sqlite_backup, sqlite_path

KEEP = 20


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


def auto_backup(store: Store, reason: str, *, keep: int = KEEP) -> Path | None:
    """A rotating copy before risky work (None for a store that is not a SQLite file)."""
    source = sqlite_path(store.url)
    if source is None or not source.exists():
        return None
    folder = backups_dir(source)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    written = sqlite_backup(source, folder / f"{source.stem}-{reason}-{stamp}.sqlite3")
    copies = sorted(folder.glob(f"{source.stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime_ns)
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return written


def list_backups(store: Store) -> list[Path]:
    """The automatic copies of this store, newest first."""
    source = sqlite_path(store.url)
    if source is None:
        return []
    return sorted(backups_dir(source).glob(f"{source.stem}-*.sqlite3"),
                  key=lambda p: p.stat().st_mtime_ns, reverse=True)


def restore(store: Store, source: Path) -> Path:
    """Put a backup in place of the store's content; the current content is backed up first.

    The file must be an mmdesk store that passes SQLite's integrity check; a
    refused file changes nothing. Returns the copy taken before restoring.
    """
    target = sqlite_path(store.url)
    if target is None:
        raise MmdeskError("restore works on the embedded SQLite store; for PostgreSQL use pg_restore")
    source = source.expanduser().resolve()
    if not source.is_file():
        raise MmdeskError(f"no file {source}")
    try:
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise MmdeskError(f"{source.name} is not an mmdesk database ({exc})") from None
    if ok != ("ok",):
        raise MmdeskError(f"{source.name} is damaged (integrity check: {ok[0] if ok else 'no answer'})")
    if not version:
        raise MmdeskError(f"{source.name} is not an mmdesk database (no schema version)")
    before = auto_backup(store, "before-restore", keep=KEEP + 1)
    store.engine.dispose()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    assert before is not None
    return before
