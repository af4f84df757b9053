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

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from mmdesk.domain.accreditation import LABELS, QUOTA_STATES, TRANSITIONS, check_transition, shortest_path
from mmdesk.domain.countries import closest_countries, find_country
from mmdesk.domain.enums import CATEGORY_WORDS, AccreditationState, Category, QuotaPolicy
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.domain.people import DateOrder, date_order, read_date, split_name, state_of
from mmdesk.domain.text import strip_marks
from mmdesk.domain.validation import email_key
from mmdesk.services.common import ImportProblems, current_event, default_actor, insert_numbered
from mmdesk.services.delegates import DelegateInput, delegate_search_key, organisation_id_for
from mmdesk.services.import_matching import (
    ImportRow,
    Known,
    adds_nothing,
    existing_delegate,
    fold_name,
    known_delegates,
    same,
)
from mmdesk.spreadsheets.cells import cell_text as _text
from mmdesk.spreadsheets.columns import NAME_FIELDS, ColumnPlan, plan_file
from mmdesk.spreadsheets.headers import writes_day_first
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    Badge,
    Delegate,
    DelegateSensitive,
    utcnow,
)

S = AccreditationState
# what every row of a list repeats (a category, a route, a state, a country) is read once an import
_TAGS, _LANGUAGES = re.compile(r"[,;]"), re.compile(r"[,;/]")
_marks = lru_cache(maxsize=4096)(strip_marks)
_country = lru_cache(maxsize=4096)(find_country)
_state = lru_cache(maxsize=256)(state_of)
_CATEGORY_BY_WORD = {strip_marks(w): c for c, w in CATEGORY_WORDS.items()} | {
    strip_marks(c.value): c for c in Category} | {strip_marks(c.value.replace("_", " ")): c for c in Category}


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
    problems: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    states: Counter = field(default_factory=Counter)
    alike: dict[int, str] = field(default_factory=dict)  # warning's index → what it says beside the name
    sheet: str | None = None
    header_line: int = 1
    dry_run: bool = False

    def summary(self) -> str:
        done = "would import" if self.dry_run else "imported"
        text = f"{self.rows} row(s): {done} {self.created}, merged {self.merged}, skipped {self.skipped}"
        if self.unchanged:
            text += f", unchanged {self.unchanged}"
        if self.nominated:
            text += f"; {'would nominate' if self.dry_run else 'nominated'} {self.nominated} on routes"
        if self.problems:
            text += f"; {len(self.problems)} problem(s)"
        if self.warnings:
            text += f"; {len(self.warnings)} warning(s)"
        return text

    def lines(self) -> list[str]:
        """The whole report as lines: summary, sheet and header, notes, warnings, problems."""
        out = [self.summary()]
        if self.sheet:
            out.append(f"sheet: {self.sheet}")
        out.append(f"header row: line {self.header_line}")
        if self.mapping:
            out.append("columns: " + ", ".join(f"{h} → {f}" for h, f in self.mapping.items()))
        if self.unmapped:
            out.append("left out: " + ", ".join(self.unmapped))
        out += [f"note: {n}" for n in self.notes]
        out += [f"states: {k} → {LABELS[v]} ({n})" for (k, v), n in sorted(self.states.items())]
        out += [f"line {n}: {why}" if len(same) == 1 else self.folded_line(same)
                for same in self.folded_warnings() for n, why in same[:1]]
        out += [f"line {n}: {why}" for n, why in self.problems]
        return out

    def folded_warnings(self) -> list[list[tuple[int, str]]]:
        """The warnings in order, those that say the same of more than FOLD_FROM people (badges
        not imported, documents missing on a route) in one list at the place of the first."""
        counts = Counter(self.alike.values())
        groups: dict[str, list[tuple[int, str]]] = {}
        out: list[list[tuple[int, str]]] = []
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
    def folded_line(same: list[tuple[int, str]]) -> str:
        """One line for warnings alike: the count, the first in full, the next lines' numbers."""
        (line, why), more = same[0], ", ".join(str(n) for n, _ in same[1:4])
        return f"{len(same)} rows alike, as line {line}: {why} (also lines {more}, …)"


class ImportRefused(ImportProblems):
    """An import that found problems and changed nothing; carries the report."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(report, [f"line {line}: {reason}" for line, reason in report.problems], "the file")


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
    if duplicates not in ("report", "skip", "merge"):
        raise ValidationError("duplicates are handled by 'report', 'skip' or 'merge'")
    category_default = Category(default_category)
    report.dry_run = dry_run
    plan = plan_file(Path(path), sheet=sheet, mapping=mapping)
    report.mapping, report.unmapped = plan.mapping, plan.unmapped
    report.sheet, report.header_line = plan.table.sheet, plan.table.header_line
    report.notes = list(plan.notes)
    if not NAME_FIELDS & set(plan.index.values()):
        raise ImportRefused(ImportReport(problems=[(plan.table.header_line, (
            "no column for names was recognised: map one to given_name, family_name or full_name "
            "(e.g. --map 'Participant=full_name')"))]))
    from mmdesk.services.backup import backup_when_written

    try:  # the rotating copy once the rows are checked and good: a refused import takes none
        with store.transaction() as db, backup_when_written(store, "before-import") as backup_now:
            yield from _check_and_write(db, plan, report, duplicates, skip_invalid, category_default,
                                        dry_run, actor or default_actor(), route, backup_now)
    except _DryRunDone:
        pass  # the transaction rolled back: a dry run changes nothing


# ---------------------------------------------------------------- checking


def _check_and_write(db: DbSession, plan: ColumnPlan, report: ImportReport, duplicates: str,
                     skip_invalid: bool, category_default: Category, dry_run: bool, actor: str,
                     default_route: str | None,
                     before_write: Callable[[], object] = lambda: None) -> Iterator[tuple[int, int]]:
    event = current_event(db)
    routes = {strip_marks(r.name): r for r in db.scalars(
        sa.select(AccreditationRoute).where(AccreditationRoute.event_id == event.id))}
    fallback = None
    if default_route:
        fallback = routes.get(strip_marks(default_route.strip()))
        if fallback is None:
            raise ValidationError(f"no accreditation route {default_route!r} (routes: "
                                  f"{', '.join(r.name for r in routes.values()) or 'none yet'})")
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
            report.notes.append(f"dates of birth in {table.headers[col]!r} left empty: {order.why} "
                                f"(write them as 1968-04-12, or as 31/03/1975 where a day is past 12)")
        elif order.order != "iso":
            report.notes.append(f"dates of birth in {table.headers[col]!r} read {order.order} ({order.why})")
    used = {r.id: n for r, n in _route_use(db, list(routes.values()))}
    adding: Counter = Counter()
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str], tuple[int, str | None]] = {}
    section_country: str | None = None
    good: list[ImportRow] = []
    total = len(table.rows)
    wide = len(table.headers) >= 3
    for line, cells in table.rows:
        report.rows += 1
        if report.rows % 1000 == 0:
            yield report.rows, total
        filled = [(i, c) for i, c in enumerate(cells) if c not in (None, "") and str(c).strip()]
        if wide and len(filled) == 1:
            i, value = filled[0]
            f = index.get(i)
            may_be_country = f in (None, "country", "full_name", "honorific", "reference")
            code = find_country(value) if may_be_country else None
            if (code and (i == 0 or f in (None, "country"))) or f is None or (
                    i == 0 and f not in NAME_FIELDS | {"email"}):
                report.rows -= 1
                if code:
                    section_country = code
                    report.notes.append(f"line {line}: section {(_text(value) or '')[:60]!r}: "
                                        f"country of the rows below")
                else:
                    report.notes.append(f"line {line}: a heading, not a person "
                                        f"({(_text(value) or '')[:60]!r}): passed over")
                continue
        raw = {f: cells[i] if i < len(cells) else None for i, f in index.items()}
        try:
            row = _row_input(line, raw, fields, category_default, routes, order, report, section_country)
        except ValidationError as exc:
            report.problems.append((line, str(exc)))
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
            _warn_about(report, line, _who(row), f"{_who(row)} left out: {LABELS[row.state]} in the file, "
                                                 f"and no route to record it on (name one with --route)")
            continue
        earlier = (seen_email.get(email_key(d.email) or "") if d.email else None) or same(
            seen_name.get(name_key), d.email)
        if earlier is not None:
            if duplicates == "report":
                report.problems.append((line, f"the same delegate as line {earlier}"))
            else:
                report.skipped += 1
            continue
        if existing is not None and duplicates == "report":
            report.problems.append((line, f"{_who(row)} is already in the list (same reference, e-mail, "
                                          f"or name and city): choose merge or skip"))
            continue
        if existing is not None and duplicates == "skip":
            report.skipped += 1
            continue
        on_route = row.route is not None and (existing, row.route.id) in known.accreditations
        if row.route is not None and not on_route:
            r = row.route
            adding[r.id] += 1
            if r.quota is not None and used.get(r.id, 0) + adding[r.id] > r.quota:
                message = f"route {r.name!r} is full: {r.quota} place(s), {used.get(r.id, 0)} taken"
                if r.quota_policy is QuotaPolicy.REFUSE:
                    adding[r.id] -= 1
                    report.problems.append((line, message))
                    continue
                report.warnings.append((line, message + ": nominated past the quota (flagged)"))
        if d.email:
            seen_email[email_key(d.email) or d.email] = line
        seen_name.setdefault(name_key, (line, d.email))
        row.existing = existing
        good.append(row)
    if report.problems and not skip_invalid:
        raise ImportRefused(report)
    report.created = sum(1 for r in good if r.existing is None)
    report.merged = sum(1 for r in good if r.existing is not None)
    if not dry_run:
        before_write()
    _write(db, event.id, good, known, actor, report)
    yield total, total
    if dry_run:
        raise _DryRunDone


def _who(row: ImportRow) -> str:
    return " ".join(p for p in (row.data.given_name, row.data.family_name) if p) or "a delegate"


def _warn_about(report: ImportReport, line: int, who: str, text: str) -> None:
    """A warning about one person (text begins with who): alike ones are folded in the report."""
    report.alike[len(report.warnings)] = text[len(who):]
    report.warnings.append((line, text))


def _route_use(db: DbSession, routes: list[AccreditationRoute]) -> list[tuple[AccreditationRoute, int]]:
    from mmdesk.domain.accreditation import QUOTA_STATES

    out = []
    for r in routes:
        if r.quota is not None:
            out.append((r, db.scalar(sa.select(sa.func.count()).where(
                Accreditation.route_id == r.id,
                Accreditation.state.in_([s.value for s in QUOTA_STATES]))) or 0))
    return out


def _row_input(line: int, raw: dict[str, object], fields: set[str], category_default: Category,
               routes: dict[str, AccreditationRoute], order: DateOrder, report: ImportReport,
               section_country: str | None) -> ImportRow:
    given, family = _text(raw.get("given_name")), _text(raw.get("family_name"))
    honorific, badge, whole = _text(raw.get("honorific")), _text(raw.get("badge_name")), None
    if not given and not family and _text(raw.get("full_name")):
        whole = " ".join(_text(raw["full_name"]).split())  # type: ignore[union-attr]
        split = split_name(whole)
        given, family = split.given, split.family
        honorific = honorific or split.honorific
        badge = badge or split.display
        if not split.certain:
            report.warnings.append((line, f"name {whole[:80]!r} kept whole ({split.why}): "
                                          f"given and family names not split"))
    category = category_default
    if raw.get("category") not in (None, ""):
        category = _CATEGORY_BY_WORD.get(_marks(str(raw["category"])))  # type: ignore[assignment]
        if category is None:
            raise ValidationError(f"unknown category {str(raw['category'])[:60]!r} "
                                  f"(known: {', '.join(CATEGORY_WORDS.values())})")
    route = None
    if raw.get("route") not in (None, ""):
        route = routes.get(_marks(str(raw["route"]).strip()))
        if route is None:
            raise ValidationError(f"unknown accreditation route {str(raw['route'])[:60]!r} "
                                  f"(routes: {', '.join(r.name for r in routes.values()) or 'none yet'})")
    for tag in _TAGS.split(_text(raw.get("tags")) or ""):
        if route is None and _marks(tag.strip()) in routes:
            route = routes[_marks(tag.strip())]
    state = None
    if raw.get("state") not in (None, ""):
        state = _state(raw["state"]) if isinstance(raw["state"], str) else state_of(raw["state"])
        if state is None:
            report.warnings.append((line, f"state {str(raw['state'])[:40]!r} not understood: left out"))
        else:
            report.states[(_marks(str(raw["state"]).strip()), state)] += 1
    country = None
    country_text = _text(raw.get("country"))
    if country_text:
        country = _country(country_text)
        if country is None:
            near = closest_countries(country_text)
            report.warnings.append((line, f"unknown country {country_text[:60]!r}: left empty"
                                          + (f" (closest: {', '.join(near)})" if near else "")))
    elif section_country:
        country = section_country
    born = None
    if raw.get("date_of_birth") not in (None, "") and order.order != "unsure":
        try:
            born = read_date(raw["date_of_birth"], order)
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
    elif raw.get("date_of_birth") not in (None, "") and order.order == "unsure":
        try:
            born = read_date(raw["date_of_birth"], DateOrder("iso"))
        except ValueError:
            born = None
    if born is not None and born > date.today():
        raise ValidationError(f"date of birth {born.isoformat()} is in the future")
    languages = [x.strip() for x in _LANGUAGES.split(_text(raw.get("languages")) or "") if x.strip()]
    data = DelegateInput(
        given_name=given, family_name=family, category=category, honorific=honorific, badge_name=badge,
        position=_text(raw.get("position")), organisation=_text(raw.get("organisation")),
        city=_text(raw.get("city")), country=country, region=_text(raw.get("region")),
        gender=_text(raw.get("gender")), email=_text(raw.get("email")), phone=_text(raw.get("phone")),
        languages=languages, dietary_needs=_text(raw.get("dietary_needs")),
        access_needs=_text(raw.get("access_needs")), notes=_text(raw.get("notes")),
        passport_number=_text(raw.get("passport_number")), date_of_birth=born,
    ).cleaned()
    given_fields = {f for f in fields if f in DelegateInput.__dataclass_fields__}
    if whole:
        given_fields |= {"honorific"} if honorific else set()
    return ImportRow(line, data, given_fields, whole, route, state)


# ---------------------------------------------------------------- writing


def _path(current: AccreditationState, target: AccreditationState) -> list[AccreditationState]:
    """The legal moves from one state to another (badges are printed, never imported)."""
    if target in (S.BADGE_ISSUED, S.BADGE_COLLECTED):
        target = S.APPROVED
    if target is S.APPROVED and current in (S.BADGE_ISSUED, S.BADGE_COLLECTED):
        return []
    return list(shortest_path(current, target, avoid=(S.BADGE_ISSUED, S.BADGE_COLLECTED)) or ())
    paths: dict[AccreditationState, list[AccreditationState]] = {current: []}
    todo = [current]
    while todo:
        here = todo.pop(0)
        for nxt in sorted(TRANSITIONS[here], key=lambda s: s.value):
            if nxt in paths or nxt in (S.BADGE_ISSUED, S.BADGE_COLLECTED):
                continue
            paths[nxt] = paths[here] + [nxt]
            if nxt is target:
                return tuple(paths[nxt])
            todo.append(nxt)
    return ()


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

            raise QuotaExceeded(f"route {route.name!r} is full: {used} of {route.quota} places taken")
    if target is S.APPROVED:
        missing = [d for d in route.required_documents or [] if not (acc.documents or {}).get(d)]
        if missing:
            raise ValidationError("documents not received: " + ", ".join(missing))
    if target is S.BADGE_ISSUED:  # never a step of an import (see _path): a badge needs a serial
        raise ValidationError("badges are printed here, not imported")


def _write(db: DbSession, event_id: int, good: list[ImportRow], known: Known, actor: str,
           report: ImportReport) -> None:
    from mmdesk.services.delegates import _apply, input_of

    now = utcnow()
    orgs: dict[tuple[str, str | None], int] = {}
    new = [r for r in good if r.existing is None]
    rows = []
    for r in new:
        d = r.data
        rows.append(dict(
            event_id=event_id, honorific=d.honorific, given_name=d.given_name or "",
            family_name=d.family_name or "", badge_name=d.badge_name, position=d.position,
            organisation_id=organisation_id_for(db, d.organisation, d.country, Category(d.category), orgs),
            city=d.city, country=d.country, region=d.region, category=Category(d.category), gender=d.gender,
            email=d.email, phone=d.phone, languages=d.languages, dietary_needs=d.dietary_needs,
            access_needs=d.access_needs, notes=d.notes, created_at=now, updated_at=now, version=1,
            search_key=delegate_search_key(d.given_name or "", d.family_name or "", d.badge_name, d.city,
                                           d.organisation, d.country, d.email),
        ))
    ids = insert_numbered(db, Delegate, rows) if rows else []
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
                _warn_about(report, r.line, _who(r), f"{_who(r)} kept {LABELS[acc.state]} "
                                                     f"on {route.name!r}: {exc}")
                break
            if target in (S.BADGE_ISSUED, S.WITHDRAWN):
                revoked += acc.badges
                acc.badges = []
            if counted:
                counted[0][acc.route.id] += (target in QUOTA_STATES) - (acc.state in QUOTA_STATES)
            history.append((acc, acc.state, target, reason))
            acc.state, acc.reason, acc.moved = target, reason, True
        if wanted_state in (S.BADGE_ISSUED, S.BADGE_COLLECTED) and acc.state is S.APPROVED:
            _warn_about(report, r.line, _who(r), f"{_who(r)} approved: badges are printed here, not imported")
    acc_ids = insert_numbered(db, Accreditation, [
        dict(delegate_id=delegate_id, route_id=route.id, state=acc.state, reason=acc.reason,
             documents_received={}, updated_at=now)
        for (delegate_id, route), acc in zip(nominate, fresh, strict=True)])
    for a_id, acc in zip(acc_ids, fresh, strict=True):
        acc.id = a_id
    changes = [dict(accreditation_id=acc.id, from_state=None, to_state=S.NOMINATED, actor=actor, at=now,
                    reason="imported") for acc in fresh]
    changes += [dict(accreditation_id=acc.id, from_state=before, to_state=after, actor=actor, at=now,
                     reason=reason) for acc, before, after, reason in history]
    if changes:
        db.execute(sa.insert(cast(sa.Table, AccreditationChange.__table__)), changes)  # no ORM bulk path
    moved = [dict(id=acc.id, state=acc.state, reason=acc.reason, updated_at=now)
             for acc in by_id.values() if acc.moved]
    if moved:
        db.execute(sa.update(Accreditation), moved)
    if revoked:
        db.execute(sa.update(Badge), [dict(id=b, revoked_at=now, revoked_reason="withdrawn")
                                      for b in revoked])
    db.flush()
