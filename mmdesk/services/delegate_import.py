"""Delegate lists in, as organizers receive them (Indico, pretix, Google and Microsoft Forms,
UN lists of participants, sheets with a logo above the header, French and Spanish lists).

Every row is checked first; then all good rows are written in one transaction, or none. A
person is never dropped for a country: an unknown one is left empty with a warning naming
the closest matches. What the program could not be sure of (the sheet, the header row, a
name split, a date column's order, a registration state) is in the report, not guessed.
A row that matches a delegate already there and adds nothing is "unchanged", so importing
mmdesk's own export (any columns) changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.collector import paused_gc
from mmdesk.domain.accreditation import LABELS, QUOTA_STATES
from mmdesk.domain.countries import find_country
from mmdesk.domain.enums import AccreditationState, Category, QuotaPolicy
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.people import DateOrder, date_order
from mmdesk.domain.sentences import Sentence
from mmdesk.domain.text import strip_marks
from mmdesk.services.common import ImportProblems, current_event, default_actor
from mmdesk.services.delegate_import_rows import _row_input, _warn_about, _who
from mmdesk.services.delegate_import_write import _write
from mmdesk.services.import_matching import (
    ImportRow,
    adds_nothing,
    email_key,
    existing_delegate,
    fold_name,
    known_delegates,
    same,
)
from mmdesk.services.import_sentences import at_line
from mmdesk.spreadsheets.cells import cell_text as _text
from mmdesk.spreadsheets.columns import NAME_FIELDS, ColumnPlan, plan_file
from mmdesk.spreadsheets.headers import writes_day_first
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationRoute,
)

S = AccreditationState
#: warnings that say the same of more people than this are one line with the count and examples
FOLD_FROM = 5


@dataclass
class ImportReport:
    """What an import found and did, row by row, and what it could not be sure of."""

    rows: int = 0
    created: int = 0
    merged: int = 0
    skipped: int = 0
    unchanged: int = 0
    nominated: int = 0
    #: (line, what is wrong): each a Sentence (a code, a template, its values), said in any language
    problems: list[tuple[int, Sentence | str]] = field(default_factory=list)  # str: a reader's English
    warnings: list[tuple[int, Sentence]] = field(default_factory=list)
    #: Sentences, and plain English lines from the reading of the file (mmdesk.spreadsheets)
    notes: list[Sentence | str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    states: Counter = field(default_factory=Counter)
    alike: dict[int, object] = field(default_factory=dict)  # warning's index → what it says beside the name
    sheet: str | None = None
    header_line: int = 1
    dry_run: bool = False

    def summary(self) -> str:
        """The counts in one English line (for logs; mmdesk.report_words says it in the user's language)."""
        from mmdesk.report_words import import_summary

        return import_summary(self, "en")

    def lines(self) -> list[str]:
        """The whole report as English lines (for logs): summary, sheet and header, notes, warnings,
        problems. mmdesk.report_words.import_lines says them in the user's language."""
        from mmdesk.report_words import import_lines

        return import_lines(self, "en")

    def folded_warnings(self) -> list[list[tuple[int, Sentence]]]:
        """The warnings in order, those that say the same of more than FOLD_FROM people (badges
        not imported, documents missing on a route) in one list at the place of the first."""
        counts = Counter(self.alike.values())
        groups: dict[object, list[tuple[int, Sentence]]] = {}
        out: list[list[tuple[int, Sentence]]] = []
        for i, warning in enumerate(self.warnings):
            what = self.alike.get(i)
            if what is None or counts[what] <= FOLD_FROM:
                out.append([warning])
            elif what in groups:
                groups[what].append(warning)
            else:
                groups[what] = [warning]
                out.append(groups[what])
        return out

    @staticmethod
    def folded_line(same: list[tuple[int, Sentence]]) -> Sentence:
        """One line for warnings alike: the count, the first in full, the next lines' numbers."""
        (line, why), more = same[0], ", ".join(str(n) for n, _ in same[1:4])
        return Sentence("{len} rows alike, as line {line}: {why} (also lines {more}, …)", len=len(same),
                        line=line, why=why, more=more, code=why.code)


class ImportRefused(ImportProblems):
    """An import that found problems and changed nothing; carries the report."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(report, [at_line(line, reason) for line, reason in report.problems], "the file")


class _DryRunDone(Exception):
    """Leaves a dry run's transaction so that it rolls back."""


def import_delegates(store: Store, path: Path, *, dry_run: bool = False,
                     mapping: dict[str | int, str] | None = None, duplicates: str = "report",
                     skip_invalid: bool = False, default_category: Category | str = Category.CITY_OFFICIAL,
                     actor: str | None = None, sheet: str | None = None,
                     route: str | None = None) -> ImportReport:
    """Read a delegate list; check every row; write all good rows in one transaction, or none.

    Duplicates (same reference, same e-mail, or same name and city with accents ignored
    where one of the two has no e-mail), in the file or against the store, are problems
    unless `duplicates` says "skip" (keep what is there) or "merge" (fill the existing
    delegate's empty fields from the row); a row that adds nothing is unchanged.
    `mapping` corrects the named columns ("-" leaves one out); `route` nominates rows
    that name no route on that one.
    """
    report = ImportReport(dry_run=dry_run)
    for _ in import_delegates_steps(store, path, report, dry_run=dry_run, mapping=mapping,
                                    duplicates=duplicates, skip_invalid=skip_invalid,
                                    default_category=default_category, actor=actor, sheet=sheet, route=route):
        pass
    return report


def import_delegates_steps(store: Store, path: Path, report: ImportReport, *, dry_run: bool = False,
                           mapping: dict[str | int, str] | None = None, duplicates: str = "report",
                           skip_invalid: bool = False,
                           default_category: Category | str = Category.CITY_OFFICIAL,
                           actor: str | None = None, sheet: str | None = None,
                           route: str | None = None) -> Iterator[tuple[int, int]]:
    """The import as a generator of (rows checked, rows) for a progress dialog; closing it
    (Cancel) before the end rolls the whole import back. Fills `report`."""
    with paused_gc():  # tens of thousands of rows held at once: see paused_gc
        yield from _steps(store, path, report, dry_run=dry_run, mapping=mapping, duplicates=duplicates,
                          skip_invalid=skip_invalid, default_category=default_category, actor=actor,
                          sheet=sheet, route=route)


def _steps(store: Store, path: Path, report: ImportReport, *, dry_run: bool,
           mapping: dict[str | int, str] | None, duplicates: str, skip_invalid: bool,
           default_category: Category | str, actor: str | None,
           sheet: str | None, route: str | None) -> Iterator[tuple[int, int]]:
    if duplicates not in ("report", "skip", "merge"):
        raise ValidationError(
            "duplicates are handled by 'report', 'skip' or 'merge'",
            code="delegate-import.duplicates-handled-report")
    category_default = Category(default_category)
    report.dry_run = dry_run
    plan = plan_file(Path(path), sheet=sheet, mapping=mapping)
    report.mapping, report.unmapped = plan.mapping, plan.unmapped
    report.sheet, report.header_line = plan.table.sheet, plan.table.header_line
    report.notes = list(plan.notes)
    if not NAME_FIELDS & set(plan.index.values()):
        raise ImportRefused(ImportReport(problems=[(plan.table.header_line, Sentence(
            "no column for names was recognised: map one to given_name, family_name or full_name "
            "(e.g. --map 'Participant=full_name')", code="delegate-import.no-name-column"))]))
    from mmdesk.services.backup import backup_beside

    # the rotating copy of the store as it was, made in another thread while the rows are
    # checked and written; a refused, cancelled or dry-run import (the block raises) keeps none
    try:
        with store.transaction() as db, (
                nullcontext() if dry_run else backup_beside(store, "before-import", db)):
            yield from _check_and_write(db, plan, report, duplicates, skip_invalid, category_default,
                                        dry_run, actor or default_actor(), route)
    except _DryRunDone:
        pass  # the transaction rolled back: a dry run changes nothing


# ---------------------------------------------------------------- checking


def _check_and_write(db: DbSession, plan: ColumnPlan, report: ImportReport, duplicates: str,
                     skip_invalid: bool, category_default: Category, dry_run: bool, actor: str,
                     default_route: str | None) -> Iterator[tuple[int, int]]:
    event = current_event(db)
    routes = {strip_marks(r.name): r for r in db.scalars(
        sa.select(AccreditationRoute).where(AccreditationRoute.event_id == event.id))}
    fallback = None
    if default_route:
        fallback = routes.get(strip_marks(default_route.strip()))
        if fallback is None:
            raise ValidationError(
                "no accreditation route {default_route} (routes: {value})",
                default_route=repr(default_route),
                value=', '.join(r.name for r in routes.values()) or 'none yet',
                code="delegate-import.no-accreditation-route")
    index = plan.index
    fields = set(index.values())
    known = known_delegates(db, event.id, bool({"passport_number", "date_of_birth"} & fields))
    table = plan.table
    order = DateOrder("iso")
    if "date_of_birth" in fields:
        col = next(i for i, f in index.items() if f == "date_of_birth")
        order = date_order([c[col] if col < len(c) else None for _, c in table.rows],
                           day_first_locale=writes_day_first(table.headers) or table.delimiter == ";")
        if order.order == "unsure":
            report.notes.append(Sentence(
                "dates of birth in {headers} left empty: {why} (write them as 1968-04-12, or as 31/03/1975 "
                "where a day is past 12)", headers=repr(table.headers[col]), why=order.why,
                code="delegate-import.dates-of-birth-unsure"))
        elif order.order != "iso":
            report.notes.append(Sentence("dates of birth in {headers} read {order} ({why})",
                                         headers=repr(table.headers[col]), order=order.order, why=order.why,
                                         code="delegate-import.dates-of-birth-order"))
    used = {r.id: n for r, n in _route_use(db, list(routes.values()))}
    adding: Counter = Counter()
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str], tuple[int, str | None]] = {}
    section_country: str | None = None
    good: list[ImportRow] = []
    total = len(table.rows)
    wide = len(table.headers) >= 3
    names, last = list(index.values()), max(index, default=-1)
    pick: Any = itemgetter(*index) if len(index) > 1 else None  # the mapped cells of a row, at C speed
    for line, cells in table.rows:
        report.rows += 1
        if report.rows % 1000 == 0:
            yield report.rows, total
        only = _only_filled(cells) if wide else None
        if only is not None:
            i, value = only
            f = index.get(i)
            may_be_country = f in (None, "country", "full_name", "honorific", "reference")
            code = find_country(value) if may_be_country else None
            if (code and (i == 0 or f in (None, "country"))) or f is None or (
                    i == 0 and f not in NAME_FIELDS | {"email"}):
                report.rows -= 1
                if code:
                    section_country = code
                    report.notes.append(Sentence("line {line}: section {value}: country of the rows below",
                                                 line=line, value=repr((_text(value) or '')[:60]),
                                                 code="delegate-import.section-country"))
                else:
                    report.notes.append(Sentence("line {line}: a heading, not a person ({value}): "
                                                 "passed over", line=line,
                                                 value=repr((_text(value) or '')[:60]),
                                                 code="delegate-import.heading-passed-over"))
                continue
        if pick is not None and len(cells) > last:  # the usual row, as wide as the header
            raw = dict(zip(names, pick(cells), strict=True))
        else:
            raw = {f: cells[i] if i < len(cells) else None for i, f in index.items()}
        try:
            row = _row_input(line, raw, fields, category_default, routes, order, report, section_country)
        except ValidationError as exc:
            report.problems.append((line, exc.sentence))
            continue
        if row.route is None and fallback is not None:
            row.route = fallback
        d = row.data
        name_key = fold_name(d.given_name or "", d.family_name or "", d.city)
        existing = existing_delegate(raw, row, known, name_key)
        if existing is not None and adds_nothing(row, known, existing):
            report.unchanged += 1
            continue
        if row.state in (S.WITHDRAWN, S.REJECTED) and row.route is None:
            report.skipped += 1
            _warn_about(report, line, Sentence(
                "{who} left out: {state} in the file, and no route to record it on (name one with --route)",
                who=_who(row), state=LABELS[row.state], code="delegate-import.left-out-no-route"))
            continue
        earlier = (seen_email.get(email_key(d.email) or "") if d.email else None) or same(
            seen_name.get(name_key), d.email)
        if earlier is not None:
            if duplicates == "report":
                report.problems.append((line, Sentence("the same delegate as line {earlier}", earlier=earlier,
                                                       code="delegate-import.same-as-line")))
            else:
                report.skipped += 1
            continue
        if existing is not None and duplicates == "report":
            report.problems.append((line, Sentence(
                "{who} is already in the list (same reference, e-mail, or name and city): "
                "choose merge or skip",
                who=_who(row), code="delegate-import.already-in-list")))
            continue
        if existing is not None and duplicates == "skip":
            report.skipped += 1
            continue
        on_route = row.route is not None and (existing, row.route.id) in known.accreditations
        if row.route is not None and not on_route:
            r = row.route
            adding[r.id] += 1
            if r.quota is not None and used.get(r.id, 0) + adding[r.id] > r.quota:
                message = Sentence("route {name} is full: {used} of {quota} place taken",
                                   plural="route {name} is full: {used} of {quota} places taken", n=r.quota,
                                   name=repr(r.name), used=used.get(r.id, 0), quota=r.quota,
                                   code="accreditation.route-full-places")
                if r.quota_policy is QuotaPolicy.REFUSE:
                    adding[r.id] -= 1
                    report.problems.append((line, message))
                    continue
                report.warnings.append((line, Sentence("{message}: nominated past the quota (flagged)",
                                                       message=message, code="delegate-import.past-quota")))
        if d.email:
            seen_email[email_key(d.email) or d.email] = line
        seen_name.setdefault(name_key, (line, d.email))
        row.existing = existing
        good.append(row)
    if report.problems and not skip_invalid:
        raise ImportRefused(report)
    report.created = sum(1 for r in good if r.existing is None)
    report.merged = sum(1 for r in good if r.existing is not None)
    _write(db, event.id, good, known, actor, report)
    yield total, total
    if dry_run:
        raise _DryRunDone


def _only_filled(cells: list[object]) -> tuple[int, object] | None:
    """The one cell of a row with something in it (a heading, a section's country), or None
    where there are none or several (the usual row: it stops at the second)."""
    found = None
    for i, c in enumerate(cells):
        if c not in (None, "") and str(c).strip():
            if found is not None:
                return None
            found = (i, c)
    return found


def _route_use(db: DbSession, routes: list[AccreditationRoute]) -> list[tuple[AccreditationRoute, int]]:

    out = []
    for r in routes:
        if r.quota is not None:
            out.append((r, db.scalar(sa.select(sa.func.count()).where(
                Accreditation.route_id == r.id,
                Accreditation.state.in_([s.value for s in QUOTA_STATES]))) or 0))
    return out
