"""Accreditation routes, nominations and the one function that moves an accreditation."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from mmdesk.domain.accreditation import QUOTA_STATES, check_transition
from mmdesk.domain.countries import resolve_country
from mmdesk.domain.enums import AccreditationState, OrganisationKind, QuotaPolicy, RouteKind
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.domain.validation import clean_text
from mmdesk.services.common import current_event, default_actor, fetch
from mmdesk.services.workbook_log import WorkbookTally, tallies
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    Badge,
    Delegate,
    Organisation,
    utcnow,
)


class QuotaExceeded(MmdeskError):
    """A nomination beyond the quota of a route that refuses them."""


@dataclass
class RouteInput:
    """What an accreditation officer sets for a route."""

    name: str
    kind: RouteKind | str
    nominating_body: str | None = None
    member_state: str | None = None          # national delegation: the State (code or name)
    partner: str | None = None               # partner organisation: its name
    quota: int | None = None
    quota_policy: QuotaPolicy | str = QuotaPolicy.REFUSE
    required_documents: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)

    def cleaned(self) -> RouteInput:
        """A copy with every rule applied."""
        name = clean_text(self.name, limit=200, field="route name")
        if not name:
            raise ValidationError("a route needs a name", code="accreditation.route-needs-name")
        try:
            kind = RouteKind(self.kind)
        except ValueError:
            known = ", ".join(k.value for k in RouteKind)
            raise ValidationError(
                "unknown route kind {kind} (known: {known})",
                kind=repr(self.kind), known=known, code="accreditation.unknown-route-kind") from None
        state = resolve_country(self.member_state)
        partner = clean_text(self.partner, limit=200, field="partner organisation")
        if kind is RouteKind.NATIONAL_DELEGATION and state is None:
            raise ValidationError(
                "a national delegation route must name its Member State",
                code="accreditation.national-delegation-route")
        if kind is RouteKind.PARTNER_ORGANISATION and partner is None:
            raise ValidationError(
                "a partner organisation route must name the organisation",
                code="accreditation.partner-organisation-route")
        if self.quota is not None and self.quota < 0:
            raise ValidationError("a quota cannot be negative", code="accreditation.quota-cannot-negative")
        return RouteInput(
            name=name, kind=kind,
            nominating_body=clean_text(self.nominating_body, limit=200, field="nominating body"),
            member_state=state, partner=partner, quota=self.quota,
            quota_policy=QuotaPolicy(self.quota_policy),
            required_documents=[d for d in (clean_text(x, limit=120) for x in self.required_documents) if d],
            zones=[z for z in (clean_text(x, limit=60) for x in self.zones) if z],
        )


@dataclass(frozen=True)
class RouteView:
    """A route with its quota used and left."""

    id: int
    name: str
    kind: RouteKind
    nominating_body: str | None
    member_state: str | None
    partner: str | None
    quota: int | None
    quota_policy: QuotaPolicy
    required_documents: tuple[str, ...]
    zones: tuple[str, ...]
    used: int
    #: nomination workbooks sent to the route's body and returned (issue 21; list_routes fills it)
    workbooks: WorkbookTally = field(default_factory=WorkbookTally)

    @property
    def left(self) -> int | None:
        return None if self.quota is None else self.quota - self.used


@dataclass(frozen=True)
class ChangeView:
    """One line of an accreditation's history."""

    at: datetime
    actor: str
    from_state: AccreditationState | None
    to_state: AccreditationState
    reason: str | None


@dataclass(frozen=True)
class AccreditationView:
    """An accreditation with its current badge serial."""

    id: int
    delegate_id: int
    route_id: int
    route: str
    state: AccreditationState
    reason: str | None
    badge_serial: str | None


def _used(db: DbSession, route_id: int) -> int:
    return db.scalar(
        sa.select(sa.func.count()).where(
            Accreditation.route_id == route_id,
            Accreditation.state.in_([s.value for s in QUOTA_STATES]),
        )
    ) or 0


def _route_view(db: DbSession, r: AccreditationRoute, used: int | None = None) -> RouteView:
    return RouteView(
        id=r.id, name=r.name, kind=r.kind, nominating_body=r.nominating_body,
        member_state=r.member_state, partner=r.partner.name if r.partner else None,
        quota=r.quota, quota_policy=r.quota_policy,
        required_documents=tuple(r.required_documents or ()), zones=tuple(r.zones or ()),
        used=_used(db, r.id) if used is None else used,
    )


def _apply_route(db: DbSession, route: AccreditationRoute, data: RouteInput) -> None:
    partner_id = None  # looked up first: a flush of a half-changed route would break its CHECKs
    if data.partner:
        org = db.scalars(sa.select(Organisation).where(Organisation.name == data.partner)).first()
        if org is None:
            org = Organisation(name=data.partner, kind=OrganisationKind.PARTNER)
            db.add(org)
            db.flush()
        partner_id = org.id
    route.name, route.kind = data.name, RouteKind(data.kind)
    route.nominating_body, route.member_state = data.nominating_body, data.member_state
    route.quota, route.quota_policy = data.quota, QuotaPolicy(data.quota_policy)
    route.required_documents, route.zones = data.required_documents, data.zones
    route.partner_id = partner_id


def create_route(store: Store, data: RouteInput, *, event_id: int | None = None) -> RouteView:
    """Add an accreditation route."""
    clean = data.cleaned()
    with store.transaction() as db:
        event = current_event(db, event_id)
        if db.scalar(sa.select(AccreditationRoute.id).where(
            AccreditationRoute.event_id == event.id, AccreditationRoute.name == clean.name
        )):
            raise ValidationError(
                "there is already a route called {name}",
                name=repr(clean.name), code="accreditation.already-route-called")
        route = AccreditationRoute(event_id=event.id)
        _apply_route(db, route, clean)
        db.add(route)
        db.flush()
        return _route_view(db, route)


def update_route(store: Store, route_id: int, data: RouteInput) -> RouteView:
    """Change a route (its quota may not drop below the places already taken if it refuses)."""
    clean = data.cleaned()
    with store.transaction() as db:
        route = fetch(db, AccreditationRoute, route_id, "route")
        _apply_route(db, route, clean)
        used = _used(db, route.id)
        if clean.quota is not None and clean.quota_policy is QuotaPolicy.REFUSE and used > clean.quota:
            raise QuotaExceeded(
                "route {name} already holds {used} accreditations; a quota of {quota} would be exceeded",
                name=repr(clean.name), used=used, quota=clean.quota,
                code="accreditation.route-already-holds")
        db.flush()
        return _route_view(db, route)


def delete_route(store: Store, route_id: int) -> None:
    """Remove a route that no accreditation uses."""
    with store.transaction() as db:
        route = fetch(db, AccreditationRoute, route_id, "route")
        n = db.scalar(sa.select(sa.func.count()).where(Accreditation.route_id == route_id)) or 0
        if n:
            raise ValidationError(
                "route {name} is used by {n} accreditations; it stays",
                name=repr(route.name), n=n, code="accreditation.route-used-accreditations")
        db.delete(route)


def list_routes(store: Store, *, event_id: int | None = None) -> list[RouteView]:
    """Every route of the event with quota used/left."""
    with store.reading() as db:
        event = current_event(db, event_id)
        routes = list(db.scalars(
            sa.select(AccreditationRoute)
            .where(AccreditationRoute.event_id == event.id)
            .order_by(AccreditationRoute.kind, AccreditationRoute.name)
        ))
        used = dict(db.execute(  # one count for every route, not one query a route
            sa.select(Accreditation.route_id, sa.func.count())
            .where(Accreditation.route_id.in_([r.id for r in routes]),
                   Accreditation.state.in_([s.value for s in QUOTA_STATES]))
            .group_by(Accreditation.route_id)).all())
        books = tallies(db, [r.id for r in routes])
        return [replace(_route_view(db, r, used.get(r.id, 0)), workbooks=books.get(r.id, WorkbookTally()))
                for r in routes]


def _acc_view(a: Accreditation) -> AccreditationView:
    live = [b for b in a.badges if b.revoked_at is None]
    return AccreditationView(
        id=a.id, delegate_id=a.delegate_id, route_id=a.route_id, route=a.route.name,
        state=a.state, reason=a.reason, badge_serial=live[-1].serial if live else None,
    )


def nominate(
    store: Store, delegate_id: int, route_id: int, *, actor: str | None = None,
    reason: str | None = None,
) -> AccreditationView:
    """Put a delegate forward on a route (state: nominated), keeping the route's quota."""
    actor = actor or default_actor()
    with store.transaction() as db:
        delegate = fetch(db, Delegate, delegate_id, "delegate")
        route = fetch(db, AccreditationRoute, route_id, "route")
        if route.event_id != delegate.event_id:
            raise ValidationError(
                "that route belongs to another event",
                code="accreditation.route-belongs-another")
        if db.scalar(sa.select(Accreditation.id).where(
            Accreditation.delegate_id == delegate_id, Accreditation.route_id == route_id
        )):
            raise ValidationError(
                "{given_name} {family_name} is already on route {name}",
                given_name=delegate.given_name, family_name=delegate.family_name, name=repr(route.name),
                code="accreditation.already-route")
        _keep_quota(db, route)
        acc = Accreditation(delegate_id=delegate_id, route_id=route_id,
                            state=AccreditationState.NOMINATED, reason=reason)
        acc.history.append(AccreditationChange(
            from_state=None, to_state=AccreditationState.NOMINATED, reason=reason, actor=actor))
        db.add(acc)
        db.flush()
        return _acc_view(acc)


def _keep_quota(db: DbSession, route: AccreditationRoute) -> None:
    if route.quota is None or route.quota_policy is not QuotaPolicy.REFUSE:
        return
    used = _used(db, route.id)
    if used >= route.quota:
        raise QuotaExceeded(
            "route {name} is full: {used} of {quota} place taken",
            plural="route {name} is full: {used} of {quota} places taken", n=route.quota,
            name=repr(route.name), used=used, quota=route.quota, code="accreditation.route-full-places")


def transition(
    store: Store, accreditation_id: int, target: AccreditationState | str, *,
    actor: str | None = None, reason: str | None = None,
) -> AccreditationView:
    """The one way an accreditation changes state; illegal moves raise IllegalTransition.

    Approval needs every document the route requires to be received. Moving to
    "badge issued" issues a badge with a new serial; when a badge was already
    issued (a reprint), the old serial is revoked in the same transaction, and
    withdrawing revokes it too. Re-nominating keeps the route's quota.
    """
    (view,) = bulk_transition(store, [accreditation_id], target, actor=actor, reason=reason)
    return view


def bulk_transition(
    store: Store, accreditation_ids: list[int], target: AccreditationState | str, *,
    actor: str | None = None, reason: str | None = None,
) -> list[AccreditationView]:
    """Move many accreditations at once (bulk approve): all of them, or none if one is refused."""
    actor = actor or default_actor()
    target = AccreditationState(target)
    reason = clean_text(reason, limit=2000, field="reason")
    from contextlib import nullcontext

    from mmdesk.services.backup import backup_beside

    # a bulk move's rotating copy, made beside the move (a refused one keeps none)
    with store.transaction() as db, (
            backup_beside(store, "before-bulk", db) if len(set(accreditation_ids)) > 1 else nullcontext()):
        now = utcnow()
        views = []
        wanted = list(dict.fromkeys(accreditation_ids))
        if len(wanted) > 1 and target in _PLAIN_MOVES:
            return _bulk_plain(db, wanted, target, actor, reason, now)
        held = []  # kept referenced: the session's identity map holds them only weakly
        # the routes once: a nomination's route is then found in the session, not read again
        held += list(db.scalars(sa.select(AccreditationRoute)))
        for start in range(0, len(wanted), 500):  # read together, not one lazy load after another
            chunk = wanted[start:start + 500]
            held += list(db.scalars(sa.select(Accreditation).where(Accreditation.id.in_(chunk))
                                    .options(selectinload(Accreditation.badges))))
        for accreditation_id in wanted:
            acc = fetch(db, Accreditation, accreditation_id, "accreditation")
            try:
                _move(db, acc, target, actor, reason, now)
            except MmdeskError as exc:
                if len(accreditation_ids) == 1:
                    raise
                raise _named(db, acc.delegate_id, exc) from exc
            views.append(_acc_view(acc))
        db.flush()
        return views


#: bulk moves that touch no badge and no quota: made in a few statements, not one object each
_PLAIN_MOVES = (AccreditationState.APPROVED, AccreditationState.REJECTED)


def _named(db: DbSession, delegate_id: int, exc: MmdeskError) -> MmdeskError:
    """A refused move within a bulk move, naming the person (the whole move is refused)."""
    d = fetch(db, Delegate, delegate_id, "delegate")
    # made as MmdeskError so the extractor collects the template, raised as exc's kind
    said = MmdeskError("{given_name} {family_name}: {exc}; nothing was changed",
                       given_name=d.given_name, family_name=d.family_name, exc=exc, code=exc.code)
    return type(exc).wrapping(said)


def _bulk_plain(db: DbSession, wanted: list[int], target: AccreditationState, actor: str,
                reason: str | None, now: datetime) -> list[AccreditationView]:
    """Approve or reject many nominations in a few statements, by the same rules as _move: each
    is checked first (all or none), then one UPDATE and one INSERT of the history for all; the
    change log names each row, so windows read again just those."""
    from mmdesk.store.database import ROWS_NOTED, note_rows

    A = Accreditation
    routes = {r.id: (r.name, r.required_documents)
              for r in db.execute(sa.select(AccreditationRoute.id, AccreditationRoute.name,
                                            AccreditationRoute.required_documents))}
    found: dict[int, sa.Row[Any]] = {}
    live: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update((r.id, r) for r in db.execute(
            sa.select(A.id, A.delegate_id, A.route_id, A.state, A.documents_received).where(A.id.in_(chunk))))
        live.update((a, serial) for a, serial in db.execute(
            sa.select(Badge.accreditation_id, Badge.serial)
            .where(Badge.accreditation_id.in_(chunk), Badge.revoked_at.is_(None)).order_by(Badge.id)))
    for accreditation_id in wanted:
        row = found.get(accreditation_id)
        if row is None:
            fetch(db, A, accreditation_id, "accreditation")  # says which is missing
            continue
        try:
            _check_move(row.state, target, reason, routes[row.route_id][1], row.documents_received)
        except MmdeskError as exc:
            raise _named(db, row.delegate_id, exc) from exc
    db.execute(sa.update(A).execution_options(**{ROWS_NOTED: True}),
               [{"id": i, "state": target, "reason": reason, "updated_at": now} for i in wanted])
    note_rows(db, "accreditations", [(i, found[i].delegate_id) for i in wanted])
    db.execute(sa.insert(AccreditationChange),
               [{"accreditation_id": i, "from_state": found[i].state, "to_state": target, "reason": reason,
                 "actor": actor, "at": now} for i in wanted])
    return [AccreditationView(id=i, delegate_id=found[i].delegate_id, route_id=found[i].route_id,
                              route=routes[found[i].route_id][0], state=target, reason=reason,
                              badge_serial=live.get(i)) for i in wanted]


def _check_move(state: AccreditationState, target: AccreditationState, reason: str | None,
                required: list[str] | None, received: dict[str, Any] | None) -> None:
    """Refuse a move the workflow does not allow, or an approval with documents missing."""
    check_transition(state, target, reason)
    if target is AccreditationState.APPROVED:
        missing = _missing(required, received)
        if missing:
            raise ValidationError(
                "documents not received: {join}",
                join=', '.join(missing), code="accreditation.documents-not-received")


def _missing(required: list[str] | None, received: dict[str, Any] | None) -> list[str]:
    return [d for d in required or [] if not (received or {}).get(d)]


def _move(db: DbSession, acc: Accreditation, target: AccreditationState, actor: str,
          reason: str | None, now: datetime) -> None:
    if target is AccreditationState.NOMINATED:
        check_transition(acc.state, target, reason)
        _keep_quota(db, acc.route)
    else:
        _check_move(acc.state, target, reason, acc.route.required_documents, acc.documents_received)
    if target in (AccreditationState.BADGE_ISSUED, AccreditationState.WITHDRAWN):
        for badge in acc.badges:
            if badge.revoked_at is None:
                badge.revoked_at = now
                badge.revoked_reason = (
                    "reprinted" if target is AccreditationState.BADGE_ISSUED else "withdrawn"
                )
    if target is AccreditationState.BADGE_ISSUED:
        from mmdesk.services.keys import next_serial  # signing keys: loaded only to issue a badge

        acc.badges.append(Badge(serial=next_serial(db), issued_at=now, issued_by=actor))
    change = AccreditationChange(from_state=acc.state, to_state=target, reason=reason, actor=actor, at=now)
    if acc.id is not None and "history" in sa.inspect(acc).unloaded:
        change.accreditation_id = acc.id  # the history is not read: added beside it, not loaded for it
        db.add(change)
    else:
        acc.history.append(change)
    acc.state = target
    acc.reason = reason


def missing_documents(acc: Accreditation) -> list[str]:
    """The route's required documents not yet ticked as received."""
    return _missing(acc.route.required_documents, acc.documents_received)


def set_document(store: Store, accreditation_id: int, document: str, received: bool, *,
                 actor: str | None = None) -> dict[str, bool]:
    """Tick (or untick) one required document of an accreditation; returns the checklist."""
    with store.transaction() as db:
        acc = fetch(db, Accreditation, accreditation_id, "accreditation")
        required = list(acc.route.required_documents or [])
        if document not in required:
            raise ValidationError(
                "route {name} does not ask for {document} (it asks for: {value})",
                name=repr(acc.route.name), document=repr(document), value=', '.join(required) or 'nothing',
                code="accreditation.document-not-asked")
        checklist = dict(acc.documents_received or {})
        checklist[document] = bool(received)
        acc.documents_received = checklist
        return {d: bool(checklist.get(d)) for d in required}


def documents(store: Store, accreditation_id: int) -> dict[str, bool]:
    """The checklist of an accreditation: each required document, received or not."""
    with store.reading() as db:
        acc = fetch(db, Accreditation, accreditation_id, "accreditation")
        received = acc.documents_received or {}
        return {d: bool(received.get(d)) for d in acc.route.required_documents or []}


def accreditations_of(store: Store, delegate_id: int) -> list[AccreditationView]:
    """A delegate's accreditations, oldest first."""
    with store.reading() as db:
        fetch(db, Delegate, delegate_id, "delegate")
        accs = db.scalars(
            sa.select(Accreditation).where(Accreditation.delegate_id == delegate_id)
            .order_by(Accreditation.id)
        )
        return [_acc_view(a) for a in accs]


def history(store: Store, accreditation_id: int) -> list[ChangeView]:
    """Every move of an accreditation, oldest first, with who and when."""
    with store.reading() as db:
        acc = fetch(db, Accreditation, accreditation_id, "accreditation")
        return [ChangeView(c.at, c.actor, c.from_state, c.to_state, c.reason) for c in acc.history]


@dataclass(frozen=True)
class AccreditationRow:
    """One nomination as the Accreditation page lists it."""

    id: int
    delegate_id: int
    delegate: str
    organisation: str | None
    country: str | None
    route_id: int
    route: str
    state: AccreditationState
    reason: str | None
    documents_received: int
    documents_required: int
    badge_serial: str | None
    updated_at: datetime
    #: the delegate's folded search text (see services.delegates.delegate_search_key)
    search_key: str = field(default="", repr=False, compare=False)


_STATES = {s.value: s for s in AccreditationState}


def _json(raw: object) -> Any:
    """A JSON column read as text (SQLite) or already decoded (PostgreSQL's driver)."""
    if raw is None or not isinstance(raw, str | bytes):
        return raw
    return json.loads(raw) if raw not in ("{}", "[]", "null") else None


def list_accreditations(
    store: Store, *, route_id: int | None = None, states: list[AccreditationState] | None = None,
    event_id: int | None = None, ids: Iterable[int] | None = None,
    delegate_ids: Iterable[int] | None = None,
) -> list[AccreditationRow]:
    """Nominations of the event (of one route, in some states), by route then family name.

    With `ids` and/or `delegate_ids`, only the nominations with those ids or of those
    delegates: what a window re-reads after an approval or another desk's change.
    """
    with store.reading() as db:
        event = current_event(db, event_id)
        routes = {r_id: (name, list(_json(required) or ())) for r_id, name, required in db.execute(
            sa.select(AccreditationRoute.id, AccreditationRoute.name,
                      sa.type_coerce(AccreditationRoute.required_documents, sa.String))
            .where(AccreditationRoute.event_id == event.id))}
        targeted = ids is not None or delegate_ids is not None
        # a few rows by id: "+ 0" keeps SQLite from walking the event's 70,000 delegates to find them
        of_event = (Delegate.event_id + 0 if targeted else Delegate.event_id) == event.id
        q = (
            sa.select(Accreditation.id, sa.type_coerce(Accreditation.state, sa.String), Accreditation.reason,
                      sa.type_coerce(Accreditation.documents_received, sa.String),
                      sa.type_coerce(Accreditation.updated_at, sa.String),
                      Delegate.id, Delegate.badge_name, Delegate.honorific, Delegate.given_name,
                      Delegate.family_name, Delegate.country, Accreditation.route_id,
                      Organisation.name, Delegate.search_key)
            .join(Delegate, Delegate.id == Accreditation.delegate_id)
            .join(AccreditationRoute, AccreditationRoute.id == Accreditation.route_id)
            .outerjoin(Organisation, Organisation.id == Delegate.organisation_id)
            .where(of_event)
            .order_by(AccreditationRoute.name, Delegate.family_name, Delegate.given_name)
        )
        badges = (sa.select(Badge.accreditation_id, Badge.serial).join(Accreditation)
                  .join(Delegate, Delegate.id == Accreditation.delegate_id)
                  .where(of_event, Badge.revoked_at.is_(None)).order_by(Badge.id))
        if route_id is not None:
            q = q.where(Accreditation.route_id == route_id)
        if states:
            q = q.where(Accreditation.state.in_([s.value for s in states]))
        if targeted:
            wanted_ids, wanted_delegates = sorted(set(ids or ())), sorted(set(delegate_ids or ()))
            if not wanted_ids and not wanted_delegates:
                return []
            which = sa.or_(*([Accreditation.id.in_(wanted_ids)] if wanted_ids else []),
                           *([Accreditation.delegate_id.in_(wanted_delegates)] if wanted_delegates else []))
            q, badges = q.where(which), badges.where(which)
        serials = {acc_id: serial for acc_id, serial in db.execute(badges)}
        rows = []
        for (acc_id, state, reason, received, updated, d_id, badge_name, honorific, given, family,
             country, r_id, org, key) in db.execute(q):
            r_name, required = routes[r_id]
            got = _json(received) if required else None
            rows.append(AccreditationRow(
                id=acc_id, delegate_id=d_id,
                delegate=badge_name or " ".join(p for p in (honorific, given, family) if p),
                organisation=org, country=country, route_id=r_id, route=r_name, state=_STATES[state],
                reason=reason, documents_received=sum(1 for x in required if got and got.get(x)),
                documents_required=len(required), badge_serial=serials.get(acc_id),
                updated_at=updated if isinstance(updated, datetime) else datetime.fromisoformat(updated),
                search_key=key or "",
            ))
        return rows


def find_route(store: Store, name_or_id: str, *, event_id: int | None = None) -> RouteView:
    """A route by its id or its name (case and accents aside); NotFound names the routes there are."""
    from mmdesk.domain.errors import NotFound
    from mmdesk.domain.text import strip_marks

    text = " ".join(str(name_or_id).split())
    routes = list_routes(store, event_id=event_id)
    if text.isdigit():
        for r in routes:
            if r.id == int(text):
                return r
    for test in (lambda n: n == text, lambda n: strip_marks(n) == strip_marks(text),
                 lambda n: strip_marks(n).startswith(strip_marks(text))):
        found = [r for r in routes if test(r.name)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ValidationError(
                "{len} routes match {text} ({join}); give the whole name",
                len=len(found), text=repr(text), join=', '.join(r.name for r in found),
                code="accreditation.routes-match-give")
    names = ", ".join(r.name for r in routes) or "none yet; add one with `mmdesk route add`"
    raise NotFound(
        "no accreditation route called {text} (routes: {names})",
        text=repr(text), names=names, code="accreditation.no-accreditation-route")
