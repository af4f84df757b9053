"""The door: a scanned code (or a name at the desk) is admitted, refused, or already in.

Every scan is stored, whatever its outcome. One unforced admission per delegate
and place (the venue entry of a day, or one session) is kept by a unique index,
so the same badge scanned at two desks at once is admitted once and the other
desk hears "already checked in".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.accreditation import is_approved
from mmdesk.domain.badge_codes import BadCode, Verifier, looks_like_code
from mmdesk.domain.countries import country_name
from mmdesk.domain.enums import CheckInOutcome, SessionAccess, SessionStatus, SlotStatus
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.validation import clean_text, display_name
from mmdesk.services.common import current_event
from mmdesk.services.delegates import matches_words
from mmdesk.services.keys import ensure_key
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationRoute,
    Badge,
    CheckIn,
    Delegate,
    Event,
    Invitation,
    Room,
    Session,
    SpeakingSlot,
)

#: A room's door opens this long before its next session starts.
DOORS_OPEN = timedelta(minutes=30)


@dataclass(frozen=True)
class ScanResult:
    """What the desk shows: the outcome, a readable reason, who, and where."""

    outcome: CheckInOutcome
    reason: str
    delegate_id: int | None = None
    delegate: str | None = None
    affiliation: str | None = None
    serial: str | None = None
    place: str | None = None
    where: str | None = None
    session: str | None = None
    at: datetime | None = None
    first_at: datetime | None = None
    first_desk: str | None = None
    forced: bool = False

    @property
    def admitted(self) -> bool:
        return self.outcome is CheckInOutcome.ADMITTED


class CheckInDesk:
    """One desk or door: keeps the event's verifier so each scan costs a signature check and
    a few indexed look-ups."""

    def __init__(self, store: Store, desk: str, room: str | None = None) -> None:
        self.store = store
        self.desk = clean_text(desk, limit=80, field="desk") or "desk"
        with store.transaction() as db:
            event = current_event(db)
            self.event_id = event.id
            self.zone = ZoneInfo(event.time_zone)
            self.verifier = Verifier(ensure_key(db, event.id).public)
            self.room_id: int | None = None
            self.room_name: str | None = None
            self.room_zone: str | None = None
            if room:
                found = db.scalars(sa.select(Room).where(
                    Room.event_id == event.id, sa.func.lower(Room.name) == room.strip().lower()
                )).first()
                if found is None:
                    names = ", ".join(db.scalars(sa.select(Room.name).where(
                        Room.event_id == event.id).order_by(Room.name)))
                    raise ValidationError(f"no room called {room!r} (rooms: {names})")
                self.room_id, self.room_name, self.room_zone = found.id, found.name, found.access_zone

    def now(self) -> datetime:
        """Wall-clock time at the venue (naive, as sessions are stored)."""
        return datetime.now(self.zone).replace(tzinfo=None, microsecond=0)

    def scan(self, scanned: str, *, at: datetime | None = None, force: bool = False) -> ScanResult:
        """Check one code or name in; the result is stored before it is returned."""
        text = (scanned or "").strip()
        at = (at or self.now()).replace(microsecond=0)
        with self.store.transaction() as db:
            result = self._decide(db, text, at, force)
            row = CheckIn(
                event_id=self.event_id, delegate_id=result.delegate_id, serial=result.serial,
                scanned=text[:200], at=at, desk=self.desk, room_id=self.room_id,
                place=result.place, outcome=result.outcome, reason=result.reason[:300],
                forced=result.forced,
            )
            if result.admitted and not result.forced:
                try:
                    with db.begin_nested():
                        db.add(row)
                except IntegrityError:
                    # another desk admitted the same badge a moment ago
                    first = self._first_admission(db, result.delegate_id, result.place)
                    result = _already(result, first)
                    db.add(CheckIn(
                        event_id=self.event_id, delegate_id=result.delegate_id, serial=result.serial,
                        scanned=text[:200], at=at, desk=self.desk, room_id=self.room_id,
                        place=result.place, outcome=result.outcome, reason=result.reason[:300]))
            else:
                db.add(row)
        return result

    # -- the decision

    def _decide(self, db: DbSession, text: str, at: datetime, force: bool) -> ScanResult:
        if not text:
            return ScanResult(CheckInOutcome.REFUSED, "nothing was scanned", at=at)
        serial: str | None = None
        if looks_like_code(text):
            try:
                serial = self.verifier.serial_of(text)
            except BadCode as exc:
                return ScanResult(CheckInOutcome.REFUSED, str(exc), at=at)
            badge = db.scalars(sa.select(Badge).where(Badge.serial == serial)).first()
            if badge is None:
                return ScanResult(CheckInOutcome.REFUSED,
                                  "unknown badge: genuine code, but this store has no such badge",
                                  serial=serial, at=at)
        else:
            found = self._by_name_or_serial(db, text)
            if isinstance(found, str):
                return ScanResult(CheckInOutcome.REFUSED, found, at=at)
            badge = found
            serial = badge.serial
        acc: Accreditation = badge.accreditation
        delegate: Delegate = acc.delegate
        who = dict(
            delegate_id=delegate.id,
            delegate=delegate.badge_name or display_name(delegate.honorific, delegate.given_name,
                                                         delegate.family_name),
            affiliation=", ".join(p for p in (delegate.city, country_name(delegate.country)) if p) or None,
            serial=serial, at=at,
        )
        if delegate.event_id != self.event_id:
            return ScanResult(CheckInOutcome.REFUSED, "badge of another event", **who)
        if badge.revoked_at is not None:
            why = badge.revoked_reason or "revoked"
            return ScanResult(CheckInOutcome.REFUSED,
                              f"revoked badge ({why} {badge.revoked_at:%d %b %H:%M}); "
                              f"a newer badge replaces it", **who)
        if not is_approved(acc.state):
            return ScanResult(CheckInOutcome.REFUSED,
                              f"accreditation {acc.state.value.replace('_', ' ')}", **who)
        route: AccreditationRoute = acc.route
        place, session = f"entry {at.date().isoformat()}", None
        if self.room_id is not None:
            if self.room_zone and self.room_zone not in (route.zones or []):
                return ScanResult(
                    CheckInOutcome.REFUSED,
                    f"zone {self.room_zone!r} is not opened by route {route.name!r} "
                    f"(it opens: {', '.join(route.zones or []) or 'no zone'})", **who)
            session = self._session_now(db, at)
            if session is not None:
                refusal = self._session_refusal(db, session, delegate.id)
                if refusal:
                    return ScanResult(CheckInOutcome.REFUSED, refusal, session=session.title, **who)
                place = f"session {session.id}"
            else:
                place = f"room {self.room_id} {at.date().isoformat()}"
        first = self._first_admission(db, delegate.id, place)
        title = session.title if session else None
        where = f"“{title}”" if title else (self.room_name or "the venue")
        here = dict(place=place, where=where, session=title, **who)
        if first is not None and not force:
            return _already(ScanResult(CheckInOutcome.ADMITTED, "", **here), first)
        if first is not None:
            return ScanResult(CheckInOutcome.ADMITTED,
                              f"admitted again (forced) to {where}; first in at "
                              f"{first.at:%H:%M} ({first.desk})", forced=True, **here)
        return ScanResult(CheckInOutcome.ADMITTED, f"admitted to {where}", **here)

    def _by_name_or_serial(self, db: DbSession, text: str) -> Badge | str:
        badge = db.scalars(sa.select(Badge).where(Badge.serial == text.upper())).first()
        if badge is not None:
            return badge
        q = sa.select(Delegate.id).where(Delegate.event_id == self.event_id,
                                         *matches_words(text, db.get_bind().dialect.name))
        ids = list(db.scalars(q.limit(6)))
        if not ids:
            return f"no delegate matches {text!r}"
        if len(ids) > 1:
            names = db.execute(sa.select(Delegate.given_name, Delegate.family_name)
                               .where(Delegate.id.in_(ids[:5]))).all()
            listed = "; ".join(f"{g} {f}".strip() for g, f in names)
            more = " …" if len(ids) > 5 else ""
            return f"{len(ids) if len(ids) <= 5 else 'several'} delegates match {text!r}: {listed}{more}"
        badge = db.scalars(
            sa.select(Badge).join(Accreditation)
            .where(Accreditation.delegate_id == ids[0], Badge.revoked_at.is_(None))
            .order_by(Badge.id.desc()).limit(1)
        ).first()
        if badge is None:
            d = db.get(Delegate, ids[0])
            name = f"{d.given_name} {d.family_name}".strip()
            if any(is_approved(a.state) for a in d.accreditations):
                return f"{name} is approved but has no badge yet: print it first"
            states = [a.state.value.replace("_", " ") for a in d.accreditations]
            return f"{name}: accreditation {' / '.join(states) or 'missing'}"
        return badge

    def _session_now(self, db: DbSession, at: datetime) -> Session | None:
        return db.scalars(
            sa.select(Session)
            .where(Session.room_id == self.room_id, Session.status != SessionStatus.CANCELLED,
                   Session.starts_at <= at + DOORS_OPEN, Session.ends_at > at)
            .order_by(Session.starts_at).limit(1)
        ).first()

    def _session_refusal(self, db: DbSession, session: Session, delegate_id: int) -> str | None:
        if session.access is SessionAccess.OPEN:
            return None
        taking_part = session.moderator_id == delegate_id or db.scalar(
            sa.select(sa.func.count()).where(
                SpeakingSlot.session_id == session.id, SpeakingSlot.delegate_id == delegate_id,
                SpeakingSlot.status != SlotStatus.DECLINED)
        )
        if taking_part:
            return None
        if session.access is SessionAccess.CLOSED:
            return f"“{session.title}” is closed to all but its speakers"
        invited = db.get(Invitation, (session.id, delegate_id))
        if invited is None:
            return f"“{session.title}” is by invitation only, and this delegate is not invited"
        return None

    def _first_admission(self, db: DbSession, delegate_id: int | None, place: str | None) -> CheckIn | None:
        return db.scalars(
            sa.select(CheckIn).where(
                CheckIn.event_id == self.event_id, CheckIn.delegate_id == delegate_id,
                CheckIn.place == place, CheckIn.outcome == CheckInOutcome.ADMITTED,
                CheckIn.forced.is_(False))
            .limit(1)
        ).first()


def _already(result: ScanResult, first: CheckIn | None) -> ScanResult:
    when = f" at {first.at:%H:%M} ({first.desk})" if first else ""
    return ScanResult(
        CheckInOutcome.ALREADY, f"already checked in to {result.where}{when}",
        delegate_id=result.delegate_id, delegate=result.delegate, affiliation=result.affiliation,
        serial=result.serial, place=result.place, where=result.where, session=result.session,
        at=result.at,
        first_at=first.at if first else None, first_desk=first.desk if first else None,
    )


@dataclass(frozen=True)
class ScanRecord:
    """One stored scan, for the desk's recent list."""

    at: datetime
    desk: str
    outcome: CheckInOutcome
    delegate: str | None
    reason: str | None
    forced: bool


def recent_scans(store: Store, *, limit: int = 50, desk: str | None = None) -> list[ScanRecord]:
    """The latest scans (of one desk, or all), newest first."""
    with store.reading() as db:
        event: Event = current_event(db)
        q = (sa.select(CheckIn, Delegate).outerjoin(Delegate, Delegate.id == CheckIn.delegate_id)
             .where(CheckIn.event_id == event.id).order_by(CheckIn.id.desc()).limit(limit))
        if desk:
            q = q.where(CheckIn.desk == desk)
        return [
            ScanRecord(c.at, c.desk, c.outcome,
                       (d.badge_name or f"{d.given_name} {d.family_name}".strip()) if d else None,
                       c.reason, c.forced)
            for c, d in db.execute(q)
        ]
