"""The endorsement register: which city endorsed which action areas of the forum's
declaration or pledge (or the whole of it), by whom and when; the list of signatories
printed and exported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from mmdesk.domain.collation import collation_key
from mmdesk.domain.countries import country_name
from mmdesk.domain.enums import Category
from mmdesk.domain.errors import NotFound, ValidationError
from mmdesk.domain.validation import display_name
from mmdesk.files import atomic_write
from mmdesk.services.common import current_event, fetch
from mmdesk.services.delegates import organisation_id_for
from mmdesk.store.database import Store
from mmdesk.store.models import Declaration, Delegate, Endorsement, Organisation, utcnow


@dataclass(frozen=True)
class DeclarationView:
    """A declaration or pledge, its action areas and how many have endorsed it."""

    id: int
    title: str
    action_areas: tuple[str, ...]
    endorsements: int
    #: the endorsers' names are public statements, kept when the event closes (False: erased)
    endorsers_public: bool = False


@dataclass(frozen=True)
class EndorsementView:
    """One signatory: the city or organisation, what it endorsed, by whom, when."""

    id: int
    organisation: str
    country: str | None
    areas: tuple[str, ...]   # empty: the whole declaration
    endorsed_by: str | None
    endorsed_at: datetime

    @property
    def whole(self) -> bool:
        return not self.areas


def list_declarations(store: Store) -> list[DeclarationView]:
    """The event's declarations, in the order they were added."""
    with store.reading() as db:
        event = current_event(db)
        rows = db.execute(
            sa.select(Declaration, sa.func.count(Endorsement.id))
            .outerjoin(Endorsement, Endorsement.declaration_id == Declaration.id)
            .where(Declaration.event_id == event.id).group_by(Declaration.id).order_by(Declaration.id)).all()
        return [DeclarationView(d.id, d.title, tuple(d.action_areas or ()), n, d.endorsers_public)
                for d, n in rows]


def create_declaration(store: Store, title: str, action_areas: list[str], *,
                       endorsers_public: bool = False) -> DeclarationView:
    """A new declaration with its action areas (each named once); endorsers_public: the names of
    who signed for each city are public statements, kept when the event closes (else erased)."""
    title = " ".join((title or "").split())
    areas = [" ".join(a.split()) for a in action_areas if a and a.strip()]
    if not title:
        raise ValidationError("a declaration needs a title", code="endorsements.declaration-needs-title")
    if len(set(areas)) != len(areas):
        raise ValidationError("each action area can be named only once", code="endorsements.each-action-area")
    with store.transaction() as db:
        event = current_event(db)
        if db.scalar(sa.select(Declaration.id).where(Declaration.event_id == event.id,
                                                     Declaration.title == title)):
            raise ValidationError(
                "there is already a declaration called {title}",
                title=repr(title), code="endorsements.already-declaration-called")
        d = Declaration(event_id=event.id, title=title, action_areas=areas,
                        endorsers_public=bool(endorsers_public))
        db.add(d)
        db.flush()
        return DeclarationView(d.id, d.title, tuple(areas), 0, d.endorsers_public)


def endorse(store: Store, declaration_id: int, organisation: str, *, country: str | None = None,
            areas: list[str] | None = None, endorsed_by: str | None = None,
            delegate_id: int | None = None, at: datetime | None = None) -> EndorsementView:
    """Record that a city (or organisation) endorses the declaration: the whole of it when
    areas is empty, else those action areas. A city that endorsed before has its record
    replaced (it widened or narrowed what it signs)."""
    name = " ".join((organisation or "").split())
    chosen = list(dict.fromkeys(areas or []))
    with store.transaction() as db:
        decl = fetch(db, Declaration, declaration_id, "declaration")
        unknown = [a for a in chosen if a not in (decl.action_areas or [])]
        if unknown:
            raise ValidationError(
                "{title} has no action area {unknown}",
                title=repr(decl.title), unknown=repr(unknown[0]), code="endorsements.no-action-area")
        if set(chosen) == set(decl.action_areas or []):
            chosen = []  # every area is the whole pledge
        if delegate_id is not None:
            person = fetch(db, Delegate, delegate_id, "delegate")
            endorsed_by = endorsed_by or display_name(person.honorific, person.given_name, person.family_name)
            if not name and person.organisation is not None:
                name, country = person.organisation.name, person.organisation.country
        if not name:
            raise ValidationError(
                "name the city or organisation that endorses",
                code="endorsements.name-city-organisation")
        org_id = organisation_id_for(db, name, country, Category.LOCAL_LEADER)
        row = db.scalars(sa.select(Endorsement).where(Endorsement.declaration_id == decl.id,
                                                      Endorsement.organisation_id == org_id)).first()
        if row is None:
            row = Endorsement(declaration_id=decl.id, organisation_id=org_id)
            db.add(row)
        row.action_areas = chosen
        row.endorsed_by = " ".join(endorsed_by.split()) if endorsed_by else None
        row.delegate_id = delegate_id
        row.endorsed_at = at or utcnow()
        db.flush()
        org = db.get(Organisation, org_id)
        assert org is not None
        return EndorsementView(row.id, org.name, org.country, tuple(chosen), row.endorsed_by, row.endorsed_at)


def withdraw_endorsement(store: Store, endorsement_id: int) -> None:
    """Take a signature off the register."""
    with store.transaction() as db:
        db.delete(fetch(db, Endorsement, endorsement_id, "endorsement"))


def signatories(store: Store, declaration_id: int) -> tuple[DeclarationView, list[EndorsementView]]:
    """The declaration and its signatories, by name of city in Unicode collation order."""
    with store.reading() as db:
        decl = db.get(Declaration, declaration_id)
        if decl is None:
            raise NotFound(
                "no declaration {declaration_id}",
                declaration_id=declaration_id, code="endorsements.no-declaration")
        rows = db.execute(sa.select(Endorsement, Organisation).join(Organisation)
                          .where(Endorsement.declaration_id == decl.id)).all()
        view = DeclarationView(decl.id, decl.title, tuple(decl.action_areas or ()), len(rows),
                               decl.endorsers_public)
        out = [EndorsementView(e.id, o.name, o.country, tuple(e.action_areas or ()), e.endorsed_by,
                               e.endorsed_at) for e, o in rows]
    out.sort(key=lambda e: collation_key(e.organisation))
    return view, out


def _only_declaration(store: Store, declaration_id: int | None) -> int:
    if declaration_id is not None:
        return declaration_id
    found = list_declarations(store)
    if not found:
        raise NotFound("the event has no declaration or pledge yet", code="endorsements.event-no-declaration")
    return found[0].id


def export_endorsements(store: Store, target: Path, declaration_id: int | None = None) -> Path:
    """The register as .xlsx: one row per signatory, a column per action area (✓)."""
    from mmdesk.spreadsheets.tables import write_tables

    decl, rows = signatories(store, _only_declaration(store, declaration_id))
    headers = ["City or organisation", "Country", "Whole pledge", *decl.action_areas, "Endorsed by", "Date"]
    table = [(e.organisation, country_name(e.country), "yes" if e.whole else "",
              *["✓" if e.whole or a in e.areas else "" for a in decl.action_areas],
              e.endorsed_by or "", e.endorsed_at.replace(microsecond=0)) for e in rows]
    totals = ("Endorsements", len(rows), sum(e.whole for e in rows),
              *[sum(e.whole or a in e.areas for e in rows) for a in decl.action_areas], "", None)
    return write_tables(Path(target), [(decl.title[:31], headers, [*table, totals])])


def print_signatories(store: Store, target: Path, declaration_id: int | None = None) -> int:
    """The list of signatories as a PDF; returns its pages."""
    decl, rows = signatories(store, _only_declaration(store, declaration_id))
    from mmdesk.printing.signatories import signatories_pdf  # ReportLab: only when printing

    with atomic_write(target) as tmp:
        pages = signatories_pdf(decl.title, decl.action_areas,
                                [(e.organisation, country_name(e.country), e.areas, e.endorsed_by,
                                  e.endorsed_at) for e in rows], tmp)
    return pages
