"""The programme: rooms, sessions, speaking slots (in order) and invitations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from mmdesk.domain.enums import (
    SessionAccess,
    SessionKind,
    SessionStatus,
    SlotMode,
    SlotRole,
    SlotStatus,
)
from mmdesk.domain.errors import EditConflict, ValidationError
from mmdesk.domain.validation import clean_text, display_name
from mmdesk.services.common import current_event, fetch
from mmdesk.store.database import Store
from mmdesk.store.models import Delegate, Invitation, Room, Session, SpeakingSlot


def _enum(enum: type, value: object, what: str):  # noqa: ANN202 - returns a member of enum
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(m.value for m in enum)
        raise ValidationError(f"unknown {what} {value!r} (known: {known})") from None


# ---------------------------------------------------------------- rooms


@dataclass(frozen=True)
class RoomView:
    """A room as shown."""

    id: int
    name: str
    capacity: int | None
    access_zone: str | None


def create_room(
    store: Store, name: str, capacity: int | None = None, access_zone: str | None = None,
    *, event_id: int | None = None,
) -> RoomView:
    """Add a room to the venue; names are unique within an event."""
    name_ = clean_text(name, limit=120, field="room name")
    if not name_:
        raise ValidationError("a room needs a name")
    if capacity is not None and capacity <= 0:
        raise ValidationError("a room's capacity must be more than 0")
    with store.transaction() as db:
        event = current_event(db, event_id)
        if db.scalar(sa.select(Room.id).where(Room.event_id == event.id, Room.name == name_)):
            raise ValidationError(f"there is already a room called {name_!r}")
        room = Room(event_id=event.id, name=name_, capacity=capacity,
                    access_zone=clean_text(access_zone, limit=60, field="access zone"))
        db.add(room)
        db.flush()
        return RoomView(room.id, room.name, room.capacity, room.access_zone)


def list_rooms(store: Store, *, event_id: int | None = None) -> list[RoomView]:
    """The event's rooms, by name."""
    with store.reading() as db:
        event = current_event(db, event_id)
        rooms = db.scalars(sa.select(Room).where(Room.event_id == event.id).order_by(Room.name))
        return [RoomView(r.id, r.name, r.capacity, r.access_zone) for r in rooms]


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

    def cleaned(self) -> SessionInput:
        """A copy with every rule applied; ValidationError names the first broken one."""
        title = clean_text(self.title, limit=300, field="title")
        if not title:
            raise ValidationError("a session needs a title")
        if self.ends_at <= self.starts_at:
            raise ValidationError(
                f"“{title}” ends ({self.ends_at:%H:%M}) before it starts ({self.starts_at:%H:%M})"
            )
        if self.expected_attendance is not None and self.expected_attendance < 0:
            raise ValidationError("expected attendance cannot be negative")
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
        )


@dataclass(frozen=True)
class SlotView:
    """A speaking slot as shown on a run-sheet."""

    id: int
    position: int
    delegate_id: int
    delegate_name: str
    role: SlotRole
    minutes: int
    mode: SlotMode
    status: SlotStatus


@dataclass(frozen=True)
class SessionView:
    """A session with its room, moderator and slots in order."""

    id: int
    title: str
    kind: SessionKind
    series: str | None
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    room: str | None
    host: str | None
    co_chairs: tuple[str, ...]
    moderator_id: int | None
    moderator: str | None
    status: SessionStatus
    access: SessionAccess
    chatham_house: bool
    interpretation_languages: tuple[str, ...]
    expected_attendance: int | None
    description: str | None
    slots: tuple[SlotView, ...]
    version: int

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def speaking_minutes(self) -> int:
        return sum(s.minutes for s in self.slots if s.status is not SlotStatus.DECLINED)


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
        version=s.version,
    )


def _check_refs(db: DbSession, event_id: int, data: SessionInput) -> None:
    if data.room_id is not None:
        room = fetch(db, Room, data.room_id, "room")
        if room.event_id != event_id:
            raise ValidationError(f"room {room.name!r} belongs to another event")
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


def create_session(store: Store, data: SessionInput, *, event_id: int | None = None) -> SessionView:
    """Add a session to the programme."""
    clean = data.cleaned()
    with store.transaction() as db:
        event = current_event(db, event_id)
        _check_refs(db, event.id, clean)
        session = Session(event_id=event.id, **vars(clean))
        db.add(session)
        db.flush()
        return _session_view(_load_session(db, session.id))


def update_session(
    store: Store, session_id: int, data: SessionInput, *, expected_version: int | None = None
) -> SessionView:
    """Replace a session's fields (title, times, room, …)."""
    clean = data.cleaned()
    with store.transaction() as db:
        session = fetch(db, Session, session_id, "session")
        if expected_version is not None and session.version != expected_version:
            raise EditConflict(f"“{session.title}” was changed by another desk since you opened it")
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
        raise ValidationError("speaking minutes must be more than 0")
    with store.transaction() as db:
        session = _load_session(db, session_id)
        delegate = fetch(db, Delegate, delegate_id, "delegate")
        if delegate.event_id != session.event_id:
            raise ValidationError("that delegate belongs to another event")
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
        raise ValidationError("speaking minutes must be more than 0")
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
                "the new order must list every speaking slot of the session exactly once"
            )
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
