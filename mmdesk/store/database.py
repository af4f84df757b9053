"""Opening a store: URL resolution, engine set-up, upgrade-on-open with backup."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import ORMExecuteState, sessionmaker
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.errors import MmdeskError
from mmdesk.paths import default_database_path, migrations_dir
from mmdesk.store.keyfiles import private_file, private_folder, write_private
from mmdesk.store.quick import head_from_files

if TYPE_CHECKING:  # Alembic is imported when a store needs upgrading, not at every start
    from alembic.config import Config
    from alembic.script import ScriptDirectory

ENV_VAR = "MMDESK_DB"


class StoreError(MmdeskError):
    """The store cannot be opened or used (bad URL, newer schema, unreachable server)."""


class EventClosed(MmdeskError):
    """The forum was closed (its personal data erased): no new personal data is taken."""


#: the tables that hold people's personal data: closed to new rows and edits once the event closes
PERSONAL_TABLES = frozenset({"delegates", "delegate_sensitive", "delegate_photos"})
CLOSED = ("the event is closed and its personal data erased: no new personal data is taken "
          "(no delegates, imports or badges); nothing was changed")


def _event_closed(session: DbSession) -> bool:
    if session.info.get("closing"):
        return False
    return session.connection().execute(
        sa.text("SELECT 1 FROM events WHERE closed_at IS NOT NULL LIMIT 1")).first() is not None


def _refuse_personal_flush(session: DbSession, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        if sa.inspect(obj).mapper.local_table.name in PERSONAL_TABLES and _event_closed(session):
            raise EventClosed(CLOSED, code="event.closed")


def resolve_url(target: URL | str | os.PathLike[str] | None = None) -> URL:
    """A SQLAlchemy URL from --db, then MMDESK_DB, then the user's data folder.

    Anything with "://" is taken as a URL; anything else is a SQLite file path.
    """
    if isinstance(target, URL):
        return target
    raw = os.fspath(target) if target is not None else os.environ.get(ENV_VAR) or None
    if raw is None:
        path = default_database_path()
        private_folder(path.parent)
        return URL.create("sqlite", database=str(path))
    if "://" in raw:
        try:
            return make_url(raw)
        except sa.exc.ArgumentError as exc:
            raise StoreError("not a database URL: {raw}", raw=raw, code="database.not-database-url") from exc
    path = Path(raw).expanduser().resolve()
    if path.is_dir():
        raise StoreError(
            "{path} is a folder, not a database file",
            path=path, code="database.folder-not-database")
    if not path.parent.is_dir():
        raise StoreError("folder {parent} does not exist", parent=path.parent, code="files.folder-does-not")
    return URL.create("sqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL (None for other back ends and in-memory stores)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # the driver must not open transactions by itself: _sqlite_begin does, so
    # that writers take the write lock up front (BEGIN IMMEDIATE) and wait for
    # each other (busy_timeout) instead of failing on a stale WAL snapshot
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: URL) -> Engine:
    """An engine with foreign keys and WAL on SQLite."""
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def alembic_config(url: URL | None = None) -> Config:
    """Alembic's configuration pointing at db/ (no alembic.ini needed)."""
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The newest migration this mmdesk knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The migration a store is at (None for an empty store)."""
    with engine.connect() as conn:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def sqlite_backup(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file (online backup API, WAL included), readable by
    its owner only (0600; a new folder 0700)."""
    if not target.parent.is_dir():
        private_folder(target.parent)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    private_file(tmp)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target


def _tables(conn: sa.Connection) -> set[str]:
    return set(sa.inspect(conn).get_table_names())


def scrub_secrets(db_file: Path) -> bool:
    """Erase a legacy event_secrets table's rows from a SQLite file, wiping their pages
    (secure_delete + VACUUM); True where there was something to erase."""
    con = sqlite3.connect(db_file)
    try:
        found = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'event_secrets'").fetchone()
        if not found or not con.execute("SELECT 1 FROM event_secrets LIMIT 1").fetchone():
            return False
        con.execute("PRAGMA secure_delete = ON")
        con.execute("DELETE FROM event_secrets")
        con.commit()
        con.execute("VACUUM")
        return True
    finally:
        con.close()


def move_secrets_out(engine: Engine, url: URL) -> int:
    """Stores written before the key files: each private key goes to this desk's key file
    (keyed by the event's public key), then is erased from the store and from the store's
    automatic backups, so no copy of the store can issue codes. Returns the keys moved."""
    with engine.begin() as conn:
        if "event_secrets" not in _tables(conn):
            return 0
        rows = conn.execute(sa.text(
            "SELECT s.private_key FROM event_secrets s "
            "JOIN event_keys k ON k.event_id = s.event_id")).all()
        for (private,) in rows:
            write_private(bytes(private))  # written and synced before the rows go
        conn.execute(sa.text("DELETE FROM event_secrets"))
    db_file = sqlite_path(url)
    if db_file is not None:
        raw = engine.raw_connection()  # no transaction around VACUUM (the driver's autocommit)
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")  # the freed pages go: the key's bytes are gone
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        for old in sorted(backups_dir(db_file).glob("*.sqlite3")):
            with contextlib.suppress(sqlite3.Error, OSError):
                scrub_secrets(old)
    elif rows:
        with contextlib.suppress(sa.exc.DBAPIError), \
                engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM FULL event_secrets")
    return len(rows)


def backups_dir(db_file: Path) -> Path:
    """Where automatic copies of a store go: beside it, in <name>-backups/."""
    return db_file.with_name(db_file.stem + "-backups")


def upgrade(engine: Engine, url: URL, *, backup_first: bool = True) -> Path | None:
    """Bring a store to the newest migration; returns the backup taken, if any (none for a
    throw-away copy, backup_first=False)."""
    if _up_to_date(engine):
        return None
    from alembic.script import ScriptDirectory

    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and not _known(script, current):
        raise StoreError(
            "this database was written by a newer mmdesk (schema {current}); update mmdesk to open it",
            current=current, code="database.database-written-newer")
    if current is not None:
        move_secrets_out(engine, url)  # before the copy taken below, which must not hold them
    backup: Path | None = None
    db_file = sqlite_path(url)
    if current is not None and db_file is not None and backup_first:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = sqlite_backup(
            db_file, backups_dir(db_file) / f"{db_file.stem}-before-{head}-{stamp}.sqlite3"
        )
    from alembic import command

    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _head_from_files() -> str | None:
    """The newest migration of the migration files (see mmdesk.store.quick), without Alembic."""
    return head_from_files(migrations_dir())


def _up_to_date(engine: Engine) -> bool:
    """Is the store at the newest migration? Seen with one query, without Alembic (whose
    import costs about a second at every start); False sends the store through Alembic."""
    head = _head_from_files()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            stamped = [r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    except sa.exc.DBAPIError:
        return False
    return stamped == [head]


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic import util as alembic_util

    try:
        return script.get_revision(revision) is not None
    except alembic_util.CommandError:
        return False


#: tables whose changed rows are logged one by one (change_log): the window re-reads those rows
LOGGED = {"delegates": None, "accreditations": "delegate_id", "badges": "accreditation_id"}
#: entries kept per table (in revisions): a window further behind reads everything again
LOG_KEEP = 2000


def _log_row(session: DbSession, table: str, row_id: int | None, owner_id: int | None) -> None:
    """Note a changed row of a logged table (row_id None: many rows, read the table again)."""
    rows = session.info.setdefault("changed_rows", {})
    if row_id is None:
        rows[table] = None
    elif rows.get(table, ()) is not None:
        rows.setdefault(table, set()).add((row_id, owner_id))


def _track_flush(session: DbSession, _context: object) -> None:
    touched: set[str] = session.info.setdefault("touched", set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        name = sa.inspect(obj).mapper.local_table.name
        touched.add(name)
        if name in LOGGED:
            owner = LOGGED[name]
            _log_row(session, name, obj.id, getattr(obj, owner) if owner else None)


#: execution option of a statement whose changed rows the caller notes itself (note_rows)
ROWS_NOTED = "mmdesk_rows_noted"


def note_rows(session: DbSession, table: str, rows: Iterable[tuple[int, int | None]]) -> None:
    """The rows (id, owner id) a statement run with execution_options(ROWS_NOTED=True) changed,
    for the change log: windows then read just those rows, not the whole table again."""
    session.info.setdefault("touched", set()).add(table)
    for row_id, owner_id in rows:
        _log_row(session, table, row_id, owner_id)


def _track_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name in PERSONAL_TABLES and not state.is_delete and _event_closed(state.session):
            raise EventClosed(CLOSED, code="event.closed")
        if name and name not in ("table_revisions", "change_log"):
            state.session.info.setdefault("touched", set()).add(name)
            if name in LOGGED and not state.execution_options.get(ROWS_NOTED):
                _log_row(state.session, name, None, None)  # many rows: windows read the table again


def _bump_revisions(session: DbSession) -> None:
    # flush first: commit flushes only after before_commit, and those rows count too
    session.flush()
    touched = sorted(session.info.pop("touched", set()))
    changed = session.info.pop("changed_rows", {})
    if touched:  # sorted: desks lock the counters in one order, so they never deadlock
        table = sa.table("table_revisions", sa.column("table_name"), sa.column("n"))
        for name in touched:
            session.execute(sa.update(table).where(table.c.table_name == name)
                            .values(n=table.c.n + 1))
            if name in LOGGED:
                _write_log(session, name, changed.get(name))


def _write_log(session: DbSession, name: str, rows: set[tuple[int, int | None]] | None) -> None:
    """The rows this commit changed, under the table's new revision (read under the lock the
    update above took, so each table's revisions come in commit order on every back end)."""
    revision = session.execute(sa.text("SELECT n FROM table_revisions WHERE table_name = :t"),
                               {"t": name}).scalar()
    if revision is None:
        return
    entries = [{"t": name, "r": revision, "row": None, "owner": None}] if rows is None else [
        {"t": name, "r": revision, "row": row, "owner": owner} for row, owner in sorted(rows)]
    if not entries:  # touched by a statement on another table: the window reads it all
        entries = [{"t": name, "r": revision, "row": None, "owner": None}]
    session.execute(sa.text("INSERT INTO change_log (table_name, revision, row_id, owner_id) "
                            "VALUES (:t, :r, :row, :owner)"), entries)
    if revision % 200 == 0:
        session.execute(sa.text("DELETE FROM change_log WHERE table_name = :t AND revision <= :r"),
                        {"t": name, "r": revision - LOG_KEEP})


def _forget_touched(session: DbSession, *_args: object) -> None:
    session.info.pop("touched", None)
    session.info.pop("changed_rows", None)


def _plain_error(url: URL, exc: sa.exc.DBAPIError) -> StoreError | None:
    """One sentence for a lost server or a busy file; None for errors that are not about reaching
    the store."""
    reaching = isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError))
    if not reaching and not exc.connection_invalidated:
        return None
    if url.get_backend_name() == "sqlite":
        detail = str(exc.orig)
        if "locked" in detail or "busy" in detail:
            return StoreError(
                "the database is busy with another desk's work; nothing was saved, try again",
                code="database.database-busy-another")
        return StoreError(
            "the database file cannot be used ({detail}); nothing was saved",
            detail=detail, code="database.database-file-cannot")
    where = url.host or "the server"
    return StoreError(
        "the database server at {where} cannot be reached; nothing was saved. Check the network and try "
        "again",
        where=where, code="database.database-server-cannot")


class Store:
    """An opened store: engine plus a session factory; `with store.transaction()` is a unit of work.

    A transaction that reaches no server (the network dropped) or finds the file
    busy raises StoreError with one plain sentence; the server or SQLite rolls
    back what was begun, so nothing is half-written.
    """

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        sa.event.listen(self._writers, "after_flush", _track_flush)
        sa.event.listen(self._writers, "before_flush", _refuse_personal_flush)
        sa.event.listen(self._writers, "do_orm_execute", _track_execute)
        sa.event.listen(self._writers, "before_commit", _bump_revisions)
        sa.event.listen(self._writers, "after_rollback", _forget_touched)
        self.backup_taken: Path | None = None

    @classmethod
    def open(cls, target: URL | str | os.PathLike[str] | None = None, *, migrate: bool = True,
             backup_first: bool = True) -> Store:
        """Open (creating or upgrading) the store named by target, MMDESK_DB or the default;
        an upgrade is preceded by an automatic backup unless backup_first is False (a
        throw-away copy)."""
        url = resolve_url(target)
        db_file = sqlite_path(url)
        if db_file is not None:
            with contextlib.suppress(OSError):
                private_file(db_file)  # a new store is its owner's only; an old one is tightened
        engine = make_engine(url)
        try:
            with engine.connect():
                pass
        except sa.exc.OperationalError as exc:
            engine.dispose()
            detail = " ".join(str(exc.orig).split())
            raise StoreError(
                "cannot open the database {render_as_string}: {detail}",
                render_as_string=url.render_as_string(), detail=detail,
                code="database.cannot-open-database") from exc
        store = cls(url, engine)
        if migrate:
            try:
                store.backup_taken = upgrade(engine, url, backup_first=backup_first)
            except BaseException:
                engine.dispose()
                raise
        return store

    @property
    def file(self) -> Path | None:
        """The SQLite file behind this store (None on a server)."""
        return sqlite_path(self.url)

    @property
    def description(self) -> str:
        """The file path or the URL without password, for status bars and messages."""
        path = sqlite_path(self.url)
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def _plain_errors(self) -> Iterator[None]:
        """A lost server or a busy file as one StoreError sentence; other errors as they are."""
        try:
            yield
        except sa.exc.DBAPIError as exc:
            plain = _plain_error(self.url, exc)
            if plain is None:
                raise
            raise plain from exc

    @contextmanager
    def transaction(self) -> Iterator[DbSession]:
        """One DB session in one transaction: committed on success, rolled back on any error."""
        with self._plain_errors(), self._writers.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[DbSession]:
        """A DB session for reads only (rolled back at the end)."""
        with self._plain_errors(), self._sessions() as session:
            yield session

    def revisions(self) -> dict[str, int]:
        """Each table's change counter (see TableRevision); a cheap read for polling."""
        with self.reading() as db:
            return {name: n for name, n in db.execute(sa.text("SELECT table_name, n FROM table_revisions"))}

    def close(self) -> None:
        self.engine.dispose()
