"""The warnings of the README ("What `mmdesk check` looks for") as one pure function over a snapshot of the forum.

Time ranges are half-open [start, end): a session ending at 10:00 does not
clash with one starting at 10:00; two sessions starting together do.
Cancelled sessions take part in no rule.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.enums import (
    INTERACTIVE_KINDS,
    KIND_LABELS,
    AccreditationState,
    QuotaPolicy,
    SessionKind,
    SessionStatus,
    Severity,
    SlotRole,
    SlotStatus,
)

DEFAULT_BUFFER_MINUTES = 10


class Rule(StrEnum):
    """The rule a finding comes from (stable codes for JSON and filters)."""

    SPEAKER_DOUBLE_BOOKED = "speaker_double_booked"
    SPEAKER_NO_BUFFER = "speaker_no_buffer"
    ROOM_DOUBLE_BOOKED = "room_double_booked"
    OVER_CAPACITY = "over_capacity"
    MINUTES_OVER_LENGTH = "minutes_over_length"
    NO_MODERATOR = "no_moderator"
    SPEAKER_NOT_APPROVED = "speaker_not_approved"
    ROUTE_OVER_QUOTA = "route_over_quota"
    BADGE_NOT_APPROVED = "badge_not_approved"


@dataclass(frozen=True)
class RoomInfo:
    """A room as the rules see it."""

    id: int
    name: str
    capacity: int | None = None


@dataclass(frozen=True)
class SlotInfo:
    """One speaking slot as the rules see it."""

    delegate_id: int | None
    role: SlotRole = SlotRole.PANELLIST
    minutes: int = 5
    status: SlotStatus = SlotStatus.CONFIRMED


@dataclass(frozen=True)
class SessionInfo:
    """One session as the rules see it."""

    id: int
    title: str
    kind: SessionKind
    starts_at: datetime
    ends_at: datetime
    room_id: int | None = None
    status: SessionStatus = SessionStatus.CONFIRMED
    moderator_id: int | None = None
    expected_attendance: int | None = None
    slots: tuple[SlotInfo, ...] = ()

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class PersonInfo:
    """A delegate as the rules see it: a name and the best accreditation state."""

    id: int
    name: str
    state: AccreditationState | None = None


@dataclass(frozen=True)
class RouteInfo:
    """A route's quota and how many places are taken."""

    id: int
    name: str
    quota: int | None
    used: int
    policy: QuotaPolicy = QuotaPolicy.REFUSE


@dataclass(frozen=True)
class BadgeInfo:
    """A badge that is valid (not revoked), with its holder's state."""

    serial: str
    delegate_id: int
    state: AccreditationState | None


@dataclass(frozen=True)
class Snapshot:
    """Everything the rules look at, in plain values."""

    sessions: tuple[SessionInfo, ...] = ()
    rooms: dict[int, RoomInfo] = field(default_factory=dict)
    people: dict[int, PersonInfo] = field(default_factory=dict)
    routes: tuple[RouteInfo, ...] = ()
    badges: tuple[BadgeInfo, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One warning: which rule, how bad, in words, and what it is about."""

    rule: Rule
    severity: Severity
    message: str
    session_ids: tuple[int, ...] = ()
    delegate_id: int | None = None
    room_id: int | None = None
    route_id: int | None = None


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open overlap: [a_start, a_end) and [b_start, b_end) share a moment."""
    return a_start < b_end and b_start < a_end


def _when(s: SessionInfo, rooms: dict[int, RoomInfo]) -> str:
    room = rooms.get(s.room_id) if s.room_id is not None else None
    where = f", {room.name}" if room else ""
    return f"“{s.title}” ({s.starts_at:%H:%M}–{s.ends_at:%H:%M}{where})"


def _participants(s: SessionInfo) -> dict[int, str]:
    """Delegate id → role word for everyone taking part in a session."""
    out: dict[int, str] = {}
    for slot in s.slots:
        if slot.delegate_id is not None and slot.status is not SlotStatus.DECLINED:
            out.setdefault(slot.delegate_id, slot.role.value)
    if s.moderator_id is not None:
        out[s.moderator_id] = SlotRole.MODERATOR.value
    return out


def _person(snapshot: Snapshot, delegate_id: int) -> str:
    p = snapshot.people.get(delegate_id)
    return p.name if p else f"delegate #{delegate_id}"


def check(snapshot: Snapshot, buffer_minutes: int = DEFAULT_BUFFER_MINUTES) -> list[Finding]:
    """Every finding for the snapshot, errors first, then by time."""
    live = [s for s in snapshot.sessions if s.status is not SessionStatus.CANCELLED]
    findings: list[Finding] = []
    findings += _speaker_rules(snapshot, live, buffer_minutes)
    findings += _room_rules(snapshot, live)
    findings += _session_rules(snapshot, live)
    findings += _accreditation_rules(snapshot, live)
    start_of = {s.id: s.starts_at for s in snapshot.sessions}
    return sorted(
        findings,
        key=lambda f: (
            f.severity is not Severity.ERROR,
            min((start_of[i] for i in f.session_ids), default=datetime.max),
            f.rule.value,
            f.message,
        ),
    )


def _speaker_rules(snapshot: Snapshot, live: list[SessionInfo], buffer: int) -> list[Finding]:
    engagements: dict[int, list[SessionInfo]] = defaultdict(list)
    for s in live:
        for delegate_id in _participants(s):
            engagements[delegate_id].append(s)
    out: list[Finding] = []
    for delegate_id, sessions in engagements.items():
        sessions.sort(key=lambda s: (s.starts_at, s.ends_at, s.id))
        name = _person(snapshot, delegate_id)
        for i, a in enumerate(sessions):
            for b in sessions[i + 1 :]:
                if b.starts_at >= a.ends_at:
                    break
                out.append(
                    Finding(
                        Rule.SPEAKER_DOUBLE_BOOKED,
                        Severity.ERROR,
                        f"{name} is in two sessions at once: "
                        f"{_when(a, snapshot.rooms)} and {_when(b, snapshot.rooms)}",
                        (a.id, b.id),
                        delegate_id=delegate_id,
                    )
                )
        # back-to-back in different rooms: the next engagement after each one
        for a, b in zip(sessions, sessions[1:]):
            gap = (b.starts_at - a.ends_at).total_seconds() / 60
            if (
                0 <= gap < buffer
                and a.room_id is not None
                and b.room_id is not None
                and a.room_id != b.room_id
            ):
                out.append(
                    Finding(
                        Rule.SPEAKER_NO_BUFFER,
                        Severity.WARNING,
                        f"{name} has {int(gap)} min to move from {_when(a, snapshot.rooms)} "
                        f"to {_when(b, snapshot.rooms)}; at least {buffer} min are wanted",
                        (a.id, b.id),
                        delegate_id=delegate_id,
                    )
                )
    return out


def _room_rules(snapshot: Snapshot, live: list[SessionInfo]) -> list[Finding]:
    by_room: dict[int, list[SessionInfo]] = defaultdict(list)
    for s in live:
        if s.room_id is not None:
            by_room[s.room_id].append(s)
    out: list[Finding] = []
    for room_id, sessions in by_room.items():
        sessions.sort(key=lambda s: (s.starts_at, s.ends_at, s.id))
        room = snapshot.rooms.get(room_id)
        room_name = room.name if room else f"room #{room_id}"
        for i, a in enumerate(sessions):
            for b in sessions[i + 1 :]:
                if b.starts_at >= a.ends_at:
                    break
                out.append(
                    Finding(
                        Rule.ROOM_DOUBLE_BOOKED,
                        Severity.ERROR,
                        f"{room_name} holds two sessions at once: "
                        f"{_when(a, snapshot.rooms)} and {_when(b, snapshot.rooms)}",
                        (a.id, b.id),
                        room_id=room_id,
                    )
                )
        if room and room.capacity is not None:
            for s in sessions:
                if s.expected_attendance is not None and s.expected_attendance > room.capacity:
                    out.append(
                        Finding(
                            Rule.OVER_CAPACITY,
                            Severity.WARNING,
                            f"{_when(s, snapshot.rooms)} expects {s.expected_attendance} "
                            f"people; {room.name} seats {room.capacity}",
                            (s.id,),
                            room_id=room_id,
                        )
                    )
    return out


def _session_rules(snapshot: Snapshot, live: list[SessionInfo]) -> list[Finding]:
    out: list[Finding] = []
    for s in live:
        spoken = sum(x.minutes for x in s.slots if x.status is not SlotStatus.DECLINED)
        if spoken > s.minutes:
            out.append(
                Finding(
                    Rule.MINUTES_OVER_LENGTH,
                    Severity.ERROR,
                    f"{_when(s, snapshot.rooms)} has {spoken} min of speaking "
                    f"in {s.minutes} min",
                    (s.id,),
                )
            )
        if s.kind in INTERACTIVE_KINDS and s.moderator_id is None and not any(
            x.role is SlotRole.MODERATOR and x.status is not SlotStatus.DECLINED for x in s.slots
        ):
            out.append(
                Finding(
                    Rule.NO_MODERATOR,
                    Severity.WARNING,
                    f"{_when(s, snapshot.rooms)} is a {KIND_LABELS[s.kind]} "
                    f"with no moderator",
                    (s.id,),
                )
            )
    return out


def _accreditation_rules(snapshot: Snapshot, live: list[SessionInfo]) -> list[Finding]:
    out: list[Finding] = []
    for s in live:
        for delegate_id, role in _participants(s).items():
            person = snapshot.people.get(delegate_id)
            state = person.state if person else None
            if state in APPROVED_STATES:
                continue
            pending = state is AccreditationState.NOMINATED
            what = "not accredited" if state is None else f"{state.value.replace('_', ' ')}"
            out.append(
                Finding(
                    Rule.SPEAKER_NOT_APPROVED,
                    Severity.WARNING if pending else Severity.ERROR,
                    f"{_person(snapshot, delegate_id)} ({role.replace('_', ' ')}) in "
                    f"{_when(s, snapshot.rooms)} is "
                    + ("nominated but not yet approved" if pending else what),
                    (s.id,),
                    delegate_id=delegate_id,
                )
            )
    for r in snapshot.routes:
        if r.quota is not None and r.used > r.quota:
            out.append(
                Finding(
                    Rule.ROUTE_OVER_QUOTA,
                    Severity.ERROR if r.policy is QuotaPolicy.REFUSE else Severity.WARNING,
                    f"route “{r.name}” holds {r.used} accreditations for a quota of {r.quota}",
                    route_id=r.id,
                )
            )
    for b in snapshot.badges:
        if b.state not in APPROVED_STATES:
            state = b.state.value.replace("_", " ") if b.state else "not accredited"
            out.append(
                Finding(
                    Rule.BADGE_NOT_APPROVED,
                    Severity.ERROR,
                    f"badge {b.serial} is valid but {_person(snapshot, b.delegate_id)} is {state}",
                    delegate_id=b.delegate_id,
                )
            )
    return out
