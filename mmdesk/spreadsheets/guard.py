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
from mmdesk.spreadsheets.sheet_counts import NotPlain, dimensions, exact_chunk, plain_chunk

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


def _stream(book: zipfile.ZipFile, name: str | zipfile.ZipInfo, budget: list[int], label: str,
            handle: Callable[[bytes, int], None]) -> None:
    """Inflate one part in chunks (cut at a tag's start), refusing past the caps."""
    try:
        info = name if isinstance(name, zipfile.ZipInfo) else book.getinfo(name)
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


_SI = re.compile(rb"<(?:[^\s<>/:!?]*:)?si(?=[\s>/])")


def shared_string_lengths(book: zipfile.ZipFile, budget: list[int]) -> list[int]:
    """The length in bytes of every shared string (from one <si> to the next) of the part
    calamine reads (xl/sharedStrings.xml, whatever its case; the longest where several)."""
    lengths: list[int] = []
    for info in book.infolist():
        if info.filename.lower() == "xl/sharedstrings.xml":
            part = _string_lengths(book, info, budget)
            lengths = [max(a, b) for a, b in zip(part, lengths, strict=False)] + (
                part[len(lengths):] or lengths[len(part):])
    return lengths


def _string_lengths(book: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> list[int]:
    """The length of each string of one shared-strings part, refusing one too long."""
    starts: list[int] = []
    hidden = [False]

    def handle(data: bytes, offset: int) -> None:
        # a comment or CDATA section can hold "<si>" that is no string: then every string
        # counts as the longest
        hidden[0] = hidden[0] or b"<!" in data
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

    _stream(book, info, budget, "the shared strings", handle)
    lengths = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    if starts:
        last = max(0, info.file_size - starts[-1])
        if last > MAX_STRING_BYTES + 64:
            raise HostileFile(
                "a text in the workbook is longer than {MAX_STRING_BYTES} bytes",
                MAX_STRING_BYTES=format(MAX_STRING_BYTES, ","), code="guard.text-workbook-longer")
        lengths.append(last)
    if hidden[0] and lengths:
        lengths = [max(lengths)] * len(lengths)
    return lengths


def check_sheet(book: zipfile.ZipFile, part: str, title: str, strings: list[int],
                budget: list[int]) -> SheetSize:
    """Stream one sheet's XML: its declared dimension and the cells it really holds must
    fit the caps; HostileFile (one line) otherwise."""
    keys = ("max_row", "max_col", "cells", "text", "rows", "exact", "strict", "row_at", "col_at",
            "in_c", "in_is", "in_v", "in_f", "shared")
    state = dict.fromkeys(keys, 0)
    prefixes: set[bytes | None] = set()

    def too_big(rows: int, cols: int, what: str) -> None:
        if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
            raise HostileFile(
                "sheet {title} {what} {rows} rows × {cols} columns: larger than mmdesk reads ({MAX_ROWS} "
                "rows, {MAX_COLUMNS} columns)",
                title=repr(title[:40]), what=what, rows=format(rows, ","), cols=format(cols, ","),
                MAX_ROWS=format(MAX_ROWS, ","), MAX_COLUMNS=format(MAX_COLUMNS, ","),
                code="guard.sheet-rows-columns")

    def handle(data: bytes, offset: int) -> None:
        s = state
        if b"dimension" in data:
            for rows, cols in dimensions(data):
                too_big(rows, cols, "declares")
        if s["exact"]:
            if not exact_chunk(data, s, offset, strings, prefixes):
                raise HostileFile(
                    "{label} holds an element longer than mmdesk reads",
                    label=f"sheet {title[:40]!r}", code="guard.holds-element-longer")
        elif not plain_chunk(data, s, strings):
            raise NotPlain
        if s["cells"] > MAX_CELLS:
            raise HostileFile(
                "sheet {title} holds more than {MAX_CELLS} cells",
                title=repr(title[:40]), MAX_CELLS=format(MAX_CELLS, ","), code="guard.sheet-holds-more")
        too_big(s["max_row"], s["max_col"], "reaches")
        if s["text"] > MAX_TEXT:
            raise HostileFile(
                "sheet {title} repeats its texts into more than {value} million characters",
                title=repr(title[:40]), value=MAX_TEXT // 1000000, code="guard.sheet-repeats-texts")

    size = SheetSize(0, 0)
    # calamine finds a part whatever the case of its name: every such part is checked
    for info in [i for i in book.infolist() if i.filename.lower() == part.lower()]:
        state.update(dict.fromkeys(keys, 0))
        prefixes.clear()
        spent = budget[0]
        try:
            _stream(book, info, budget, f"sheet {title[:40]!r}", handle)
        except NotPlain:
            # a tag the one-match count cannot vouch for: the whole sheet again, tag by tag
            budget[0] = spent
            state.update(dict.fromkeys(keys, 0), exact=1, row_at=1)
            prefixes.clear()
            _stream(book, info, budget, f"sheet {title[:40]!r}", handle)
        size = SheetSize(max(size.rows, state["max_row"]), max(size.columns, state["max_col"]))
    return size


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
