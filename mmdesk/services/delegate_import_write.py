"""Writing the checked rows of a delegate import in one transaction: new delegates and their
nominations inserted in bulk, merged delegates filled in, accreditation states moved in
memory through the desk's own checks and written in bulk (see mmdesk.services.delegate_import)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from mmdesk.domain.accreditation import LABELS, QUOTA_STATES, check_transition, shortest_path
from mmdesk.domain.enums import AccreditationState, Category, QuotaPolicy
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.domain.sentences import Sentence
from mmdesk.services.delegate_import_bulk import insert_columns
from mmdesk.services.delegate_import_rows import _warn_about, _who
from mmdesk.services.delegates import DelegateInput, delegate_search_key, organisation_id_for
from mmdesk.services.import_matching import ImportRow, Known
from mmdesk.store import fulltext
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    Badge,
    Delegate,
    DelegateSensitive,
    utcnow,
)

if TYPE_CHECKING:
    from mmdesk.services.delegate_import import ImportReport

S = AccreditationState


@cache
def _path(current: AccreditationState, target: AccreditationState) -> tuple[AccreditationState, ...]:
    """The legal moves from one state to another (badges are printed, never imported); the
    same few pairs come back row after row, so each is worked out once."""
    if target in (S.BADGE_ISSUED, S.BADGE_COLLECTED):
        target = S.APPROVED
    if target is S.APPROVED and current in (S.BADGE_ISSUED, S.BADGE_COLLECTED):
        return ()
    return tuple(shortest_path(current, target, avoid=(S.BADGE_ISSUED, S.BADGE_COLLECTED)) or ())


@dataclass(slots=True)
class _Held:
    """One accreditation as the import moves it: read once, moved in memory, written in bulk."""

    route: AccreditationRoute
    state: AccreditationState
    initial: AccreditationState
    id: int | None = None  # None: nominated by this import, numbered when written
    reason: str | None = None
    documents: dict[str, Any] = field(default_factory=dict)
    badges: list[int] = field(default_factory=list)  # valid badges (not revoked)
    moved: bool = False


def _move_held(acc: _Held, target: AccreditationState, reason: str, places: Callable[[], Counter]) -> None:
    """accreditation._move on an accreditation held in memory (the same checks, in the same
    order, with the same refusals); the caller writes the history rows and states."""
    check_transition(acc.state, target, reason)
    route = acc.route
    if target is S.NOMINATED and route.quota is not None and route.quota_policy is QuotaPolicy.REFUSE:
        used = places()[route.id]
        if used >= route.quota:
            from mmdesk.services.accreditation import QuotaExceeded

            raise QuotaExceeded(
                "route {name} is full: {used} of {quota} place taken",
                plural="route {name} is full: {used} of {quota} places taken", n=route.quota,
                name=repr(route.name), used=used, quota=route.quota, code="accreditation.route-full-places")
    if target is S.APPROVED:
        missing = [d for d in route.required_documents or [] if not (acc.documents or {}).get(d)]
        if missing:
            raise ValidationError(
                "documents not received: {join}",
                join=', '.join(missing), code="accreditation.documents-not-received")
    if target is S.BADGE_ISSUED:  # never a step of an import (see _path): a badge needs a serial
        raise ValidationError(
            "badges are printed here, not imported",
            code="delegate-import.badges-printed-here")


def _write(db: DbSession, event_id: int, good: list[ImportRow], known: Known, actor: str,
           report: ImportReport) -> None:
    """Write the checked rows; the new delegates' search index is built beside the
    nominations and their history being prepared (fulltext.indexed_beside)."""
    if all(r.existing is not None for r in good):  # no delegate to add: the index stays as it is
        _write_rows(db, event_id, good, known, actor, report, lambda _first_id: None)
        return
    with fulltext.indexed_beside(db.connection()) as index_from:
        _write_rows(db, event_id, good, known, actor, report, index_from)


def _write_rows(db: DbSession, event_id: int, good: list[ImportRow], known: Known, actor: str,
                report: ImportReport, index_from: Callable[[int], None]) -> None:
    from mmdesk.services.delegates import _apply, input_of

    now = utcnow()
    orgs: dict[tuple[str, str | None], int] = {}
    new = [r for r in good if r.existing is None]
    data = [r.data for r in new]
    n = len(data)
    # gathered field by field: cheaper than one dictionary a row at tens of thousands of rows
    ids = insert_columns(db, Delegate, dict(
        event_id=[event_id] * n, honorific=[d.honorific for d in data],
        given_name=[d.given_name or "" for d in data], family_name=[d.family_name or "" for d in data],
        badge_name=[d.badge_name for d in data], position=[d.position for d in data],
        organisation_id=[organisation_id_for(db, d.organisation, d.country, Category(d.category), orgs)
                         for d in data],
        city=[d.city for d in data], country=[d.country for d in data], region=[d.region for d in data],
        category=[Category(d.category) for d in data], gender=[d.gender for d in data],
        email=[d.email for d in data], phone=[d.phone for d in data], languages=[d.languages for d in data],
        dietary_needs=[d.dietary_needs for d in data], access_needs=[d.access_needs for d in data],
        notes=[d.notes for d in data], created_at=[now] * n, updated_at=[now] * n, version=[1] * n,
        search_key=[delegate_search_key(d.given_name or "", d.family_name or "", d.badge_name, d.city,
                                        d.organisation, d.country, d.email) for d in data],
    ))
    for i, r in zip(ids, new, strict=True):
        r.existing = i
    sensitive = [dict(delegate_id=r.existing, passport_number=r.data.passport_number,
                      date_of_birth=r.data.date_of_birth)
                 for r in new if r.data.passport_number or r.data.date_of_birth]
    if sensitive:
        db.execute(sa.insert(DelegateSensitive), sensitive)
    new_ids = set(ids)
    merging = [(r, r.existing) for r in good if r.existing is not None and r.existing not in new_ids]
    # the delegates merged into, read 500 at a time and kept, changed without a flush per row
    # (organisation_id_for flushes when it makes an organisation)
    stored: dict[int, Delegate] = {}
    wanted = sorted({d_id for _, d_id in merging})
    for start in range(0, len(wanted), 500):
        stored.update((d.id, d) for d in db.scalars(
            sa.select(Delegate).where(Delegate.id.in_(wanted[start:start + 500]))
            .options(selectinload(Delegate.sensitive), selectinload(Delegate.organisation))))
    with db.no_autoflush:
        for r, d_id in merging:
            delegate = stored[d_id]
            current = input_of(delegate)  # every field, sensitive ones and the delegation included
            merged = DelegateInput(**{k: (getattr(current, k) or getattr(r.data, k))
                                      for k in DelegateInput.__dataclass_fields__})
            _apply(db, delegate, merged.cleaned())
    db.flush()
    if ids:
        index_from(ids[0])  # from here until the next statement, the index is built beside
    # nominations, then states through the same moves as the accreditation desk (_move_held),
    # made in memory and written in bulk: the same history rows, in the same order
    nominate = [(r.existing, r.route) for r in good if r.route is not None and r.existing is not None
                and (r.existing, r.route.id) not in known.accreditations]
    held: dict[tuple[int, int], _Held] = {}
    fresh: list[_Held] = []
    for delegate_id, route in nominate:
        acc = held[(delegate_id, route.id)] = _Held(route, S.NOMINATED, S.NOMINATED)
        fresh.append(acc)
    report.nominated = len(fresh)
    moving = [(r, r.route, r.state, r.existing) for r in good
              if r.route is not None and r.state is not None and r.existing is not None]
    stored_ids = sorted({known.accreditations[(d_id, route.id)][0] for _, route, state, d_id in moving
                         if (d_id, route.id) in known.accreditations
                         and _path(known.accreditations[(d_id, route.id)][1], state)})
    routes = {r.route.id: r.route for r in good if r.route is not None}
    by_id: dict[int, _Held] = {}
    for start in range(0, len(stored_ids), 500):
        chunk = stored_ids[start:start + 500]
        for a_id, d_id, r_id, state, documents in db.execute(sa.select(
                Accreditation.id, Accreditation.delegate_id, Accreditation.route_id, Accreditation.state,
                Accreditation.documents_received).where(Accreditation.id.in_(chunk))):
            acc = _Held(routes[r_id], state, state, a_id, documents=documents or {})
            by_id[a_id] = held[(d_id, r_id)] = acc
        for b_id, a_id in db.execute(sa.select(Badge.id, Badge.accreditation_id).where(
                Badge.accreditation_id.in_(chunk), Badge.revoked_at.is_(None)).order_by(Badge.id)):
            by_id[a_id].badges.append(b_id)
    counted: list[Counter] = []

    def used() -> Counter:
        """Places taken on each route as the moves so far leave them (read once, then kept)."""
        if not counted:
            taken: Counter = Counter(r.id for acc in fresh for r in (acc.route,))
            quota = [s.value for s in QUOTA_STATES]
            for r_id, n in db.execute(sa.select(Accreditation.route_id, sa.func.count())
                                      .where(Accreditation.state.in_(quota)).group_by(Accreditation.route_id)):
                taken[r_id] += n
            for acc in held.values():  # moved already: as they are now
                if acc.moved:
                    taken[acc.route.id] += (acc.state in QUOTA_STATES) - (acc.initial in QUOTA_STATES)
            counted.append(taken)
        return counted[0]

    history: list[tuple[_Held, AccreditationState, AccreditationState, str]] = []
    revoked: list[int] = []
    for r, route, wanted_state, d_id in moving:
        steps = _path(known.accreditations.get((d_id, route.id), (0, S.NOMINATED))[1], wanted_state)
        if not steps:
            continue
        acc = held[(d_id, route.id)]
        reason = f"imported ({LABELS[wanted_state]} in the file)"
        for target in steps:
            try:
                _move_held(acc, target, reason, used)
            except MmdeskError as exc:
                _warn_about(report, r.line, Sentence("{who} kept {LABELS} on {name}: {exc}", who=_who(r),
                                                     LABELS=LABELS[acc.state], name=repr(route.name),
                                                     exc=exc.sentence, code="delegate-import.kept-state"))
                break
            if target in (S.BADGE_ISSUED, S.WITHDRAWN):
                revoked += acc.badges
                acc.badges = []
            if counted:
                counted[0][acc.route.id] += (target in QUOTA_STATES) - (acc.state in QUOTA_STATES)
            history.append((acc, acc.state, target, reason))
            acc.state, acc.reason, acc.moved = target, reason, True
        if wanted_state in (S.BADGE_ISSUED, S.BADGE_COLLECTED) and acc.state is S.APPROVED:
            _warn_about(report, r.line, Sentence("{who} approved: badges are printed here, not imported",
                                                 who=_who(r), code="delegate-import.badges-not-imported"))
    n = len(fresh)
    acc_ids = insert_columns(db, Accreditation, dict(
        delegate_id=[delegate_id for delegate_id, _ in nominate],
        route_id=[route.id for _, route in nominate],
        state=[acc.state for acc in fresh], reason=[acc.reason for acc in fresh],
        documents_received=[{} for _ in fresh], updated_at=[now] * n))
    for a_id, acc in zip(acc_ids, fresh, strict=True):
        acc.id = a_id
    m = len(history)  # the history: each nomination, then each move in the order made
    insert_columns(db, AccreditationChange, dict(
        accreditation_id=[acc.id for acc in fresh] + [acc.id for acc, *_ in history],
        from_state=[None] * n + [before for _, before, _, _ in history],
        to_state=[S.NOMINATED] * n + [after for _, _, after, _ in history],
        actor=[actor] * (n + m), at=[now] * (n + m),
        reason=["imported"] * n + [reason for *_, reason in history]), numbered=False)
    moved = [dict(id=acc.id, state=acc.state, reason=acc.reason, updated_at=now)
             for acc in by_id.values() if acc.moved]
    if moved:
        db.execute(sa.update(Accreditation), moved)
    if revoked:
        db.execute(sa.update(Badge), [dict(id=b, revoked_at=now, revoked_reason="withdrawn")
                                      for b in revoked])
    db.flush()
