"""Delegate lists in and out (.xlsx, .csv); the programme in and out (.xlsx, .ics).

Exports write what was chosen, in the chosen order, formula-safe. Imports check
every row first and either write all good rows in one transaction or write
nothing; a dry run only reports.
"""

from __future__ import annotations

import csv
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
from mmdesk.domain.regions import region_name
from mmdesk.domain.text import strip_marks
from mmdesk.domain.validation import display_name
from mmdesk.files import atomic_write, writable_target
from mmdesk.services.common import current_event, default_actor
from mmdesk.services.delegate_import import (
    ImportRefused,
    ImportReport,
    import_delegates,
    import_delegates_steps,
)
from mmdesk.services.delegates import best_states, matches_words
from mmdesk.services.import_matching import reference_of
from mmdesk.spreadsheets.cells import TRIGGERS, cell_text, defuse_csv
from mmdesk.spreadsheets.reading import read_table
from mmdesk.spreadsheets.tables import append_row, header_row, header_style
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Delegate,
    DelegateSensitive,
    ExportLog,
    ExportPreset,
    Organisation,
    Room,
    Session,
    SpeakingSlot,
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
_CATEGORY_BY_WORD = {strip_marks(w): c for c, w in CATEGORY_WORDS.items()} | {
    strip_marks(c.value): c for c in Category} | {strip_marks(c.value.replace("_", " ")): c for c in Category}


class ExportError(MmdeskError):
    """An export that cannot be written as asked (unknown column, bad file name)."""


def export_target(target: Path | str, suffixes: tuple[str, ...], refusal: str) -> Path:
    """The target as a Path once its ending is one of suffixes (else ExportError(refusal))
    and its folder exists (else ExportError naming it)."""
    path = Path(target)
    if path.suffix.lower() not in suffixes:
        raise ExportError(refusal)
    try:
        return writable_target(path)
    except MmdeskError as exc:
        raise ExportError(str(exc)) from None


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
            "state": state.value.replace("_", " ") if state else None,
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
        records = _records(db, event.id, columns, ids, flt or DelegateFilter())
    with atomic_write(target) as tmp:
        writer = _write_xlsx if target.suffix.lower() == ".xlsx" else _write_csv
        yield from writer(tmp, columns, records)
        sensitive_used = [c for c in columns if c in SENSITIVE]
        if sensitive_used:
            with store.transaction() as db:
                db.add(ExportLog(event_id=event.id, actor=actor or default_actor(),
                                 fields=sensitive_used, rows=len(records), target=str(target)[:500]))


def _write_xlsx(path: Path, columns: list[str], records: list[dict[str, Any]]) -> Iterator[tuple[int, int]]:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    yield from write_delegate_sheet(book.create_sheet("Delegates"), columns, records)
    book.save(path)
    yield len(records), len(records)


def write_delegate_sheet(sheet: Any, columns: list[str], records: list[dict[str, Any]]
                         ) -> Iterator[tuple[int, int]]:
    """The delegate export's rows on a sheet (write-only or not): styled header, formula-safe
    text, dates as dates; yields (done, total) every 5000 rows (the forum workbook reuses it)."""
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
# (in mmdesk.services.delegate_import; re-exported here for the callers that import it from here)

__all__ = ["ImportRefused", "ImportReport", "import_delegates", "import_delegates_steps"]


def _text(value: object) -> str | None:
    return cell_text(value, strip=False)


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    from mmdesk.domain.validation import parse_day

    return parse_day(value)  # refuses trailing text and week dates ("2026-W48-5"), not cut at 10


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
    target = export_target(target, (".xlsx", ".ics"), "the programme is exported as .xlsx or .ics")
    with store.reading() as db:
        event = current_event(db)
        sessions = programme_sessions(db, event.id)
        if delegate_id is not None:
            sessions = [s for s in sessions if s.moderator_id == delegate_id
                        or any(x.delegate_id == delegate_id for x in s.slots)
                        or any(i.delegate_id == delegate_id for i in s.invitations)]
        with atomic_write(target) as tmp:
            if target.suffix.lower() == ".xlsx":
                _programme_xlsx(tmp, sessions)
            else:
                from mmdesk.services.releases import (
                    calendar_identity,  # UID and SEQUENCE (issue 20)
                )

                _programme_ics(tmp, event, sessions, *calendar_identity(db, event.id))
        return len(sessions)


def programme_sessions(db: DbSession, event_id: int) -> list[Session]:
    """The event's sessions in programme order, with what the sheet shows loaded."""
    from sqlalchemy.orm import selectinload

    # sessions at the same time in the grid's column order (rooms by position)
    return list(db.scalars(
        sa.select(Session).outerjoin(Room, Room.id == Session.room_id).where(Session.event_id == event_id)
        .order_by(Session.starts_at, Room.position, Room.name, Session.id)
        .options(selectinload(Session.slots).selectinload(SpeakingSlot.delegate),
                 selectinload(Session.room), selectinload(Session.moderator),
                 selectinload(Session.invitations))))


def _programme_xlsx(path: Path, sessions: list[Session]) -> None:
    from mmdesk.spreadsheets.tables import new_book

    book = new_book()
    write_programme_sheet(book.create_sheet("Programme"), sessions)
    book.save(path)


def write_programme_sheet(sheet: Any, sessions: list[Session]) -> None:
    """The drafting sheet's rows on a sheet (the forum workbook reuses it)."""
    from openpyxl.styles import Alignment

    header_row(sheet, PROGRAMME_HEADERS)
    for s in sessions:
        values = [s.starts_at.date(), s.starts_at.time(), s.ends_at.time(), s.title,
                  s.kind.value.replace("_", " "), s.status.value.upper() if s.status is SessionStatus.TBC
                  else s.status.value, s.room.name if s.room else None, s.host, "; ".join(s.co_chairs or []),
                  _name_of(s.moderator) if s.moderator else None, _speakers_text(s), s.series,
                  s.access.value, s.description]
        append_row(sheet, values, formats=True)  # day yyyy-mm-dd, start and end hh:mm
        for col in range(1, len(values) + 1):
            sheet.cell(sheet.max_row, col).alignment = Alignment(vertical="top", wrap_text=col in (4, 11, 14))
    for letter, width in zip("ABCDEFGHIJKLMN", (11, 7, 7, 45, 16, 10, 18, 24, 24, 22, 60, 30, 10, 50),
                             strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:N{max(2, sheet.max_row)}"


def _programme_ics(path: Path, event: Any, sessions: list[Session], forum_uid: str = "",
                   sequences: dict[int, int] | None = None) -> None:
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
        e.add("uid", f"session-{s.id}-{forum_uid or f'event-{event.id}'}@mmdesk")
        e.add("sequence", (sequences or {}).get(s.id, 0))
        e.add("dtstamp", datetime.now(ZoneInfo("UTC")))
        e.add("dtstart", s.starts_at.replace(tzinfo=zone))
        e.add("dtend", s.ends_at.replace(tzinfo=zone))
        e.add("summary", s.title + (" (TBC)" if s.status is SessionStatus.TBC else ""))
        if s.room:
            e.add("location", s.room.name)
        statuses = {"tbc": "TENTATIVE", "confirmed": "CONFIRMED", "cancelled": "CANCELLED"}
        e.add("status", statuses[s.status.value])
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
    check_programme_headers(table)
    from mmdesk.services.backup import backup_when_written

    # the rotating copy only once every row passed (a refused import takes none), before the commit
    with store.transaction() as db, backup_when_written(store, "before-import"):
        return programme_from_table(db, table)


def check_programme_headers(table: Any) -> None:
    """ImportRefused where the drafting sheet lacks a column it needs."""
    cols = {h.strip().lower() for h in table.headers}
    missing = [h for h in ("day", "start", "end", "title") if h not in cols]
    if missing:
        raise ImportRefused(ImportReport(problems=[(1, "missing column(s): " + ", ".join(missing))]))


def programme_from_table(db: DbSession, table: Any) -> ProgrammeReport:
    """The programme import's work within the caller's transaction (the forum workbook reuses
    it); ImportRefused, after every row is checked, where a row is wrong."""
    cols = {h.strip().lower(): i for i, h in enumerate(table.headers)}

    def get(cells: list[object], name: str) -> object:
        i = cols.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    report = ProgrammeReport()
    problems: list[tuple[int, str]] = []
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
        co_chairs = (_text(get(cells, "co-chairs")) or "").split(";")
        session.co_chairs = [c.strip() for c in co_chairs if c.strip()]
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
    if problems:  # raising inside the caller's transaction rolls every row back
        raise ImportRefused(ImportReport(problems=problems))
    return report
