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
