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
from functools import lru_cache

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
            for rows, cols in _dimensions(data):
                too_big(rows, cols, "declares")
        if s["exact"]:
            if not _exact_chunk(data, s, offset, strings, prefixes):
                raise HostileFile(
                    "{label} holds an element longer than mmdesk reads",
                    label=f"sheet {title[:40]!r}", code="guard.holds-element-longer")
        elif not _plain_chunk(data, s, strings):
            raise _NotPlain
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
        except _NotPlain:
            # a tag the one-match count cannot vouch for: the whole sheet again, tag by tag
            budget[0] = spent
            state.update(dict.fromkeys(keys, 0), exact=1, row_at=1)
            prefixes.clear()
            _stream(book, info, budget, f"sheet {title[:40]!r}", handle)
        size = SheetSize(max(size.rows, state["max_row"]), max(size.columns, state["max_col"]))
    return size


# The usual sheet (Excel, LibreOffice, openpyxl, mmdesk, or with the one prefix x: of .NET
# writers): every <row> tag opens with its number and every <c> tag is r="B7" then only s, t,
# cm, vm or ph, each in double quotes. One match per tag, capturing the number or the letters
# (b"" for a tag written any other way): one-letter bytes are shared objects, so counting cells
# this way allocates next to nothing.
_NAMES = rb"(?:c|row|dimension|is|v|f)[\s>/]"
_PREFIXED = re.compile(rb":" + _NAMES)  # elements with a namespace prefix: cells and rows too
_PREFIX = re.compile(rb"<([^\s<>/:!?]*):" + _NAMES)
_PLAIN_PREFIX = re.compile(rb"[A-Za-z_][\w.-]{0,15}")
_BARE = re.compile(rb"<" + _NAMES)


@lru_cache(maxsize=8)
def _plain_rows(prefix: bytes) -> re.Pattern[bytes]:
    """Rows, capturing the number of a plain row tag; b"" for any other."""
    return re.compile(b"<" + prefix + rb'row(?: r="(\d{1,7})"|[\s>/])')


@lru_cache(maxsize=8)
def _shared_values(prefix: bytes) -> re.Pattern[bytes]:
    """The string number of each t="s" cell followed by its <v>."""
    return re.compile(b"<" + prefix + rb'c\b[^>]*?\bt="s"[^>]*>\s*<' + prefix + rb"v>(\d{1,12})</")


def _plain_cells(row: int, prefix: bytes) -> re.Pattern[bytes]:
    """Cells, capturing the letters of a plain cell tag whose row is at most `row`; b"" for
    any other (no reference, another form or attribute, a row number larger or written with
    more digits)."""
    digits = str(row).encode()
    larger = [rb"\d{%d}" % (len(digits) + 1)]
    for i, d in enumerate(digits):
        if d < ord("9"):
            rest = len(digits) - i - 1
            larger.append(digits[:i] + b"[%c-9]" % (d + 1) + (rb"\d{%d}" % rest if rest else b""))
    return re.compile(b"<" + prefix + rb'c(?: r="([A-Z]{1,3})(?!' + b"|".join(larger)
                      + rb')\d++"(?: (?:s|t|cm|vm|ph)="[^"<>]*+")*+/?>|[\s>/])')


def _plain_chunk(data: bytes, s: dict[str, int], strings: list[int]) -> bool:
    """Count a chunk where every row and cell opens with its reference and no cell lies
    below the largest row number: exact, from one match per tag. False (nothing counted)
    otherwise, for the exact count."""
    prefix = b""
    first = _PREFIX.search(data) if _PREFIXED.search(data) else None  # (else ":c " was text)
    if first is not None:
        # one plain prefix throughout, no element without it: the same count with that prefix
        if not _PLAIN_PREFIX.fullmatch(first.group(1)) or _BARE.search(data):
            return False
        name = re.escape(first.group(1))
        if re.search(rb"(?<!<%s)(?<!</%s):" % (name, name) + _NAMES, data):
            return False
        prefix = first.group(1) + b":"
    if strings:  # every t="s" cell with its <v> right after it, written the usual way
        used = list(map(int, _shared_values(prefix).findall(data)))
        if len(used) != data.count(b't="s"'):
            return False
        if used and max(used) < len(strings):
            s["text"] += sum(map(strings.__getitem__, used))
        else:
            s["text"] += sum(strings[n] for n in used if n < len(strings))
    numbers = _plain_rows(prefix).findall(data)
    if b"" in numbers:
        return False
    top = max(s["max_row"], max(map(int, numbers), default=0))
    letters = _plain_cells(top, prefix).findall(data)
    kinds = set(letters)
    if b"" in kinds:
        return False
    s["cells"] += len(letters)
    s["rows"] += len(numbers)
    s["max_row"] = top
    if kinds:
        s["max_col"] = max(s["max_col"], column_number(max(kinds, key=lambda x: (len(x), x))))
    return True


class _NotPlain(Exception):
    """A chunk the one-match count cannot vouch for."""


# Tag by tag, as the reader (calamine, over quick-xml) takes them: any namespace prefix, either
# quote, white space around "=", ">" inside a quoted value, lower-case letters, leading zeros.
# A tag start the first branch cannot read to its ">" (cut short, or "<" inside a value) is
# matched by the second.
_TAG = re.compile(rb"""<(/?)(?:([^\s<>/:!?]*):)?(c|row|dimension|is|v|f)(?=[\s/>])"""
                  rb"""((?:[^<>"']++|"[^"<]*+"|'[^'<]*+')*+)>"""
                  rb"""|<(?:[^\s<>/:!?]*:)?(?:c|row|dimension|is|v|f)(?=[\s/>])""")
_DIMENSION = re.compile(rb"""<(?:[^\s<>/:!?]*:)?dimension(?=[\s/>])((?:[^<>"']++|"[^"<]*+"|'[^'<]*+')*+)>""")
_ATTR = re.compile(rb"""\s*([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_POSITION = re.compile(rb"([A-Za-z]*)(\d+)")
_UNUSUAL = re.compile(rb"[\t\n\r']| =|= ")


def _values(attrs: bytes, key: bytes) -> list[bytes]:
    """The values of one attribute (all of them, should it be written twice)."""
    if not _UNUSUAL.search(attrs):
        # name="value" pairs one space apart: a value cannot hold ' key="'
        first = b' %s="' % key
        if attrs.count(first) == 1 and attrs.startswith(first):
            return [attrs[len(first):attrs.index(b'"', len(first))]]
    return [m.group(2) if m.group(2) is not None else m.group(3)
            for m in _ATTR.finditer(attrs) if m.group(1) == key]


def _position(value: bytes) -> tuple[int, int] | None:
    """(row, column), 1-based, of a reference such as B7 (column 0 when it has no letters)."""
    m = _POSITION.fullmatch(value)
    if m is None:
        return None
    return int(m.group(2)), column_number(m.group(1)) if m.group(1) else 0


def _dimensions(data: bytes) -> list[tuple[int, int]]:
    """(rows, columns) each <dimension ref="…"> of a chunk declares."""
    out = []
    for m in _DIMENSION.finditer(data):
        for ref in _values(m.group(1), b"ref"):
            corners = [p for p in map(_position, ref.split(b":")) if p]
            if corners:
                out.append((max(r for r, _ in corners), max(c for _, c in corners)))
    return out


def _exact_chunk(data: bytes, s: dict[str, int], offset: int, strings: list[int],
                 prefixes: set[bytes | None]) -> bool:
    """Follow the reader's own counters through a chunk: a cell with a reference sits there,
    one without sits after the cell before it (or first in its row); a row without one after
    the row before. Where the tags are not plainly nested (two prefixes, a comment, a row tag
    inside a cell…) the counters only ever grow. False for a tag cut short."""
    strict = s["strict"] or b"<!" in data or b"<?" in data[1 if offset == 0 else 0:]
    # (comments, CDATA and instructions can hide tags from one reader and not the other)
    max_row, max_col, row_at, col_at = s["max_row"], s["max_col"], s["row_at"], s["col_at"]
    cells, rows, text, shared = s["cells"], s["rows"], s["text"], s["shared"]
    inside = {b"c": s["in_c"], b"is": s["in_is"], b"v": s["in_v"], b"f": s["in_f"]}
    for m in _TAG.finditer(data):
        closing, prefix, name, attrs = m.groups()
        if name is None:
            return False
        if prefix not in prefixes:
            # one prefix throughout reads as none; two can end an element for one reader only
            prefixes.add(prefix)
            strict = strict or len(prefixes) > 1
        if closing:
            if name == b"row":
                if inside[b"c"] or inside[b"is"] or inside[b"v"] or inside[b"f"]:
                    strict = True
                row_at += 1
                if not strict:
                    col_at = 0
            elif name != b"dimension":
                if name == b"c" and (inside[b"is"] or inside[b"v"] or inside[b"f"]):
                    strict = True
                inside[name] = max(0, inside[name] - (1 if name != b"c" else inside[name]))
            continue
        empty = attrs.endswith(b"/")
        if name == b"c":
            if inside[b"c"] or inside[b"is"] or inside[b"v"] or inside[b"f"]:
                strict = True
            cells += 1
            places = [p for p in map(_position, _values(attrs, b"r")) if p] if attrs else []
            if not places:
                row, col = row_at, col_at + 1
            elif len(places) == 1 and not strict:
                row, col = places[0]
            else:
                row = max(max(r for r, _ in places), row_at if strict else 0)
                col = max(max(c for _, c in places), col_at + 1 if strict else 0)
            col_at = col
            if row > max_row:
                max_row = row
            if col > max_col:
                max_col = col
            inside[b"c"] = 0 if empty else 1
            shared = 1 if strings and b"s" in _values(attrs, b"t") else 0
        elif name == b"row":
            if inside[b"c"] or inside[b"is"] or inside[b"v"] or inside[b"f"]:
                strict = True
            rows += 1
            for number, _ in filter(None, map(_position, _values(attrs, b"r") if attrs else [])):
                row_at = max(row_at, number)
            max_row = max(max_row, row_at)
            if empty:
                row_at += 1
                if not strict:
                    col_at = 0
        elif name != b"dimension" and not empty:
            if inside[name]:
                strict = True
            inside[name] += 1
            if name == b"v" and shared and inside[b"c"]:
                stop = data.find(b"<", m.end())
                value = data[m.end():stop if stop >= 0 else len(data)].strip()
                if value.isdigit() and int(value) < len(strings):
                    text += strings[int(value)]
    s.update(strict=int(strict), max_row=max_row, max_col=max_col, row_at=row_at, col_at=col_at,
             cells=cells, rows=rows, text=text, shared=shared, in_c=inside[b"c"], in_is=inside[b"is"],
             in_v=inside[b"v"], in_f=inside[b"f"])
    return True


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
