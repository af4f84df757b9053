"""An index for substring search over delegates' search keys.

On SQLite an FTS5 table with the trigram tokenizer (`delegate_search`, its
content read from `delegates.search_key`, kept in step by triggers) answers
"every word somewhere in the key" in well under a millisecond at 70,000
delegates, where a LIKE scan of the table takes about 20 ms. On PostgreSQL a
pg_trgm GIN index on `delegates.search_key` serves the ordinary LIKE query,
where the server has the extension. Neither is part of the ORM models: the
migration 0006 makes them, and `outside_models` keeps them out of model
comparisons.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator

import sqlalchemy as sa

SEARCH_TABLE = "delegate_search"
PG_INDEX = "ix_delegates_search_key_trgm"
#: the FTS5 trigram tokenizer indexes three characters; shorter words scan the table
MIN_INDEXED = 3

delegate_search = sa.table(SEARCH_TABLE, sa.column("rowid"), sa.column("search_key"))

#: the trigger that indexes each new delegate (as migration 0006 made it)
INSERT_TRIGGER = (
    "CREATE TRIGGER delegate_search_insert AFTER INSERT ON delegates BEGIN "
    "INSERT INTO delegate_search(rowid, search_key) VALUES (new.id, new.search_key); END")


#: the bulk index of the delegates from an id on (indexed_afterwards, indexed_beside)
_INDEX_FROM = (f"INSERT INTO {SEARCH_TABLE}(rowid, search_key) "
               "SELECT id, search_key FROM delegates WHERE id >= ?")
#: the connection's mark while indexed_beside's block runs (its own statement indexes the rows)
_BESIDE = "mmdesk.indexed_beside"


def phrase_query(variants: tuple[str, ...]) -> str:
    """An FTS5 query matching any of the spellings as a substring (quotes doubled)."""
    return " OR ".join('"' + v.replace('"', '""') + '"' for v in variants)


def indexed(dialect: str, variants: tuple[str, ...]) -> bool:
    """Whether the SQLite index can answer a word with these spellings (FTS5 reads a NUL
    as the end of its query, so such a word takes the plain scan)."""
    return dialect == "sqlite" and all(len(v) >= MIN_INDEXED and "\x00" not in v
                                       for v in variants)


def outside_models(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's include_name hook: False for the search index's own tables and index."""
    if type_ == "table" and name is not None and name.startswith(SEARCH_TABLE):
        return False
    return not (type_ == "index" and name == PG_INDEX)


@contextlib.contextmanager
def indexed_afterwards(connection: sa.Connection, first_id: int) -> Iterator[None]:
    """Delegates inserted in bulk inside this block (ids from first_id on) are indexed in
    one statement at its end instead of row by row by the trigger: at 70,000 delegates
    0.7 s instead of 8 s. The trigger is dropped and made again in the same transaction,
    so a failure that rolls the transaction back brings it back too."""
    if connection.dialect.name != "sqlite" or connection.info.get(_BESIDE):
        yield  # (inside indexed_beside, whose own statement indexes these rows too)
        return
    connection.exec_driver_sql("DROP TRIGGER delegate_search_insert")
    try:
        yield
        connection.exec_driver_sql(_INDEX_FROM, (first_id,))
    finally:
        with contextlib.suppress(sa.exc.DBAPIError):
            connection.exec_driver_sql(INSERT_TRIGGER)


@contextlib.contextmanager
def indexed_beside(connection: sa.Connection) -> Iterator[Callable[[int], None]]:
    """indexed_afterwards for a block with more to do once its delegates are inserted.

    The block inserts delegates in bulk, then calls what this yields with the first new id:
    from there the search index of those delegates is built by one statement in another
    thread, while the block goes on with work in Python (the statement runs inside SQLite,
    which lets the caller's thread run beside it). The block's next statement on the
    connection, its commit or its rollback waits for the index first, and so does the end
    of the block: the connection is never used by two threads at once. At 70,000
    delegates this takes the index's 0.8 s off an import. The trigger is dropped and made
    again in the same transaction, as in indexed_afterwards; delegates inserted in the
    block after the call are not indexed. A SQLite not built thread-safe ("serialized")
    indexes at the call, in the block's thread."""
    if connection.dialect.name != "sqlite":
        yield lambda _first_id: None
        return
    driver = connection.connection.driver_connection  # the sqlite3 connection the block uses
    assert driver is not None
    running: list[threading.Thread] = []
    failed: list[BaseException] = []

    def build(first_id: int) -> None:
        try:
            driver.execute(_INDEX_FROM, (first_id,))
        except BaseException as exc:  # said in the block's thread, at its next statement
            failed.append(exc)

    def index_from(first_id: int) -> None:
        if sqlite3.threadsafety != 3:  # not serialized: no other thread may use the connection
            connection.exec_driver_sql(_INDEX_FROM, (first_id,))
            return
        worker = threading.Thread(target=build, args=(first_id,), name="mmdesk-search-index", daemon=True)
        running.append(worker)
        worker.start()

    def wait(*_args: object) -> None:
        while running:
            running.pop().join()
        if failed:
            raise failed.pop()

    events = ("before_cursor_execute", "commit", "rollback")
    connection.exec_driver_sql("DROP TRIGGER delegate_search_insert")
    connection.info[_BESIDE] = True
    for name in events:
        sa.event.listen(connection, name, wait)
    try:
        yield index_from
        wait()
    finally:
        with contextlib.suppress(BaseException):
            wait()  # a block that failed still lets the statement end before going on
        for name in events:
            sa.event.remove(connection, name, wait)
        connection.info.pop(_BESIDE, None)
        with contextlib.suppress(sa.exc.DBAPIError):
            connection.exec_driver_sql(INSERT_TRIGGER)


def rebuild(connection: sa.Connection) -> None:
    """Build the SQLite index again from the delegates as they are now (after erasing
    names, so no trace of them is left in the index)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")
