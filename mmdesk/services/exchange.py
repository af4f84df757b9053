"""Delegate lists in and out (.xlsx, .csv); the programme in and out (.xlsx, .ics) is in
mmdesk/services/programme_exchange.py, re-exported here.

Exports write what was chosen, in the chosen order, formula-safe. Imports check
every row first and either write all good rows in one transaction or write
nothing; a dry run only reports.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.countries import country_name
from mmdesk.domain.enums import (
    AccreditationState,
    Category,
)
from mmdesk.domain.regions import region_name
from mmdesk.files import atomic_write
from mmdesk.i18n import language
from mmdesk.services.common import current_event, default_actor
from mmdesk.services.delegate_import import (
    ImportRefused,
    ImportReport,
    import_delegates,
    import_delegates_steps,
)
from mmdesk.services.delegate_import_words import (
    category_word,
    export_headers,
    export_sheet_title,
    state_word,
)
from mmdesk.services.delegates import best_states, matches_words
from mmdesk.services.exports import ExportError, export_target
from mmdesk.services.import_matching import reference_of
from mmdesk.services.programme_exchange import (
    PROGRAMME_HEADERS,
    ProgrammeReport,
    _cell_time,
    _date,
    _text,
    check_programme_headers,
    export_programme,
    import_programme,
    programme_from_table,
    programme_sessions,
    write_programme_sheet,
)
from mmdesk.spreadsheets.cells import TRIGGERS, defuse_csv
from mmdesk.spreadsheets.tables import header_style
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Delegate,
    DelegateSensitive,
    ExportLog,
    ExportPreset,
    Organisation,
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
    "reference": Column("Reference", width=12),
    "photo": Column("Photo file", width=12),  # the file name only, never the photo (issue 16)
}
SENSITIVE = ("passport_number", "date_of_birth", "photo")
DEFAULT_COLUMNS = ["honorific", "given_name", "family_name", "position", "organisation", "city",
                   "country", "region", "category", "email", "route", "state", "reference"]


def check_columns(columns: list[str], *, allow_sensitive: bool) -> list[str]:
    """The columns asked for, checked: known, once each, sensitive ones only when allowed."""
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise ExportError(
            "unknown column: {join} (columns: {join2})", plural="unknown columns: {join} (columns: {join2})",
            n=len(unknown), join=', '.join(unknown), join2=', '.join(COLUMNS),
            code="exchange.unknown-column-columns")
    if len(set(columns)) != len(columns):
        raise ExportError("a column is named twice", code="exchange.column-named-twice")
    sensitive = [c for c in columns if c in SENSITIVE]
    if sensitive and not allow_sensitive:
        raise ExportError(
            "{join} are sensitive: export them only when chosen explicitly (--sensitive)",
            join=', '.join(sensitive), code="exchange.sensitive-export-when")
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
             flt: DelegateFilter, code: str = "en") -> list[dict[str, Any]]:
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
    words = {c.value: category_word(c, code) for c in Category}  # in the export's language
    states = {s: state_word(s, code) for s in AccreditationState}
    from mmdesk.services.photos import file_name, with_photo
    photos = with_photo(db) if "photo" in columns else set()
    out = []
    for (d_id, honorific, given, family, badge, position, org, city, country, region, category, gender,
         email, phone, languages, dietary, access, notes, created, passport,
         born) in db.connection().execute(q):
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
            "country": country_name(country) or None, "country_code": country,
            "region": region_name(region) or None,  # in the interface's language, read back by import
            "category": words[category], "gender": gender, "email": email, "phone": phone,
            "languages": ", ".join(languages or []) or None, "dietary_needs": dietary,
            "access_needs": access, "notes": notes, "route": route,
            "state": states[state] if state else None,
            "registered": created.date() if created else None,
            "passport_number": passport, "date_of_birth": born, "reference": reference_of(d_id),
            "photo": file_name(d_id) if d_id in photos else None,
        })
    return out


def export_delegates(store: Store, target: Path, columns: list[str] | None = None, *,
                     ids: list[int] | None = None, flt: DelegateFilter | None = None,
                     sensitive: bool = False, actor: str | None = None) -> Iterator[tuple[int, int]]:
    """Write delegates to .xlsx or .csv, yielding (done, total); written to a temporary file and
    moved into place at the end, so Cancel leaves no half file. Sensitive columns are logged."""
    columns = check_columns(list(columns or DEFAULT_COLUMNS), allow_sensitive=sensitive)
    target = export_target(target, (".xlsx", ".csv"), "delegates are exported as .xlsx or .csv")
    with store.reading() as db:
        event = current_event(db)
        records = _records(db, event.id, columns, ids, flt or DelegateFilter(), language())
    with atomic_write(target) as tmp:
        writer = _write_xlsx if target.suffix.lower() == ".xlsx" else _write_csv
        yield from writer(tmp, columns, records, export_headers())
        sensitive_used = [c for c in columns if c in SENSITIVE]
        if sensitive_used:
            with store.transaction() as db:
                db.add(ExportLog(event_id=event.id, actor=actor or default_actor(),
                                 fields=sensitive_used, rows=len(records), target=str(target)[:500]))


def _write_xlsx(path: Path, columns: list[str], records: list[dict[str, Any]],
                headers: dict[str, str]) -> Iterator[tuple[int, int]]:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    yield from write_delegate_sheet(book.create_sheet(export_sheet_title()), columns, records, headers)
    book.save(path)
    yield len(records), len(records)


def write_delegate_sheet(sheet: Any, columns: list[str], records: list[dict[str, Any]],
                         headers: dict[str, str] | None = None) -> Iterator[tuple[int, int]]:
    """The delegate export's rows on a sheet (write-only or not): styled header (headers: the
    translated ones, else English), formula-safe text, dates as dates; yields (done, total)
    every 5000 rows (the forum workbook reuses it)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    total = len(records)
    for i, key in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = COLUMNS[key].width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, total + 1)}"
    bold, fill = header_style()
    header = []
    for key in columns:
        cell = WriteOnlyCell(sheet, (headers or {}).get(key, COLUMNS[key].header))
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


def _write_csv(path: Path, columns: list[str], records: list[dict[str, Any]],
               headers: dict[str, str]) -> Iterator[tuple[int, int]]:
    total = len(records)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([defuse_csv(headers.get(key, COLUMNS[key].header)) for key in columns])
        for n, record in enumerate(records, start=1):
            out.writerow([defuse_csv("" if record[k] is None else record[k].isoformat()
                                     if isinstance(record[k], date) else record[k]) for k in columns])
            if n % 5000 == 0:
                yield n, total
    yield total, total


# ---------------------------------------------------------------- re-exported
# the delegate import (mmdesk/services/delegate_import.py), the programme in and out
# (mmdesk/services/programme_exchange.py) and the export target (mmdesk/services/exports.py),
# for the callers that import them from here

__all__ = [
    "PROGRAMME_HEADERS", "ExportError", "ImportRefused", "ImportReport", "ProgrammeReport", "_cell_time",
    "_date", "_text", "check_programme_headers", "export_programme", "export_target", "import_delegates",
    "import_delegates_steps", "import_programme", "programme_from_table", "programme_sessions",
    "write_programme_sheet",
]
