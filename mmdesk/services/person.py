"""A person's record: every accreditation with its documents, history and badges, the
check-ins and the sessions the person is invited to, in one read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from mmdesk.domain.enums import AccreditationState, CheckInOutcome
from mmdesk.domain.validation import display_name
from mmdesk.services.accreditation import ChangeView
from mmdesk.services.common import fetch
from mmdesk.store.database import Store
from mmdesk.store.models import Accreditation, CheckIn, Delegate, Invitation, Room, Session


class BadgeLine(NamedTuple):
    """A printed badge: serial, when issued, and when and why revoked (None while valid)."""

    serial: str
    issued_at: datetime
    revoked_at: datetime | None
    revoked_reason: str | None


class CheckInLine(NamedTuple):
    """A scan of the person's badge: when, which desk, which room, the outcome and why."""

    at: datetime
    desk: str
    room: str | None
    outcome: CheckInOutcome
    reason: str | None


@dataclass(frozen=True)
class AccreditationRecord:
    """One accreditation of the person with everything that happened to it."""

    id: int
    route_id: int
    route: str
    state: AccreditationState
    reason: str | None
    documents: dict[str, bool]
    history: tuple[ChangeView, ...]
    badges: tuple[BadgeLine, ...]

    @property
    def badge_serial(self) -> str | None:
        """The serial of the badge that is valid now, if any."""
        live = [b for b in self.badges if b.revoked_at is None]
        return live[-1].serial if live else None


@dataclass(frozen=True)
class PersonRecord:
    """Everything the desk knows about one delegate's accreditation and presence."""

    delegate_id: int
    name: str
    accreditations: tuple[AccreditationRecord, ...]
    check_ins: tuple[CheckInLine, ...]
    invitations: tuple[tuple[int, str], ...]


def person_record(store: Store, delegate_id: int) -> PersonRecord:
    """The record of one delegate (NotFound if there is none with this id)."""
    with store.reading() as db:
        d = fetch(db, Delegate, delegate_id, "delegate")
        accs = db.scalars(
            sa.select(Accreditation).where(Accreditation.delegate_id == delegate_id)
            .order_by(Accreditation.id)
            .options(selectinload(Accreditation.route), selectinload(Accreditation.history),
                     selectinload(Accreditation.badges))
        )
        records = []
        for a in accs:
            received = a.documents_received or {}
            records.append(AccreditationRecord(
                id=a.id, route_id=a.route_id, route=a.route.name, state=a.state, reason=a.reason,
                documents={doc: bool(received.get(doc)) for doc in a.route.required_documents or []},
                history=tuple(ChangeView(c.at, c.actor, c.from_state, c.to_state, c.reason)
                              for c in a.history),
                badges=tuple(BadgeLine(b.serial, b.issued_at, b.revoked_at, b.revoked_reason)
                             for b in a.badges),
            ))
        scans = db.execute(
            sa.select(CheckIn.at, CheckIn.desk, Room.name, CheckIn.outcome, CheckIn.reason)
            .outerjoin(Room, Room.id == CheckIn.room_id)
            .where(CheckIn.delegate_id == delegate_id).order_by(CheckIn.at, CheckIn.id)
        )
        invited = db.execute(
            sa.select(Session.id, Session.title).join(Invitation, Invitation.session_id == Session.id)
            .where(Invitation.delegate_id == delegate_id).order_by(Session.starts_at, Session.id)
        )
        return PersonRecord(
            delegate_id=d.id, name=display_name(d.honorific, d.given_name, d.family_name),
            accreditations=tuple(records),
            check_ins=tuple(CheckInLine(*row) for row in scans),
            invitations=tuple((i, title) for i, title in invited),
        )
