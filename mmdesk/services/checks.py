"""`mmdesk check` and the Warnings page: the domain rules over the store's programme."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mmdesk.domain.accreditation import APPROVED_STATES, QUOTA_STATES
from mmdesk.domain.enums import Severity
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
from mmdesk.services.common import current_event
from mmdesk.services.delegates import best_states
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationRoute,
    Badge,
    Delegate,
    Invitation,
    Room,
    Session,
    SpeakingSlot,
)

if TYPE_CHECKING:
    from mmdesk.services.accreditation import RouteView


@dataclass(frozen=True)
class Report:
    """The findings with the snapshot they were made on (for names in JSON and pages)."""

    event: str
    findings: tuple[Finding, ...]
    snapshot: Snapshot
    routes: tuple[RouteView, ...] = ()

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity is Severity.WARNING for f in self.findings)


def snapshot(store: Store, *, event_id: int | None = None) -> tuple[str, Snapshot]:
    """The event's name and everything the rules look at, read in one DB session (plain rows,
    grouped counts: no ORM objects, so 500 sessions and 5,000 slots read in a few milliseconds)."""
    with store.reading() as db:
        event = current_event(db, event_id)
        rows = db.execute(
            sa.select(Session.id, Session.title, Session.kind, Session.starts_at, Session.ends_at,
                      Session.room_id, Session.status, Session.moderator_id, Session.expected_attendance)
            .where(Session.event_id == event.id).order_by(Session.id)
        ).all()
        slots: dict[int, list[SlotInfo]] = {}
        for session_id, delegate_id, role, minutes, status in db.execute(
            sa.select(SpeakingSlot.session_id, SpeakingSlot.delegate_id, SpeakingSlot.role,
                      SpeakingSlot.minutes, SpeakingSlot.status)
            .join(Session, Session.id == SpeakingSlot.session_id).where(Session.event_id == event.id)
            .order_by(SpeakingSlot.session_id, SpeakingSlot.position, SpeakingSlot.id)
        ):
            slots.setdefault(session_id, []).append(SlotInfo(delegate_id, role, minutes, status))
        invited: dict[int, int] = dict(db.execute(
            sa.select(Invitation.session_id, sa.func.count()).join(Session)
            .where(Session.event_id == event.id).group_by(Invitation.session_id)
        ).all())
        rooms = {r.id: RoomInfo(r.id, r.name, r.capacity) for r in db.execute(
            sa.select(Room.id, Room.name, Room.capacity).where(Room.event_id == event.id))}
        involved = {r.moderator_id for r in rows if r.moderator_id is not None}
        involved |= {x.delegate_id for held in slots.values() for x in held}
        # valid badges whose holder is no longer approved: the only badges a rule reports
        stray = db.execute(
            sa.select(Badge.serial, Accreditation.delegate_id, Accreditation.state)
            .join(Accreditation).join(Delegate)
            .where(Delegate.event_id == event.id, Badge.revoked_at.is_(None),
                   Accreditation.state.not_in([s.value for s in APPROVED_STATES]))
        ).all()
        wanted = involved | {delegate_id for _, delegate_id, _ in stray}
        people: dict[int, DelegateInfo] = {}
        for chunk in _chunks(sorted(wanted)):
            best = best_states(db, event.id, chunk)
            for d in db.execute(
                sa.select(Delegate.id, Delegate.honorific, Delegate.given_name, Delegate.family_name)
                .where(Delegate.id.in_(chunk))
            ):
                state = best.get(d.id)
                people[d.id] = DelegateInfo(
                    d.id, display_name(d.honorific, d.given_name, d.family_name), state[0] if state else None
                )
        event_routes = db.execute(
            sa.select(AccreditationRoute.id, AccreditationRoute.name, AccreditationRoute.quota,
                      AccreditationRoute.quota_policy).where(AccreditationRoute.event_id == event.id)
        ).all()
        used: dict[int, int] = dict(db.execute(  # one count a route, in SQL
            sa.select(Accreditation.route_id, sa.func.count())
            .where(Accreditation.route_id.in_([r.id for r in event_routes]),
                   Accreditation.state.in_([s.value for s in QUOTA_STATES]))
            .group_by(Accreditation.route_id)
        ).all())
        routes = tuple(RouteInfo(r.id, r.name, r.quota, used.get(r.id, 0), r.quota_policy)
                       for r in event_routes)
        badges = tuple(BadgeInfo(serial, delegate_id, state) for serial, delegate_id, state in stray)
        infos = tuple(
            SessionInfo(
                id=s.id, title=s.title, kind=s.kind, starts_at=s.starts_at, ends_at=s.ends_at,
                room_id=s.room_id, status=s.status, moderator_id=s.moderator_id,
                expected_attendance=max(s.expected_attendance or 0, invited.get(s.id, 0)) or None,
                slots=tuple(slots.get(s.id, ())),
            )
            for s in rows
        )
        return event.name, Snapshot(infos, rooms, people, routes, badges)


def _chunks(ids: list[int], size: int = 900) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def run_checks(
    store: Store, *, buffer_minutes: int = DEFAULT_BUFFER_MINUTES, event_id: int | None = None
) -> Report:
    """Every warning of the event."""
    from mmdesk.services.accreditation import list_routes

    name, snap = snapshot(store, event_id=event_id)
    routes = tuple(list_routes(store, event_id=event_id))
    return Report(name, tuple(check(snap, buffer_minutes)), snap, routes)


def report_json(report: Report) -> dict[str, Any]:
    """The report as `mmdesk check --json` prints it."""
    sessions = {s.id: s for s in report.snapshot.sessions}
    rooms = report.snapshot.rooms

    def session(i: int) -> dict[str, Any]:
        s = sessions[i]
        room = rooms.get(s.room_id) if s.room_id is not None else None
        return {"id": s.id, "title": s.title, "starts_at": s.starts_at.isoformat(),
                "ends_at": s.ends_at.isoformat(), "room": room.name if room else None}

    def finding(f: Finding) -> dict[str, Any]:
        person = report.snapshot.people.get(f.delegate_id) if f.delegate_id is not None else None
        room = rooms.get(f.room_id) if f.room_id is not None else None
        route = next((r for r in report.snapshot.routes if r.id == f.route_id), None)
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
