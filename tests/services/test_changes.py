"""What a window reads after a commit: the rows the change log names, or a whole table."""

from __future__ import annotations

import sqlalchemy as sa

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.services import accreditation as acc_svc
from mmdesk.services import delegates as delegate_svc
from mmdesk.services.changes import changes_since
from mmdesk.store import database
from mmdesk.store.database import Store
from mmdesk.store.models import Delegate


def test_an_edit_names_its_delegate(demo: Store) -> None:
    plante = delegate_svc.search_delegates(demo, "plante")[0]
    seen = demo.revisions()
    data, _ = delegate_svc.get_delegate_input(demo, plante.id)
    data.position = "Mairesse"
    delegate_svc.update_delegate(demo, plante.id, data)
    changes = changes_since(demo, seen, demo.revisions())
    assert "delegates" in changes.tables
    assert changes.delegate_ids == changes.edited_delegate_ids == {plante.id}
    assert not changes.whole and not changes.accreditation_ids


def test_a_move_names_its_nominations_and_their_delegates(demo: Store) -> None:
    rows = [r for r in acc_svc.list_accreditations(demo) if r.state is S.NOMINATED][:2]
    seen = demo.revisions()
    acc_svc.bulk_transition(demo, [r.id for r in rows], S.WITHDRAWN, reason="no visa")
    changes = changes_since(demo, seen, demo.revisions())
    assert changes.accreditation_ids == {r.id for r in rows}
    assert changes.delegate_ids == {r.delegate_id for r in rows}
    assert not changes.edited_delegate_ids and not changes.whole
    again = acc_svc.list_accreditations(demo, ids=changes.accreditation_ids)
    assert {(r.id, r.state) for r in again} == {(r.id, S.WITHDRAWN) for r in rows}


def test_a_bulk_statement_a_gap_or_a_first_look_reads_the_whole_table(demo: Store,
                                                                      monkeypatch) -> None:  # noqa: ANN001
    seen = demo.revisions()
    with demo.transaction() as db:  # many rows at once, as the import writes them
        db.execute(sa.update(Delegate).where(Delegate.id < 5).values(position="Delegate"))
    now = demo.revisions()
    assert changes_since(demo, seen, now).whole == {"delegates"}
    assert changes_since(demo, {}, now).whole >= {"delegates", "accreditations", "badges"}
    # a window so far behind that the log was pruned meanwhile
    monkeypatch.setattr(database, "LOG_KEEP", 1)
    plante = delegate_svc.search_delegates(demo, "plante")[0]
    data, _ = delegate_svc.get_delegate_input(demo, plante.id)
    with demo.transaction() as db:
        db.execute(sa.text("UPDATE table_revisions SET n = 398 WHERE table_name = 'delegates'"))
    before = demo.revisions()
    for position in ("A", "B"):
        data.position = position
        delegate_svc.update_delegate(demo, plante.id, data)
    assert changes_since(demo, before, demo.revisions()).whole == {"delegates"}


def test_a_refused_write_logs_nothing(demo: Store) -> None:
    seen = demo.revisions()
    plante = delegate_svc.search_delegates(demo, "plante")[0]
    data, _ = delegate_svc.get_delegate_input(demo, plante.id)
    data.email = "not an address"
    try:
        delegate_svc.update_delegate(demo, plante.id, data)
    except Exception:  # noqa: BLE001 - refused, as it should be
        pass
    assert demo.revisions() == seen
    with demo.reading() as db:
        logged = db.scalar(sa.text("SELECT count(*) FROM change_log WHERE revision > :n "
                                   "AND table_name = 'delegates'"), {"n": seen["delegates"]})
    assert logged == 0
