"""Table revision counters: what an open window polls to see other desks' changes."""

from __future__ import annotations

import sqlalchemy as sa

from mmdesk.services import delegates as delegate_svc
from mmdesk.services.delegates import DelegateInput
from mmdesk.store.database import Store
from mmdesk.store.models import Base, Delegate


def test_every_table_has_a_counter(store: Store) -> None:
    counted = set(store.revisions())
    # the change log goes with the counters: it is written at their moves, never counted itself
    assert {t.name for t in Base.metadata.sorted_tables} - {"table_revisions", "change_log"} <= counted


def test_a_commit_moves_the_counters_of_the_tables_it_changed(store: Store) -> None:
    before = store.revisions()
    made = delegate_svc.create_delegate(store, DelegateInput(given_name="Ana", family_name="Lima"))
    after = store.revisions()
    assert after["delegates"] == before["delegates"] + 1
    assert after["sessions"] == before["sessions"]
    # a bulk insert (as the import does) counts too
    with store.transaction() as db:
        event_id = db.scalar(sa.select(Delegate.event_id).where(Delegate.id == made.id))
        db.execute(sa.insert(Delegate), [dict(event_id=event_id, given_name="B", family_name="C",
                                              category="city_official", search_key="b c")])
    assert store.revisions()["delegates"] == after["delegates"] + 1


def test_a_refused_write_moves_nothing(store: Store) -> None:
    before = store.revisions()
    try:
        with store.transaction() as db:
            db.add(Delegate(event_id=1, given_name="X", family_name="Y", category="city_official",
                            search_key="x y"))
            db.flush()
            raise RuntimeError("refused")
    except RuntimeError:
        pass
    assert store.revisions() == before
