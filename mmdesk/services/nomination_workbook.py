"""Nomination workbooks: a route's nominating body gets a workbook to fill in offline (its
route, quota and places left, the documents required, lists to pick from, in the forum's
languages) and sends it back; the import nominates every line on the route the workbook
names, or nothing.

Rules of the import (as every import: all or nothing, a report by line):
- a person already on this route is left as they are (a workbook sent back twice does no harm);
- a person already nominated on another route (by another nominating body), and not rejected
  or withdrawn there, is a problem naming that route: the accreditation officer decides;
- past the route's quota, a line is a problem where the route refuses, and is accepted and
  listed as flagged where the route flags;
- a person already in the list (same e-mail, else same name and city) keeps what the desk
  holds; the workbook only fills fields the desk left empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from mmdesk.domain.accreditation import QUOTA_STATES
from mmdesk.domain.enums import AccreditationState, Category, QuotaPolicy
from mmdesk.domain.errors import NotFound, ValidationError
from mmdesk.domain.sentences import Sentence
from mmdesk.domain.text import strip_marks
from mmdesk.files import atomic_write
from mmdesk.services import workbook_log
from mmdesk.services.common import ImportProblems, current_event, default_actor
from mmdesk.services.import_sentences import english, on_sheet
from mmdesk.spreadsheets import forum_workbook as fw
from mmdesk.spreadsheets import nomination_workbook as layout
from mmdesk.store.database import Store
from mmdesk.store.models import Accreditation, AccreditationChange, AccreditationRoute, Delegate, utcnow

REASON = "nomination workbook"


@dataclass(frozen=True)
class NominationExport:
    """What was written: for which route, with how many places left, in which languages."""

    route: str
    quota: int | None
    places_left: int | None
    languages: list[str]


def export_nominations(store: Store, route: str, target: Path, *, language: str | None = None
                       ) -> NominationExport:
    """Write the nomination workbook of a route (named or numbered) for its nominating body."""
    import pycountry

    from mmdesk.domain.countries import country_name_in
    from mmdesk.services.accreditation import find_route
    from mmdesk.services.events import get_event
    from mmdesk.services.exchange import ExportError, export_target

    target = export_target(target, (".xlsx",), "the nomination workbook is written as .xlsx")
    if language is not None and language not in fw.LANGUAGES:
        raise ExportError(
            "the workbook is written in {join}, not {language}",
            join=', '.join(fw.LANGUAGES), language=repr(language),
            code="nomination-workbook.workbook-written-not")
    found = find_route(store, route)
    event = get_event(store)
    languages = layout.workbook_languages(([language] if language else []) + list(event.languages))
    first = languages[0]
    countries = sorted({country_name_in(c.alpha_2, first) for c in pycountry.countries},
                       key=lambda n: (strip_marks(n), n))
    days = (f"{event.start_date:%Y-%m-%d}" if event.start_date == event.end_date
            else f"{event.start_date:%Y-%m-%d} – {event.end_date:%Y-%m-%d}")
    info = layout.NominationRoute(
        forum=event.name, days=days, venue=", ".join(x for x in (event.venue, event.city) if x) or None,
        route=found.name, nominating_body=found.nominating_body or found.partner, quota=found.quota,
        places_left=found.left, documents=list(found.required_documents), languages=languages,
        countries=countries, categories=[fw.CATEGORIES[c.value][first] for c in Category],
    )
    with atomic_write(target) as tmp:
        layout.write_nomination_workbook(tmp, info)
    with store.transaction() as db:  # the Accreditation page says which routes were sent theirs
        workbook_log.record(db, found.id, returned=False, file_name=Path(target).name)
    return NominationExport(found.name, found.quota, found.left, languages)


@dataclass
class NominationReport:
    """What an import of a nomination workbook did, or found wrong, line by line."""

    route: str = ""
    created: int = 0                 # new people, nominated
    nominated: int = 0               # people already in the list, nominated
    unchanged: int = 0               # already on this route
    #: (line, what): a Sentence (code, template, values), or a plain English line
    flagged: list[tuple[int, Sentence | str]] = field(default_factory=list)
    problems: list[tuple[int, Sentence | str]] = field(default_factory=list)
    sheet: str = "Nominations"

    def summary(self) -> str:
        text = (f"route “{self.route}”: {self.created + self.nominated} nominated "
                f"({self.created} new, {self.nominated} already in the list), {self.unchanged} already "
                f"on the route")
        if self.flagged:
            text += f"; {len(self.flagged)} past the quota, flagged"
        return text

    def lines(self) -> list[str]:
        """Every problem as one English line (for logs): the sheet, the line, what is wrong."""
        return [english(on_sheet(self.sheet, line, text) if line else text) for line, text in self.problems]


class NominationImportRefused(ImportProblems):
    """A nomination workbook with problems: nothing was imported; carries the report."""

    def __init__(self, report: NominationReport) -> None:
        super().__init__(report, [on_sheet(report.sheet, line, text) if line else text
                                  for line, text in report.problems], "the workbook")


def import_nominations(store: Store, path: Path, *, actor: str | None = None) -> NominationReport:
    """Nominate every line of a returned workbook on the route it names: all, or nothing."""
    from mmdesk.services.accreditation import _used
    from mmdesk.services.backup import backup_beside
    from mmdesk.services.delegates import _apply, input_of
    from mmdesk.services.forum_workbook_delegates import known_delegates, match_row, row_input

    with store.reading() as db:
        current_event(db)  # a store without its forum says so before the file is looked at
    book = layout.read_nomination_workbook(Path(path))
    report = NominationReport(sheet=book.sheet)
    if not book.route:
        report.problems.append((0, Sentence(
            "{file} does not say which route it is for: send the nominating body a workbook made with "
            "`mmdesk export nominations`", file=Path(path).name, code="nomination-workbook.no-route")))
        raise NominationImportRefused(report)
    actor = actor or default_actor()
    # the rotating copy of the store as it was, made beside the work (a refused import keeps none)
    with store.transaction() as db, backup_beside(store, "before-import", db):
        event = current_event(db)
        if book.forum and book.forum != event.name:
            report.problems.append((0, Sentence("this workbook was made for “{forum}”, not for “{event}”",
                                                forum=book.forum, event=event.name,
                                                code="nomination-workbook.other-forum")))
            raise NominationImportRefused(report)
        routes = list(db.scalars(
            sa.select(AccreditationRoute).where(AccreditationRoute.event_id == event.id)))
        route = next((r for r in routes if strip_marks(r.name) == strip_marks(book.route)), None)
        if route is None:
            raise NotFound(
                "the workbook is for route {route}, which this forum does not have (routes: {value})",
                route=repr(book.route), value=', '.join(r.name for r in routes) or 'none',
                code="nomination-workbook.workbook-route-which")
        report.route = route.name
        names = {r.id: r for r in routes}
        on_routes: dict[int, list[tuple[int, AccreditationState]]] = {}
        for d_id, r_id, state in db.execute(
                sa.select(Accreditation.delegate_id, Accreditation.route_id, Accreditation.state)
                .join(Delegate, Delegate.id == Accreditation.delegate_id)
                .where(Delegate.event_id == event.id)):
            on_routes.setdefault(d_id, []).append((r_id, state))
        known = known_delegates(db, event.id)
        used = _used(db, route.id)
        now = utcnow()
        for line, row in book.rows:
            raw = {k: (None if isinstance(v, str) and not v.strip() else v) for k, v in row.items()
                   if k not in ("route", "state")}
            if all(v is None for v in raw.values()):
                continue
            try:
                data, _, _ = row_input(raw, {})
                existing = match_row(known, data, line, raw.get("reference"))
            except ValidationError as exc:
                report.problems.append((line, exc.sentence))
                continue
            who = " ".join(p for p in (data.given_name, data.family_name) if p)
            held = on_routes.get(existing, []) if existing is not None else []
            if any(r_id == route.id for r_id, _ in held):
                report.unchanged += 1
                continue
            elsewhere = [names[r_id] for r_id, state in held if state in QUOTA_STATES]
            if elsewhere:
                other = elsewhere[0]
                body = other.nominating_body or other.name
                report.problems.append((line, Sentence(
                    "{who} is already nominated by {body} (route “{route}”)", who=who, body=body,
                    route=other.name, code="nomination-workbook.nominated-elsewhere")))
                continue
            if route.quota is not None and used >= route.quota:
                if route.quota_policy is QuotaPolicy.REFUSE:
                    report.problems.append((line, Sentence(
                        "{who}: past the route's quota ({used} of {quota} places taken)", who=who, used=used,
                        quota=route.quota, code="nomination-workbook.past-quota")))
                    continue
                report.flagged.append((line, Sentence("{who}: place {n} of a quota of {quota}", who=who,
                                                      n=used + 1, quota=route.quota,
                                                      code="nomination-workbook.place-past-quota")))
            if existing is None:
                delegate = Delegate(event_id=event.id, category=data.category)
                _apply(db, delegate, data)
                db.add(delegate)
                report.created += 1
            else:
                delegate = db.get_one(Delegate, existing)
                kept = input_of(delegate)  # the desk's fields stay; empty ones are filled
                for key in data.__dataclass_fields__:
                    if getattr(kept, key) in (None, "", []) and getattr(data, key) not in (None, "", []):
                        setattr(kept, key, getattr(data, key))
                _apply(db, delegate, kept.cleaned())
                report.nominated += 1
            acc = Accreditation(route=route, state=AccreditationState.NOMINATED, documents_received={},
                                updated_at=now, reason=REASON)
            acc.history.append(AccreditationChange(from_state=None, to_state=AccreditationState.NOMINATED,
                                                   actor=actor, at=now, reason=REASON))
            delegate.accreditations.append(acc)
            used += 1
        if report.problems:
            raise NominationImportRefused(report)
        workbook_log.record(db, route.id, returned=True, file_name=Path(path).name,
                            people=report.created + report.nominated)
        db.flush()
    return report
