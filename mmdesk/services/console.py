"""The live session: the console's turns read from the programme, actual times saved per slot,
floor interventions added on the day, each delegation's total, and speaking time (planned and
actual) by gender, region and category."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from mmdesk.domain.balance import GENDER_GROUPS, gender_group
from mmdesk.domain.console import CLOSING_ROLES, LiveSession, Turn
from mmdesk.domain.enums import SessionStatus, SlotRole, SlotStatus
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.validation import display_name
from mmdesk.files import atomic_write, writable_target
from mmdesk.printing.record import RecordRow, SessionRecord, session_record
from mmdesk.printing.words import Words
from mmdesk.services.common import current_event, fetch
from mmdesk.store.database import Store
from mmdesk.store.models import Delegate, Event, Session, SpeakingSlot


@dataclass(frozen=True)
class ConsoleTurn:
    """A speaking slot as the console runs it."""

    slot_id: int
    delegate_id: int
    name: str
    role: str
    minutes: int
    delegation: str | None
    actual_start: datetime | None
    actual_end: datetime | None
    actual_seconds: int | None


@dataclass(frozen=True)
class ConsoleSession:
    """A session with its turns (declined speakers left out), for the console."""

    id: int
    title: str
    room: str | None
    starts_at: datetime
    ends_at: datetime
    delegation_minutes: int | None
    time_zone: str
    turns: tuple[ConsoleTurn, ...]


def delegation_of(d: Delegate) -> str | None:
    """Whose time a speaker's minutes count against: their delegation, else their organisation,
    else their city."""
    if d.delegation is not None:
        return d.delegation.name
    if d.organisation is not None:
        return d.organisation.name
    return d.city


def load_console(store: Store, session_id: int) -> ConsoleSession:
    """A session's turns in speaking order, with what was recorded already."""
    with store.reading() as db:
        s = fetch(db, Session, session_id, "session")
        event = fetch(db, Event, s.event_id, "event")
        slots = db.scalars(
            sa.select(SpeakingSlot).where(SpeakingSlot.session_id == session_id,
                                          SpeakingSlot.status != SlotStatus.DECLINED)
            .order_by(SpeakingSlot.position)
            .options(selectinload(SpeakingSlot.delegate).selectinload(Delegate.delegation),
                     selectinload(SpeakingSlot.delegate).selectinload(Delegate.organisation)))
        turns = tuple(
            ConsoleTurn(x.id, x.delegate_id,
                        display_name(x.delegate.honorific, x.delegate.given_name, x.delegate.family_name),
                        x.role.value, x.minutes, delegation_of(x.delegate), x.actual_start, x.actual_end,
                        x.actual_seconds)
            for x in slots)
        return ConsoleSession(s.id, s.title, s.room.name if s.room else None, s.starts_at, s.ends_at,
                              s.delegation_minutes, event.time_zone, turns)


def live_session(data: ConsoleSession) -> LiveSession:
    """The console's clock for a session, resumed where recorded times leave it."""
    turns = []
    for t in data.turns:
        turn = Turn(f"slot-{t.slot_id}", t.name, t.minutes, t.role, t.slot_id, t.delegate_id, t.delegation,
                    t.actual_start, t.actual_end)
        if t.actual_start and t.actual_end and t.actual_seconds is not None:
            spoken = timedelta(seconds=t.actual_seconds)
            turn.paused = max(timedelta(), t.actual_end - t.actual_start - spoken)
        turns.append(turn)
    live = LiveSession(turns, data.starts_at, delegation_minutes=data.delegation_minutes)
    for i, turn in enumerate(live.turns):
        if turn.started_at is not None and turn.ended_at is None:
            live.current = i  # the console was closed while this speaker had the floor
    return live


def event_clock(store: Store) -> Callable[[], datetime]:
    """Now on the forum's wall clock (its time zone), to the second: the console's clock."""
    from zoneinfo import ZoneInfo

    with store.reading() as db:
        zone = ZoneInfo(current_event(db).time_zone)

    def now() -> datetime:
        return datetime.now(UTC).astimezone(zone).replace(tzinfo=None, microsecond=0)

    return now


def record_turn(store: Store, slot_id: int, started: datetime | None, ended: datetime | None,
                seconds: int | None = None) -> None:
    """Save a slot's actual start, end and seconds spoken (None clears them)."""
    if started and ended and ended < started:
        raise ValidationError("a speaker cannot finish before starting", code="console.speaker-cannot-finish")
    with store.transaction() as db:
        slot = fetch(db, SpeakingSlot, slot_id, "speaking slot")
        slot.actual_start = started.replace(microsecond=0) if started else None
        slot.actual_end = ended.replace(microsecond=0) if ended else None
        slot.actual_seconds = seconds


def add_floor_intervention(store: Store, session_id: int, delegate_id: int, minutes: int) -> int:
    """A floor intervention queued on the day: after the speakers still to come, before the
    closing remarks; returns its slot id."""
    if minutes <= 0:
        raise ValidationError(
            "a floor intervention needs at least one minute",
            code="console.floor-intervention-needs")
    with store.transaction() as db:
        session = fetch(db, Session, session_id, "session")
        delegate = fetch(db, Delegate, delegate_id, "delegate")
        if delegate.event_id != session.event_id:
            raise ValidationError(
                "that delegate belongs to another event",
                code="console.delegate-belongs-another")
        ordered = sorted(session.slots, key=lambda x: x.position)
        index = len(ordered)
        while index > 0 and ordered[index - 1].actual_start is None \
                and ordered[index - 1].role.value in CLOSING_ROLES:
            index -= 1
        slot = SpeakingSlot(delegate_id=delegate_id, role=SlotRole.FLOOR_INTERVENTION, minutes=minutes,
                            status=SlotStatus.CONFIRMED, position=len(ordered) + 1)
        session.slots.append(slot)
        ordered.insert(index, slot)
        for i, x in enumerate(ordered, start=1):
            x.position = i
        db.flush()
        return slot.id


def set_delegation_minutes(store: Store, session_id: int, minutes: int | None) -> None:
    """Give each delegation of a session a total of speaking minutes (None: no limit)."""
    if minutes is not None and minutes <= 0:
        raise ValidationError(
            "a delegation's total must be more than 0 minutes",
            code="console.delegation-total-must")
    with store.transaction() as db:
        fetch(db, Session, session_id, "session").delegation_minutes = minutes


# ---------------------------------------------------------------- speaking time


@dataclass(frozen=True)
class SpeakingShare:
    """Minutes given (planned) and taken (actual) by one group of speakers."""

    group: str
    planned: float
    actual: float


@dataclass(frozen=True)
class SpeakingTime:
    """Speaking minutes by gender group, region and category, planned and actual."""

    by_gender: tuple[SpeakingShare, ...]
    by_region: tuple[SpeakingShare, ...]
    by_category: tuple[SpeakingShare, ...]
    recorded_slots: int


def speaking_time(store: Store, *, event_id: int | None = None) -> SpeakingTime:
    """The balance of speaking time the organizers are asked about: minutes planned for each
    group and minutes actually spoken (slots the console recorded)."""
    with store.reading() as db:
        event = current_event(db, event_id)
        rows = db.execute(
            sa.select(SpeakingSlot.minutes, SpeakingSlot.actual_seconds, Delegate.gender, Delegate.region,
                      sa.type_coerce(Delegate.category, sa.String))
            .join(Session, Session.id == SpeakingSlot.session_id)
            .join(Delegate, Delegate.id == SpeakingSlot.delegate_id)
            .where(Session.event_id == event.id, Session.status != SessionStatus.CANCELLED,
                   SpeakingSlot.status != SlotStatus.DECLINED)).all()
    tables: list[dict[str, list[float]]] = [defaultdict(lambda: [0.0, 0.0]) for _ in range(3)]
    recorded = 0
    for minutes, seconds, gender, region, category in rows:
        recorded += seconds is not None
        for table, key in zip(tables, (gender_group(gender), region or "—", category), strict=True):
            table[key][0] += minutes
            table[key][1] += (seconds or 0) / 60

    def shares(table: dict[str, list[float]], order: tuple[str, ...] | None = None
               ) -> tuple[SpeakingShare, ...]:
        keys = [k for k in order if k in table] if order else sorted(table, key=lambda k: (-table[k][0], k))
        return tuple(SpeakingShare(k, round(table[k][0], 1), round(table[k][1], 1)) for k in keys)

    return SpeakingTime(shares(tables[0], GENDER_GROUPS), shares(tables[1]), shares(tables[2]), recorded)


# ---------------------------------------------------------------- the post-session record


def print_session_record(store: Store, session_id: int, target: Path,
                         *, languages: Sequence[str] | None = None) -> int:
    """Write a session's record (planned against actual) as PDF; returns its pages."""
    writable_target(target)
    data = load_console(store, session_id)
    with store.reading() as db:
        event = current_event(db)
        words = Words.for_event(event.languages, languages)
        forum = event.name
    rows, clock = [], data.starts_at
    for i, t in enumerate(data.turns, start=1):
        rows.append(RecordRow(i, t.name, t.role, t.delegation, clock, t.minutes, t.actual_start, t.actual_end,
                              t.actual_seconds))
        clock += timedelta(minutes=t.minutes)
    record = SessionRecord(forum, data.title, data.room, data.starts_at, data.ends_at,
                           data.delegation_minutes, tuple(rows), words)
    with atomic_write(target) as tmp:
        return session_record(record, tmp)


def actual_times(store: Store, *, event_id: int | None = None
                 ) -> dict[int, tuple[datetime | None, datetime | None, int | None]]:
    """Each recorded slot's actual start, end and seconds (slot id → times), for run-sheets."""
    with store.reading() as db:
        event = current_event(db, event_id)
        return {i: (a, b, s) for i, a, b, s in db.execute(
            sa.select(SpeakingSlot.id, SpeakingSlot.actual_start, SpeakingSlot.actual_end,
                      SpeakingSlot.actual_seconds)
            .join(Session, Session.id == SpeakingSlot.session_id)
            .where(Session.event_id == event.id, SpeakingSlot.actual_start.is_not(None)))}
