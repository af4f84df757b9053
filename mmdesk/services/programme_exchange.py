"""The programme in and out: the drafting sheet (.xlsx, one row a session, speakers as
"Name (role, minutes, mode); …") and the calendar (.ics). An import checks every row first and
writes all of them in one transaction or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from mmdesk.domain.enums import SessionAccess, SessionKind, SessionStatus
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.sentences import Sentence
from mmdesk.domain.speaker_cells import read_speakers, speaker_text
from mmdesk.domain.text import strip_marks
from mmdesk.domain.validation import display_name, parse_day
from mmdesk.files import atomic_write
from mmdesk.services.backup import backup_beside
from mmdesk.services.common import current_event
from mmdesk.services.delegate_import import ImportRefused, ImportReport
from mmdesk.services.delegate_import_words import session_access_of, session_kind_of
from mmdesk.services.exports import export_target
from mmdesk.services.releases import calendar_identity
from mmdesk.spreadsheets.cells import cell_text
from mmdesk.spreadsheets.reading import read_table
from mmdesk.spreadsheets.tables import append_row, header_row, new_book
from mmdesk.store.database import Store
from mmdesk.store.models import Delegate, Room, Session, SpeakingSlot

# ---------------------------------------------------------------- cells


def _text(value: object) -> str | None:
    return cell_text(value, strip=False)


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_day(value)  # refuses trailing text and week dates ("2026-W48-5"), not cut at 10


# ---------------------------------------------------------------- programme


PROGRAMME_HEADERS = ["Day", "Start", "End", "Title", "Kind", "Status", "Room", "Host", "Co-chairs",
                     "Moderator", "Speakers", "Series", "Access", "Description"]
_KIND_WORDS = {strip_marks(k.value.replace("_", " ")): k for k in SessionKind} | {
    strip_marks(k.value): k for k in SessionKind} | {"parallel break-out": SessionKind.PARALLEL_BREAKOUT,
                                                     "break-out": SessionKind.PARALLEL_BREAKOUT}


def _name_of(d: Delegate) -> str:
    return d.badge_name or display_name(None, d.given_name, d.family_name)


def _speakers_text(s: Session) -> str:
    return "; ".join(speaker_text(_name_of(x.delegate), x.role, x.minutes, x.mode)
                     for x in sorted(s.slots, key=lambda x: x.position))


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
            else:  # with each session's UID and SEQUENCE (issue 20)
                _programme_ics(tmp, event, sessions, *calendar_identity(db, event.id))
        return len(sessions)


def programme_sessions(db: DbSession, event_id: int) -> list[Session]:
    """The event's sessions in programme order, with what the sheet shows loaded."""
    # sessions at the same time in the grid's column order (rooms by position)
    return list(db.scalars(
        sa.select(Session).outerjoin(Room, Room.id == Session.room_id).where(Session.event_id == event_id)
        .order_by(Session.starts_at, Room.position, Room.name, Session.id)
        .options(selectinload(Session.slots).selectinload(SpeakingSlot.delegate),
                 selectinload(Session.room), selectinload(Session.moderator),
                 selectinload(Session.invitations))))


def _programme_xlsx(path: Path, sessions: list[Session]) -> None:
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
        raise ValidationError(
            "{what} is not a time: {value}",
            what=what, value=repr(value), code="programme-exchange.not-time") from None


def import_programme(store: Store, path: Path) -> ProgrammeReport:
    """Read the drafting sheet (one row a session); sessions of the same day, start and title
    are updated, others created; missing rooms are created; speakers are matched to delegates
    by name (unmatched names are reported). All rows or nothing."""
    table = read_table(Path(path))
    check_programme_headers(table)
    # the rotating copy of the store as it was, made beside the work (a refused import keeps none)
    with store.transaction() as db, backup_beside(store, "before-import", db):
        return programme_from_table(db, table)


def check_programme_headers(table: Any) -> None:
    """ImportRefused where the drafting sheet lacks a column it needs."""
    cols = {h.strip().lower() for h in table.headers}
    missing = [h for h in ("day", "start", "end", "title") if h not in cols]
    if missing:
        named = ", ".join(missing)
        line = (Sentence("missing column: {named}", named=named, code="programme-exchange.missing-column")
                if len(missing) == 1 else
                Sentence("missing columns: {named}", named=named, code="programme-exchange.missing-columns"))
        raise ImportRefused(ImportReport(problems=[(1, line)]))


def programme_from_table(db: DbSession, table: Any) -> ProgrammeReport:
    """The programme import's work within the caller's transaction (the forum workbook reuses
    it); ImportRefused, after every row is checked, where a row is wrong."""
    cols = {h.strip().lower(): i for i, h in enumerate(table.headers)}

    def get(cells: list[object], name: str) -> object:
        i = cols.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    report = ProgrammeReport()
    problems: list[tuple[int, Sentence | str]] = []
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
                raise ValidationError("no day", code="programme-exchange.no-day")
            start = datetime.combine(day, _cell_time(get(cells, "start"), "start"))
            end = datetime.combine(day, _cell_time(get(cells, "end"), "end"))
            title = _text(get(cells, "title"))
            if not title:
                raise ValidationError("no title", code="programme-exchange.no-title")
            kind = (_KIND_WORDS.get(strip_marks(_text(get(cells, "kind")) or "plenary"))
                    or session_kind_of(_text(get(cells, "kind"))))  # "Table ronde", "Mesa redonda"
            if kind is None:
                raise ValidationError(
                    "unknown kind {get}",
                    get=repr(get(cells, 'kind')), code="programme-exchange.unknown-kind")
            status_text = strip_marks(_text(get(cells, "status")) or "confirmed")
            status = SessionStatus(status_text) if status_text in {s.value for s in SessionStatus} else None
            if status is None:
                raise ValidationError(
                    "unknown status {get} (TBC, confirmed, cancelled)",
                    get=repr(get(cells, 'status')), code="programme-exchange.unknown-status-tbc")
            access_text = _text(get(cells, "access")) or "open"
            access = session_access_of(access_text) or SessionAccess(strip_marks(access_text))
            if end <= start:
                raise ValidationError(
                    "“{title}” ends before it starts",
                    title=title, code="programme-exchange.ends-before-starts")
        except ValidationError as exc:
            problems.append((line, exc.sentence))
            continue
        except ValueError as exc:  # a value the library refused, in its own words
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
        for said in read_speakers(_text(get(cells, "speakers"))):
            person = people.get(" ".join(strip_marks(said.name).split()))
            if person is None:
                report.unmatched.append((line, said.name))
                continue
            if said.problems:
                problems += [(line, problem) for problem in said.problems]
                continue
            position += 1
            session.slots.append(SpeakingSlot(delegate_id=person.id, role=said.role, position=position,
                                              minutes=said.minutes, mode=said.mode))
    if problems:  # raising inside the caller's transaction rolls every row back
        raise ImportRefused(ImportReport(problems=problems))
    return report
