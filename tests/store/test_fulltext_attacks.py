"""Attacks on fulltext.indexed_beside: the index's statement runs in its own thread on the
block's own SQLite connection, so nothing the block does may reach that connection before
it ends, and nothing of it may outlive the block."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from mmdesk.services.common import current_event, insert_numbered
from mmdesk.services.delegates import delegate_search_key, search_delegates
from mmdesk.store import fulltext
from mmdesk.store.database import Store
from mmdesk.store.models import Delegate, utcnow


def _rows(event_id: int, n: int, family: str) -> list[dict[str, Any]]:
    now = utcnow()
    return [dict(event_id=event_id, given_name=f"Ana{i}", family_name=family, category="city_official",
                 languages=[], created_at=now, updated_at=now, version=1,
                 search_key=delegate_search_key(f"Ana{i}", family, None, None, None, None, None))
            for i in range(n)]


def _sound(store: Store) -> None:
    """FTS5's check against the delegates' keys too (rank 1: without it, an index missing or
    doubling rows passes), and the insert trigger in place."""
    with store.transaction() as db:
        db.execute(sa.text(f"INSERT INTO {fulltext.SEARCH_TABLE}({fulltext.SEARCH_TABLE}, rank) "
                           "VALUES ('integrity-check', 1)"))
        assert db.execute(sa.text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = 'delegate_search_insert'")).first() is not None


def test_a_result_dropped_while_the_index_is_built_leaves_a_sound_index(demo: Store) -> None:
    """A half-read result freed by the block's thread (its cursor closed by the driver, not
    through SQLAlchemy's execution) while the other thread's statement runs."""
    with demo.transaction() as db:
        with fulltext.indexed_beside(db.connection()) as index_from:
            ids = insert_numbered(db, Delegate, _rows(current_event(db).id, 3000, "Quintana"))
            half_read = db.execute(sa.select(Delegate.id).order_by(Delegate.id))
            half_read.fetchone()
            index_from(ids[0])
            del half_read  # its cursor closed by reference counting, in this thread
    assert len(search_delegates(demo, "quintana", limit=None)) == 3000
    _sound(demo)


def test_no_waiting_is_left_on_the_connection_after_the_block(demo: Store) -> None:
    with demo.transaction() as db:
        connection = db.connection()
        before = [len(getattr(connection.dispatch, name)) for name in ("before_cursor_execute", "commit",
                                                                       "rollback")]
        with fulltext.indexed_beside(connection) as index_from:
            ids = insert_numbered(db, Delegate, _rows(current_event(db).id, 10, "Quintana"))
            index_from(ids[0])
            assert len(connection.dispatch.before_cursor_execute) == before[0] + 1  # (waiting here)
        after = [len(getattr(connection.dispatch, name)) for name in ("before_cursor_execute", "commit",
                                                                      "rollback")]
        assert after == before


def test_a_failed_index_and_a_failed_block_say_the_block_s_failure_only(
        demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both fail: the block's own error comes out, the index's is not raised later by some
    unrelated statement (the rollback, the next transaction)."""
    with pytest.raises(RuntimeError, match="the block"), demo.transaction() as db:
        with fulltext.indexed_beside(db.connection()) as index_from:
            ids = insert_numbered(db, Delegate, _rows(current_event(db).id, 10, "Quintana"))
            monkeypatch.setattr(fulltext, "SEARCH_TABLE", "no_such_index")
            index_from(ids[0])
            raise RuntimeError("the block")
    monkeypatch.undo()
    assert search_delegates(demo, "quintana") == []
    _sound(demo)
