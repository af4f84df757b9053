"""Helpers several test modules share (not fixtures): desks in separate processes, the
search index checked against the table."""

from __future__ import annotations

import multiprocessing as mp
from datetime import datetime
from typing import Any


def _scan_all(target: str, desk: str, codes: list[str], at: datetime, start: Any, results: Any) -> None:
    """One desk in its own process: open the store, wait for the other desk, scan every code."""
    from mmdesk.services.checkin import CheckInDesk
    from mmdesk.store.database import Store

    store = Store.open(target)
    door = CheckInDesk(store, desk)
    start.wait()
    outcomes = [door.scan(c, at=at).outcome.value for c in codes]
    store.close()
    results.put(outcomes)


def scan_at_two_desks(target: str, codes: list[str], at: datetime, timeout: float) -> list[str]:
    """Two desks (two processes, one store: a SQLite file or a PostgreSQL URL) scan the same
    codes at the same moment; every outcome of both, as its value ("admitted", …)."""
    ctx = mp.get_context("spawn")
    start, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_scan_all, args=(target, f"Desk {i}", codes, at, start, results))
             for i in (1, 2)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=timeout) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return [o for run in outcomes for o in run]


def assert_search_index_sound(store: Any) -> None:
    """The delegates' search index matches their keys (FTS5's integrity-check with rank 1:
    without it, an index missing or doubling rows passes) and the insert trigger is there."""
    import sqlalchemy as sa

    from mmdesk.store import fulltext

    with store.transaction() as db:
        db.execute(sa.text(f"INSERT INTO {fulltext.SEARCH_TABLE}({fulltext.SEARCH_TABLE}, rank) "
                           "VALUES ('integrity-check', 1)"))
        assert db.execute(sa.text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = 'delegate_search_insert'")).first() is not None


def fail_the_bulk_index(monkeypatch: Any) -> None:
    """The bulk index statement of new delegates fails ("no such table") from now on."""
    from mmdesk.store import fulltext

    monkeypatch.setattr(fulltext, "_INDEX_FROM",
                        fulltext._INDEX_FROM.replace(fulltext.SEARCH_TABLE, "no_such_index", 1))
