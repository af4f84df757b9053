"""The search index of delegates inserted in bulk, built beside the rest of an import."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from mmdesk.services.common import current_event, insert_numbered
from mmdesk.services.delegates import DelegateInput, create_delegate, delegate_search_key, search_delegates
from mmdesk.store import fulltext
from mmdesk.store.database import Store, StoreError
from mmdesk.store.models import Delegate, utcnow
from tests.helpers import assert_search_index_sound, fail_the_bulk_index


def _rows(event_id: int, n: int, family: str) -> list[dict[str, Any]]:
    now = utcnow()
    return [dict(event_id=event_id, given_name=f"Ana{i}", family_name=family, category="city_official",
                 languages=[], created_at=now, updated_at=now, version=1,
                 search_key=delegate_search_key(f"Ana{i}", family, None, None, None, None, None))
            for i in range(n)]


def _trigger(db: Any) -> bool:
    return db.execute(sa.text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                              "AND name = 'delegate_search_insert'")).first() is not None


def test_rows_indexed_beside_are_found_by_the_next_statement_and_after(demo: Store) -> None:
    with demo.transaction() as db:
        with fulltext.indexed_beside(db.connection()) as index_from:
            ids = insert_numbered(db, Delegate, _rows(current_event(db).id, 500, "Wójcik-Quintana"))
            index_from(ids[0])
            # the very next statement waits for the index: it finds all 500
            found = db.execute(sa.text(f"SELECT count(*) FROM {fulltext.SEARCH_TABLE} "
                                       f"WHERE {fulltext.SEARCH_TABLE} MATCH '\"quintana\"'")).scalar()
            assert found == 500
        assert _trigger(db)  # made again for the delegates added one by one afterwards
    assert len(search_delegates(demo, "wojcik-quintana", limit=1000)) == 500
    create_delegate(demo, DelegateInput(given_name="Ona", family_name="Dąbrowska-Quintero"))
    assert [d.family_name for d in search_delegates(demo, "dabrowska-quintero")] == ["Dąbrowska-Quintero"]
    assert_search_index_sound(demo)


def test_a_block_that_fails_leaves_neither_rows_nor_index_and_keeps_the_trigger(demo: Store) -> None:
    before = len(search_delegates(demo, "ana", limit=10_000))
    with pytest.raises(RuntimeError, match="cancelled"), demo.transaction() as db:
        with fulltext.indexed_beside(db.connection()) as index_from:
            ids = insert_numbered(db, Delegate, _rows(current_event(db).id, 300, "Quintana"))
            index_from(ids[0])
            raise RuntimeError("cancelled")  # while the index is being built
    assert len(search_delegates(demo, "ana", limit=10_000)) == before
    assert_search_index_sound(demo)


def test_a_failure_of_the_index_is_raised_in_the_block_and_writes_nothing(
        demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    count = len(search_delegates(demo, "", limit=10_000))
    with demo.transaction() as db:
        rows = _rows(current_event(db).id, 10, "Quintana")
    with pytest.raises(StoreError, match="no such table"), demo.transaction() as db:
        with fulltext.indexed_beside(db.connection()) as index_from:
            ids = insert_numbered(db, Delegate, rows)
            fail_the_bulk_index(monkeypatch)  # the statement fails …
            index_from(ids[0])
            db.execute(sa.text("SELECT 1"))  # … and says so here, in the block's thread
            raise AssertionError("not reached")
    monkeypatch.undo()
    assert len(search_delegates(demo, "", limit=10_000)) == count
    with demo.transaction() as db:
        assert _trigger(db)


def test_a_sqlite_not_built_thread_safe_indexes_in_the_block_s_own_thread(
        demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    def no_thread(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("no other thread may use this connection")

    monkeypatch.setattr(sqlite3, "threadsafety", 1)
    monkeypatch.setattr(fulltext.threading, "Thread", no_thread)
    with demo.transaction() as db:
        with fulltext.indexed_beside(db.connection()) as index_from:
            ids = insert_numbered(db, Delegate, _rows(current_event(db).id, 50, "Quintanilla"))
            index_from(ids[0])
    assert len(search_delegates(demo, "quintanilla", limit=100)) == 50
    assert_search_index_sound(demo)
