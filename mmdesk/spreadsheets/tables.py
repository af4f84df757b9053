"""Small report workbooks: a few titled tables, one per sheet, styled like the exports; and the
pieces every workbook mmdesk writes shares (new book, header row, formula-safe rows, sheet titles)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time
from pathlib import Path
from typing import Any

from mmdesk.files import atomic_write
from mmdesk.spreadsheets.cells import dangerous

# characters a sheet title may not hold (Excel refuses them, openpyxl raises ValueError)
_TITLE_FORBIDDEN = re.compile(r"[\\/*?:\[\]]")
TITLE_LIMIT = 31


def header_style() -> tuple[Any, Any]:
    """The font and fill of every header row mmdesk writes: bold white on blue."""
    from openpyxl.styles import Font, PatternFill

    return Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1565C0")


def new_book() -> Any:
    """An empty workbook (openpyxl) to which the sheets are added in order."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.worksheets[0])
    return book


def sheet_title(title: str, taken: Sequence[str] = ()) -> str:
    """A title a workbook accepts: none of ``: \\ / ? * [ ]``, no apostrophe at either end, at
    most 31 characters, and unlike every title in taken (letter case aside): " (2)" … added."""
    base = " ".join(_TITLE_FORBIDDEN.sub(" ", str(title or "")).split()).strip("'").strip() or "Sheet"
    used = {t.casefold() for t in taken}
    candidate, n = base[:TITLE_LIMIT], 1
    while candidate.casefold() in used:
        n += 1
        suffix = f" ({n})"
        candidate = base[:TITLE_LIMIT - len(suffix)].rstrip() + suffix
    return candidate


def append_row(sheet: Any, values: Sequence[object], *, formats: bool = False) -> None:
    """One row after the last, every cell formula-safe: text a spreadsheet would run as a
    formula is stored as text. formats: times shown hh:mm, dates yyyy-mm-dd."""
    sheet.append(list(values))
    r = sheet.max_row
    for c, value in enumerate(values, start=1):
        if dangerous(value):
            sheet.cell(r, c).data_type = "s"
        elif formats and isinstance(value, time):
            sheet.cell(r, c).number_format = "hh:mm"
        elif formats and isinstance(value, date):
            sheet.cell(r, c).number_format = "yyyy-mm-dd"


def header_row(sheet: Any, headers: Sequence[object]) -> None:
    """The first row: the headers, formula-safe, bold white on blue, frozen above the data."""
    append_row(sheet, headers)
    bold, fill = header_style()
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
    sheet.freeze_panes = "A2"


def write_tables(path: Path, sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[object]]]]
                 ) -> Path:
    """One sheet per (title, headers, rows): bold frozen header, widths to fit, auto-filter.
    Text a spreadsheet would run as a formula stays text, in the headers as in the rows;
    titles are made acceptable and unique; the file is written whole or not at all."""
    from openpyxl.utils import get_column_letter

    book = new_book()
    for title, headers, rows in sheets:
        sheet = book.create_sheet(sheet_title(title, book.sheetnames))
        header_row(sheet, headers)
        for row in rows:
            append_row(sheet, row)
        for c, header in enumerate(headers, start=1):
            longest = max([len(str(header))]
                          + [len(str(row[c - 1])) for row in rows if row[c - 1] is not None])
            sheet.column_dimensions[get_column_letter(c)].width = min(60, max(8, longest + 2))
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(headers)))}{max(2, len(rows) + 1)}"
    with atomic_write(path) as tmp:
        book.save(tmp)
    return Path(path)
