"""The programme: rooms, sessions, speaking slots (in order) and invitations."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from mmdesk.date_words import When, short_moment
from mmdesk.domain.enums import (
    SessionAccess,
    SessionKind,
    SessionStatus,
    SlotMode,
    SlotRole,
    SlotStatus,
)
from mmdesk.domain.errors import EditConflict, NotFound, ValidationError
from mmdesk.domain.sentences import Sentence
from mmdesk.domain.validation import clean_text, display_name
from mmdesk.domain.views import SessionView, SlotView  # the plain values, re-exported here
from mmdesk.services.common import changed_rows, current_event, fetch
from mmdesk.services.venue import RoomView, list_rooms  # noqa: F401 - the rooms' old home
from mmdesk.store.database import Store
from mmdesk.store.models import Delegate, Event, Invitation, Room, Session, SpeakingSlot

E = TypeVar("E", bound=Enum)


def _enum(enum: type[E], value: object, what: str) -> E:
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(m.value for m in enum)
        raise ValidationError(
            "unknown {what} {value} (known: {known})",
            what=what, value=repr(value), known=known, code="programme.unknown-known") from None


# ---------------------------------------------------------------- sessions


@dataclass
class SessionInput:
    """What an organizer sets for a session."""

    title: str
    kind: SessionKind | str
    starts_at: datetime
    ends_at: datetime
    room_id: int | None = None
    series: str | None = None
    host: str | None = None
    co_chairs: list[str] = field(default_factory=list)
    moderator_id: int | None = None
    status: SessionStatus | str = SessionStatus.CONFIRMED
    access: SessionAccess | str = SessionAccess.OPEN
    chatham_house: bool = False
    interpretation_languages: list[str] = field(default_factory=list)
    expected_attendance: int | None = None
    description: str | None = None
    #: each delegation's total speaking time in the session (None: no limit; issue 20)
    delegation_minutes: int | None = None

    def cleaned(self) -> SessionInput:
        """A copy with every rule applied; ValidationError names the first broken one."""
        title = clean_text(self.title, limit=300, field="title")
        if not title:
            raise ValidationError("a session needs a title", code="programme.session-needs-title")
        if self.ends_at <= self.starts_at:
            raise ValidationError(
                "“{title}” ends ({ends_at}) before it starts ({starts_at})",
                title=title, ends_at=format(self.ends_at, "%H:%M"),
                starts_at=format(self.starts_at, "%H:%M"), code="programme.ends-before-starts")
        if self.expected_attendance is not None and self.expected_attendance < 0:
            raise ValidationError(
                "expected attendance cannot be negative",
                code="programme.expected-attendance-cannot")
        if self.delegation_minutes is not None and self.delegation_minutes <= 0:
            raise ValidationError(
                "a delegation's total must be more than 0 minutes",
                code="console.delegation-total-must")
        return SessionInput(
            title=title,
            kind=_enum(SessionKind, self.kind, "session kind"),
            starts_at=self.starts_at.replace(tzinfo=None, microsecond=0),
            ends_at=self.ends_at.replace(tzinfo=None, microsecond=0),
            room_id=self.room_id,
            series=clean_text(self.series, limit=300, field="series"),
            host=clean_text(self.host, limit=300, field="host"),
            co_chairs=[c for c in (clean_text(x, limit=200) for x in self.co_chairs) if c],
            moderator_id=self.moderator_id,
            status=_enum(SessionStatus, self.status, "session status"),
            access=_enum(SessionAccess, self.access, "access"),
            chatham_house=bool(self.chatham_house),
            interpretation_languages=[
                c for c in (clean_text(x, limit=20) for x in self.interpretation_languages) if c
            ],
            expected_attendance=self.expected_attendance,
            description=clean_text(self.description, limit=20000, field="description"),
            delegation_minutes=self.delegation_minutes,
        )


def _name(d: Delegate | None) -> str | None:
    return display_name(d.honorific, d.given_name, d.family_name) if d else None


def _session_view(s: Session) -> SessionView:
    return SessionView(
        id=s.id, title=s.title, kind=s.kind, series=s.series, starts_at=s.starts_at,
        ends_at=s.ends_at, room_id=s.room_id, room=s.room.name if s.room else None,
        host=s.host, co_chairs=tuple(s.co_chairs or ()), moderator_id=s.moderator_id,
        moderator=_name(s.moderator), status=s.status, access=s.access,
        chatham_house=s.chatham_house,
        interpretation_languages=tuple(s.interpretation_languages or ()),
        expected_attendance=s.expected_attendance, description=s.description,
        slots=tuple(
            SlotView(x.id, x.position, x.delegate_id, _name(x.delegate) or "", x.role,
                     x.minutes, x.mode, x.status)
            for x in sorted(s.slots, key=lambda x: x.position)
        ),
        version=s.version, delegation_minutes=s.delegation_minutes,
    )


def _check_refs(db: DbSession, event_id: int, data: SessionInput) -> None:
    if data.room_id is not None:
        room = fetch(db, Room, data.room_id, "room")
        if room.event_id != event_id:
            raise ValidationError(
                "room {name} belongs to another event",
                name=repr(room.name), code="programme.room-belongs-another")
    if data.moderator_id is not None:
        fetch(db, Delegate, data.moderator_id, "delegate")


def _load_session(db: DbSession, session_id: int) -> Session:
    fetch(db, Session, session_id, "session")
    return db.scalars(
        sa.select(Session)
        .where(Session.id == session_id)
        .options(
            selectinload(Session.slots).selectinload(SpeakingSlot.delegate),
            selectinload(Session.room),
            selectinload(Session.moderator),
        )
        .execution_options(populate_existing=True)
    ).one()


def outside_days(starts_at: datetime, ends_at: datetime, first: date, last: date) -> bool:
    """True where a session does not lie within the forum's days: it must start on one of
    them and end by the midnight after the last (a reception may run past midnight)."""
    return not (first <= starts_at.date() <= last
                and ends_at <= datetime.combine(last + timedelta(days=1), time()))




def _in_event_time(data: SessionInput, event: Event) -> SessionInput:
    """The session's times as wall-clock times of the event's time zone, and within its days."""
    if data.starts_at.tzinfo is not None or data.ends_at.tzinfo is not None:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(event.time_zone)
        data = replace(data, **{k: getattr(data, k).astimezone(zone) if getattr(data, k).tzinfo
                                else getattr(data, k) for k in ("starts_at", "ends_at")})
    clean = data.cleaned()
    if outside_days(clean.starts_at, clean.ends_at, event.start_date, event.end_date):
        times: dict[str, Any] = {"title": clean.title, "starts_at": When(clean.starts_at, "day_time"),
                                 "ends_at": format(clean.ends_at, "%H:%M")}
        if event.start_date == event.end_date:
            raise ValidationError(
                "“{title}” ({starts_at}–{ends_at}) falls outside the forum's days: the forum is held "
                "on {day}", day=When(event.start_date, "long_day"), code="programme.falls-outside-forum-day",
                **times)
        raise ValidationError(
            "“{title}” ({starts_at}–{ends_at}) falls outside the forum's days: the forum is held "
            "from {first} to {last}", first=When(event.start_date, "long_day_month"),
            last=When(event.end_date, "long_day"), code="programme.falls-outside-forum", **times)
    return clean


def create_session(store: Store, data: SessionInput, *, event_id: int | None = None) -> SessionView:
    """Add a session to the programme (refused outside the forum's days)."""
    data.cleaned()
    with store.transaction() as db:
        event = current_event(db, event_id)
        clean = _in_event_time(data, event)
        _check_refs(db, event.id, clean)
        session = Session(event_id=event.id, **vars(clean))
        db.add(session)
        db.flush()
        return _session_view(_load_session(db, session.id))


def update_session(
    store: Store, session_id: int, data: SessionInput, *, expected_version: int | None = None
) -> SessionView:
    """Replace a session's fields (title, times, room, …); refused outside the forum's days."""
    data.cleaned()
    with store.transaction() as db:
        session = fetch(db, Session, session_id, "session")
        if expected_version is not None and session.version != expected_version:
            raise EditConflict(
                "“{title}” was changed by another desk since you opened it",
                title=session.title, code="programme.changed-another-desk")
        clean = _in_event_time(data, fetch(db, Event, session.event_id, "event"))
        _check_refs(db, session.event_id, clean)
        for key, value in vars(clean).items():
            setattr(session, key, value)
        db.flush()
        return _session_view(_load_session(db, session.id))


def move_session(
    store: Store, session_id: int, starts_at: datetime, room_id: int | None = None,
    *, keep_room: bool = True,
) -> SessionView:
    """Move a session to another start (same length) and optionally another room."""
    current = get_session(store, session_id)
    length = current.ends_at - current.starts_at
    data = session_input(current)
    data.starts_at, data.ends_at = starts_at, starts_at + length
    if not keep_room or room_id is not None:
        data.room_id = room_id
    return update_session(store, session_id, data)


def session_input(view: SessionView) -> SessionInput:
    """The editable fields of a shown session."""
    return SessionInput(
        title=view.title, kind=view.kind, starts_at=view.starts_at, ends_at=view.ends_at,
        room_id=view.room_id, series=view.series, host=view.host, co_chairs=list(view.co_chairs),
        moderator_id=view.moderator_id, status=view.status, access=view.access,
        chatham_house=view.chatham_house,
        interpretation_languages=list(view.interpretation_languages),
        expected_attendance=view.expected_attendance, description=view.description,
        delegation_minutes=view.delegation_minutes,
    )


def delete_session(store: Store, session_id: int) -> None:
    """Remove a session with its slots and invitations."""
    with store.transaction() as db:
        db.delete(fetch(db, Session, session_id, "session"))


def get_session(store: Store, session_id: int) -> SessionView:
    """One session with its slots."""
    with store.reading() as db:
        return _session_view(_load_session(db, session_id))


def list_sessions(store: Store, *, event_id: int | None = None) -> list[SessionView]:
    """The programme in time order."""
    with store.reading() as db:
        event = current_event(db, event_id)
        sessions = db.scalars(
            sa.select(Session)
            .where(Session.event_id == event.id)
            .order_by(Session.starts_at, Session.room_id, Session.id)
            .options(
                selectinload(Session.slots).selectinload(SpeakingSlot.delegate),
                selectinload(Session.room),
                selectinload(Session.moderator),
            )
        )
        return [_session_view(s) for s in sessions]


# ---------------------------------------------------------------- speaking slots


def add_slot(
    store: Store, session_id: int, delegate_id: int, role: SlotRole | str = SlotRole.PANELLIST,
    minutes: int = 5, mode: SlotMode | str = SlotMode.IN_PERSON,
    status: SlotStatus | str = SlotStatus.INVITED, position: int | None = None,
) -> SessionView:
    """Place a speaker in a session (at the end, or at a 1-based position)."""
    role_ = _enum(SlotRole, role, "role")
    mode_ = _enum(SlotMode, mode, "mode")
    status_ = _enum(SlotStatus, status, "slot status")
    if minutes <= 0:
        raise ValidationError("speaking minutes must be more than 0", code="programme.speaking-minutes-must")
    with store.transaction() as db:
        session = _load_session(db, session_id)
        delegate = fetch(db, Delegate, delegate_id, "delegate")
        if delegate.event_id != session.event_id:
            raise ValidationError(
                "that delegate belongs to another event",
                code="console.delegate-belongs-another")
        ordered = sorted(session.slots, key=lambda x: x.position)
        slot = SpeakingSlot(delegate_id=delegate_id, role=role_, minutes=minutes, mode=mode_,
                            status=status_, position=len(ordered) + 1)
        index = len(ordered) if position is None else max(0, min(position - 1, len(ordered)))
        ordered.insert(index, slot)
        session.slots.append(slot)
        _renumber(ordered)
        db.flush()
        return _session_view(_load_session(db, session_id))


def update_slot(
    store: Store, slot_id: int, *, role: SlotRole | str | None = None, minutes: int | None = None,
    mode: SlotMode | str | None = None, status: SlotStatus | str | None = None,
) -> SessionView:
    """Change a slot's role, minutes, mode or status."""
    if minutes is not None and minutes <= 0:
        raise ValidationError("speaking minutes must be more than 0", code="programme.speaking-minutes-must")
    with store.transaction() as db:
        slot = fetch(db, SpeakingSlot, slot_id, "speaking slot")
        if role is not None:
            slot.role = _enum(SlotRole, role, "role")
        if minutes is not None:
            slot.minutes = minutes
        if mode is not None:
            slot.mode = _enum(SlotMode, mode, "mode")
        if status is not None:
            slot.status = _enum(SlotStatus, status, "slot status")
        db.flush()
        return _session_view(_load_session(db, slot.session_id))


def remove_slot(store: Store, slot_id: int) -> SessionView:
    """Take a speaker out of a session; the others close up."""
    with store.transaction() as db:
        slot = fetch(db, SpeakingSlot, slot_id, "speaking slot")
        session = _load_session(db, slot.session_id)
        session.slots.remove(slot)
        db.delete(slot)
        _renumber(sorted(session.slots, key=lambda x: x.position))
        db.flush()
        return _session_view(_load_session(db, session.id))


def reorder_slots(store: Store, session_id: int, slot_ids: list[int]) -> SessionView:
    """Put a session's slots in the given order (every slot exactly once)."""
    with store.transaction() as db:
        session = _load_session(db, session_id)
        by_id = {x.id: x for x in session.slots}
        if sorted(slot_ids) != sorted(by_id) or len(set(slot_ids)) != len(slot_ids):
            raise ValidationError(
                "the new order must list every speaking slot of the session exactly once",
                code="programme.new-order-must")
        _renumber([by_id[i] for i in slot_ids])
        db.flush()
        return _session_view(_load_session(db, session_id))


def _renumber(ordered: list[SpeakingSlot]) -> None:
    for i, slot in enumerate(ordered, start=1):
        slot.position = i


# ---------------------------------------------------------------- invitations


def invite(store: Store, session_id: int, delegate_ids: list[int]) -> int:
    """Invite delegates to a session; returns how many were newly invited."""
    with store.transaction() as db:
        fetch(db, Session, session_id, "session")
        existing = set(
            db.scalars(sa.select(Invitation.delegate_id).where(Invitation.session_id == session_id))
        )
        new = [d for d in dict.fromkeys(delegate_ids) if d not in existing]
        for d in new:
            fetch(db, Delegate, d, "delegate")
            db.add(Invitation(session_id=session_id, delegate_id=d))
        return len(new)


def uninvite(store: Store, session_id: int, delegate_ids: list[int]) -> int:
    """Take delegates off a session's invitations; returns how many were invited before."""
    with store.transaction() as db:
        fetch(db, Session, session_id, "session")
        ids = list(dict.fromkeys(delegate_ids))
        if not ids:
            return 0
        return changed_rows(db, sa.delete(Invitation).where(
            Invitation.session_id == session_id, Invitation.delegate_id.in_(ids)))


def invitees(store: Store, session_id: int) -> list[tuple[int, str]]:
    """A session's invited delegates as (delegate id, name), by family then given name."""
    with store.reading() as db:
        fetch(db, Session, session_id, "session")
        rows = db.scalars(
            sa.select(Delegate).join(Invitation, Invitation.delegate_id == Delegate.id)
            .where(Invitation.session_id == session_id)
            .order_by(Delegate.family_name, Delegate.given_name, Delegate.id)
        )
        return [(d.id, _name(d) or "") for d in rows]


# ---------------------------------------------------------------- finding and copying


def find_session(store: Store, title_or_id: str, *, event_id: int | None = None,
                 exact: bool = False) -> SessionView:
    """A session by its id or its title (exact, else case- and accent-blind, else, unless
    `exact`, the one title that starts so); NotFound if none, ValidationError naming them
    if several match."""
    from mmdesk.domain.text import strip_marks

    text = " ".join(str(title_or_id).split())
    with store.reading() as db:
        event = current_event(db, event_id)
        if text.isdigit():
            session = db.get(Session, int(text))
            if session is not None and session.event_id == event.id:
                return _session_view(_load_session(db, session.id))
        rows = db.execute(sa.select(Session.id, Session.title, Session.starts_at)
                          .where(Session.event_id == event.id)
                          .order_by(Session.starts_at, Session.id)).all()
        folded = strip_marks(text)
        tests = [lambda t: t == text, lambda t: strip_marks(t) == folded]
        if not exact:
            tests.append(lambda t: strip_marks(t).startswith(folded))
        for test in tests:
            found = [r for r in rows if test(r.title)]
            if len(found) == 1:
                return _session_view(_load_session(db, found[0].id))
            if len(found) > 1:
                listed = "; ".join(f"{r.id}: “{r.title}” {short_moment(r.starts_at)}" for r in found[:5])
                raise ValidationError(
                    "{len} sessions match {text} ({listed}); give the session's id",
                    len=len(found), text=repr(text), listed=listed, code="programme.sessions-match-give")
        raise NotFound(
            "no session called {text} (the programme has {n} session; `mmdesk export programme "
            "FILE.xlsx` lists it)",
            plural="no session called {text} (the programme has {n} sessions; `mmdesk export programme "
            "FILE.xlsx` lists them)",
            text=repr(text), n=len(rows), code="programme.no-session-called")


def duplicate_session(store: Store, session_id: int) -> SessionView:
    """A copy of a session, titled “… (copy)” in the language mmdesk speaks, tentative, with
    the same speakers in order and the same invitations."""
    with store.transaction() as db:
        s = _load_session(db, session_id)
        data = session_input(_session_view(s))
        # in the language mmdesk speaks now; the title itself is never looked up as a word
        title = Sentence("{title} (copy)", code="programme.copy-title").message().format(title=s.title)
        again = Sentence("{title} (copy {n})", code="programme.copy-title-n").message()
        n = 2
        taken = set(db.scalars(sa.select(Session.title).where(Session.event_id == s.event_id)))
        while title in taken:
            title, n = again.format(title=s.title, n=n), n + 1
        data.title = title[:300]
        data.status = SessionStatus.TBC
        copy = Session(event_id=s.event_id, **vars(data.cleaned()))
        copy.slots = [SpeakingSlot(delegate_id=x.delegate_id, role=x.role, position=x.position,
                                   minutes=x.minutes, mode=x.mode, status=x.status, notes=x.notes)
                      for x in sorted(s.slots, key=lambda x: x.position)]
        db.add(copy)
        db.flush()
        for d in db.scalars(sa.select(Invitation.delegate_id).where(Invitation.session_id == s.id)):
            db.add(Invitation(session_id=copy.id, delegate_id=d))
        db.flush()
        return _session_view(_load_session(db, copy.id))
