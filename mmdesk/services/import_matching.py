"""Which delegate already there a row of an imported list is, and whether it adds anything
(see mmdesk.services.delegate_import)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.enums import AccreditationState
from mmdesk.domain.regions import canonical_region
from mmdesk.domain.text import transliterate
from mmdesk.domain.validation import email_key as _email_key
from mmdesk.services.delegates import DelegateInput
from mmdesk.store.models import Accreditation, AccreditationRoute, Delegate, DelegateSensitive, Organisation

S = AccreditationState
REFERENCE = re.compile(r"^\s*MMD-0*(\d{1,12})\s*$", re.IGNORECASE)
#: a row's address is compared several times in a row (with the store, the file, its name's
#: holder): kept for the latest few thousand rows
email_key = lru_cache(maxsize=4096)(_email_key)


def reference_of(delegate_id: int) -> str:
    """The stable reference mmdesk writes for a delegate in its exports."""
    return f"MMD-{delegate_id:06d}"


def _text(value: object) -> str | None:
    return None if value is None else (str(value).strip() or None)


def fold(text: object) -> str:
    """A cell or field as compared: accents and letters like Ł folded, spaces single; None: ""."""
    return " ".join(transliterate(str(text or "")).split())


#: cities repeat from row to row of a list: each folded once
_fold_place = lru_cache(maxsize=4096)(fold)
_transliterated = lru_cache(maxsize=8192)(transliterate)


def fold_name(given: str, family: str, city: str | None) -> tuple[str, str]:
    """Name and city compared with accents and letters like Ł folded (as the search does)."""
    # transliteration goes letter by letter: the two names folded apart (each once: they repeat)
    # and joined are the whole name folded
    return " ".join(f"{_transliterated(given)} {_transliterated(family)}".split()), _fold_place(city)


@dataclass
class ImportRow:
    """One checked row: the delegate's fields, which of them the file gave, route and state."""

    line: int
    data: DelegateInput
    given_fields: set[str]
    whole_name: str | None
    route: AccreditationRoute | None
    state: AccreditationState | None
    existing: int | None = None


@dataclass
class Known:
    """The event's delegates as the import compares rows with them."""

    fields: dict[int, dict[str, object]] = field(default_factory=dict)
    by_email: dict[str, int] = field(default_factory=dict)
    by_name_city: dict[tuple[str, str], tuple[int, str | None]] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)
    accreditations: dict[tuple[int, int], tuple[int, AccreditationState]] = field(default_factory=dict)


def known_delegates(db: DbSession, event_id: int, sensitive: bool) -> Known:
    k = Known()
    q = (sa.select(Delegate.id, Delegate.honorific, Delegate.given_name, Delegate.family_name,
                   Delegate.badge_name, Delegate.position, Organisation.name, Delegate.city, Delegate.country,
                   Delegate.region, sa.type_coerce(Delegate.category, sa.String), Delegate.gender,
                   Delegate.email,
                   Delegate.phone, Delegate.languages, Delegate.dietary_needs, Delegate.access_needs,
                   Delegate.notes)
         .outerjoin(Organisation, Organisation.id == Delegate.organisation_id)
         .where(Delegate.event_id == event_id))
    names = ("honorific", "given_name", "family_name", "badge_name", "position", "organisation", "city",
             "country", "region", "category", "gender", "email", "phone", "languages", "dietary_needs",
             "access_needs", "notes")
    for row in db.execute(q):
        d_id, values = row[0], dict(zip(names, row[1:], strict=True))
        values["languages"] = list(values["languages"] or [])
        k.fields[d_id] = values
        address = email_key(values["email"])
        if address:
            k.by_email[address] = d_id  # look-alike letters read the same
        key = fold_name(values["given_name"], values["family_name"], values["city"])
        k.by_name_city.setdefault(key, (d_id, values["email"]))
        k.by_name.setdefault(key[0], []).append(d_id)
        if values["badge_name"]:
            k.by_name.setdefault(fold(values["badge_name"]), []).append(d_id)
    if sensitive:
        for d_id, passport, born in db.execute(sa.select(
                DelegateSensitive.delegate_id, DelegateSensitive.passport_number,
                DelegateSensitive.date_of_birth)):
            if d_id in k.fields:
                k.fields[d_id].update(passport_number=passport, date_of_birth=born)
    for a_id, d_id, r_id, state in db.execute(
            sa.select(Accreditation.id, Accreditation.delegate_id, Accreditation.route_id,
                      sa.type_coerce(Accreditation.state, sa.String))
            .join(AccreditationRoute, AccreditationRoute.id == Accreditation.route_id)
            .where(AccreditationRoute.event_id == event_id)):
        k.accreditations[(d_id, r_id)] = (a_id, S(state))
    return k


def adds_nothing(row: ImportRow, known: Known, d_id: int) -> bool:
    """True where every field the row gives is what the delegate already has."""
    have = known.fields[d_id]
    for name in row.given_fields:
        value = getattr(row.data, name)
        if value in (None, "", []):
            continue
        if name in ("given_name", "family_name", "badge_name") and row.whole_name:
            continue
        if have.get(name) != value and not (name == "region" and canonical_region(have[name]) == value):
            return False  # (a region stored in another spelling of the same, "North America", is the same)
    if row.whole_name:
        spelled = {fold(f"{have['given_name']} {have['family_name']}"), fold(have["badge_name"]),
                   fold(f"{have['family_name']} {have['given_name']}")}
        if fold(row.whole_name) not in spelled:
            return False
    if row.route is not None:
        held = known.accreditations.get((d_id, row.route.id))
        if held is None:
            return False
        if row.state is not None and row.state is not held[1] and not (
                row.state is S.APPROVED and held[1] in (S.BADGE_ISSUED, S.BADGE_COLLECTED)):
            return False
    return True


def same(found: tuple[int, str | None] | None, email: str | None) -> int | None:
    if found is None or (email and found[1] and email_key(email) != email_key(found[1])):
        return None
    return found[0]


def existing_delegate(raw: dict[str, object], row: ImportRow, known: Known,
                      name_key: tuple[str, str]) -> int | None:
    """The delegate a row is: by reference (when the name or e-mail agrees), e-mail, name and
    city, or (for a row with neither e-mail nor city) a name only one delegate has, or one
    whose fields the row repeats exactly."""
    d = row.data
    m = REFERENCE.match(_text(raw.get("reference")) or "")
    if m and int(m.group(1)) in known.fields:
        d_id = int(m.group(1))
        have = known.fields[d_id]
        if (d.email and d.email == have["email"]) or name_key[0] in (
                fold(f"{have['given_name']} {have['family_name']}"), fold(have["badge_name"])):
            return d_id
    address = email_key(d.email)
    if address and address in known.by_email:
        return known.by_email[address]
    found = same(known.by_name_city.get(name_key), d.email)
    if found is not None:
        return found
    if not d.email and "city" not in row.given_fields:
        same_name = known.by_name.get(name_key[0], [])
        if len(same_name) == 1:
            return same_name[0]
        for d_id in same_name:
            if adds_nothing(row, known, d_id):
                return d_id
    return None


