"""Delegates: create, edit, delete, list and search (accent- and case-insensitive)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm.exc import StaleDataError

from mmdesk.domain.accreditation import SUMMARY_RANK
from mmdesk.domain.countries import country_name, resolve_country
from mmdesk.domain.enums import AccreditationState, Category, OrganisationKind
from mmdesk.domain.errors import EditConflict, ValidationError
from mmdesk.domain.protocol import RepresentationLevel
from mmdesk.domain.regions import canonical_region
from mmdesk.domain.text import fold_variants, search_key
from mmdesk.domain.validation import (
    check_birth_date,
    clean_email,
    clean_text,
    email_key,
    require_name,
    strip_controls,
)
from mmdesk.domain.views import DelegateView  # the plain value, re-exported here
from mmdesk.services.common import current_event, fetch
from mmdesk.store import fulltext
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationRoute,
    Delegate,
    DelegateSensitive,
    Organisation,
)

#: Which organisation kind a delegate's category suggests for a new organisation.
ORG_KIND_FOR: dict[Category, OrganisationKind] = {
    Category.LOCAL_LEADER: OrganisationKind.LOCAL_GOVERNMENT,
    Category.CITY_OFFICIAL: OrganisationKind.LOCAL_GOVERNMENT,
    Category.MEMBER_STATE: OrganisationKind.MEMBER_STATE,
    Category.UN_IO: OrganisationKind.UN_IO,
    Category.CIVIL_SOCIETY: OrganisationKind.CIVIL_SOCIETY,
    Category.PRIVATE_SECTOR: OrganisationKind.PRIVATE_SECTOR,
    Category.ACADEMIA: OrganisationKind.ACADEMIA,
    Category.MEDIA: OrganisationKind.MEDIA,
    Category.HOST_STAFF: OrganisationKind.HOST,
    Category.INTERPRETER: OrganisationKind.HOST,
    Category.SECURITY: OrganisationKind.HOST,
}




@dataclass
class DelegateInput:
    """What an organizer types or imports for one delegate."""

    given_name: str | None = ""
    family_name: str | None = ""
    category: Category | str = Category.CITY_OFFICIAL
    honorific: str | None = None
    badge_name: str | None = None
    position: str | None = None
    organisation: str | None = None
    city: str | None = None
    country: str | None = None
    region: str | None = None
    gender: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: list[str] = field(default_factory=list)
    dietary_needs: str | None = None
    access_needs: str | None = None
    notes: str | None = None
    delegation_id: int | None = None
    passport_number: str | None = None
    date_of_birth: date | None = None
    level: RepresentationLevel | str = RepresentationLevel.OTHER  # level of representation

    def cleaned(self) -> DelegateInput:
        """A copy with every rule applied; ValidationError names the first broken one."""
        given, family = require_name(self.given_name, self.family_name)
        try:
            category = Category(self.category)
        except ValueError:
            known = ", ".join(c.value for c in Category)
            raise ValidationError(
                "unknown category {category} (known: {known})",
                category=repr(self.category), known=known,
                code="delegates.unknown-category-known-2") from None
        return DelegateInput(
            given_name=given,
            family_name=family,
            category=category,
            honorific=clean_text(self.honorific, limit=60, field="honorific"),
            badge_name=clean_text(self.badge_name, limit=200, field="badge name"),
            position=clean_text(self.position, limit=200, field="position"),
            organisation=clean_text(self.organisation, limit=200, field="organisation"),
            city=clean_text(self.city, limit=120, field="city"),
            country=resolve_country(self.country),
            region=canonical_region(clean_text(self.region, limit=60, field="region")),
            gender=clean_text(self.gender, limit=20, field="gender"),
            email=clean_email(self.email),
            phone=clean_text(self.phone, limit=40, field="phone"),
            languages=[x for x in (clean_text(v, limit=20) for v in self.languages) if x],
            dietary_needs=clean_text(self.dietary_needs, limit=2000, field="dietary needs"),
            access_needs=clean_text(self.access_needs, limit=2000, field="access needs"),
            notes=clean_text(self.notes, limit=10000, field="notes"),
            delegation_id=self.delegation_id,
            passport_number=clean_text(self.passport_number, limit=40, field="passport number"),
            date_of_birth=check_birth_date(self.date_of_birth),
            level=_level(self.level),
        )


def _level(value: RepresentationLevel | str | None) -> RepresentationLevel:
    """A level of representation from its value (None: other); one clear error if unknown."""
    try:
        return RepresentationLevel(value or RepresentationLevel.OTHER)
    except ValueError:
        known = ", ".join(v.value for v in RepresentationLevel)
        raise ValidationError(
            "unknown level of representation {value} (known: {known})",
            value=repr(value), known=known, code="delegates.unknown-level-representation") from None


_PLAIN_FIELDS = [
    f.name
    for f in fields(DelegateInput)
    if f.name not in {"organisation", "passport_number", "date_of_birth"}
]


def delegate_search_key(
    given: str, family: str, badge_name: str | None, city: str | None,
    organisation: str | None, country: str | None, email: str | None,
) -> str:
    """The stored search text of a delegate (see mmdesk.domain.text)."""
    return search_key([given, family, badge_name, city, organisation, country_name(country), email])


def organisation_id_for(
    db: DbSession, name: str | None, country: str | None, category: Category,
    cache: dict[tuple[str, str | None], int] | None = None,
) -> int | None:
    """The id of the organisation with this name and country, created if new."""
    if not name:
        return None
    key = (name, country)
    if cache is not None and key in cache:
        return cache[key]
    org = db.scalars(
        sa.select(Organisation).where(Organisation.name == name, Organisation.country.is_(country))
        if country is None
        else sa.select(Organisation).where(Organisation.name == name, Organisation.country == country)
    ).first()
    if org is None:
        org = Organisation(name=name, country=country, kind=ORG_KIND_FOR[category])
        db.add(org)
        db.flush()
    if cache is not None:
        cache[key] = org.id
    return org.id


def _not_ascii(column: QueryableAttribute[str | None], dialect: str) -> sa.ColumnElement[bool]:
    """SQL: the text holds a character past ASCII (more bytes than characters in UTF-8)."""
    if dialect == "postgresql":
        return sa.func.octet_length(column) != sa.func.length(column)
    return sa.func.length(sa.cast(column, sa.LargeBinary)) != sa.func.length(column)


def _check_email_free(db: DbSession, event_id: int, email: str | None, own_id: int | None) -> None:
    """ValidationError where another delegate of the event has this e-mail or one that reads
    the same (full-width letters, a Cyrillic а, a zero-width space: see email_key)."""
    if email is None:
        return
    key = email_key(email)
    # stored e-mails are lower-cased; an ASCII one reads as itself, so only the same text,
    # the key's text and addresses with other characters need comparing
    candidates = db.execute(
        sa.select(Delegate.id, Delegate.email, Delegate.given_name, Delegate.family_name)
        .where(Delegate.event_id == event_id, Delegate.email.is_not(None),
               sa.or_(Delegate.email.in_({email, key or email}),
                      _not_ascii(Delegate.email, db.get_bind().dialect.name)))
        .order_by(Delegate.id)).all()
    for other_id, other_email, given, family in candidates:
        if other_id != own_id and (other_email == email or email_key(other_email) == key):
            who = " ".join(p for p in (given, family) if p)
            if other_email == email:
                raise ValidationError("e-mail {email} is already used by {who}", email=email, who=who,
                                      code="delegates.email-taken")
            raise ValidationError("e-mail {email} is already used by {who} (as {other}: the same address to "
                                  "a reader)", email=email, who=who, other=repr(other_email),
                                  code="delegates.email-taken-variant")


def _apply(db: DbSession, delegate: Delegate, data: DelegateInput) -> None:
    for name in _PLAIN_FIELDS:
        setattr(delegate, name, getattr(data, name))
    delegate.organisation_id = organisation_id_for(db, data.organisation, data.country,
                                                   Category(data.category))
    delegate.search_key = delegate_search_key(
        data.given_name or "", data.family_name or "", data.badge_name, data.city,
        data.organisation, data.country, data.email,
    )
    if data.passport_number or data.date_of_birth:
        if delegate.sensitive is None:
            delegate.sensitive = DelegateSensitive()
        delegate.sensitive.passport_number = data.passport_number
        delegate.sensitive.date_of_birth = data.date_of_birth
    elif delegate.sensitive is not None:
        delegate.sensitive = None


def create_delegate(store: Store, data: DelegateInput, *, event_id: int | None = None) -> DelegateView:
    """Add a delegate to the event; ValidationError leaves the store unchanged."""
    clean = data.cleaned()
    with store.transaction() as db:
        event = current_event(db, event_id)
        _check_email_free(db, event.id, clean.email, None)
        delegate = Delegate(event_id=event.id, category=clean.category)
        _apply(db, delegate, clean)
        db.add(delegate)
        db.flush()
        return _view(db, delegate.id)


def update_delegate(
    store: Store, delegate_id: int, data: DelegateInput, *, expected_version: int | None = None
) -> DelegateView:
    """Replace a delegate's fields; EditConflict if it changed since expected_version.

    The conflict carries the stored fields and version (another desk's edit), so
    nothing is silently overwritten: the desk shows both and saves again, if the
    user says so, against the new version.
    """
    clean = data.cleaned()
    try:
        with store.transaction() as db:
            delegate = fetch(db, Delegate, delegate_id, "delegate")
            if expected_version is not None and delegate.version != expected_version:
                raise EditConflict(
                    "{given_name} {family_name} was changed by another desk since you opened it",
                    given_name=delegate.given_name, family_name=delegate.family_name,
                    theirs=input_of(delegate), version=delegate.version,
                    code="delegates.changed-another-desk-since")
            _check_email_free(db, delegate.event_id, clean.email, delegate.id)
            _apply(db, delegate, clean)
            db.flush()  # UPDATE … WHERE version = read version: a desk that won meanwhile shows here
            return _view(db, delegate.id)
    except StaleDataError:
        theirs, version = get_delegate_input(store, delegate_id)
        raise EditConflict(
            "{given_name} {family_name} was changed by another desk meanwhile",
            given_name=theirs.given_name, family_name=theirs.family_name, theirs=theirs,
            version=version, code="delegates.changed-another-desk") from None


def delete_delegate(store: Store, delegate_id: int) -> None:
    """Remove a delegate with their accreditations, slots, invitations and badges."""
    with store.transaction() as db:
        db.delete(fetch(db, Delegate, delegate_id, "delegate"))


def delete_delegates(store: Store, delegate_ids: Iterable[int]) -> int:
    """Remove many delegates in one transaction (all of them, or none if one is missing);
    returns how many."""
    wanted = list(dict.fromkeys(delegate_ids))
    with store.transaction() as db:
        for delegate_id in wanted:
            db.delete(fetch(db, Delegate, delegate_id, "delegate"))
    return len(wanted)


def input_of(d: Delegate) -> DelegateInput:
    """Every editable field of a stored delegate, sensitive ones included."""
    data = DelegateInput(**{name: getattr(d, name) for name in _PLAIN_FIELDS})
    data.languages = list(d.languages or [])
    data.organisation = d.organisation.name if d.organisation else None
    if d.sensitive is not None:
        data.passport_number = d.sensitive.passport_number
        data.date_of_birth = d.sensitive.date_of_birth
    return data


def get_delegate_input(store: Store, delegate_id: int) -> tuple[DelegateInput, int]:
    """The editable fields of a delegate (sensitive ones included) and its version."""
    with store.reading() as db:
        d = fetch(db, Delegate, delegate_id, "delegate")
        return input_of(d), d.version


_CATEGORY = {c.value: c for c in Category}
_STATE = {s.value: s for s in AccreditationState}


def _view_query() -> sa.Select:
    # enum columns read as their stored strings and mapped through a dict: with 70,000
    # rows, SQLAlchemy's per-value enum processing is a third of the time
    return (
        sa.select(
            Delegate.id, Delegate.honorific, Delegate.given_name, Delegate.family_name,
            Delegate.badge_name, Delegate.position, Organisation.name, Delegate.city,
            Delegate.country, Delegate.region, sa.type_coerce(Delegate.category, sa.String),
            Delegate.email, Delegate.version, Delegate.search_key,
        )
        .outerjoin(Organisation, Organisation.id == Delegate.organisation_id)
    )


#: A search is a few words (a name, a city, an organisation): past these, it is refused with
#: one line rather than turned into a statement of thousands of conditions.
MAX_SEARCH_WORDS = 40
MAX_SEARCH_CHARS = 400


def search_words(query: str) -> list[str]:
    """The distinct words of a search, without control characters (a NUL would otherwise
    match every delegate on SQLite and raise a raw error on PostgreSQL); ValidationError for
    a search past MAX_SEARCH_WORDS words or MAX_SEARCH_CHARS characters."""
    words = list(dict.fromkeys(strip_controls(query).split()))
    if len(words) > MAX_SEARCH_WORDS:
        raise ValidationError(
            "a search is at most {MAX_SEARCH_WORDS} words (this one has {len}): search for a name, a city "
            "or an e-mail",
            MAX_SEARCH_WORDS=MAX_SEARCH_WORDS, len=format(len(words), ","),
            code="delegates.search-most-words")
    length = len(" ".join(words))
    if length > MAX_SEARCH_CHARS:
        raise ValidationError(
            "a search is at most {MAX_SEARCH_CHARS} characters (this one has {length}): search for a name, "
            "a city or an e-mail",
            MAX_SEARCH_CHARS=MAX_SEARCH_CHARS, length=format(length, ","),
            code="delegates.search-most-characters")
    return words


def matches_words(query: str, dialect: str) -> list[sa.ColumnElement[bool]]:
    """SQL conditions: every word of the query is in a delegate's folded search key, whatever
    its accents, case or script ("lodz" finds "Łódź"). On SQLite, words of three characters
    or more are looked up in the trigram index (see store.fulltext). A query of control
    characters only matches no one; a blank one, everyone."""
    conditions: list[sa.ColumnElement[bool]] = []
    words = search_words(query)
    if not words and query.strip():
        return [sa.false()]
    for word in words:
        variants = fold_variants(word)
        if fulltext.indexed(dialect, variants):
            found = sa.select(fulltext.delegate_search.c.rowid).where(
                fulltext.delegate_search.c.search_key.op("MATCH")(fulltext.phrase_query(variants)))
            conditions.append(Delegate.id.in_(found))
        else:
            conditions.append(sa.or_(*[Delegate.search_key.contains(v, autoescape=True)
                                       for v in variants]))
    return conditions


def best_states(db: DbSession, event_id: int, delegate_ids: list[int] | None = None
                 ) -> dict[int, tuple[AccreditationState, str]]:
    """Each delegate's best accreditation (state, route name), ranked in Python: one plain
    read of the accreditations is faster than SQL's window functions over 70,000 rows."""
    # for some delegates, "+ 0" keeps SQLite from walking the event's routes' 70,000 nominations
    event = AccreditationRoute.event_id + 0 if delegate_ids is not None else AccreditationRoute.event_id
    q = (sa.select(Accreditation.delegate_id, sa.type_coerce(Accreditation.state, sa.String),
                   AccreditationRoute.name)
         .join(AccreditationRoute, AccreditationRoute.id == Accreditation.route_id)
         .where(event == event_id)
         .order_by(Accreditation.id))
    if delegate_ids is not None:
        q = q.where(Accreditation.delegate_id.in_(delegate_ids))
    best: dict[int, tuple[AccreditationState, str]] = {}
    rank, states = SUMMARY_RANK, _STATE
    for delegate_id, value, route in db.connection().execute(q):
        state = states[value]
        held = best.get(delegate_id)
        if held is None or rank[state] < rank[held[0]]:
            best[delegate_id] = (state, route)
    return best


def _row_view(row: sa.Row, best: dict[int, tuple[AccreditationState, str]]) -> DelegateView:
    (id_, honorific, given, family, badge, position, org, city, country, region, category,
     email, version, key) = row
    state, route = best.get(id_, (None, None))
    return DelegateView(
        id=id_, honorific=honorific, given_name=given, family_name=family,
        badge_name=badge or (f"{given} {family}" if given and family else given or family),
        position=position, organisation=org, city=city, country=country,
        country_name=country_name(country), region=region, category=_CATEGORY[category], email=email,
        state=state, route=route, version=version, search_key=key,
    )


def _views(db: DbSession, event_id: int, q: sa.Select, *, only_these: bool = False) -> list[DelegateView]:
    rows = db.connection().execute(q).all()
    ids = [r[0] for r in rows] if only_these else None
    best = best_states(db, event_id, ids) if ids is None or ids else {}
    return [_row_view(r, best) for r in rows]


def _view(db: DbSession, delegate_id: int) -> DelegateView:
    event_id = db.execute(sa.select(Delegate.event_id).where(Delegate.id == delegate_id)).scalar_one()
    (view,) = _views(db, event_id, _view_query().where(Delegate.id == delegate_id), only_these=True)
    return view


def get_delegate(store: Store, delegate_id: int) -> DelegateView:
    """One delegate as shown."""
    with store.reading() as db:
        fetch(db, Delegate, delegate_id, "delegate")
        return _view(db, delegate_id)


def list_delegates(store: Store, *, event_id: int | None = None, limit: int | None = None
                   ) -> list[DelegateView]:
    """Every delegate of the event, by family then given name (the first `limit` only: a
    window's first screen)."""
    with store.reading() as db:
        event = current_event(db, event_id)
        q = _view_query().where(Delegate.event_id == event.id)
        q = q.order_by(Delegate.family_name, Delegate.given_name, Delegate.id)
        if limit is not None:
            return _views(db, event.id, q.limit(limit), only_these=True)
        return _views(db, event.id, q)


def get_delegates(store: Store, delegate_ids: Iterable[int]) -> list[DelegateView]:
    """The delegates with these ids as shown (ids of deleted delegates are left out): what a
    window re-reads after an edit, an approval or another desk's change."""
    wanted = sorted(set(delegate_ids))
    if not wanted:
        return []
    views: list[DelegateView] = []
    with store.reading() as db:
        for start in range(0, len(wanted), 500):  # within every back end's limit on parameters
            chunk = wanted[start:start + 500]
            rows = db.connection().execute(_view_query().where(Delegate.id.in_(chunk))).all()
            events = {e for (e,) in db.execute(sa.select(Delegate.event_id).where(Delegate.id.in_(chunk))
                                               .distinct())}
            best: dict[int, tuple[AccreditationState, str]] = {}
            for event_id in events:
                best.update(best_states(db, event_id, chunk))
            views.extend(_row_view(r, best) for r in rows)
    return views


def states_of(store: Store, delegate_ids: Iterable[int]) -> dict[int, tuple[AccreditationState, str]]:
    """Each of these delegates' best accreditation (state, route name); a delegate with none is
    left out: what changes on a delegate's row when one of their nominations moves."""
    wanted = sorted(set(delegate_ids))
    best: dict[int, tuple[AccreditationState, str]] = {}
    with store.reading() as db:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for (event_id,) in db.execute(sa.select(Delegate.event_id).where(Delegate.id.in_(chunk))
                                          .distinct()):
                best.update(best_states(db, event_id, chunk))
    return best


def count_all(store: Store) -> int:
    """How many delegates the store holds (every event): a cheap measure of its size."""
    with store.reading() as db:
        return db.scalar(sa.select(sa.func.count()).select_from(Delegate)) or 0


def search_delegates(
    store: Store, query: str, *, limit: int | None = 200, event_id: int | None = None
) -> list[DelegateView]:
    """Delegates whose name, city, organisation, country or e-mail hold every word of the query.

    Accents, case and script are folded on both sides: "lodz" finds "Łódź",
    "montreal" finds "Montréal", "sao paulo" finds "São Paulo".
    """
    with store.reading() as db:
        event = current_event(db, event_id)
        q = _view_query().where(Delegate.event_id == event.id,
                               *matches_words(query, db.get_bind().dialect.name))
        q = q.order_by(Delegate.family_name, Delegate.given_name, Delegate.id)
        if limit is not None:
            q = q.limit(limit)
        return _views(db, event.id, q, only_these=limit is not None)


def resolve_delegate(store: Store, who: str, *, event_id: int | None = None) -> int:
    """The id of the delegate WHO names: an id, an e-mail, or a name matching exactly one
    delegate (with or without honorific; case and accents aside). NotFound if none;
    ValidationError naming them (up to 5) if several match."""
    from mmdesk.domain.errors import NotFound
    from mmdesk.domain.text import strip_marks

    text = " ".join(strip_controls(str(who)).split())  # a NUL: a raw error on PostgreSQL
    if not text:
        raise ValidationError(
            "say which delegate: an id, an e-mail or a name",
            code="delegates.say-which-delegate")
    with store.reading() as db:
        event = current_event(db, event_id)
        if text.isdigit():
            found = db.scalar(sa.select(Delegate.id).where(Delegate.event_id == event.id,
                                                           Delegate.id == int(text)))
            if found is not None:
                return found
        if "@" in text:
            found = db.scalar(sa.select(Delegate.id).where(Delegate.event_id == event.id,
                                                           Delegate.email == text.lower()))
            if found is not None:
                return found
            raise NotFound("no delegate with the e-mail {text}", text=text, code="delegates.no-delegate-mail")
        wanted = strip_marks(text)
        words = text.split()
        candidates: Sequence[sa.Row[int, str | None, str, str, str | None]] = []
        for i in range(len(words)):  # an honorific is not searched: drop leading words till found
            candidates = db.execute(
                sa.select(Delegate.id, Delegate.honorific, Delegate.given_name, Delegate.family_name,
                          Delegate.badge_name)
                .where(Delegate.event_id == event.id,
                       *matches_words(" ".join(words[i:]), db.get_bind().dialect.name))
                .order_by(Delegate.family_name, Delegate.given_name, Delegate.id).limit(200)
            ).all()
            if candidates:
                break

        def spellings(row: sa.Row) -> set[str]:
            _, honorific, given, family, badge = row
            plain = " ".join(p for p in (given, family) if p)
            names = {plain, " ".join(p for p in (family, given) if p)}
            if badge:
                names.add(badge)
            if honorific:
                names |= {f"{honorific} {n}" for n in list(names)}
            return {strip_marks(n) for n in names}

        matched = [r for r in candidates if wanted in spellings(r)]
        if not matched:  # one name alone ("Sackey"), when it is the whole of a given or family name
            matched = [r for r in candidates if wanted in {strip_marks(r[2] or ""), strip_marks(r[3] or "")}]
        if len(matched) == 1:
            return matched[0][0]
        if len(matched) > 1:
            listed = "; ".join(
                f"{r[0]}: {' '.join(p for p in (r[1], r[2], r[3]) if p)}" for r in matched[:5])
            raise ValidationError(
                "{len} delegates are called {text} ({listed}); give the id or the e-mail",
                len=len(matched), text=repr(text), listed=listed, code="delegates.delegates-called-give")
        hint = ""
        if candidates:
            listed = "; ".join(f"{r[0]}: {' '.join(p for p in (r[2], r[3]) if p)}" for r in candidates[:5])
            hint = f" (did you mean {listed}?)"
        raise NotFound(
            "no delegate called {text}{hint}",
            text=repr(text), hint=hint, code="delegates.no-delegate-called")
