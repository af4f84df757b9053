"""Backups of the embedded store: on request, automatic and rotating, and restore.

Automatic copies go to `<name>-backups/` beside the store, taken with SQLite's
online backup API (consistent while desks keep working) before imports, bulk
accreditation moves and badge batches, and every few minutes from the window;
the newest KEEP of them are kept.

A PostgreSQL store (several desks on one server) is backed up into the same
kind of SQLite file, row by row in one consistent snapshot: such a file opens
on any laptop with no server (a desk that must go on alone), and `restore`
puts it back on the server in one transaction.

No copy carries the badge-signing key: it lives in a key file on the printing
desk (mmdesk/store/keyfiles.py), so a copy verifies badges but cannot issue
codes. Copies are readable by their owner only (0600, folders 0700).

A restore is checked whole before anything is replaced: the file is copied
aside, opened and upgraded there like any store (a newer schema, a file with
no mmdesk tables, a damaged file are refused), and only then copied over the
store; a refused or failed restore changes nothing.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from platformdirs import user_data_path
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.errors import MmdeskError
from mmdesk.files import writable_target
from mmdesk.processes import pid_alive
from mmdesk.store.database import Store, StoreError, backups_dir, scrub_secrets, sqlite_backup, sqlite_path
from mmdesk.store.keyfiles import private_file, private_folder
from mmdesk.store.models import Base

#: per-store bookkeeping that is not copied between stores
_NOT_COPIED = {"table_revisions"}
_BATCH = 5000


def _copied_tables() -> list[sa.Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in _NOT_COPIED]


def _copy_rows(source: sa.Connection, target: sa.Connection, tables: list[sa.Table]) -> None:
    """Every row of tables from one store to another (parents before children)."""
    for table in tables:
        result = source.execute(sa.select(table).order_by(*table.primary_key.columns))
        while rows := result.mappings().fetchmany(_BATCH):
            target.execute(sa.insert(table), [dict(r) for r in rows])

KEEP = 20


def backup(store: Store, target: Path, *, for_desk: bool = False) -> Path:
    """Write a consistent copy of the store to target (a new file, 0600; never over the store).

    No copy holds the badge-signing key (it is not in the store); `for_desk` is kept for
    the command line's --for-desk, and makes the same copy.
    """
    source = sqlite_path(store.url)
    target = target.expanduser().resolve()
    if source is None:
        _check_target(target)
        return _server_to_file(store, target)
    if target == source.resolve():
        raise MmdeskError("the backup file cannot be the database itself", code="backup.backup-file-cannot")
    _check_target(target)
    written = sqlite_backup(source, target)
    scrub_secrets(written)  # a store not yet reopened since the upgrade: never a key in a copy
    return written


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise MmdeskError(
            "{target} is a folder; name the backup file",
            target=target, code="backup.folder-name-backup")
    writable_target(target)


def _server_to_file(store: Store, target: Path) -> Path:
    """A server's content as an embedded store file, from one consistent snapshot."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    private_file(part)
    copy = Store.open(part)
    try:
        with store.engine.connect().execution_options(isolation_level="REPEATABLE READ") as src, \
                copy.engine.begin() as dst:
            _copy_rows(src, dst, _copied_tables())
    except BaseException:
        copy.close()
        part.unlink(missing_ok=True)
        raise
    copy.close()
    for extra in ("-wal", "-shm"):
        Path(str(part) + extra).unlink(missing_ok=True)
    os.replace(part, target)
    return target


#: A copy in the making is written as `<copy>.<pid>` (and `<copy>.<pid>.part` inside SQLite's
#: backup), so that the next rotation knows one whose process is gone (a desk killed mid-copy)
_IN_MAKING = re.compile(r".+\.sqlite3\.(?P<pid>\d+)(?:\.part)?(?:-journal|-wal|-shm)?")
#: a `.part` with no process in its name (an older mmdesk's) is left this long before it goes
STALE_AFTER = 600.0


def auto_backup(store: Store, reason: str, *, keep: int = KEEP) -> Path | None:
    """A rotating copy before risky work (None for a store that is not a SQLite file). Copies
    that a killed desk left half made are removed at every rotation."""
    final = _make_copy(store, reason)
    if final is not None:
        _rotate(store, final.parent, keep)
    return final


def _make_copy(store: Store, reason: str) -> Path | None:
    """A new copy of the store in its backups folder (nothing rotated away yet)."""
    source = sqlite_path(store.url)
    if source is None or not source.exists():
        return None
    folder = private_folder(backups_dir(source))  # ours: readable by the owner only, even if older
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"{source.stem}-{reason}-{stamp}.sqlite3"
    making = final.with_name(f"{final.name}.{os.getpid()}")
    try:
        os.replace(sqlite_backup(source, making), final)
    finally:
        for left in (making, *(making.with_name(making.name + x) for x in (".part", ".part-journal"))):
            left.unlink(missing_ok=True)
    return final


def _rotate(store: Store, folder: Path, keep: int = KEEP) -> None:
    """Keep the newest `keep` copies of the store in its backups folder; remove half-made ones."""
    source = sqlite_path(store.url)
    assert source is not None  # a copy was made, so the store is a file
    copies = sorted(folder.glob(f"{source.stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime_ns)
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    clean_half_made(folder)


@contextmanager
def backup_beside(store: Store, reason: str, db: DbSession) -> Iterator[None]:
    """The rotating copy before a bulk move or an import, made while it is checked and written.

    Use it inside the work's transaction (`with store.transaction() as db,
    backup_beside(store, "before-bulk", db):`). The transaction takes the write lock first
    (BEGIN IMMEDIATE on SQLite), so no other desk's write can fall between the copy and the
    work. The copy is read by its own connection in another thread, in one read transaction:
    it holds the store as last committed, and the block's writes are not committed before
    the block ends, which waits for the copy. So the copy is the store just before the work,
    which costs the longer of the two, not their sum. A block that raises keeps no copy and
    rotates none away.
    """
    import threading

    db.connection()  # the transaction begins here, holding the write lock, before the copy

    made: list[Path | None] = []
    failed: list[BaseException] = []

    def copy() -> None:
        try:
            made.append(_make_copy(store, reason))
        except BaseException as exc:  # said in the caller's thread
            failed.append(exc)

    worker = threading.Thread(target=copy, name="mmdesk-backup", daemon=True)
    worker.start()
    try:
        yield
    except BaseException:
        worker.join()
        for path in made:
            if path is not None:
                path.unlink(missing_ok=True)
        raise
    worker.join()
    if failed:
        raise failed[0]
    if made and made[0] is not None:
        _rotate(store, made[0].parent)


def clean_half_made(folder: Path) -> list[Path]:
    """Remove the copies in the making whose process is gone (with SQLite's journal of the
    copy), and `.part` files no process has touched for STALE_AFTER seconds; returns what was
    removed."""
    removed = []
    now = time.time()
    for path in folder.iterdir():
        m = _IN_MAKING.fullmatch(path.name)
        with suppress(OSError):
            if m is not None:
                stale = not pid_alive(int(m.group("pid")))
            else:
                stale = (path.name.endswith((".part", ".part-journal"))
                         and now - path.stat().st_mtime > STALE_AFTER)
            if stale:
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def list_backups(store: Store) -> list[Path]:
    """The automatic copies of this store, newest first."""
    source = sqlite_path(store.url)
    if source is None:
        return []
    return sorted(backups_dir(source).glob(f"{source.stem}-*.sqlite3"),
                  key=lambda p: p.stat().st_mtime_ns, reverse=True)


def restore(store: Store, source: Path) -> Path:
    """Put a backup in place of the store's content; the current content is backed up first.

    The file must be an mmdesk store that passes SQLite's integrity check, of a schema this
    mmdesk knows, holding every table; it is opened and brought to this mmdesk's schema
    aside first, so a refused or failed restore changes nothing. The signing key is not in
    any store, so restoring a copy for another desk keeps this desk's key. Returns the copy
    taken before restoring.
    """
    target = sqlite_path(store.url)
    source = source.expanduser().resolve()
    if not source.is_file():
        raise MmdeskError("no file {source}", source=source, code="backup.no-file")
    if target is not None and source == target.resolve():
        raise MmdeskError("the file to restore is the database itself", code="backup.file-restore-database")
    _first_checks(source)
    if target is None:
        return _file_to_server(store, source)
    work = target.with_name(f".{target.name}.restore.part")
    _prepared(source, work)
    try:
        before = auto_backup(store, "before-restore", keep=KEEP + 1)
        store.engine.dispose()
        src = sqlite3.connect(work)
        dst = sqlite3.connect(target)
        try:
            dst.execute("PRAGMA busy_timeout = 10000")
            src.backup(dst)  # one write transaction on the store: all of it, or nothing
        finally:
            dst.close()
            src.close()
    finally:
        for extra in ("", "-wal", "-shm"):
            Path(str(work) + extra).unlink(missing_ok=True)
    assert before is not None
    return before


def _first_checks(source: Path) -> None:
    """A readable SQLite file that passes its integrity check and names a schema version."""
    try:
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise MmdeskError(
            "{name} is not an mmdesk database ({exc})",
            name=source.name, exc=exc, code="backup.no-schema-version") from None
    if ok != ("ok",):
        raise MmdeskError(
            "{name} is damaged (integrity check: {value})",
            name=source.name, value=ok[0] if ok else 'no answer', code="backup.damaged-integrity-check")
    if not version:
        raise MmdeskError(
            "{name} is not an mmdesk database (no schema version)",
            name=source.name, code="backup.not-mmdesk-database")


def _prepared(source: Path, work: Path) -> None:
    """A private copy of source at work, opened and upgraded like any store and checked to
    hold every table and an event; refused (work removed) otherwise."""
    for extra in ("", "-wal", "-shm"):
        Path(str(work) + extra).unlink(missing_ok=True)
    try:
        sqlite_backup(source, work)
        scrub_secrets(work)
        try:
            copy = Store.open(work, backup_first=False)
        except StoreError as exc:
            raise MmdeskError(
                "{name} cannot be restored: {exc}",
                name=source.name, exc=exc, code="backup.cannot-restored") from None
        except (sa.exc.SQLAlchemyError, sqlite3.Error) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise MmdeskError(
                "{name} is not a complete mmdesk database ({first})",
                name=source.name, first=first, code="backup.incomplete") from None
        try:
            with copy.engine.connect() as conn:
                missing = {t.name for t in Base.metadata.sorted_tables} - set(
                    sa.inspect(conn).get_table_names())
                events = 0 if missing else conn.execute(sa.text("SELECT count(*) FROM events")).scalar()
        finally:
            copy.close()
        con = sqlite3.connect(work)  # everything into the one file copied over the store
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        if missing:
            raise MmdeskError(
                "{name} is not a complete mmdesk database (missing: {join})",
                name=source.name, join=', '.join(sorted(missing)[:5]),
                code="backup.incomplete-missing-tables")
        if not events:
            raise MmdeskError(
                "{name} holds no forum: nothing to restore",
                name=source.name, code="backup.holds-no-forum")
    except BaseException:
        for extra in ("", "-wal", "-shm"):
            Path(str(work) + extra).unlink(missing_ok=True)
        raise


def _file_to_server(store: Store, source: Path) -> Path:
    """Replace a server's content with a backup file's, in one transaction."""
    folder = private_folder(user_data_path("mmdesk", appauthor=False) / "server-backups")
    name = store.url.database or "mmdesk"
    before = backup(store, folder / f"{name}-before-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    with tempfile.TemporaryDirectory() as tmp:
        # a copy brought to this mmdesk's schema (an older backup is upgraded, as on open)
        work = Path(tmp) / "restore.sqlite3"
        _prepared(source, work)
        copy = Store.open(work)
        try:
            tables = _copied_tables()
            with copy.engine.connect() as src, store.transaction() as db:
                for table in reversed(tables):  # through the session: every open window reloads
                    db.execute(sa.delete(table))
                _copy_rows(src, db.connection(), tables)
                for table in tables:
                    if "id" in table.c and store.url.get_backend_name() == "postgresql":
                        db.execute(sa.text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"))
        finally:
            copy.close()
    return before
