"""Attacks on fulltext.indexed_beside: the index's statement runs in its own thread on the
block's own SQLite connection, so nothing the block does may reach that connection before
it ends, and nothing of it may outlive the block."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mmdesk.services.common import current_event, insert_numbered
from mmdesk.services.delegates import search_delegates
from mmdesk.store import fulltext
from mmdesk.store.database import Store
from mmdesk.store.models import Delegate
from tests.helpers import assert_search_index_sound, fail_the_bulk_index
from tests.store.test_fulltext import _rows


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
    assert_search_index_sound(demo)


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
            fail_the_bulk_index(monkeypatch)
            index_from(ids[0])
            raise RuntimeError("the block")
    monkeypatch.undo()
    assert search_delegates(demo, "quintana") == []
    assert_search_index_sound(demo)
