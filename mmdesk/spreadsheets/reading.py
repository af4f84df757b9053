"""Reading a table from .xlsx or .csv, whatever encoding and separator it came in, wherever
its header row is, and on whichever sheet the people are.

Workbooks are checked by mmdesk.spreadsheets.guard before calamine reads them; CSV files
are capped in size and line length, and a UTF-8 file with one line in another encoding is
refused naming the line rather than imported as mojibake.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import cast

from mmdesk.collector import paused_gc
from mmdesk.domain.errors import MmdeskError
from mmdesk.spreadsheets.cells import restore_csv

MAX_CELL = 32767  # Excel's own limit for a cell's text
MAX_CSV_BYTES = 200 << 20
MAX_LINE = 1_000_000
HEADER_SEARCH = 30  # non-empty rows searched for the header
MAX_SHEETS = 50


class UnreadableFile(MmdeskError):
    """The file is not a spreadsheet mmdesk can read (empty, damaged, another format)."""


@dataclass(frozen=True)
class Table:
    """Header cells and the data rows, each with its line number in the file; where the
    header was found, on which sheet, and what was passed over to find it."""

    headers: list[str]
    rows: list[tuple[int, list[object]]]
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    header_line: int = 1
    notes: tuple[str, ...] = field(default=())
    delimiter: str | None = None


HeaderScore = Callable[[Sequence[object]], int]


def read_table(path: Path, *, header_required: bool = True, sheet: str | None = None,
               score: HeaderScore | None = None) -> Table:
    """A table from a .csv, or from one sheet of an .xlsx: the sheet named, else the sheet
    whose header row `score`s best, else the first. The header is the first of the first
    rows where `score` (default: two known column names) says so; titles, logos and blank
    rows above it are passed over and noted."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile("no file {path}", path=path, code="forum-workbook.no-file")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        with paused_gc():
            return _xlsx_table(path, header_required, sheet, score)
    if suffix == ".csv":
        if sheet:
            raise UnreadableFile(
                "{name} is a CSV file: it has no sheet {sheet}",
                name=path.name, sheet=repr(sheet), code="reading.csv-file-no")
        rows, delimiter = _csv_rows(path)
        table = _find_header(path.name, rows, header_required, score)
        return Table(table.headers, table.rows, header_line=table.header_line, notes=table.notes,
                     delimiter=delimiter)
    raise UnreadableFile(
        "{name}: mmdesk reads .xlsx and .csv files",
        name=path.name, code="reading.mmdesk-reads-xlsx")


def _default_score(cells: Sequence[object]) -> int:
    from mmdesk.spreadsheets.headers import known_cells

    n = known_cells(cells)
    return n if n >= 2 else 0


def _find_header(name: str, raw_rows: list[tuple[int, list[object]]], header_required: bool,
                 score: HeaderScore | None) -> Table:
    # a row with a truthy cell is filled; the others (0, False, "" and None only) are counted
    if all(map(any, map(itemgetter(1), raw_rows))):
        rows = raw_rows
    else:
        rows = [(line, cells) for line, cells in raw_rows
                if any(cells) or cells.count(None) + cells.count("") < len(cells)]
    if not rows:
        raise UnreadableFile("{name} is empty", name=name, code="reading.empty")
    score = score or _default_score
    at = 0
    if header_required:
        for k, (_, cells) in enumerate(rows[:HEADER_SEARCH]):
            if score(cells) > 0:
                at = k
                break
        else:
            raise UnreadableFile(
                "{name}: line {rows} is not a header row, nor any of the first {HEADER_SEARCH} (expected "
                "column names such as 'First name', 'Last name', 'Email', 'Country')",
                name=name, rows=rows[0][0], HEADER_SEARCH=HEADER_SEARCH, code="reading.line-not-header")
    line, first = rows[at]
    notes: tuple[str, ...] = ()
    if line > 1:
        notes = (f"header on line {line}; lines 1–{line - 1} above it (titles, logos, blank rows) "
                 f"were passed over",)
    headers = ["" if c is None else str(c).strip() for c in first]
    return Table(headers, rows[at + 1:], header_line=line, notes=notes)


# ---------------------------------------------------------------- .xlsx

_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"|'
                    rb'<sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"|'
                  rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')


def _small_part(book: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = book.getinfo(name)
    except KeyError:
        return b""
    with book.open(info) as fh:
        data = fh.read(4 << 20)
        if fh.read(1):
            from mmdesk.spreadsheets.guard import HostileFile

            raise HostileFile(
                "{name} inflates to more than 4 MB: not a delegate list",
                name=name, code="reading.inflates-more-mb")
    return data


def _unescape(raw: bytes) -> str:
    import html

    return html.unescape(raw.decode("utf-8", "replace"))


def workbook_sheets(book: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(title, part inside the zip) of every sheet, in the workbook's order."""
    rels = {}
    for m in _REL.finditer(_small_part(book, "xl/_rels/workbook.xml.rels")):
        rid, target = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        rels[rid.decode()] = _unescape(target)
    out = []
    for m in _SHEET.finditer(_small_part(book, "xl/workbook.xml")):
        title, rid = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(4), m.group(3))
        target = rels.get(rid.decode(), "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        out.append((_unescape(title), re.sub(r"[^/]+/\.\./", "", part)))
    return out


def sheet_names(path: Path) -> list[str]:
    """The titles of a workbook's sheets."""
    with zipfile.ZipFile(path) as book:
        return [t for t, _ in workbook_sheets(book)]


def _xlsx_table(path: Path, header_required: bool, sheet: str | None, score: HeaderScore | None) -> Table:
    from python_calamine import CalamineError, CalamineWorkbook

    from mmdesk.spreadsheets.guard import check_sheet, check_zip, shared_string_lengths

    if not zipfile.is_zipfile(path):
        raise UnreadableFile(
            "{name} is not an .xlsx workbook (damaged, cut short, or another kind of file renamed .xlsx)",
            name=path.name, code="reading.not-xlsx-workbook")
    try:
        with zipfile.ZipFile(path) as book:
            check_zip(book, path.name)
            sheets = workbook_sheets(book)[:MAX_SHEETS]
            if not sheets:
                raise UnreadableFile("{name} has no sheet", name=path.name, code="reading.no-sheet")
            titles = [t for t, _ in sheets]
            if sheet is not None:
                wanted = [s for s in sheets if s[0] == sheet] or [
                    s for s in sheets if s[0].casefold() == sheet.strip().casefold()]
                if not wanted:
                    raise UnreadableFile(
                        "{name} has no sheet {sheet} (sheets: {join})",
                        name=path.name, sheet=repr(sheet[:60]), join=', '.join(titles),
                        code="reading.no-sheet-sheets")
                candidates = wanted[:1]
            elif score is None:
                candidates = sheets[:1]
            else:
                candidates = sheets
            budget = [0]
            strings = shared_string_lengths(book, budget)
            for title, part in candidates:
                check_sheet(book, part, title, strings, budget)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise UnreadableFile(
            "{name} cannot be read as a workbook: {str}",
            name=path.name, str=str(exc)[:120], code="guard.cannot-read-workbook") from exc
    try:
        cal = CalamineWorkbook.from_path(str(path))
    except (CalamineError, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(
            "{name} cannot be read as a workbook: {str}",
            name=path.name, str=str(exc)[:120], code="guard.cannot-read-workbook") from exc
    try:
        tables: list[tuple[int, Table]] = []
        for title, _ in candidates:
            try:
                # one fresh list per row, each kept as the row's cells (no copy)
                rows = cast("list[list[object]]",
                            cal.get_sheet_by_name(title).to_python(skip_empty_area=False))
            except (CalamineError, zipfile.BadZipFile, OSError, ValueError) as exc:
                raise UnreadableFile(
                    "{name} cannot be read as a workbook: {str}",
                    name=path.name, str=str(exc)[:120], code="guard.cannot-read-workbook") from exc
            _check_lengths(rows, path.name)
            raw = list(enumerate(rows, start=1))
            if len(candidates) == 1:
                found = _find_header(f"{path.name}, sheet {title!r}" if len(titles) > 1 else path.name,
                                     raw, header_required, score)
                tables.append((1, _on_sheet(found, title, titles)))
                break
            try:
                found = _find_header(path.name, raw, True, score)
            except UnreadableFile:
                continue
            value = (score or _default_score)(found.headers)
            tables.append((value, _on_sheet(found, title, titles)))
    finally:
        cal.close()
    if not tables:
        raise UnreadableFile(
            "{name}: no sheet has a header row naming people (sheets: {join}; choose one with --sheet)",
            name=path.name, join=', '.join(titles), code="reading.no-sheet-header")
    best = max(tables, key=lambda t: t[0])[1]
    if len(titles) > 1:
        best = Table(best.headers, best.rows, best.sheet, best.sheets, best.header_line,
                     (f"sheet {best.sheet!r} read (of {', '.join(repr(t) for t in titles)})",) + best.notes)
    return best


def _on_sheet(table: Table, title: str, titles: list[str]) -> Table:
    return Table(table.headers, table.rows, title, tuple(titles), table.header_line, table.notes)


def _check_lengths(rows: list[list[object]], name: str) -> None:
    """No cell of a sheet's grid longer than MAX_CELL: a grid of text only is measured in one
    C loop; one with numbers or dates among its texts, or a cell too long, row by row."""
    try:
        if max(map(len, chain.from_iterable(rows)), default=0) <= MAX_CELL:  # type: ignore[arg-type]
            return
    except TypeError:  # a number or a date: no len()
        pass
    for line, cells in enumerate(rows, start=1):
        _capped(cells, line, name)


def _capped(cells: list[object], line: int, name: str) -> list[object]:
    if max(map(len, [c for c in cells if isinstance(c, str)]), default=0) <= MAX_CELL:
        return cells  # the usual row, checked at once
    for i, c in enumerate(cells):
        if isinstance(c, str) and len(c) > MAX_CELL:
            raise UnreadableFile(
                "{name}, line {line}, column {value}: a cell longer than {MAX_CELL} characters",
                name=name, line=line, value=i + 1, MAX_CELL=format(MAX_CELL, ","),
                code="reading.line-column-cell")
    return cells


# ---------------------------------------------------------------- .csv

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), or Windows-1252 throughout; a UTF-8 file with a line in
    another encoding is refused naming the line."""
    if not data.strip():
        raise UnreadableFile("{name} is empty", name=name, code="reading.empty")
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        if bom or _UTF8_SEQUENCE.search(body[: exc.start]) or _UTF8_SEQUENCE.search(body[exc.end:]):
            raise UnreadableFile(
                "{name}: line {line} is not UTF-8 like the rest of the file (Windows-1252 or Latin-1?): "
                "save the file again as UTF-8",
                name=name, line=line, code="reading.line-not-utf") from None
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableFile(
            "{name} is neither UTF-8 nor Windows-1252 text",
            name=name, code="reading.neither-utf-nor") from None


def _csv_rows(path: Path) -> tuple[list[tuple[int, list[object]]], str]:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise UnreadableFile(
            "{name} is {value} MB: larger than mmdesk reads ({value2} MB)",
            name=path.name, value=size >> 20, value2=MAX_CSV_BYTES >> 20, code="reading.mb-larger-mmdesk")
    data = path.read_bytes()
    start = 0
    line = 1
    while start < len(data):  # no line (the header above all) longer than a cell could be
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if end - start > MAX_LINE:
            raise UnreadableFile(
                "{name}: line {line} is {value} characters long: longer than mmdesk reads ({MAX_LINE}); it "
                "is not shown here",
                name=path.name, line=line, value=format(end - start, ","), MAX_LINE=format(MAX_LINE, ","),
                code="reading.line-characters-long")
        start, line = end + 1, line + 1
    text = _decode(data, path.name)
    if "\x00" in text:
        raise UnreadableFile("{name} is not a text file", name=path.name, code="reading.not-text-file")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    if first_line.count("\t") > max(first_line.count(";"), first_line.count(",")):
        delimiter = "\t"
    csv.field_size_limit(MAX_LINE)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[tuple[int, list[object]]] = []
    try:
        for cells in reader:
            restored: list[object] = [restore_csv(c) for c in cells]
            out.append((reader.line_num, _capped(restored, reader.line_num, path.name)))
    except csv.Error as exc:
        raise UnreadableFile(
            "{name}, line {line_num}: {str}",
            name=path.name, line_num=reader.line_num, str=str(exc)[:120], code="reading.line-error") from exc
    return out, delimiter
