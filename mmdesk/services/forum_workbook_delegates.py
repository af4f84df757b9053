"""The forum workbook's Delegates sheet read into the store (see mmdesk.services.forum_workbook)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.accreditation import QUOTA_STATES, shortest_path
from mmdesk.domain.enums import CATEGORY_WORDS, AccreditationState, Category, QuotaPolicy
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.domain.sentences import Sentence
from mmdesk.domain.text import strip_marks, transliterate
from mmdesk.domain.validation import email_key
from mmdesk.services.accreditation import QuotaExceeded, _move, _used
from mmdesk.services.delegate_import_words import category_of, state_word_of
from mmdesk.services.delegates import DelegateInput, _apply, input_of
from mmdesk.services.forum_workbook import IMPORTED, Counts, ForumImportReport, _ignored, _text
from mmdesk.spreadsheets import forum_workbook as layout
from mmdesk.store.models import Accreditation, AccreditationChange, AccreditationRoute, Delegate, utcnow

#: categories in English, French or Spanish words, or as codes
_CATEGORY_BY_WORD = {strip_marks(w): c for c, w in CATEGORY_WORDS.items()} | {
    strip_marks(c.value): c for c in Category} | {strip_marks(c.value.replace("_", " ")): c for c in Category}
_CATEGORY_BY_WORD |= {strip_marks(w): Category(code) for code, labels in layout.CATEGORIES.items()
                      for w in labels.values()}


def _state_code(text: object) -> str | None:
    found = state_word_of(text)  # the window's and the command line's words ("approuvée")
    return found.value if found else None


#: the reference the delegate export writes (MMD-000012): the delegate's id in this store
_REFERENCE = re.compile(r"^\s*MMD-0*(\d{1,12})\s*$", re.IGNORECASE)


def _fold_name(given: str, family: str, city: str | None) -> tuple[str, str]:
    """Name and city with accents and letters like Ł folded, as the delegate import compares them."""
    return (" ".join(transliterate(f"{given} {family}").split()), " ".join(transliterate(city or "").split()))


def row_input(raw: dict[str, object], routes: dict[str, AccreditationRoute]
         ) -> tuple[DelegateInput, AccreditationRoute | None, AccreditationState | None]:
    """A row's delegate, route and state, checked (ValidationError names what is wrong)."""
    category = Category.CITY_OFFICIAL
    if raw.get("category") is not None:
        category = (_CATEGORY_BY_WORD.get(strip_marks(str(raw["category"])))  # type: ignore[assignment]
                    or category_of(raw["category"]))  # the window's and the command line's words too
        if category is None:
            raise ValidationError(
                "unknown category {raw} (known: {join})",
                raw=repr(raw['category']), join=', '.join(CATEGORY_WORDS.values()),
                code="forum-workbook-delegates.unknown-category-known")
    route = None
    if raw.get("route") is not None:
        route = routes.get(strip_marks(str(raw["route"]).strip()))
        if route is None:
            raise ValidationError(
                "unknown accreditation route {raw} (routes: {value})",
                raw=repr(raw['route']), value=', '.join(r.name for r in routes.values()) or 'none',
                code="forum-workbook-delegates.unknown-accreditation-route")
    state = None
    if raw.get("state") is not None:
        code = layout.code_of(layout.STATES, raw["state"]) or _state_code(raw["state"])
        if code is None:
            known = ", ".join(w["en"] for w in layout.STATES.values())
            raise ValidationError(
                "unknown accreditation state {raw} (known: {known})",
                raw=repr(raw['state']), known=known,
                code="forum-workbook-delegates.unknown-accreditation-state")
        state = AccreditationState(code)
        if route is None:
            raise ValidationError(
                "an accreditation state needs an accreditation route",
                code="forum-workbook-delegates.accreditation-state-needs")
    data = DelegateInput(
        given_name=_text(raw.get("given_name")), family_name=_text(raw.get("family_name")),
        category=category, honorific=_text(raw.get("honorific")), badge_name=_text(raw.get("badge_name")),
        position=_text(raw.get("position")), organisation=_text(raw.get("organisation")),
        city=_text(raw.get("city")), country=_text(raw.get("country")), region=_text(raw.get("region")),
        gender=_text(raw.get("gender")), email=_text(raw.get("email")), phone=_text(raw.get("phone")),
        languages=[x.strip() for x in re.split(r"[,;/]", _text(raw.get("languages")) or "") if x.strip()],
        dietary_needs=_text(raw.get("dietary_needs")), access_needs=_text(raw.get("access_needs")),
        notes=_text(raw.get("notes")),
    ).cleaned()
    return data, route, state


def import_delegate_rows(db: DbSession, event_id: int, sheet: layout.Sheet, report: ForumImportReport,
                         actor: str) -> None:
    """The Delegates sheet, within the import's transaction: each row creates a delegate or
    updates the one with the same e-mail (else the same name and city), then nominates them
    on the row's route and walks the legal moves to the row's state. Problems go to the report."""
    rows, unknown = layout.keyed_rows("delegates", sheet)
    _ignored(report, "delegates", unknown)
    columns = set(layout.column_keys("delegates", sheet.headers)[0].values())
    if not columns & {"given_name", "family_name"}:
        report.problem(sheet.name, 1, Sentence("no column for names (Given name, Family name)",
                                               code="forum-workbook.no-name-columns"))
        return
    counts = report.sheets.setdefault("delegates", Counts())
    routes = {strip_marks(r.name): r for r in db.scalars(
        sa.select(AccreditationRoute).where(AccreditationRoute.event_id == event_id))}
    known = known_delegates(db, event_id)
    editable = set(DelegateInput.__dataclass_fields__) & columns
    now = utcnow()
    places = _Places(db, list(routes.values()))
    with db.no_autoflush:  # flushed in batches: one flush a row costs minutes at 70,000
        for n, (line, row) in enumerate(rows, start=1):
            _one_row(db, event_id, sheet.name, line, row, report, counts, routes, places, editable,
                     known, actor, now)
            if n % 1000 == 0:
                db.flush()
    db.flush()


@dataclass
class Known:
    """The delegates already in the store, and those the sheet has named so far."""

    by_email: dict[str, int]
    by_name: dict[tuple[str, str], tuple[int, str | None]]
    by_id: dict[int, tuple[str | None, str]]
    seen_email: dict[str, int] = field(default_factory=dict)
    seen_name: dict[tuple[str, str], tuple[int, str | None]] = field(default_factory=dict)


def known_delegates(db: DbSession, event_id: int) -> Known:
    """The event's delegates by e-mail, by name and city, and by id (for references)."""
    known = Known({}, {}, {})
    for d_id, email, given, family, city in db.execute(
            sa.select(Delegate.id, Delegate.email, Delegate.given_name, Delegate.family_name, Delegate.city)
            .where(Delegate.event_id == event_id)):
        if email:
            known.by_email[email_key(email) or email] = d_id  # look-alike letters read the same
        known.by_name.setdefault(_fold_name(given, family, city), (d_id, email))
        known.by_id[d_id] = (email, _fold_name(given, family, None)[0])
    return known


def match_row(known: Known, data: DelegateInput, line: int, reference: object = None) -> int | None:
    """The stored delegate a row is (by reference, e-mail, else name and city), or None for a
    new one; ValidationError for a person named twice in the sheet or an e-mail taken by
    someone else. Remembers the row for the lines after it."""
    name_key = _fold_name(data.given_name or "", data.family_name or "", data.city)
    key = email_key(data.email) or ""
    earlier = (known.seen_email.get(key) if data.email else None) or _same(
        known.seen_name.get(name_key), data.email)
    if earlier is not None:
        raise ValidationError(
            "the same delegate as line {earlier}",
            earlier=earlier, code="forum-workbook-delegates.same-delegate-line")
    if data.email:
        known.seen_email[key] = line
    known.seen_name.setdefault(name_key, (line, data.email))
    existing = _by_reference(reference, data, name_key[0], known.by_id)
    if existing is None:
        existing = (known.by_email.get(key) if data.email else None) or _same(
            known.by_name.get(name_key), data.email)
    other = known.by_email.get(key) if data.email else None
    if other is not None and (other != existing or known.by_id[other][0] != data.email):
        # (the same address, or one that only looks the same: "аnna@" with a Cyrillic а)
        raise ValidationError(
            "e-mail {email} is already used by another delegate",
            email=data.email, code="forum-workbook-delegates.mail-already-used")
    return existing


class _Places:
    """Places taken on each route with a quota: counted once, then kept in memory while the
    rows wait for their batched flush."""

    def __init__(self, db: DbSession, routes: list[AccreditationRoute]) -> None:
        self.used = {r.id: _used(db, r.id) for r in routes if r.quota is not None}

    def check(self, route: AccreditationRoute) -> None:
        used = self.used.get(route.id)
        if used is not None and route.quota_policy is QuotaPolicy.REFUSE and used >= (route.quota or 0):
            raise QuotaExceeded(
                "route {name} is full: {used} of {quota} place taken",
                plural="route {name} is full: {used} of {quota} places taken", n=route.quota,
                name=repr(route.name), used=used, quota=route.quota, code="accreditation.route-full-places")

    def moved(self, route: AccreditationRoute, before: bool, after: bool) -> None:
        if route.id in self.used:
            self.used[route.id] += int(after) - int(before)


def _same(found: tuple[int, str | None] | None, email: str | None) -> int | None:
    if found is None or (email and found[1] and email != found[1]):
        return None
    return found[0]


def _one_row(db: DbSession, event_id: int, sheet: str, line: int, row: dict[str, object],
             report: ForumImportReport, counts: Counts, routes: dict[str, AccreditationRoute],
             places: _Places, editable: set[str], known: Known, actor: str, now: datetime) -> None:
    """One line of the Delegates sheet: checked, then written (or its problem reported)."""
    raw = {k: (None if isinstance(v, str) and not v.strip() else v) for k, v in row.items()}
    if all(v is None for v in raw.values()):
        return
    try:
        data, route, state = row_input(raw, routes)
        existing = match_row(known, data, line, raw.get("reference"))
    except ValidationError as exc:
        report.problem(sheet, line, exc)
        return
    try:
        if existing is None:
            delegate = Delegate(event_id=event_id, category=data.category)
            _apply(db, delegate, data)
            db.add(delegate)
            counts.created += 1
        else:
            delegate = db.get_one(Delegate, existing)
            merged = input_of(delegate)  # fields the sheet has no column for stay as they are
            for key in editable:
                setattr(merged, key, getattr(data, key))
            _apply(db, delegate, merged.cleaned())
            counts.updated += 1
        if route is not None:
            _accredit(db, delegate, route, state, places, actor, now)
    except MmdeskError as exc:
        report.problem(sheet, line, exc)


def _by_reference(reference: object, data: DelegateInput, name: str,
                  by_id: dict[int, tuple[str | None, str]]) -> int | None:
    """The delegate a Reference cell names, where its e-mail or name agrees (a reference from
    another file names someone else)."""
    m = _REFERENCE.match(_text(reference) or "")
    if m is None or int(m.group(1)) not in by_id:
        return None
    email, folded = by_id[int(m.group(1))]
    return int(m.group(1)) if (data.email and data.email == email) or name == folded else None


def _path(current: AccreditationState, target: AccreditationState) -> list[AccreditationState]:
    """The shortest legal walk from one state to another (empty when they are the same)."""
    path = shortest_path(current, target)
    if path is None:
        raise ValidationError(
            "cannot move an accreditation from {value} to {value2}",
            value=current.value, value2=target.value,
            code="forum-workbook-delegates.cannot-move-accreditation")
    return list(path)


def _accredit(db: DbSession, delegate: Delegate, route: AccreditationRoute,
              state: AccreditationState | None, places: _Places, actor: str, now: datetime) -> None:
    """Nominate the delegate on the route (keeping its quota) unless already there, then walk
    the legal moves to the state the sheet gives."""
    acc = None
    if delegate.id is not None:
        acc = db.scalars(sa.select(Accreditation).where(
            Accreditation.delegate_id == delegate.id, Accreditation.route_id == route.id)).first()
    before = acc is not None and acc.state in QUOTA_STATES
    if acc is None:
        places.check(route)
        acc = Accreditation(route=route, state=AccreditationState.NOMINATED, documents_received={},
                            updated_at=now)
        acc.history.append(AccreditationChange(from_state=None, to_state=AccreditationState.NOMINATED,
                                               actor=actor, at=now, reason="imported"))
        delegate.accreditations.append(acc)
        path = _path(AccreditationState.NOMINATED, state or AccreditationState.NOMINATED)
    else:  # a row without a state leaves an accreditation where it is
        path = _path(acc.state, state) if state else []
        if AccreditationState.NOMINATED in path:
            places.check(route)
    if AccreditationState.APPROVED in path:  # approved in the sheet: the documents were checked
        acc.documents_received = {**(acc.documents_received or {}),
                                  **{d: True for d in route.required_documents or []}}
    for step in path:
        reason = IMPORTED if step in (AccreditationState.REJECTED, AccreditationState.WITHDRAWN) else None
        _move(db, acc, step, actor, reason, now)
    places.moved(route, before, acc.state in QUOTA_STATES)
