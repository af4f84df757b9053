"""Hostile workbooks refused before a reader allocates for them.

An .xlsx is a zip of XML. A 2 KB file can declare (or hold one cell at) XFD1048576, and a
reader that makes a dense grid of it asks for hundreds of gigabytes; a few megabytes can
inflate to gigabytes (a deflate bomb), or reference one long shared string from millions
of cells. Each sheet is therefore streamed through here first, with every size capped:
the zip's parts as they really inflate (not as they say they will), the rows, the
columns, the cells, each shared string and the text the cells expand to.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from mmdesk.spreadsheets.reading import UnreadableFile

MAX_PARTS = 2_000              # files inside the zip
MAX_PART_BYTES = 256 << 20     # one part, inflated
MAX_TOTAL_BYTES = 512 << 20    # every part read, inflated
MAX_ROWS = 250_000
MAX_COLUMNS = 1_000
MAX_CELLS = 6_000_000          # the grid a reader makes: rows × columns
MAX_STRING_BYTES = 200_000     # one shared string, with its markup (Excel's limit is 32,767 characters)
MAX_TEXT = 300_000_000         # characters all cells expand to
_CHUNK = 1 << 20


class HostileFile(UnreadableFile):
    """A workbook too large, or built to exhaust memory; refused before it is read."""


@dataclass(frozen=True)
class SheetSize:
    """What a sheet's XML declares and really holds."""

    rows: int
    columns: int


def column_number(letters: bytes | str) -> int:
    """A1-style column letters → 1-based number (A → 1, XFD → 16384)."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def _stream(book: zipfile.ZipFile, name: str, budget: list[int], label: str,
            handle: Callable[[bytes, int], None]) -> None:
    """Inflate one part in chunks (cut at a tag's start), refusing past the caps."""
    try:
        info = book.getinfo(name)
    except KeyError:
        return
    done = 0
    tail = b""
    with book.open(info) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            done += len(chunk)
            budget[0] += len(chunk)
            if done > MAX_PART_BYTES or budget[0] > MAX_TOTAL_BYTES:
                raise HostileFile(
                    "{label} inflates to more than {value} MB: too large to be a delegate list (or built to "
                    "exhaust memory)",
                    label=label, value=MAX_PART_BYTES >> 20, code="guard.inflates-more-mb")
            data = tail + chunk
            cut = data.rfind(b"<")
            if cut <= 0:
                cut = len(data)
            handle(data[:cut], done - len(data))
            tail = data[cut:]
            if len(tail) > MAX_STRING_BYTES * 2:
                raise HostileFile(
                    "{label} holds an element longer than mmdesk reads",
                    label=label, code="guard.holds-element-longer")
    if tail:
        handle(tail, done - len(tail))


_SI = re.compile(rb"<si\b")


def shared_string_lengths(book: zipfile.ZipFile, budget: list[int]) -> list[int]:
    """The length in bytes of every shared string (from one <si> to the next)."""
    names = [n for n in book.namelist() if n.lower().endswith("sharedstrings.xml")]
    starts: list[int] = []

    def handle(data: bytes, offset: int) -> None:
        for m in _SI.finditer(data):
            starts.append(offset + m.start())
            if len(starts) > MAX_CELLS:
                raise HostileFile(
                    "the workbook holds more shared strings than any sheet could use",
                    code="guard.workbook-holds-more")
            if len(starts) > 1 and starts[-1] - starts[-2] > MAX_STRING_BYTES:
                raise HostileFile(
                    "a text in the workbook is longer than {MAX_STRING_BYTES} bytes",
                    MAX_STRING_BYTES=format(MAX_STRING_BYTES, ","), code="guard.text-workbook-longer")

    end = [0]
    for name in names:
        _stream(book, name, budget, "the shared strings", handle)
        end[0] = book.getinfo(name).file_size
    lengths = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    if starts:
        last = max(0, end[0] - starts[-1])
        if last > MAX_STRING_BYTES + 64:
            raise HostileFile(
                "a text in the workbook is longer than {MAX_STRING_BYTES} bytes",
                MAX_STRING_BYTES=format(MAX_STRING_BYTES, ","), code="guard.text-workbook-longer")
        lengths.append(last)
    return lengths


_TOKEN = re.compile(rb"<(row|c|dimension)\b([^>]*)>|<v>(\d{1,12})</v>")
_REF = re.compile(rb'\br="?([A-Za-z]{1,4})?(\d{1,8})"?')
_DIM = re.compile(rb'<dimension\b[^>]*?\bref="([A-Za-z]{1,4})?(\d{1,8})?(?::([A-Za-z]{1,4})(\d{1,8}))?"')
_SHARED = re.compile(rb'\bt="s"')
_CELL = re.compile(rb"<c[\s>/]")
_CELL_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,4})(\d{1,8})"')
_ROW_REF = re.compile(rb'<row\b[^>]*?\br="(\d{1,8})"')
_ROW = re.compile(rb"<row[\s>/]")
_SHARED_VALUE = re.compile(rb'<c\b[^>]*?\bt="s"[^>]*>\s*<v>(\d{1,12})</v>')


def check_sheet(book: zipfile.ZipFile, part: str, title: str, strings: list[int],
                budget: list[int]) -> SheetSize:
    """Stream one sheet's XML: its declared dimension and the cells it really holds must
    fit the caps; HostileFile (one line) otherwise."""
    state = {"max_row": 0, "max_col": 0, "cells": 0, "text": 0, "rows": 0}

    def too_big(rows: int, cols: int, what: str) -> None:
        if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
            raise HostileFile(
                "sheet {title} {what} {rows} rows × {cols} columns: larger than mmdesk reads ({MAX_ROWS} "
                "rows, {MAX_COLUMNS} columns)",
                title=repr(title[:40]), what=what, rows=format(rows, ","), cols=format(cols, ","),
                MAX_ROWS=format(MAX_ROWS, ","), MAX_COLUMNS=format(MAX_COLUMNS, ","),
                code="guard.sheet-rows-columns")

    def handle(data: bytes, _offset: int) -> None:
        s = state
        dim = _DIM.search(data)
        if dim:
            cols = max(column_number(dim.group(1) or b"A"), column_number(dim.group(3) or b"A"))
            rows = max(int(dim.group(2) or 1), int(dim.group(4) or 1))
            too_big(rows, cols, "declares")
        cells = len(_CELL.findall(data))
        refs = _CELL_REF.findall(data)
        row_count = len(_ROW.findall(data))
        row_refs = _ROW_REF.findall(data)
        s["cells"] += cells
        s["rows"] += row_count
        if s["cells"] > MAX_CELLS:
            raise HostileFile(
                "sheet {title} holds more than {MAX_CELLS} cells",
                title=repr(title[:40]), MAX_CELLS=format(MAX_CELLS, ","), code="guard.sheet-holds-more")
        if refs:
            columns, numbers = zip(*refs, strict=True)
            letters = max(set(columns), key=lambda x: (len(x), x))
            s["max_col"] = max(s["max_col"], column_number(letters))
            s["max_row"] = max(s["max_row"], max(map(int, numbers)))
        if row_refs:
            s["max_row"] = max(s["max_row"], max(map(int, row_refs)))
        if len(refs) != cells or len(row_refs) != row_count:
            # cells or rows without a reference stand one after the other: count them in order
            s["max_row"] = max(s["max_row"], s["rows"])
            s["max_col"] = max(s["max_col"], _widest_row(data))
        too_big(s["max_row"], s["max_col"], "reaches")
        # (a sheet of inline strings, as mmdesk's own exports, has none to look for)
        used = list(map(int, _SHARED_VALUE.findall(data))) if b't="s"' in data else []
        if used and max(used) < len(strings):
            s["text"] += sum(map(strings.__getitem__, used))
        else:
            s["text"] += sum(strings[n] for n in used if n < len(strings))
        if s["text"] > MAX_TEXT:
            raise HostileFile(
                "sheet {title} repeats its texts into more than {value} million characters",
                title=repr(title[:40]), value=MAX_TEXT // 1000000, code="guard.sheet-repeats-texts")

    _stream(book, part, budget, f"sheet {title[:40]!r}", handle)
    return SheetSize(state["max_row"], state["max_col"])


def _widest_row(data: bytes) -> int:
    """The most cells any row of this chunk holds (references or not)."""
    widest = col = 0
    for m in _TOKEN.finditer(data):
        if m.group(1) == b"row":
            col = 0
        elif m.group(1) == b"c":
            ref = _REF.search(m.group(2))
            col = column_number(ref.group(1)) if ref and ref.group(1) else col + 1
            widest = max(widest, col)
    return widest


def check_zip(book: zipfile.ZipFile, name: str) -> None:
    """The container itself: not too many parts."""
    if len(book.infolist()) > MAX_PARTS:
        raise HostileFile(
            "{name} holds {len} files: not a delegate list",
            name=name, len=format(len(book.infolist()), ","), code="guard.holds-files-not")


def check_workbook(path: object) -> None:
    """Check every sheet of an .xlsx before any reader opens it; HostileFile (one line) if
    one is too large or built to exhaust memory. For readers other than read_table."""
    from pathlib import Path

    from mmdesk.spreadsheets.reading import workbook_sheets

    path = Path(str(path))
    try:
        with zipfile.ZipFile(path) as book:
            check_zip(book, path.name)
            budget = [0]
            strings = shared_string_lengths(book, budget)
            for title, part in workbook_sheets(book):
                check_sheet(book, part, title, strings, budget)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise UnreadableFile(
            "{name} cannot be read as a workbook: {str}",
            name=path.name, str=str(exc)[:120], code="guard.cannot-read-workbook") from exc
