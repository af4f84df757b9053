"""Small report workbooks: a few titled tables, one per sheet, styled like the exports."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mmdesk.spreadsheets.cells import dangerous


def header_style() -> tuple[Any, Any]:
    """The font and fill of every header row mmdesk writes: bold white on blue."""
    from openpyxl.styles import Font, PatternFill

    return Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1565C0")


def write_tables(path: Path, sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[object]]]]
                 ) -> Path:
    """One sheet per (title, headers, rows): bold frozen header, widths to fit, auto-filter.
    Text a spreadsheet would run as a formula stays text."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold, fill = header_style()
    for title, headers, rows in sheets:
        sheet = book.create_sheet(title[:31])
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font, cell.fill = bold, fill
        for r, row in enumerate(rows, start=2):
            sheet.append(list(row))
            for c, value in enumerate(row, start=1):
                if dangerous(value):
                    sheet.cell(r, c).data_type = "s"
        for c, header in enumerate(headers, start=1):
            longest = max([len(str(header))] + [len(str(row[c - 1])) for row in rows if row[c - 1] is not None])
            sheet.column_dimensions[get_column_letter(c)].width = min(60, max(8, longest + 2))
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(headers)))}{max(2, len(rows) + 1)}"
    book.save(path)
    return path
