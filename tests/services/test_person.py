"""A person's record: accreditations, documents, history, badges, check-ins, invitations."""

from __future__ import annotations

from datetime import datetime

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import CheckInOutcome
from mmdesk.services import accreditation as acc
from mmdesk.services import programme as prog
from mmdesk.services.accreditation import RouteInput
from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.delegates import DelegateInput, create_delegate
from mmdesk.services.keys import code_for_delegate
from mmdesk.services.person import person_record
from mmdesk.store.database import Store


def test_record_holds_everything_that_happened(store: Store) -> None:
    d = create_delegate(store, DelegateInput(given_name="Ana", family_name="Pérez", honorific="Ms."))
    media = acc.create_route(store, RouteInput("Media", "media", required_documents=["Press card"],
                                               zones=["General"]))
    own = acc.create_route(store, RouteInput("Own authority", "own_authority"))
    a = acc.nominate(store, d.id, media.id)
    acc.set_document(store, a.id, "Press card", True)
    acc.transition(store, a.id, S.APPROVED)
    acc.transition(store, a.id, S.BADGE_ISSUED)
    acc.transition(store, a.id, S.BADGE_ISSUED)  # reprint: the first serial is revoked
    b = acc.nominate(store, d.id, own.id)
    acc.transition(store, b.id, S.REJECTED, reason="one route is enough")
    s = prog.create_session(store, prog.SessionInput("Private lunch", "meal", datetime(2019, 11, 20, 12),
                                                     datetime(2019, 11, 20, 13), access="invitation"))
    prog.invite(store, s.id, [d.id])
    CheckInDesk(store, "Main door").scan(code_for_delegate(store, d.id), at=datetime(2019, 11, 20, 8, 30))

    record = person_record(store, d.id)
    assert record.name == "Ms. Ana Pérez"
    media_rec, own_rec = record.accreditations
    assert (media_rec.route, media_rec.state, media_rec.documents) == ("Media", S.BADGE_ISSUED,
                                                                       {"Press card": True})
    assert [c.to_state for c in media_rec.history] == [S.NOMINATED, S.APPROVED, S.BADGE_ISSUED,
                                                       S.BADGE_ISSUED]
    first, second = media_rec.badges
    assert first.revoked_reason == "reprinted" and second.revoked_at is None
    assert media_rec.badge_serial == second.serial
    assert (own_rec.state, own_rec.reason) == (S.REJECTED, "one route is enough")
    (scan,) = record.check_ins
    assert (scan.desk, scan.outcome) == ("Main door", CheckInOutcome.ADMITTED)
    assert record.invitations == ((s.id, "Private lunch"),)


def test_record_of_someone_with_nothing_yet(store: Store) -> None:
    d = create_delegate(store, DelegateInput(given_name="Solo"))
    record = person_record(store, d.id)
    assert (record.accreditations, record.check_ins, record.invitations) == ((), (), ())
