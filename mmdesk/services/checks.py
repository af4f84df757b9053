"""`mmdesk check` and the Warnings page: the domain rules over the store's programme.

The snapshot is read with a few plain SQL statements (the columns the rules look at, counts
grouped in SQL, no ORM objects), the same text through SQLAlchemy for a Store or through the
standard library's sqlite3 (run_checks_quick, for `mmdesk check` on a SQLite file at the
newest migration: no SQLAlchemy to import).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mmdesk.domain.accreditation import APPROVED_STATES, QUOTA_STATES, SUMMARY_RANK
from mmdesk.domain.enums import (
    AccreditationState,
    QuotaPolicy,
    RouteKind,
    SessionKind,
    SessionStatus,
    Severity,
    SlotRole,
    SlotStatus,
)
from mmdesk.domain.rules import (
    DEFAULT_BUFFER_MINUTES,
    BadgeInfo,
    DelegateInfo,
    Finding,
    RoomInfo,
    RouteInfo,
    SessionInfo,
    SlotInfo,
    Snapshot,
    check,
)
from mmdesk.domain.validation import display_name

if TYPE_CHECKING:
    import sqlite3

    from mmdesk.store.database import Store

#: runs one SQL statement (named :parameters) and gives its rows as tuples
Rows = Callable[[str, Mapping[str, Any]], Iterable[Any]]




@dataclass(frozen=True)
class RouteLine:
    """A route's line under the findings: its quota, used and left."""

    id: int
    name: str
    kind: RouteKind
    nominating_body: str | None
    quota: int | None
    quota_policy: QuotaPolicy
    used: int

    @property
    def left(self) -> int | None:
        return None if self.quota is None else self.quota - self.used


@dataclass(frozen=True)
class Report:
    """The findings with the snapshot they were made on (for names in JSON and pages)."""

    event: str
    findings: tuple[Finding, ...]
    snapshot: Snapshot
    routes: tuple[RouteLine, ...] = ()

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity is Severity.WARNING for f in self.findings)


def _moment(value: datetime | str) -> datetime:
    """A DATETIME column as read: a datetime (PostgreSQL), or SQLite's text of one."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _listed(values: Iterable[object]) -> str:
    """An SQL IN list of our own integers or enum values (never user text)."""
    return ", ".join(str(int(v)) if isinstance(v, int) else "'" + str(v) + "'" for v in values)


def _event(rows: Rows, event_id: int | None) -> tuple[int, str] | None:
    """The event asked for, else the newest (as services.common.current_event); None for none."""
    if event_id is not None:
        found = list(rows("SELECT id, name FROM events WHERE id = :e", {"e": event_id}))
    else:
        found = list(rows("SELECT id, name FROM events ORDER BY id DESC LIMIT 1", {}))
    return (found[0][0], found[0][1]) if found else None


def _read(rows: Rows, event: int) -> tuple[Snapshot, tuple[RouteLine, ...]]:
    """Everything the rules look at, and the routes' quota lines, of one event."""
    e = {"e": event}
    sessions = list(rows(
        "SELECT id, title, kind, starts_at, ends_at, room_id, status, moderator_id, expected_attendance "
        "FROM sessions WHERE event_id = :e ORDER BY id", e))
    slots: dict[int, list[SlotInfo]] = {}
    roles, statuses = {r.value: r for r in SlotRole}, {s.value: s for s in SlotStatus}
    for session_id, delegate_id, role, minutes, status in rows(
            "SELECT x.session_id, x.delegate_id, x.role, x.minutes, x.status FROM speaking_slots x "
            "JOIN sessions s ON s.id = x.session_id WHERE s.event_id = :e "
            "ORDER BY x.session_id, x.position, x.id", e):
        slots.setdefault(session_id, []).append(SlotInfo(delegate_id, roles[role], minutes, statuses[status]))
    invited: dict[int, int] = dict(rows(
        "SELECT i.session_id, count(*) FROM invitations i JOIN sessions s ON s.id = i.session_id "
        "WHERE s.event_id = :e GROUP BY i.session_id", e))
    rooms = {r[0]: RoomInfo(r[0], r[1], r[2]) for r in rows(
        "SELECT id, name, capacity FROM rooms WHERE event_id = :e", e)}
    involved = {s[7] for s in sessions if s[7] is not None}
    involved |= {x.delegate_id for held in slots.values() for x in held if x.delegate_id is not None}
    # valid badges whose holder is no longer approved: the only badges a rule reports ("+ 0": from
    # the badges, not from the event's 70,000 delegates)
    stray = [(serial, delegate_id, AccreditationState(state)) for serial, delegate_id, state in rows(
        "SELECT b.serial, a.delegate_id, a.state FROM badges b "
        "JOIN accreditations a ON a.id = b.accreditation_id JOIN delegates d ON d.id = a.delegate_id "
        f"WHERE d.event_id + 0 = :e AND b.revoked_at IS NULL AND a.state NOT IN ({_listed(APPROVED_STATES)})",
        e)]
    wanted = sorted(involved | {delegate_id for _, delegate_id, _ in stray})
    people: dict[int, DelegateInfo] = {}
    states = {s.value: s for s in AccreditationState}
    for i in range(0, len(wanted), 900):
        chunk = _listed(wanted[i:i + 900])
        best: dict[int, AccreditationState] = {}
        # "+ 0" keeps SQLite from walking the event's routes' 70,000 nominations
        for delegate_id, value in rows(
                "SELECT a.delegate_id, a.state FROM accreditations a "
                "JOIN accreditation_routes r ON r.id = a.route_id "
                f"WHERE r.event_id + 0 = :e AND a.delegate_id IN ({chunk}) ORDER BY a.id", e):
            state, held = states[value], best.get(delegate_id)
            if held is None or SUMMARY_RANK[state] < SUMMARY_RANK[held]:
                best[delegate_id] = state
        for id_, honorific, given, family in rows(
                f"SELECT id, honorific, given_name, family_name FROM delegates WHERE id IN ({chunk})", {}):
            people[id_] = DelegateInfo(id_, display_name(honorific, given, family), best.get(id_))
    route_rows = list(rows(
        "SELECT id, name, kind, nominating_body, quota, quota_policy FROM accreditation_routes "
        "WHERE event_id = :e ORDER BY kind, name", e))
    # places taken: a route's nominations less those in states that take none (counted on the
    # route_id index alone, not row by row over the event's 70,000 nominations)
    of_event = "route_id IN (SELECT id FROM accreditation_routes WHERE event_id = :e)"
    used: dict[int, int] = dict(rows(
        f"SELECT route_id, count(*) FROM accreditations WHERE {of_event} GROUP BY route_id", e))
    if free := [s for s in AccreditationState if s not in QUOTA_STATES]:
        for route_id, n in rows("SELECT route_id, count(*) FROM accreditations "
                                f"WHERE {of_event} AND state IN ({_listed(free)}) GROUP BY route_id", e):
            used[route_id] -= n
    lines = tuple(RouteLine(id_, name, RouteKind(kind), body, quota, QuotaPolicy(policy), used.get(id_, 0))
                  for id_, name, kind, body, quota, policy in route_rows)
    infos = tuple(
        SessionInfo(
            id=id_, title=title, kind=SessionKind(kind), starts_at=_moment(starts), ends_at=_moment(ends),
            room_id=room_id, status=SessionStatus(status), moderator_id=moderator_id,
            expected_attendance=max(expected or 0, invited.get(id_, 0)) or None,
            slots=tuple(slots.get(id_, ())),
        )
        for id_, title, kind, starts, ends, room_id, status, moderator_id, expected in sessions
    )
    routes = tuple(RouteInfo(r.id, r.name, r.quota, r.used, r.quota_policy)
                   for r in sorted(lines, key=lambda r: r.id))
    badges = tuple(BadgeInfo(serial, delegate_id, state) for serial, delegate_id, state in stray)
    return Snapshot(infos, rooms, people, routes, badges), lines


def _store_rows(db: Any) -> Rows:
    """The Rows of a DB session (SQLAlchemy)."""
    import sqlalchemy as sa

    conn = db.connection()
    return lambda sql, params: iter(conn.execute(sa.text(sql), dict(params)))


def _read_store(store: Store, event_id: int | None) -> tuple[str, Snapshot, tuple[RouteLine, ...]]:
    from mmdesk.services.common import current_event

    with store.reading() as db:
        event = current_event(db, event_id)  # NotFound when the store holds no forum
        snap, lines = _read(_store_rows(db), event.id)
        return event.name, snap, lines


def snapshot(store: Store, *, event_id: int | None = None) -> tuple[str, Snapshot]:
    """The event's name and everything the rules look at, read in one DB session (plain rows,
    grouped counts: no ORM objects, so 500 sessions and 5,000 slots read in a few milliseconds)."""
    name, snap, _ = _read_store(store, event_id)
    return name, snap


def run_checks(
    store: Store, *, buffer_minutes: int = DEFAULT_BUFFER_MINUTES, event_id: int | None = None
) -> Report:
    """Every warning of the event."""
    name, snap, lines = _read_store(store, event_id)
    return Report(name, tuple(check(snap, buffer_minutes)), snap, lines)


def run_checks_quick(
    con: sqlite3.Connection, *, buffer_minutes: int = DEFAULT_BUFFER_MINUTES, event_id: int | None = None
) -> Report | None:
    """run_checks on a SQLite connection (mmdesk.store.quick.open_at_head), read in one
    transaction; None when the store holds no forum (the usual way says so)."""
    def rows(sql: str, params: Mapping[str, Any]) -> Iterable[Any]:
        return con.execute(sql, dict(params))

    con.execute("BEGIN")  # one snapshot of the file, as a DB session reads it
    try:
        event = _event(rows, event_id)
        if event is None:
            return None
        snap, lines = _read(rows, event[0])
    finally:
        if con.in_transaction:
            con.execute("ROLLBACK")
    return Report(event[1], tuple(check(snap, buffer_minutes)), snap, lines)


def report_json(report: Report) -> dict[str, Any]:
    """The report as `mmdesk check --json` prints it."""
    sessions = {s.id: s for s in report.snapshot.sessions}
    rooms = report.snapshot.rooms
    routes = {r.id: r for r in report.snapshot.routes}

    def session(i: int) -> dict[str, Any]:
        s = sessions[i]
        room = rooms.get(s.room_id) if s.room_id is not None else None
        return {"id": s.id, "title": s.title, "starts_at": s.starts_at.isoformat(),
                "ends_at": s.ends_at.isoformat(), "room": room.name if room else None}

    def finding(f: Finding) -> dict[str, Any]:
        person = report.snapshot.people.get(f.delegate_id) if f.delegate_id is not None else None
        room = rooms.get(f.room_id) if f.room_id is not None else None
        route = routes.get(f.route_id) if f.route_id is not None else None
        return {
            "rule": f.rule.value,
            "severity": f.severity.value,
            "message": f.message,
            "sessions": [session(i) for i in f.session_ids],
            "delegate": {"id": person.id, "name": person.name} if person else None,
            "room": {"id": room.id, "name": room.name} if room else None,
            "route": {"id": route.id, "name": route.name} if route else None,
        }

    return {
        "event": report.event,
        "errors": report.errors,
        "warnings": report.warnings,
        "findings": [finding(f) for f in report.findings],
        "routes": [
            {"id": r.id, "name": r.name, "kind": r.kind.value, "nominating_body": r.nominating_body,
             "quota": r.quota, "used": r.used, "left": r.left, "policy": r.quota_policy.value}
            for r in report.routes
        ],
    }
