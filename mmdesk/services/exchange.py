"""Delegate lists in and out (.xlsx, .csv); the programme in and out (.xlsx, .ics).

Exports write what was chosen, in the chosen order, formula-safe. Imports check
every row first and either write all good rows in one transaction or write
nothing; a dry run only reports.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.countries import country_name
from mmdesk.domain.enums import (
    CATEGORY_WORDS,
    AccreditationState,
    Category,
    SessionAccess,
    SessionKind,
    SessionStatus,
    SlotMode,
    SlotRole,
)
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.domain.text import strip_marks, transliterate
from mmdesk.domain.validation import display_name
from mmdesk.services.common import current_event, default_actor, insert_numbered
from mmdesk.services.delegates import (
    DelegateInput,
    best_states,
    delegate_search_key,
    matches_words,
    organisation_id_for,
)
from mmdesk.spreadsheets.cells import TRIGGERS, dangerous, defuse_csv
from mmdesk.spreadsheets.headers import recognise
from mmdesk.spreadsheets.reading import read_table
from mmdesk.spreadsheets.tables import header_style
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    Delegate,
    DelegateSensitive,
    ExportLog,
    ExportPreset,
    Organisation,
    Room,
    Session,
    SpeakingSlot,
    utcnow,
)

# ---------------------------------------------------------------- delegate columns


@dataclass(frozen=True)
class Column:
    """One exportable column: its header and whether it holds a date."""

    header: str
    is_date: bool = False
    width: int = 18


COLUMNS: dict[str, Column] = {
    "honorific": Column("Honorific", width=12),
    "given_name": Column("Given name"),
    "family_name": Column("Family name"),
    "badge_name": Column("Name on badge", width=24),
    "position": Column("Position", width=30),
    "organisation": Column("Organisation", width=30),
    "city": Column("City"),
    "country": Column("Country"),
    "country_code": Column("Country code", width=8),
    "region": Column("Region"),
    "category": Column("Category", width=26),
    "gender": Column("Gender", width=8),
    "email": Column("E-mail", width=28),
    "phone": Column("Phone"),
    "languages": Column("Languages", width=12),
    "dietary_needs": Column("Dietary needs", width=20),
    "access_needs": Column("Access needs", width=20),
    "notes": Column("Notes", width=30),
    "route": Column("Accreditation route", width=30),
    "state": Column("Accreditation state", width=16),
    "registered": Column("Registered on", is_date=True, width=12),
    "passport_number": Column("Passport number"),
    "date_of_birth": Column("Date of birth", is_date=True, width=12),
}
SENSITIVE = ("passport_number", "date_of_birth")
DEFAULT_COLUMNS = ["honorific", "given_name", "family_name", "position", "organisation", "city",
                   "country", "region", "category", "email", "route", "state"]
_CATEGORY_BY_WORD = {strip_marks(w): c for c, w in CATEGORY_WORDS.items()} | {
    strip_marks(c.value): c for c in Category} | {strip_marks(c.value.replace("_", " ")): c for c in Category}


class ExportError(MmdeskError):
    """An export that cannot be written as asked (unknown column, bad file name)."""


def check_columns(columns: list[str], *, allow_sensitive: bool) -> list[str]:
    """The columns asked for, checked: known, once each, sensitive ones only when allowed."""
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise ExportError(f"unknown column(s): {', '.join(unknown)} (columns: {', '.join(COLUMNS)})")
    if len(set(columns)) != len(columns):
        raise ExportError("a column is named twice")
    sensitive = [c for c in columns if c in SENSITIVE]
    if sensitive and not allow_sensitive:
        raise ExportError(f"{', '.join(sensitive)} are sensitive: export them only when chosen "
                          f"explicitly (--sensitive)")
    return columns


def save_preset(store: Store, name: str, columns: list[str]) -> None:
    """Keep a named choice of columns for later exports (replacing one of that name)."""
    check_columns(columns, allow_sensitive=True)
    with store.transaction() as db:
        event = current_event(db)
        preset = db.scalars(sa.select(ExportPreset).where(
            ExportPreset.event_id == event.id, ExportPreset.name == name)).first()
        if preset is None:
            db.add(ExportPreset(event_id=event.id, name=name, columns=columns))
        else:
            preset.columns = columns


def presets(store: Store) -> dict[str, list[str]]:
    """The saved column presets by name."""
    with store.reading() as db:
        event = current_event(db)
        return {p.name: list(p.columns) for p in db.scalars(
            sa.select(ExportPreset).where(ExportPreset.event_id == event.id).order_by(ExportPreset.name))}


@dataclass(frozen=True)
class DelegateFilter:
    """Which delegates an export takes: words to search, and exact values."""

    query: str = ""
    category: Category | None = None
    state: AccreditationState | None = None
    route: str | None = None
    region: str | None = None
    country: str | None = None
    approved_only: bool = False


def _records(db: DbSession, event_id: int, columns: list[str], ids: list[int] | None,
             flt: DelegateFilter) -> list[dict[str, Any]]:
    want_sensitive = any(c in SENSITIVE for c in columns)
    # plain columns, enums as their stored strings: 70,000 ORM objects cost seconds
    q = (sa.select(Delegate.id, Delegate.honorific, Delegate.given_name, Delegate.family_name,
                   Delegate.badge_name, Delegate.position, Organisation.name, Delegate.city,
                   Delegate.country, Delegate.region, sa.type_coerce(Delegate.category, sa.String),
                   Delegate.gender, Delegate.email, Delegate.phone, Delegate.languages,
                   Delegate.dietary_needs, Delegate.access_needs, Delegate.notes, Delegate.created_at,
                   DelegateSensitive.passport_number, DelegateSensitive.date_of_birth)
         .outerjoin(Organisation, Organisation.id == Delegate.organisation_id)
         .outerjoin(DelegateSensitive, sa.and_(DelegateSensitive.delegate_id == Delegate.id,
                                               sa.true() if want_sensitive else sa.false()))
         .where(Delegate.event_id == event_id)
         .order_by(Delegate.family_name, Delegate.given_name, Delegate.id))
    if ids is not None:
        q = q.where(Delegate.id.in_(ids))
    q = q.where(*matches_words(flt.query, db.get_bind().dialect.name))
    if flt.category is not None:
        q = q.where(Delegate.category == flt.category)
    if flt.region is not None:
        q = q.where(Delegate.region == flt.region)
    if flt.country is not None:
        q = q.where(Delegate.country == flt.country)
    best = best_states(db, event_id)
    words = {c.value: w for c, w in CATEGORY_WORDS.items()}
    out = []
    for (d_id, honorific, given, family, badge, position, org, city, country, region, category, gender,
         email, phone, languages, dietary, access, notes, created, passport, born) in db.connection().execute(q):
        state, route = best.get(d_id, (None, None))
        if flt.state is not None and state is not flt.state:
            continue
        if flt.route is not None and route != flt.route:
            continue
        if flt.approved_only and state not in APPROVED_STATES:
            continue
        out.append({
            "honorific": honorific, "given_name": given, "family_name": family, "badge_name": badge,
            "position": position, "organisation": org, "city": city,
            "country": country_name(country) or None, "country_code": country, "region": region,
            "category": words[category], "gender": gender, "email": email, "phone": phone,
            "languages": ", ".join(languages or []) or None, "dietary_needs": dietary,
            "access_needs": access, "notes": notes, "route": route,
            "state": state.value.replace("_", " ") if state else None,
            "registered": created.date() if created else None,
            "passport_number": passport, "date_of_birth": born,
        })
    return out


def export_delegates(store: Store, target: Path, columns: list[str] | None = None, *,
                     ids: list[int] | None = None, flt: DelegateFilter | None = None,
                     sensitive: bool = False, actor: str | None = None) -> Iterator[tuple[int, int]]:
    """Write delegates to .xlsx or .csv, yielding (done, total); written to a temporary file and
    moved into place at the end, so Cancel leaves no half file. Sensitive columns are logged."""
    target = Path(target)
    columns = check_columns(list(columns or DEFAULT_COLUMNS), allow_sensitive=sensitive)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError("delegates are exported as .xlsx or .csv")
    if not target.parent.resolve().is_dir():
        raise ExportError(f"folder {target.parent} does not exist")
    with store.reading() as db:
        event = current_event(db)
        records = _records(db, event.id, columns, ids, flt or DelegateFilter())
    tmp = target.with_name(f".{target.name}.part")
    finished = False
    try:
        writer = _write_xlsx if suffix == ".xlsx" else _write_csv
        yield from writer(tmp, columns, records)
        sensitive_used = [c for c in columns if c in SENSITIVE]
        if sensitive_used:
            with store.transaction() as db:
                db.add(ExportLog(event_id=event.id, actor=actor or default_actor(),
                                 fields=sensitive_used, rows=len(records), target=str(target)[:500]))
        os.replace(tmp, target)
        finished = True
    finally:
        if not finished:
            tmp.unlink(missing_ok=True)


def _write_xlsx(path: Path, columns: list[str], records: list[dict[str, Any]]) -> Iterator[tuple[int, int]]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Delegates")
    total = len(records)
    for i, key in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = COLUMNS[key].width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, total + 1)}"
    bold, fill = header_style()
    header = []
    for key in columns:
        cell = WriteOnlyCell(sheet, COLUMNS[key].header)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    # dates are written as dates with a date format by openpyxl itself; text that a
    # spreadsheet would run as a formula is forced to a string cell
    texts = [i for i, key in enumerate(columns) if not COLUMNS[key].is_date]
    first = frozenset(t[0] for t in TRIGGERS)
    for n, record in enumerate(records, start=1):
        row = [record[key] for key in columns]
        for i in texts:
            value = row[i]
            if value and value[0] in first:
                cell = WriteOnlyCell(sheet, value)
                cell.data_type = "s"
                row[i] = cell
        sheet.append(row)
        if n % 5000 == 0:
            yield n, total
    book.save(path)
    yield total, total


def _write_csv(path: Path, columns: list[str], records: list[dict[str, Any]]) -> Iterator[tuple[int, int]]:
    total = len(records)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([COLUMNS[key].header for key in columns])
        for n, record in enumerate(records, start=1):
            out.writerow([defuse_csv("" if record[k] is None else record[k].isoformat()
                                     if isinstance(record[k], date) else record[k]) for k in columns])
            if n % 5000 == 0:
                yield n, total
    yield total, total


# ---------------------------------------------------------------- delegate import


@dataclass
class ImportReport:
    """What an import found and did, row by row."""

    rows: int = 0
    created: int = 0
    merged: int = 0
    skipped: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False

    def summary(self) -> str:
        done = "would import" if self.dry_run else "imported"
        text = f"{self.rows} row(s): {done} {self.created}, merged {self.merged}, skipped {self.skipped}"
        if self.problems:
            text += f"; {len(self.problems)} problem(s)"
        return text


class ImportRefused(MmdeskError):
    """An import that found problems and changed nothing; carries the report."""

    def __init__(self, report: ImportReport) -> None:
        lines = [f"nothing was imported: {len(report.problems)} problem(s) in the file"]
        lines += [f"line {line}: {reason}" for line, reason in report.problems[:50]]
        if len(report.problems) > 50:
            lines.append(f"… and {len(report.problems) - 50} more")
        super().__init__("\n".join(lines))
        self.report = report


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValidationError(f"not a date: {value!r} (write it as 1975-03-31)") from None


def _fold_name(given: str, family: str, city: str | None) -> tuple[str, str]:
    """Name and city compared with accents and letters like Ł folded (as the search does)."""
    return (" ".join(transliterate(f"{given} {family}").split()), " ".join(transliterate(city or "").split()))


def import_delegates(store: Store, path: Path, *, dry_run: bool = False,
                     mapping: dict[str, str] | None = None, duplicates: str = "report",
                     skip_invalid: bool = False, default_category: Category | str = Category.CITY_OFFICIAL,
                     actor: str | None = None) -> ImportReport:
    """Read a delegate list; check every row; write all good rows in one transaction, or none.

    Duplicates (same e-mail, or same name and city with accents ignored where one
    of the two has no e-mail), in the file or against the store, are problems
    unless `duplicates` says "skip" (keep what is there) or "merge" (fill the
    existing delegate's empty fields from the row).
    """
    report = ImportReport(dry_run=dry_run)
    for _ in import_delegates_steps(store, path, report, dry_run=dry_run, mapping=mapping,
                                    duplicates=duplicates, skip_invalid=skip_invalid,
                                    default_category=default_category, actor=actor):
        pass
    return report


def import_delegates_steps(store: Store, path: Path, report: ImportReport, *, dry_run: bool = False,
                           mapping: dict[str, str] | None = None, duplicates: str = "report",
                           skip_invalid: bool = False,
                           default_category: Category | str = Category.CITY_OFFICIAL,
                           actor: str | None = None) -> Iterator[tuple[int, int]]:
    """The import as a generator of (rows checked, rows) for a progress dialog; closing it
    (Cancel) before the end rolls the whole import back. Fills `report`."""
    if duplicates not in ("report", "skip", "merge"):
        raise ValidationError("duplicates are handled by 'report', 'skip' or 'merge'")
    category_default = Category(default_category)
    report.dry_run = dry_run
    table = read_table(Path(path))
    if mapping:
        index = {i: mapping[h] for i, h in enumerate(table.headers) if mapping.get(h)}
    else:
        index = recognise(table.headers)
    report.mapping = {table.headers[i]: f for i, f in index.items()}
    report.unmapped = [h for i, h in enumerate(table.headers) if i not in index and h]
    fields = set(index.values())
    if not ({"given_name", "family_name", "full_name"} & fields):
        raise ImportRefused(ImportReport(problems=[(1, "no column for names was recognised: "
                                                       "map one to given name, family name or full name")]))
    if not dry_run:
        from mmdesk.services.backup import auto_backup

        auto_backup(store, "before-import")
    try:
        with store.transaction() as db:
            yield from _check_and_write(db, table, index, report, duplicates, skip_invalid,
                                        category_default, dry_run, actor or default_actor())
    except _DryRunDone:
        pass  # the transaction rolled back: a dry run changes nothing


class _DryRunDone(Exception):
    """Leaves a dry run's transaction so that it rolls back."""


def _check_and_write(db: DbSession, table: Any, index: dict[int, str], report: ImportReport,
                     duplicates: str, skip_invalid: bool, category_default: Category, dry_run: bool,
                     actor: str) -> Iterator[tuple[int, int]]:
    event = current_event(db)
    routes = {strip_marks(r.name): r for r in db.scalars(
        sa.select(AccreditationRoute).where(AccreditationRoute.event_id == event.id))}
    # a duplicate has the same e-mail, or the same name and city where one of the two has no
    # e-mail (two people of one name in one city, with their own addresses, are two people)
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, str], tuple[int, str | None]] = {}
    for d_id, email, given, family, city in db.execute(
        sa.select(Delegate.id, Delegate.email, Delegate.given_name, Delegate.family_name, Delegate.city)
        .where(Delegate.event_id == event.id)
    ):
        if email:
            by_email[email] = d_id
        by_name.setdefault(_fold_name(given, family, city), (d_id, email))
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str], tuple[int, str | None]] = {}

    def same(found: tuple[int, str | None] | None, email: str | None) -> int | None:
        if found is None or (email and found[1] and email != found[1]):
            return None
        return found[0]

    good: list[tuple[int, DelegateInput, AccreditationRoute | None, int | None]] = []
    total = len(table.rows)
    for line, cells in table.rows:
        report.rows += 1
        if report.rows % 1000 == 0:
            yield report.rows, total
        raw = {f: cells[i] if i < len(cells) else None for i, f in index.items()}
        try:
            data, route = _row_input(raw, category_default, routes)
        except ValidationError as exc:
            report.problems.append((line, str(exc)))
            continue
        name_key = _fold_name(data.given_name or "", data.family_name or "", data.city)
        earlier = (seen_email.get(data.email) if data.email else None) or same(seen_name.get(name_key), data.email)
        if earlier is not None:
            if duplicates == "report":
                report.problems.append((line, f"the same delegate as line {earlier}"))
            else:
                report.skipped += 1
            continue
        existing = (by_email.get(data.email) if data.email else None) or same(by_name.get(name_key), data.email)
        if existing is not None and duplicates == "report":
            report.problems.append((line, f"{data.given_name} {data.family_name} is already in "
                                          f"the list (same e-mail, or same name and city): "
                                          f"choose merge or skip"))
            continue
        if existing is not None and duplicates == "skip":
            report.skipped += 1
            continue
        if data.email:
            seen_email[data.email] = line
        seen_name.setdefault(name_key, (line, data.email))
        good.append((line, data, route, existing))
    if report.problems and not skip_invalid:
        raise ImportRefused(report)
    report.created = sum(1 for *_, existing in good if existing is None)
    report.merged = sum(1 for *_, existing in good if existing is not None)
    if dry_run:
        yield total, total
        raise _DryRunDone
    _write_import(db, event.id, good, actor)
    yield total, total


def _row_input(raw: dict[str, object], category_default: Category,
               routes: dict[str, AccreditationRoute]) -> tuple[DelegateInput, AccreditationRoute | None]:
    given, family = _text(raw.get("given_name")), _text(raw.get("family_name"))
    if not given and not family and raw.get("full_name"):
        parts = str(raw["full_name"]).split()
        given, family = " ".join(parts[:-1]), parts[-1] if parts else ""
    category = category_default
    if raw.get("category") not in (None, ""):
        category = _CATEGORY_BY_WORD.get(strip_marks(str(raw["category"])))  # type: ignore[assignment]
        if category is None:
            raise ValidationError(f"unknown category {raw['category']!r} "
                                  f"(known: {', '.join(CATEGORY_WORDS.values())})")
    route = None
    if raw.get("route") not in (None, ""):
        route = routes.get(strip_marks(str(raw["route"])))
        if route is None:
            raise ValidationError(f"unknown accreditation route {raw['route']!r}")
    languages = [x.strip() for x in re.split(r"[,;/]", _text(raw.get("languages")) or "") if x.strip()]
    data = DelegateInput(
        given_name=given, family_name=family, category=category,
        honorific=_text(raw.get("honorific")), badge_name=_text(raw.get("badge_name")),
        position=_text(raw.get("position")), organisation=_text(raw.get("organisation")),
        city=_text(raw.get("city")), country=_text(raw.get("country")), region=_text(raw.get("region")),
        gender=_text(raw.get("gender")), email=_text(raw.get("email")), phone=_text(raw.get("phone")),
        languages=languages, dietary_needs=_text(raw.get("dietary_needs")),
        access_needs=_text(raw.get("access_needs")), notes=_text(raw.get("notes")),
        passport_number=_text(raw.get("passport_number")), date_of_birth=_date(raw.get("date_of_birth")),
    ).cleaned()
    return data, route


def _write_import(db: DbSession, event_id: int,
                  good: list[tuple[int, DelegateInput, AccreditationRoute | None, int | None]],
                  actor: str) -> None:
    now = utcnow()
    orgs: dict[tuple[str, str | None], int] = {}
    new = [(d, r) for _, d, r, existing in good if existing is None]
    rows = []
    for d, _ in new:
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
    sensitive = [dict(delegate_id=i, passport_number=d.passport_number, date_of_birth=d.date_of_birth)
                 for i, (d, _) in zip(ids, new) if d.passport_number or d.date_of_birth]
    if sensitive:
        db.execute(sa.insert(DelegateSensitive), sensitive)
    nominations = [(i, r) for i, (_, r) in zip(ids, new) if r is not None]
    if nominations:
        acc_ids = insert_numbered(db, Accreditation, [
            dict(delegate_id=i, route_id=r.id, state=AccreditationState.NOMINATED, documents_received={},
                 updated_at=now) for i, r in nominations])
        db.execute(sa.insert(AccreditationChange), [
            dict(accreditation_id=a, from_state=None, to_state=AccreditationState.NOMINATED,
                 actor=actor, at=now, reason="imported") for a in acc_ids])
    from mmdesk.services.delegates import _apply, input_of

    for _, d, _, existing in good:
        if existing is None:
            continue
        delegate = db.get(Delegate, existing)
        current = input_of(delegate)  # every field, sensitive ones and the delegation included
        merged = DelegateInput(**{k: (getattr(current, k) or getattr(d, k))
                                  for k in DelegateInput.__dataclass_fields__})
        _apply(db, delegate, merged.cleaned())


# ---------------------------------------------------------------- programme


PROGRAMME_HEADERS = ["Day", "Start", "End", "Title", "Kind", "Status", "Room", "Host", "Co-chairs",
                     "Moderator", "Speakers", "Series", "Access", "Description"]
_KIND_WORDS = {strip_marks(k.value.replace("_", " ")): k for k in SessionKind} | {
    strip_marks(k.value): k for k in SessionKind} | {"parallel break-out": SessionKind.PARALLEL_BREAKOUT,
                                                     "break-out": SessionKind.PARALLEL_BREAKOUT}
_ROLE_WORDS = {strip_marks(r.value.replace("_", " ")): r for r in SlotRole} | {
    "intervention from the floor": SlotRole.FLOOR_INTERVENTION, "opening": SlotRole.OPENING_REMARKS,
    "closing": SlotRole.CLOSING_REMARKS, "panelist": SlotRole.PANELLIST}
_SPEAKER = re.compile(r"^\s*(?P<name>[^()]+?)\s*(?:\((?P<inside>[^)]*)\))?\s*$")


def _name_of(d: Delegate) -> str:
    return d.badge_name or display_name(None, d.given_name, d.family_name)


def _speakers_text(s: Session) -> str:
    parts = []
    for x in sorted(s.slots, key=lambda x: x.position):
        extra = [x.role.value.replace("_", " "), f"{x.minutes} min"]
        if x.mode is not SlotMode.IN_PERSON:
            extra.append(x.mode.value.replace("_", " "))
        parts.append(f"{_name_of(x.delegate)} ({', '.join(extra)})")
    return "; ".join(parts)


def export_programme(store: Store, target: Path, *, delegate_id: int | None = None) -> int:
    """Write the programme to .xlsx (the drafting sheet) or .ics (a calendar, the event's time
    zone; with a delegate, only what they speak at or are invited to). Returns sessions written."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".ics"):
        raise ExportError("the programme is exported as .xlsx or .ics")
    if not target.parent.resolve().is_dir():
        raise ExportError(f"folder {target.parent} does not exist")
    from sqlalchemy.orm import selectinload

    with store.reading() as db:
        event = current_event(db)
        sessions = list(db.scalars(
            sa.select(Session).where(Session.event_id == event.id)
            .order_by(Session.starts_at, Session.room_id, Session.id)
            .options(selectinload(Session.slots).selectinload(SpeakingSlot.delegate),
                     selectinload(Session.room), selectinload(Session.moderator),
                     selectinload(Session.invitations))))
        if delegate_id is not None:
            sessions = [s for s in sessions if s.moderator_id == delegate_id
                        or any(x.delegate_id == delegate_id for x in s.slots)
                        or any(i.delegate_id == delegate_id for i in s.invitations)]
        tmp = target.with_name(f".{target.name}.part")
        try:
            if suffix == ".xlsx":
                _programme_xlsx(tmp, sessions)
            else:
                _programme_ics(tmp, event, sessions)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        return len(sessions)


def _programme_xlsx(path: Path, sessions: list[Session]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    sheet = book.active
    sheet.title = "Programme"
    sheet.append(PROGRAMME_HEADERS)
    for cell in sheet[1]:
        cell.font, cell.fill = header_style()
    for s in sessions:
        values = [s.starts_at.date(), s.starts_at.time(), s.ends_at.time(), s.title,
                  s.kind.value.replace("_", " "), s.status.value.upper() if s.status is SessionStatus.TBC
                  else s.status.value, s.room.name if s.room else None, s.host, "; ".join(s.co_chairs or []),
                  _name_of(s.moderator) if s.moderator else None, _speakers_text(s), s.series,
                  s.access.value, s.description]
        sheet.append(values)
        row = sheet.max_row
        sheet.cell(row, 1).number_format = "yyyy-mm-dd"
        sheet.cell(row, 2).number_format = sheet.cell(row, 3).number_format = "hh:mm"
        for col, value in enumerate(values, start=1):
            if dangerous(value):
                sheet.cell(row, col).data_type = "s"
            sheet.cell(row, col).alignment = Alignment(vertical="top", wrap_text=col in (4, 11, 14))
    for letter, width in zip("ABCDEFGHIJKLMN", (11, 7, 7, 45, 16, 10, 18, 24, 24, 22, 60, 30, 10, 50)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:N{max(2, sheet.max_row)}"
    book.save(path)


def _programme_ics(path: Path, event: Any, sessions: list[Session]) -> None:
    from zoneinfo import ZoneInfo

    import icalendar

    zone = ZoneInfo(event.time_zone)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//mmdesk//Mayoral Forum desk//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", event.name)
    cal.add("x-wr-timezone", event.time_zone)
    for s in sessions:
        e = icalendar.Event()
        e.add("uid", f"session-{s.id}-event-{event.id}@mmdesk")
        e.add("dtstamp", datetime.now(ZoneInfo("UTC")))
        e.add("dtstart", s.starts_at.replace(tzinfo=zone))
        e.add("dtend", s.ends_at.replace(tzinfo=zone))
        e.add("summary", s.title + (" (TBC)" if s.status is SessionStatus.TBC else ""))
        if s.room:
            e.add("location", s.room.name)
        e.add("status", {"tbc": "TENTATIVE", "confirmed": "CONFIRMED", "cancelled": "CANCELLED"}[s.status.value])
        lines = [s.kind.value.replace("_", " ").capitalize()]
        if s.host:
            lines.append(f"Host: {s.host}")
        if s.moderator:
            lines.append(f"Moderator: {_name_of(s.moderator)}")
        if s.slots:
            lines.append("Speakers: " + _speakers_text(s))
        if s.description:
            lines.append(s.description)
        e.add("description", "\n".join(lines))
        cal.add_component(e)
    cal.add_missing_timezones()
    path.write_bytes(cal.to_ical())


@dataclass
class ProgrammeReport:
    """What a programme import did."""

    created: int = 0
    updated: int = 0
    rooms_created: list[str] = field(default_factory=list)
    unmatched: list[tuple[int, str]] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.created} session(s) created, {self.updated} updated"
        if self.rooms_created:
            text += f"; new rooms: {', '.join(self.rooms_created)}"
        if self.unmatched:
            text += f"; {len(self.unmatched)} name(s) not matched to a delegate"
        return text


def _cell_time(value: object, what: str) -> time:
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value).strip().replace(".", ":"))
    except ValueError:
        raise ValidationError(f"{what} is not a time: {value!r}") from None


def import_programme(store: Store, path: Path) -> ProgrammeReport:
    """Read the drafting sheet (one row a session); sessions of the same day, start and title
    are updated, others created; missing rooms are created; speakers are matched to delegates
    by name (unmatched names are reported). All rows or nothing."""
    table = read_table(Path(path))
    cols = {h.strip().lower(): i for i, h in enumerate(table.headers)}
    missing = [h for h in ("day", "start", "end", "title") if h not in cols]
    if missing:
        raise ImportRefused(ImportReport(problems=[(1, "missing column(s): " + ", ".join(missing))]))

    def get(cells: list[object], name: str) -> object:
        i = cols.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    from mmdesk.services.backup import auto_backup

    auto_backup(store, "before-import")
    report = ProgrammeReport()
    problems: list[tuple[int, str]] = []
    with store.transaction() as db:
        event = current_event(db)
        rooms = {r.name.casefold(): r for r in db.scalars(sa.select(Room).where(Room.event_id == event.id))}
        people: dict[str, Delegate] = {}
        for d in db.scalars(sa.select(Delegate).where(Delegate.event_id == event.id)):
            for name in {_name_of(d), display_name(None, d.given_name, d.family_name)}:
                people.setdefault(" ".join(strip_marks(name).split()), d)
        existing = {(s.starts_at, s.title): s for s in db.scalars(
            sa.select(Session).where(Session.event_id == event.id))}
        for line, cells in table.rows:
            try:
                day = _date(get(cells, "day"))
                if day is None:
                    raise ValidationError("no day")
                start = datetime.combine(day, _cell_time(get(cells, "start"), "start"))
                end = datetime.combine(day, _cell_time(get(cells, "end"), "end"))
                title = _text(get(cells, "title"))
                if not title:
                    raise ValidationError("no title")
                kind = _KIND_WORDS.get(strip_marks(_text(get(cells, "kind")) or "plenary"))
                if kind is None:
                    raise ValidationError(f"unknown kind {get(cells, 'kind')!r}")
                status_text = strip_marks(_text(get(cells, "status")) or "confirmed")
                status = SessionStatus(status_text) if status_text in {s.value for s in SessionStatus} else None
                if status is None:
                    raise ValidationError(f"unknown status {get(cells, 'status')!r} (TBC, confirmed, cancelled)")
                access = SessionAccess(strip_marks(_text(get(cells, "access")) or "open"))
                if end <= start:
                    raise ValidationError(f"“{title}” ends before it starts")
            except (ValidationError, ValueError) as exc:
                problems.append((line, str(exc)))
                continue
            room = None
            room_name = _text(get(cells, "room"))
            if room_name:
                room = rooms.get(room_name.casefold())
                if room is None:
                    room = Room(event_id=event.id, name=room_name.strip())
                    db.add(room)
                    db.flush()
                    rooms[room_name.casefold()] = room
                    report.rooms_created.append(room.name)
            moderator = None
            mod_name = _text(get(cells, "moderator"))
            if mod_name:
                moderator = people.get(" ".join(strip_marks(mod_name).split()))
                if moderator is None:
                    report.unmatched.append((line, mod_name))
            session = existing.get((start, title))
            if session is None:
                session = Session(event_id=event.id, title=title, kind=kind, starts_at=start, ends_at=end)
                db.add(session)
                report.created += 1
            else:
                report.updated += 1
            session.kind, session.ends_at, session.status, session.access = kind, end, status, access
            session.room_id = room.id if room else None
            session.host = _text(get(cells, "host"))
            session.co_chairs = [c.strip() for c in (_text(get(cells, "co-chairs")) or "").split(";") if c.strip()]
            session.moderator_id = moderator.id if moderator else None
            session.series = _text(get(cells, "series"))
            session.description = _text(get(cells, "description"))
            db.flush()
            for slot in list(session.slots):
                session.slots.remove(slot)
                db.delete(slot)
            db.flush()
            position = 0
            for part in (_text(get(cells, "speakers")) or "").split(";"):
                if not part.strip():
                    continue
                m = _SPEAKER.match(part)
                name = m.group("name") if m else part.strip()
                inside = [x.strip() for x in (m.group("inside") or "").split(",")] if m else []
                person = people.get(" ".join(strip_marks(name).split()))
                if person is None:
                    report.unmatched.append((line, name))
                    continue
                role, minutes, mode = SlotRole.PANELLIST, 5, SlotMode.IN_PERSON
                for item in inside:
                    low = strip_marks(item)
                    if low in _ROLE_WORDS:
                        role = _ROLE_WORDS[low]
                    elif re.fullmatch(r"\d+\s*(min|mins|minutes|')?", low):
                        minutes = int(re.match(r"\d+", low).group())  # type: ignore[union-attr]
                    elif low in {m_.value.replace("_", " ") for m_ in SlotMode}:
                        mode = SlotMode(low.replace(" ", "_"))
                    elif item:
                        problems.append((line, f"{name}: cannot read {item!r} (role, minutes or mode)"))
                if minutes <= 0:
                    problems.append((line, f"{name}: minutes must be more than 0"))
                    continue
                position += 1
                session.slots.append(SpeakingSlot(delegate_id=person.id, role=role, position=position,
                                                  minutes=minutes, mode=mode))
        if problems:  # raising inside the transaction rolls every row back
            raise ImportRefused(ImportReport(problems=problems))
    return report
