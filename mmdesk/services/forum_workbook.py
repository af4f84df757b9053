"""The forum workbook: the whole forum (Forum, Rooms, Routes, Programme, Delegates) in one
.xlsx, out and back in, and the empty template organizers fill in offline.

The import works as every import: each sheet and line is checked, and either everything is
written in one transaction or nothing is (the report names the sheet and line of each
problem). Into an empty store it creates the forum; into a store that holds one it updates
it: rooms and routes are matched by name, delegates by e-mail, else by name and city.
The forum, rooms and routes go through the same services as the window and the command
line (mmdesk.services.forum, venue, accreditation), called within the import's transaction.

Decisions written down here:
- A delegate whose row says "approved" (or later) has the route's required documents
  ticked as received: the approval says they were checked. Rejections and withdrawals that
  the workbook states get the reason "imported from the forum workbook" (the sheet carries
  no reason column).
- Badge serials, histories, invitations and check-ins are not in the workbook.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.countries import country_name
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.domain.sentences import Sentence
from mmdesk.domain.text import strip_marks
from mmdesk.files import atomic_write
from mmdesk.services.common import ImportProblems, current_event, default_actor
from mmdesk.services.import_sentences import Days, english, on_sheet
from mmdesk.spreadsheets import forum_workbook as layout
from mmdesk.spreadsheets.reading import Table
from mmdesk.store.database import Store

#: the Delegates sheet's columns: the delegate export's, with route and state
DELEGATE_COLUMNS = list(layout.DELEGATE_COLUMNS)
IMPORTED = "imported from the forum workbook"


class _Bound:
    """The store as seen from inside one open transaction: every service called with it
    works in that transaction (each call in a savepoint, so a refused call leaves nothing
    behind), and reads see what was written so far."""

    def __init__(self, store: Store, db: DbSession) -> None:
        self._store, self._db = store, db

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    @contextmanager
    def transaction(self) -> Iterator[DbSession]:
        with self._db.begin_nested():
            yield self._db

    @contextmanager
    def reading(self) -> Iterator[DbSession]:
        yield self._db


# ---------------------------------------------------------------- export


@dataclass(frozen=True)
class ForumExport:
    """What an export wrote: how many rows on each sheet."""

    rooms: int
    routes: int
    sessions: int
    delegates: int

    def summary(self) -> str:
        return (f"{self.rooms} room(s), {self.routes} route(s), {self.sessions} session(s), "
                f"{self.delegates} delegate(s)")


def _text(value: object) -> str | None:
    from mmdesk.services.exchange import _text as text

    if isinstance(value, str) and not value.strip():
        return None
    return text(value)


def export_forum(store: Store, target: Path) -> ForumExport:
    """Write the forum workbook: Forum, Rooms, Routes, Programme (the programme export's
    sheet) and Delegates (the delegate export's columns with route and state)."""
    from mmdesk.services import exchange
    from mmdesk.services.accreditation import list_routes
    from mmdesk.services.events import get_event
    from mmdesk.services.venue import list_rooms

    target = exchange.export_target(target, (".xlsx",), "the forum workbook is written as .xlsx")
    event = get_event(store)
    rooms = list_rooms(store)
    routes = list_routes(store)
    book = layout.new_book()
    layout.write_forum_sheet(book, {
        "name": event.name, "short_name": event.short_name, "theme": event.theme, "city": event.city,
        "country": country_name(event.country) or None, "venue": event.venue,
        "start_date": event.start_date, "end_date": event.end_date, "time_zone": event.time_zone,
        "languages": ", ".join(event.languages) or None,
    })
    layout.write_table_sheet(book, "rooms", [
        {"name": r.name, "capacity": r.capacity, "access_zone": r.access_zone} for r in rooms])
    layout.write_table_sheet(book, "routes", [
        {"name": r.name, "kind": layout.word(layout.ROUTE_KINDS, r.kind.value),
         "member_state": country_name(r.member_state) or None, "nominating_body": r.nominating_body,
         "partner": r.partner, "quota": r.quota,
         "quota_policy": layout.word(layout.QUOTA_POLICIES, r.quota_policy.value),
         "required_documents": layout.join_list(r.required_documents), "zones": layout.join_list(r.zones)}
        for r in routes])
    with store.reading() as db:
        sessions = exchange.programme_sessions(db, event.id)
        exchange.write_programme_sheet(book.create_sheet("Programme"), sessions)
        records = exchange._records(db, event.id, DELEGATE_COLUMNS, None, exchange.DelegateFilter())
    for _ in exchange.write_delegate_sheet(book.create_sheet("Delegates"), DELEGATE_COLUMNS, records):
        pass
    with atomic_write(target) as tmp:
        book.save(tmp)
    return ForumExport(len(rooms), len(routes), len(sessions), len(records))


def write_template(target: Path, language: str = "en") -> Path:
    """The empty forum workbook, in English, French or Spanish (headers, one example row a
    sheet, a Notes sheet)."""
    from mmdesk.services.exchange import ExportError, export_target

    target = export_target(target, (".xlsx",), "the forum workbook template is written as .xlsx")
    try:
        layout.check_language(language)
    except ValueError as exc:
        raise ExportError(str(exc), code="forum-workbook.unknown-language") from None
    with atomic_write(target) as tmp:
        layout.write_template(tmp, language)
    return target


# ---------------------------------------------------------------- import


@dataclass
class Counts:
    """Rows of one sheet: created and updated."""

    created: int = 0
    updated: int = 0


@dataclass
class ForumImportReport:
    """What a forum workbook import did (or found wrong), sheet by sheet."""

    forum: str = ""                                  # "created", "updated" or "" (no Forum sheet)
    sheets: dict[str, Counts] = field(default_factory=dict)
    #: (sheet, line, what): a Sentence (code, template, values), or a reader's plain English line
    problems: list[tuple[str, int, Sentence | str]] = field(default_factory=list)
    unmatched: list[tuple[int, str]] = field(default_factory=list)      # programme names
    ignored_columns: dict[str, list[str]] = field(default_factory=dict)

    def problem(self, sheet: str, line: int, text: Sentence | MmdeskError | str) -> None:
        """One problem at a sheet's line (0: the sheet as a whole); a refusal kept as its Sentence."""
        self.problems.append((sheet, line, text.sentence if isinstance(text, MmdeskError) else text))

    def summary(self) -> str:
        parts = [f"forum {self.forum}"] if self.forum else []
        for kind, counts in self.sheets.items():
            parts.append(f"{layout.SHEETS[kind]['en'].lower()}: {counts.created} created, "
                         f"{counts.updated} updated")
        text = "; ".join(parts) or "nothing to import"
        if self.unmatched:
            text += f"; {len(self.unmatched)} programme name(s) not matched to a delegate"
        return text

    def lines(self) -> list[str]:
        """Every problem as one English line (for logs): the sheet, the line, what is wrong."""
        return [english(on_sheet(sheet, line, text)) for sheet, line, text in self.problems]


class ForumImportRefused(ImportProblems):
    """A forum workbook with problems: nothing was imported; carries the report."""

    def __init__(self, report: ForumImportReport) -> None:
        super().__init__(report, [on_sheet(*problem) for problem in report.problems], "the workbook")


def import_forum(store: Store, path: Path, *, actor: str | None = None) -> ForumImportReport:
    """Read a forum workbook into the store: all of it in one transaction, or nothing
    (ForumImportRefused with every problem by sheet and line)."""
    from mmdesk.services.backup import backup_beside
    from mmdesk.services.forum import has_event

    book = layout.read_book(Path(path))
    report = ForumImportReport()
    if not has_event(store) and "forum" not in book:
        report.problem("Forum", 0, Sentence("this database holds no forum yet: the workbook needs a Forum "
                                            "sheet (see `mmdesk template forum`)",
                                            code="forum-workbook.no-forum-sheet"))
        raise ForumImportRefused(report)
    if not set(book) & {"forum", "rooms", "routes", "programme", "delegates"}:
        report.problem(Path(path).name, 0, Sentence("no sheet called Forum, Rooms, Routes, Programme or "
                                                    "Delegates", code="forum-workbook.no-known-sheet"))
        raise ForumImportRefused(report)
    # the rotating copy of the store as it was, made beside the work (a refused import keeps none)
    with store.transaction() as db, backup_beside(store, "before-import", db):
        bound = _Bound(store, db)
        if "forum" in book:
            _forum(bound, book["forum"], report)
        if report.problems:  # without its forum, nothing else can be checked
            raise ForumImportRefused(report)
        event = current_event(db)
        if "rooms" in book:
            _rooms(bound, book["rooms"], report)
        if "routes" in book:
            _routes(bound, book["routes"], report)
        if "delegates" in book:
            from mmdesk.services.forum_workbook_delegates import import_delegate_rows

            import_delegate_rows(db, event.id, book["delegates"], report, actor or default_actor())
        if "programme" in book:
            _programme(db, event, book["programme"], report)
        if report.problems:
            raise ForumImportRefused(report)
    return report


def _forum(bound: _Bound, sheet: layout.Sheet, report: ForumImportReport) -> None:
    from mmdesk.services.exchange import _date
    from mmdesk.services.forum import EventInput, create_event, has_event, update_event

    values, unknown = layout.forum_values(sheet)
    for line, text in unknown:
        report.problem(sheet.name, line, text)
    if "name" not in values or "start_date" not in values:
        report.problem(sheet.name, 0, Sentence("the Forum sheet needs at least the rows Name and First day",
                                               code="forum-workbook.forum-rows-missing"))
        return
    first_line = min(line for line, _ in values.values())

    def value(key: str) -> object:
        return values.get(key, (0, None))[1]

    days: dict[str, date | None] = {}
    for key in ("start_date", "end_date"):
        try:
            days[key] = _date(value(key) or None)
        except ValidationError as exc:
            report.problem(sheet.name, values[key][0], exc)
    if report.problems:
        return
    languages = tuple(x.strip() for x in re.split(r"[,;/ ]+", _text(value("languages")) or "") if x.strip())
    data = EventInput(
        name=_text(value("name")) or "", start_date=days["start_date"],  # type: ignore[arg-type]
        end_date=days.get("end_date"), time_zone=_text(value("time_zone")) or "UTC",
        short_name=_text(value("short_name")), theme=_text(value("theme")), city=_text(value("city")),
        country=_text(value("country")), venue=_text(value("venue")), languages=languages or ("en",),
    )
    try:
        if has_event(bound):  # type: ignore[arg-type]
            update_event(bound, data)  # type: ignore[arg-type]
            report.forum = "updated"
        else:
            create_event(bound, data)  # type: ignore[arg-type]
            report.forum = "created"
    except MmdeskError as exc:
        report.problem(sheet.name, first_line, exc)


def _whole(value: object, what: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    raise ValidationError(
        "{what} must be a whole number, not {value}",
        what=what, value=repr(value), code="forum-workbook.must-whole-number")


def _ignored(report: ForumImportReport, kind: str, unknown: list[str]) -> None:
    if unknown:
        report.ignored_columns[kind] = unknown


def _rooms(bound: _Bound, sheet: layout.Sheet, report: ForumImportReport) -> None:
    from mmdesk.services.venue import create_room, list_rooms, reorder_rooms, update_room

    rows, unknown = layout.keyed_rows("rooms", sheet)
    _ignored(report, "rooms", unknown)
    if rows and not any(r.get("name") not in (None, "") for _, r in rows):
        report.problem(sheet.name, 1, Sentence("no column Name", code="forum-workbook.no-column-name"))
        return
    counts = report.sheets.setdefault("rooms", Counts())
    existing = {r.name.casefold(): r.id for r in list_rooms(bound)}  # type: ignore[arg-type]
    seen: dict[str, int] = {}
    order: list[int] = []
    for line, row in rows:
        name = _text(row.get("name"))
        try:
            if not name:
                raise ValidationError("a room needs a name", code="forum-workbook.room-needs-name")
            if name.casefold() in seen:
                raise ValidationError(
                    "room {name} is already on line {seen}",
                    name=repr(name), seen=seen[name.casefold()], code="forum-workbook.room-already-line")
            seen[name.casefold()] = line
            capacity = _whole(row.get("capacity"), "the capacity")
            zone = _text(row.get("access_zone"))
            room_id = existing.get(name.casefold())
            if room_id is None:
                order.append(create_room(bound, name, capacity, zone).id)  # type: ignore[arg-type]
                counts.created += 1
            else:
                update_room(bound, room_id, name=name, capacity=capacity,  # type: ignore[arg-type]
                            access_zone=zone)
                order.append(room_id)
                counts.updated += 1
        except MmdeskError as exc:
            report.problem(sheet.name, line, exc)
    if order and not report.problems:  # the sheet's order, then rooms it does not name
        rest = [r.id for r in list_rooms(bound) if r.id not in order]  # type: ignore[arg-type]
        reorder_rooms(bound, order + rest)  # type: ignore[arg-type]


def _routes(bound: _Bound, sheet: layout.Sheet, report: ForumImportReport) -> None:
    from mmdesk.services.accreditation import RouteInput, create_route, list_routes, update_route

    rows, unknown = layout.keyed_rows("routes", sheet)
    _ignored(report, "routes", unknown)
    counts = report.sheets.setdefault("routes", Counts())
    existing = {strip_marks(r.name): r.id for r in list_routes(bound)}  # type: ignore[arg-type]
    seen: dict[str, int] = {}
    for line, row in rows:
        try:
            name = _text(row.get("name"))
            if not name:
                raise ValidationError("a route needs a name", code="accreditation.route-needs-name")
            if strip_marks(name) in seen:
                raise ValidationError(
                    "route {name} is already on line {seen}",
                    name=repr(name), seen=seen[strip_marks(name)], code="forum-workbook.route-already-line")
            seen[strip_marks(name)] = line
            kind = layout.code_of(layout.ROUTE_KINDS, row.get("kind")) or _route_kind_code(row.get("kind"))
            if kind is None:
                known = ", ".join(w["en"] for w in layout.ROUTE_KINDS.values())
                raise ValidationError(
                    "unknown route kind {get} (known: {known})",
                    get=repr(row.get('kind')), known=known, code="forum-workbook.unknown-route-kind")
            policy = "refuse"
            if row.get("quota_policy") not in (None, ""):
                policy = layout.code_of(layout.QUOTA_POLICIES, row.get("quota_policy")) or ""
                if not policy:
                    raise ValidationError(
                        "over quota: {get} is neither refuse nor flag",
                        get=repr(row.get('quota_policy')), code="forum-workbook.over-quota-neither")
            data = RouteInput(
                name=name, kind=kind, nominating_body=_text(row.get("nominating_body")),
                member_state=_text(row.get("member_state")), partner=_text(row.get("partner")),
                quota=_whole(row.get("quota"), "the quota"), quota_policy=policy,
                required_documents=layout.split_list(row.get("required_documents")),
                zones=layout.split_list(row.get("zones")),
            )
            route_id = existing.get(strip_marks(name))
            if route_id is None:
                create_route(bound, data)  # type: ignore[arg-type]
                counts.created += 1
            else:
                update_route(bound, route_id, data)  # type: ignore[arg-type]
                counts.updated += 1
        except MmdeskError as exc:
            report.problem(sheet.name, line, exc)


def _programme(db: DbSession, event: Any, sheet: layout.Sheet, report: ForumImportReport) -> None:
    from mmdesk.services import exchange
    from mmdesk.services.programme import outside_days

    table = Table(layout.english_headers("programme", sheet.headers), list(sheet.rows))
    try:
        exchange.check_programme_headers(table)
    except exchange.ImportRefused as exc:
        for line, text in exc.report.problems:
            report.problem(sheet.name, line, text)
        return
    cols = {h.strip().lower(): i for i, h in enumerate(table.headers)}
    outside: list[tuple[int, Sentence | str]] = []
    for line, cells in table.rows:  # a session must lie within the forum's days
        try:
            day = exchange._date(cells[cols["day"]])
            if day is None:
                continue
            starts = datetime.combine(day, exchange._cell_time(cells[cols["start"]], "start"))
            ends = datetime.combine(day, exchange._cell_time(cells[cols["end"]], "end"))
        except (ValidationError, ValueError, IndexError):
            continue  # the programme reader words it
        if outside_days(starts, ends, event.start_date, event.end_date):
            outside.append((line, Sentence("{title} is on {day}, outside the forum's days ({days})",
                                           title=repr(cells[cols["title"]]), day=day,
                                           days=Days(event.start_date, event.end_date),
                                           code="forum-workbook.outside-days")))
    try:
        result = exchange.programme_from_table(db, table)
    except exchange.ImportRefused as exc:
        outside += exc.report.problems
        result = None
    for line, text in sorted(outside, key=lambda problem: problem[0]):
        report.problem(sheet.name, line, text)
    if result is not None:
        report.sheets["programme"] = Counts(result.created, result.updated)
        report.unmatched = list(result.unmatched)


def _route_kind_code(text: object) -> str | None:
    """A route kind in the window's or the command line's words ("Délégation nationale")."""
    from mmdesk.services.delegate_import_words import route_kind_of

    found = route_kind_of(text) if text else None
    return found.value if found else None
