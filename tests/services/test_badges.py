"""Badges drawn now and issued only as they are printed or saved (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import accreditation as acc_svc
from mmdesk.services.badges import BadgeBatch
from mmdesk.services.person import person_record
from mmdesk.store.database import Store


def _approved(store: Store) -> acc_svc.AccreditationRow:
    return next(r for r in acc_svc.list_accreditations(store) if r.state is S.APPROVED)


def test_a_drawn_batch_issues_nothing_until_saved(demo: Store, tmp_path: Path) -> None:
    row = _approved(demo)
    batch = BadgeBatch(demo, delegate_ids=[row.delegate_id])
    batch.draw_now(tmp_path / "drawn.pdf")
    assert (tmp_path / "drawn.pdf").stat().st_size > 1000
    assert acc_svc.accreditations_of(demo, row.delegate_id)[0].state is S.APPROVED  # dropped: nothing
    batch.issue_to_file(tmp_path / "kept.pdf")
    assert (tmp_path / "kept.pdf").exists() and batch.issued
    view = next(a for a in acc_svc.accreditations_of(demo, row.delegate_id) if a.id == row.id)
    assert view.state is S.BADGE_ISSUED and view.badge_serial == batch.plans[0].badge.serial
    with pytest.raises(MmdeskError, match="issued already"):
        batch.issue()


def test_saving_into_a_missing_folder_issues_nothing(demo: Store, tmp_path: Path) -> None:
    row = _approved(demo)
    batch = BadgeBatch(demo, delegate_ids=[row.delegate_id])
    batch.draw_now(tmp_path / "drawn.pdf")
    with pytest.raises(MmdeskError, match="does not exist"):
        batch.issue_to_file(tmp_path / "nowhere" / "b.pdf")
    assert next(a for a in acc_svc.accreditations_of(demo, row.delegate_id)).state is S.APPROVED


def test_a_reprint_needs_a_reason_and_revokes_the_old_serial_with_it(demo: Store, tmp_path: Path) -> None:
    row = next(r for r in acc_svc.list_accreditations(demo) if r.state is S.BADGE_ISSUED)
    with pytest.raises(MmdeskError, match="needs a reason"):
        BadgeBatch(demo, delegate_ids=[row.delegate_id], require_reason=True).draw_now(tmp_path / "a.pdf")
    batch = BadgeBatch(demo, delegate_ids=[row.delegate_id], require_reason=True, reason="lost")
    batch.draw_now(tmp_path / "a.pdf")
    batch.issue()
    record = person_record(demo, row.delegate_id)
    badges = {b.serial: b for a in record.accreditations for b in a.badges}
    assert badges[row.badge_serial].revoked_reason == "reprinted: lost"
    assert badges[batch.plans[0].badge.serial].revoked_at is None
    assert acc_svc.history(demo, row.id)[-1].reason == "reprinted: lost"


def _serials(path: Path) -> dict[int, str]:
    """Delegate id → the serial of their unrevoked badge, read straight from the file."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT a.delegate_id, b.serial FROM badges b JOIN accreditations a "
                                "ON a.id = b.accreditation_id WHERE b.revoked_at IS NULL"))
    finally:
        con.close()


def test_a_plan_read_in_small_slices_gives_the_same_badges_in_order(demo: Store) -> None:
    from mmdesk.services.badges import plan_badges

    _, whole = plan_badges(demo)
    _, sliced = plan_badges(demo)
    sliced.fetch = 3  # far fewer than the batch: read from the store three badges at a time
    at_once = whole.planned(range(len(whole)))
    assert len(at_once) == len(whole) > 6
    assert list(sliced) == at_once
    assert [sliced[i] for i in (0, 4, -1)] == [at_once[0], at_once[4], at_once[-1]]
    assert sliced[2:5] == at_once[2:5]
    serials = [p.badge.serial for p in at_once]
    assert serials == sorted(serials) and len(set(serials)) == len(serials)  # consecutive, in print order


def test_a_batch_drawn_in_small_slices_prints_and_issues_the_same(demo_path: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from mmdesk.printing import badges as printing_badges
    from mmdesk.services import badges as badge_service
    from mmdesk.services.badges import print_badges
    from tests.printing.conftest import pdftext

    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_path, copy)
    outputs = []
    for path, small in ((demo_path, False), (copy, True)):
        if small:
            monkeypatch.setattr(badge_service, "FETCH_BADGES", 2)
            monkeypatch.setattr(printing_badges, "CHUNK_PAGES", 3)
        store = Store.open(path)
        target = tmp_path / f"{path.stem}.pdf"
        list(print_badges(store, target))
        store.close()
        outputs.append((pdftext(target), _serials(path)))
    assert outputs[0] == outputs[1]
    assert len(outputs[0][1]) > 6


def test_a_delegate_deleted_while_the_batch_is_drawn_issues_nothing(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.printing import badges as printing_badges
    from mmdesk.services import badges as badge_service
    from mmdesk.services.badges import plan_badges, print_badges
    from mmdesk.services.delegates import delete_delegate
    from tests.conftest import dump

    monkeypatch.setattr(badge_service, "FETCH_BADGES", 2)
    monkeypatch.setattr(printing_badges, "CHUNK_PAGES", 2)
    store, other = Store.open(demo_path), Store.open(demo_path)
    _, plan = plan_badges(other)
    last = plan.delegate_ids[-1]  # drawn last
    batch = print_badges(store, tmp_path / "b.pdf")
    next(batch)
    delete_delegate(other, last)  # another desk deletes a delegate the batch has not drawn yet
    before = dump(demo_path)
    with pytest.raises(MmdeskError, match="changed while the badges were drawn"):
        list(batch)
    assert dump(demo_path) == before and not (tmp_path / "b.pdf").exists()
    store.close()
    other.close()
