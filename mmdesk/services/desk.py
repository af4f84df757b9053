"""The registration desk on the day: the person's card, walk-ins approved and printed on the
spot where the desk may approve, and badges handed over (one person, or a delegation's head
collecting for everyone), with the list of badges not yet collected.

The desk may approve a walk-in on a route the host decides alone: a host secretariat or own
authority route, with no quota and no required document (see `desk_may_approve`). On any
other route a walk-in is nominated and waits in the accreditation queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from mmdesk.domain.accreditation import SUMMARY_RANK, check_transition
from mmdesk.domain.badge_codes import BadCode, Verifier, looks_like_code
from mmdesk.domain.countries import country_name
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import Category, RouteKind
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.domain.validation import clean_text, display_name
from mmdesk.services.clock import event_zone_of, from_utc
from mmdesk.services.common import current_event, default_actor
from mmdesk.services.keys import ensure_key
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    Badge,
    Delegate,
    DelegatePhoto,
    Organisation,
    utcnow,
)

#: which of a person's accreditations the card shows: the furthest along
_RANK = {state: -rank for state, rank in SUMMARY_RANK.items()}
#: route kinds a desk may approve a walk-in on (no quota, no required document)
DESK_KINDS = frozenset({RouteKind.HOST_SECRETARIAT, RouteKind.OWN_AUTHORITY})


@dataclass(frozen=True)
class DeskCard:
    """What the desk shows of one person: who, from where, on which route, how far along,
    what is missing, the badge printed or not, handed over or not, and the photo."""

    delegate_id: int
    name: str
    position: str | None
    organisation: str | None
    country: str | None
    category: Category
    email: str | None
    accreditation_id: int | None
    route: str | None
    state: S | None
    missing_documents: tuple[str, ...]
    serial: str | None
    #: when the badge was printed, on the event's clock
    printed_at: datetime | None
    photo: bytes | None

    @property
    def may_print(self) -> bool:
        """Approved without a badge: Print badge."""
        return self.state is S.APPROVED

    @property
    def may_reprint(self) -> bool:
        """A badge was issued (collected or not): Reprint, with a reason."""
        return self.state in (S.BADGE_ISSUED, S.BADGE_COLLECTED)

    @property
    def may_hand_over(self) -> bool:
        """Printed, not collected yet: Handed over."""
        return self.state is S.BADGE_ISSUED


def _best(accs: list[Accreditation]) -> Accreditation | None:
    return max(accs, key=lambda a: (_RANK.get(a.state, 0), a.id), default=None)


def desk_card(store: Store, delegate_id: int) -> DeskCard:
    """The card of one delegate (MmdeskError when there is no such delegate)."""
    with store.reading() as db:
        event = current_event(db)
        d = db.scalars(sa.select(Delegate).where(Delegate.id == delegate_id, Delegate.event_id == event.id)
                       .options(selectinload(Delegate.accreditations).selectinload(Accreditation.badges),
                                selectinload(Delegate.accreditations).selectinload(Accreditation.route),
                                selectinload(Delegate.organisation))).first()
        if d is None:
            raise MmdeskError(
                "no delegate with id {delegate_id}",
                delegate_id=delegate_id, code="desk.no-delegate-id")
        acc = _best(list(d.accreditations))
        live = [b for b in acc.badges if b.revoked_at is None] if acc else []
        missing: tuple[str, ...] = ()
        if acc is not None:
            received = acc.documents_received or {}
            missing = tuple(x for x in (acc.route.required_documents or []) if not received.get(x))
        photo = db.scalar(sa.select(DelegatePhoto.jpeg).where(DelegatePhoto.delegate_id == d.id))
        return DeskCard(
            delegate_id=d.id, name=d.badge_name or display_name(d.honorific, d.given_name, d.family_name),
            position=d.position, organisation=d.organisation.name if d.organisation else d.city,
            country=country_name(d.country) or None, category=d.category, email=d.email,
            accreditation_id=acc.id if acc else None, route=acc.route.name if acc else None,
            state=acc.state if acc else None, missing_documents=missing,
            serial=live[-1].serial if live else None,
            printed_at=from_utc(live[-1].issued_at, event_zone_of(event)) if live else None,  # event's clock
            photo=photo)


def desk_may_approve(route: AccreditationRoute) -> bool:
    """Whether a desk approves a walk-in on this route on the spot: the host's own routes
    (host secretariat, own authority) with no quota and no required document."""
    return (RouteKind(route.kind) in DESK_KINDS and route.quota is None
            and not (route.required_documents or []))


@dataclass(frozen=True)
class DeskRoute:
    """A route as the walk-in form offers it."""

    id: int
    name: str
    approves: bool


def walk_in_routes(store: Store) -> list[DeskRoute]:
    """The event's routes, those the desk may approve on first."""
    with store.reading() as db:
        event = current_event(db)
        routes = db.scalars(sa.select(AccreditationRoute).where(AccreditationRoute.event_id == event.id)
                            .order_by(AccreditationRoute.name)).all()
        out = [DeskRoute(r.id, r.name, desk_may_approve(r)) for r in routes]
    return sorted(out, key=lambda r: not r.approves)


@dataclass
class WalkIn:
    """A person who arrives unregistered, as the desk takes them."""

    given_name: str
    family_name: str
    route: str
    organisation: str | None = None
    country: str | None = None
    category: Category | str = Category.CITY_OFFICIAL
    email: str | None = None


@dataclass(frozen=True)
class WalkInDone:
    """A walk-in registered: who, the accreditation, approved on the spot or queued."""

    delegate_id: int
    accreditation_id: int
    name: str
    route: str
    state: S


def _route(db: DbSession, event_id: int, name_or_id: str) -> AccreditationRoute:
    text = (name_or_id or "").strip()
    q = sa.select(AccreditationRoute).where(AccreditationRoute.event_id == event_id)
    route = None
    if text.isdigit():
        route = db.scalars(q.where(AccreditationRoute.id == int(text))).first()
    if route is None:
        route = db.scalars(q.where(sa.func.lower(AccreditationRoute.name) == text.lower())).first()
    if route is None:
        names = ", ".join(db.scalars(sa.select(AccreditationRoute.name).where(
            AccreditationRoute.event_id == event_id).order_by(AccreditationRoute.name))) or "none yet"
        raise ValidationError(
            "no route called {text} (routes: {names})",
            text=repr(text), names=names, code="desk.no-route-called")
    return route


def walk_in(store: Store, data: WalkIn, *, approve: bool, actor: str | None = None) -> WalkInDone:
    """Register a walk-in in one transaction: the delegate, nominated on the route, and approved
    when asked and the desk may approve there (refused otherwise: nothing is changed)."""
    from mmdesk.services.accreditation import _keep_quota
    from mmdesk.services.delegates import DelegateInput, _apply, _check_email_free

    actor = actor or default_actor()
    clean = DelegateInput(given_name=data.given_name, family_name=data.family_name,
                          category=data.category, organisation=data.organisation,
                          country=data.country, email=data.email).cleaned()
    with store.transaction() as db:
        event = current_event(db)
        route = _route(db, event.id, data.route)
        if approve and not desk_may_approve(route):
            raise ValidationError(
                "a desk does not approve on route {name} (only host secretariat and own authority routes "
                "without quota or documents): register the walk-in without approving it and it waits in the "
                "accreditation queue",
                name=repr(route.name), code="desk.cannot-approve-route")
        _check_email_free(db, event.id, clean.email, None)
        delegate = Delegate(event_id=event.id, category=clean.category)
        _apply(db, delegate, clean)
        db.add(delegate)
        db.flush()
        _keep_quota(db, route)
        now = utcnow()
        acc = Accreditation(delegate_id=delegate.id, route_id=route.id, state=S.NOMINATED,
                            reason="walk-in")
        acc.history.append(AccreditationChange(from_state=None, to_state=S.NOMINATED, reason="walk-in",
                                               actor=actor, at=now))
        if approve:
            check_transition(S.NOMINATED, S.APPROVED)
            acc.history.append(AccreditationChange(from_state=S.NOMINATED, to_state=S.APPROVED,
                                                   reason="walk-in approved at the desk", actor=actor,
                                                   at=now))
            acc.state = S.APPROVED
        db.add(acc)
        db.flush()
        return WalkInDone(delegate.id, acc.id, display_name(None, delegate.given_name, delegate.family_name),
                          route.name, acc.state)


# ---------------------------------------------------------------- handing badges over


@dataclass(frozen=True)
class PickUp:
    """A badge printed and waiting at the desk (or handed over already)."""

    delegate_id: int
    accreditation_id: int
    name: str
    organisation: str | None
    serial: str | None
    collected: bool


def hand_over(store: Store, accreditation_ids: list[int], *, collected_by: str | None = None,
              actor: str | None = None) -> int:
    """Mark printed badges collected (all or none); collected_by names the delegation's head
    who took them for the others. How many were marked."""
    from mmdesk.services.accreditation import bulk_transition

    if not accreditation_ids:
        raise MmdeskError("no badge chosen to hand over", code="desk.no-badge-chosen")
    who = clean_text(collected_by, limit=200, field="collected by")
    reason = f"collected by {who}" if who else None
    bulk_transition(store, accreditation_ids, S.BADGE_COLLECTED, actor=actor, reason=reason)
    return len(set(accreditation_ids))


def delegation_badges(store: Store, delegate_id: int) -> list[PickUp]:
    """The badges of a person's delegation (the delegation they belong to, or else everyone
    of their organisation), printed, collected or not, the person first."""
    with store.reading() as db:
        event = current_event(db)
        d = db.get(Delegate, delegate_id)
        if d is None or d.event_id != event.id:
            raise MmdeskError(
                "no delegate with id {delegate_id}",
                delegate_id=delegate_id, code="desk.no-delegate-id")
        if d.delegation_id is not None:
            members = Delegate.delegation_id == d.delegation_id
        elif d.organisation_id is not None:
            members = Delegate.organisation_id == d.organisation_id
        else:
            members = Delegate.id == d.id
        rows = _pickups(db, event.id, members)
    return sorted(rows, key=lambda p: p.delegate_id != delegate_id)


def _pickups(db: DbSession, event_id: int, where: sa.ColumnElement[bool], *,
             only_waiting: bool = False, limit: int | None = None) -> list[PickUp]:
    states = [S.BADGE_ISSUED] if only_waiting else [S.BADGE_ISSUED, S.BADGE_COLLECTED]
    q = (sa.select(Delegate.id, Accreditation.id, Delegate.honorific, Delegate.given_name,
                   Delegate.family_name, Delegate.badge_name, Organisation.name, Accreditation.state,
                   sa.select(Badge.serial).where(Badge.accreditation_id == Accreditation.id,
                                                 Badge.revoked_at.is_(None))
                   .order_by(Badge.id.desc()).limit(1).scalar_subquery())
         .join(Accreditation, Accreditation.delegate_id == Delegate.id)
         .outerjoin(Organisation, Organisation.id == Delegate.organisation_id)
         .where(Delegate.event_id == event_id, where,
                Accreditation.state.in_([s.value for s in states]))
         .order_by(Delegate.family_name, Delegate.given_name, Delegate.id))
    if limit is not None:
        q = q.limit(limit)
    return [PickUp(d_id, a_id, badge or display_name(hon, given, family), org, serial,
                   S(state) is S.BADGE_COLLECTED)
            for d_id, a_id, hon, given, family, badge, org, state, serial in db.execute(q)]


def not_collected(store: Store, *, limit: int = 500) -> tuple[list[PickUp], int]:
    """Badges printed and not collected yet, by family name (at most limit), and how many."""
    with store.reading() as db:
        event = current_event(db)
        rows = _pickups(db, event.id, sa.true(), only_waiting=True, limit=limit)
        total = db.scalar(sa.select(sa.func.count()).select_from(Accreditation)
                          .join(Delegate, Delegate.id == Accreditation.delegate_id)
                          .where(Delegate.event_id == event.id,
                                 Accreditation.state == S.BADGE_ISSUED)) or 0
    return rows, total


class PickUpDesk:
    """A pick-up table: a scanned badge (its signed code) is handed over."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store.reading() as db:
            self.verifier = Verifier(ensure_key(db, current_event(db).id).public)

    def _serial(self, scanned: str) -> str:
        from mmdesk.services.checkin import clean_scan

        text = clean_scan(scanned)
        if not looks_like_code(text):
            raise ValidationError(
                "not a badge code: scan the badge being handed over",
                code="desk.not-badge-code")
        try:
            return self.verifier.serial_of(text)
        except BadCode as exc:
            raise ValidationError.wrapping(exc) from None

    def owner(self, scanned: str) -> int:
        """The delegate whose badge a scanned code is (revoked or not): the desk shows their card."""
        serial = self._serial(scanned)
        with self.store.reading() as db:
            found = db.scalar(sa.select(Accreditation.delegate_id).join(Badge).where(Badge.serial == serial))
        if found is None:
            raise MmdeskError(
                "unknown badge: genuine code, but this store has no such badge",
                code="desk.unknown-badge-genuine")
        return int(found)

    def scan(self, scanned: str, *, actor: str | None = None) -> tuple[int, str]:
        """Mark the scanned badge collected: (its delegate's id, a line for the desk);
        MmdeskError for a code that is not a live badge of this event."""
        serial = self._serial(scanned)
        with self.store.reading() as db:
            row = db.execute(sa.select(Badge.revoked_at, Badge.revoked_reason, Accreditation.id,
                                       Accreditation.state, Accreditation.delegate_id)
                             .join(Accreditation).where(Badge.serial == serial)).first()
        if row is None:
            raise MmdeskError(
                "unknown badge: genuine code, but this store has no such badge",
                code="desk.unknown-badge-genuine")
        revoked_at, why, acc_id, state, delegate_id = row
        if revoked_at is not None:
            raise MmdeskError(
                "badge {serial} was revoked ({value}): hand over its replacement",
                serial=serial, value=why or 'revoked', code="desk.badge-revoked-hand")
        if S(state) is S.BADGE_COLLECTED:
            return delegate_id, f"badge {serial} was already handed over"
        hand_over(self.store, [acc_id], actor=actor)
        return delegate_id, f"badge {serial} handed over"
