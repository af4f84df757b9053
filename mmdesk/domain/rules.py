"""The warnings of the README ("What `mmdesk check` looks for") as one pure function over a
snapshot of the forum.

Time ranges are half-open [start, end): a session ending at 10:00 does not
clash with one starting at 10:00; two sessions starting together do.
Cancelled sessions take part in no rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from itertools import pairwise

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
from mmdesk.i18n import _, say

DEFAULT_BUFFER_MINUTES = 10

#: the words of roles, kinds and states inside a finding's sentence (translated by _())
_ROLE_WORDS = {
    SlotRole.OPENING_REMARKS: "opening remarks", SlotRole.KEYNOTE: "keynote",
    SlotRole.PANELLIST: "panellist", SlotRole.MODERATOR: "moderator",
    SlotRole.RESPONDENT: "respondent", SlotRole.FLOOR_INTERVENTION: "floor intervention",
    SlotRole.CLOSING_REMARKS: "closing remarks", SlotRole.RAPPORTEUR: "rapporteur",
}
_STATE_WORDS = {
    AccreditationState.NOMINATED: "nominated", AccreditationState.APPROVED: "approved",
    AccreditationState.REJECTED: "rejected", AccreditationState.WITHDRAWN: "withdrawn",
    AccreditationState.BADGE_ISSUED: "badge issued", AccreditationState.BADGE_COLLECTED: "badge collected",
}


class Rule(StrEnum):
    """The rule a finding comes from (stable codes for JSON and filters; rule_title() in words)."""

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
class DelegateInfo:
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
    people: dict[int, DelegateInfo] = field(default_factory=dict)
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


_RULE_TITLES = {
    Rule.SPEAKER_DOUBLE_BOOKED: "speaker double-booked",
    Rule.SPEAKER_NO_BUFFER: "no time to change rooms",
    Rule.ROOM_DOUBLE_BOOKED: "room double-booked",
    Rule.OVER_CAPACITY: "over capacity",
    Rule.MINUTES_OVER_LENGTH: "speaking time over length",
    Rule.NO_MODERATOR: "no moderator",
    Rule.SPEAKER_NOT_APPROVED: "speaker not approved",
    Rule.ROUTE_OVER_QUOTA: "route over quota",
    Rule.BADGE_NOT_APPROVED: "badge of a delegate not approved",
}


def rule_title(rule: Rule) -> str:
    """A rule's name in words, in the current language (the code itself stays in JSON)."""
    return _(_RULE_TITLES[rule])


def _state_word(state: AccreditationState | None) -> str:
    return _("not accredited") if state is None else _(_STATE_WORDS[state])


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open overlap: [a_start, a_end) and [b_start, b_end) share a moment."""
    return a_start < b_end and b_start < a_end


def overlapping_pairs(sessions: Sequence[SessionInfo]) -> Iterator[tuple[SessionInfo, SessionInfo]]:
    """Every pair of the sessions (sorted by start) that share a moment, earlier one first: a
    sweep, O(n + pairs) after the sort (no copy of the rest of the list for each session)."""
    n = len(sessions)
    for i, a in enumerate(sessions):
        j = i + 1
        while j < n:
            b = sessions[j]
            if b.starts_at >= a.ends_at:
                break  # sorted by start: no later session meets a
            if overlaps(a.starts_at, a.ends_at, b.starts_at, b.ends_at):
                yield a, b
            j += 1


def _when(s: SessionInfo, rooms: dict[int, RoomInfo]) -> str:
    room = rooms.get(s.room_id) if s.room_id is not None else None
    start, end = f"{s.starts_at:%H:%M}", f"{s.ends_at:%H:%M}"
    if room:
        return say("“{title}” ({start}–{end}, {room})", title=s.title, start=start, end=end, room=room.name)
    return say("“{title}” ({start}–{end})", title=s.title, start=start, end=end)


def _participants(s: SessionInfo, words: dict[SlotRole, str]) -> dict[int, str]:
    """Delegate id → role word (words: each role's, translated once) for everyone taking part
    in a session."""
    out: dict[int, str] = {}
    declined = SlotStatus.DECLINED
    for slot in s.slots:
        if slot.delegate_id is not None and slot.status is not declined and slot.delegate_id not in out:
            out[slot.delegate_id] = words[slot.role]
    if s.moderator_id is not None:
        out[s.moderator_id] = words[SlotRole.MODERATOR]
    return out


def _person(snapshot: Snapshot, delegate_id: int) -> str:
    p = snapshot.people.get(delegate_id)
    return p.name if p else say("delegate #{id}", id=delegate_id)


def check(snapshot: Snapshot, buffer_minutes: int = DEFAULT_BUFFER_MINUTES) -> list[Finding]:
    """Every finding for the snapshot, errors first, then by time."""
    live = [s for s in snapshot.sessions if s.status is not SessionStatus.CANCELLED]
    words = {role: _(word) for role, word in _ROLE_WORDS.items()}
    taking_part = {s.id: _participants(s, words) for s in live}  # once for the two rules below
    findings: list[Finding] = []
    findings += _speaker_rules(snapshot, live, taking_part, buffer_minutes)
    findings += _room_rules(snapshot, live)
    findings += _session_rules(snapshot, live)
    findings += _accreditation_rules(snapshot, live, taking_part)
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


def _speaker_rules(snapshot: Snapshot, live: list[SessionInfo], taking_part: dict[int, dict[int, str]],
                   buffer: int) -> list[Finding]:
    engagements: dict[int, list[SessionInfo]] = defaultdict(list)
    for s in live:
        for delegate_id in taking_part[s.id]:
            engagements[delegate_id].append(s)
    out: list[Finding] = []
    for delegate_id, sessions in engagements.items():
        if len(sessions) < 2:
            continue  # one engagement: no clash, no move between rooms
        sessions.sort(key=lambda s: (s.starts_at, s.ends_at, s.id))
        name = _person(snapshot, delegate_id)
        for a, b in overlapping_pairs(sessions):
            out.append(
                Finding(
                    Rule.SPEAKER_DOUBLE_BOOKED,
                    Severity.ERROR,
                    say("{name} is in two sessions at once: {first} and {second}", name=name,
                        first=_when(a, snapshot.rooms), second=_when(b, snapshot.rooms)),
                    (a.id, b.id),
                    delegate_id=delegate_id,
                )
            )
        # back-to-back in different rooms: the next engagement after each one
        for a, b in pairwise(sessions):
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
                        say("{name} has {gap} min to move from {first} to {second}; "
                            "at least {buffer} min are wanted", name=name, gap=int(gap),
                            first=_when(a, snapshot.rooms), second=_when(b, snapshot.rooms), buffer=buffer),
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
        room_name = room.name if room else say("room #{id}", id=room_id)
        for a, b in overlapping_pairs(sessions):
            out.append(
                Finding(
                    Rule.ROOM_DOUBLE_BOOKED,
                    Severity.ERROR,
                    say("{room} holds two sessions at once: {first} and {second}", room=room_name,
                        first=_when(a, snapshot.rooms), second=_when(b, snapshot.rooms)),
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
                            say("{session} expects {people} people; {room} seats {capacity}",
                                session=_when(s, snapshot.rooms), people=s.expected_attendance,
                                room=room.name, capacity=room.capacity),
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
                    say("{session} has {spoken} min of speaking in {minutes} min",
                        session=_when(s, snapshot.rooms), spoken=spoken, minutes=s.minutes),
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
                    say("{session} is a {kind} with no moderator", session=_when(s, snapshot.rooms),
                        kind=_(KIND_LABELS[s.kind])),
                    (s.id,),
                )
            )
    return out


def _accreditation_rules(snapshot: Snapshot, live: list[SessionInfo],
                         taking_part: dict[int, dict[int, str]]) -> list[Finding]:
    out: list[Finding] = []
    for s in live:
        for delegate_id, role in taking_part[s.id].items():
            person = snapshot.people.get(delegate_id)
            state = person.state if person else None
            if state in APPROVED_STATES:
                continue
            pending = state is AccreditationState.NOMINATED
            out.append(
                Finding(
                    Rule.SPEAKER_NOT_APPROVED,
                    Severity.WARNING if pending else Severity.ERROR,
                    say("{name} ({role}) in {session} is nominated but not yet approved" if pending
                        else "{name} ({role}) in {session} is {state}",
                        name=_person(snapshot, delegate_id), role=role,
                        session=_when(s, snapshot.rooms), state=_state_word(state)),
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
                    say("route “{route}” holds {used} accreditations for a quota of {quota}",
                        route=r.name, used=r.used, quota=r.quota),
                    route_id=r.id,
                )
            )
    for b in snapshot.badges:
        if b.state not in APPROVED_STATES:
            out.append(
                Finding(
                    Rule.BADGE_NOT_APPROVED,
                    Severity.ERROR,
                    say("badge {serial} is valid but {name} is {state}", serial=b.serial,
                        name=_person(snapshot, b.delegate_id), state=_state_word(b.state)),
                    delegate_id=b.delegate_id,
                )
            )
    return out
