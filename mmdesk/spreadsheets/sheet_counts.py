"""A sheet's rows and cells counted as the reader (calamine) will place them, for the
guard (mmdesk.spreadsheets.guard) to hold against its caps before the reader allocates.

Two counts of one chunk of a sheet's XML: the usual sheet's, one regex match a tag
(plain_chunk), and, for any sheet that one cannot vouch for, the exact one, tag by tag or
a plain row at once, with the reader's own counters (exact_chunk).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


def column_number(letters: bytes | str) -> int:
    """A1-style column letters → 1-based number (A → 1, XFD → 16384)."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + (ord(ch) - 64)
    return n


# The usual sheet (Excel, LibreOffice, openpyxl, mmdesk, or with the one prefix x: of .NET
# writers): every <row> tag opens with its number and every <c> tag is r="B7" then only other
# attributes, one space apart in double quotes. One match per tag, capturing the number or the letters
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
    any other (no reference, another form, r written twice, a row number larger or written
    with more digits)."""
    digits = str(row).encode()
    larger = [rb"\d{%d}" % (len(digits) + 1)]
    for i, d in enumerate(digits):
        if d < ord("9"):
            rest = len(digits) - i - 1
            larger.append(digits[:i] + b"[%c-9]" % (d + 1) + (rb"\d{%d}" % rest if rest else b""))
    return re.compile(b"<" + prefix + rb'c(?: r="([A-Z]{1,3})(?!' + b"|".join(larger)
                      + rb')\d++"(?: (?!r=)[A-Za-z_][\w.:-]*+="[^"<>]*+")*+/?>|[\s>/])')


def plain_chunk(data: bytes, s: dict[str, int], strings: list[int]) -> bool:
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


class NotPlain(Exception):
    """A chunk the one-match count cannot vouch for."""


# Tag by tag, as the reader (calamine, over quick-xml) takes them: any namespace prefix, either
# quote, white space around "=", ">" inside a quoted value, lower-case letters, leading zeros.
# A tag start the first branch cannot read to its ">" (cut short, or "<" inside a value) is
# matched by the second.
_TAG_FORM = (rb"""<(?P<closing>/?)(?:(?P<prefix>[^\s<>/:!?]*):)?(?P<name>c|row|dimension|is|v|f)(?=[\s/>])"""
             rb"""(?P<attrs>(?:[^<>"']++|"[^"<]*+"|'[^'<]*+')*+)>"""
             rb"""|<(?:[^\s<>/:!?]*:)?(?:c|row|dimension|is|v|f)(?=[\s/>])""")
_TAG = re.compile(_TAG_FORM)

# A whole row the tag-by-tag count can take at once: its elements all with the one prefix of
# the sheet (or none), attributes one space apart in double quotes, cells holding at most a
# formula and a value or a plain inline text, only white space between them. Its cells are
# counted from its text (references, if any, checked to be written once each); a row written
# any other way is taken tag by tag.
_ATTRS = rb'(?: [A-Za-z_][\w.:-]*+="[^"<>]*+")*+'
_ALL_REFS = re.compile(rb"[A-Z]++\d++(?: [A-Z]++\d++)*+")
_LETTERS = re.compile(rb"[A-Z]++")
_DIGITS = re.compile(rb"\d++")
_ROW_NUMBER = re.compile(rb' r="(\d++)"')


@dataclass(frozen=True)
class _RowForms:
    """The patterns of plainly written rows for one prefix (b"" or b"x:")."""

    prefix: bytes
    step: re.Pattern[bytes]     # a whole row (groups row, cells), else one tag as _TAG
    refs: re.Pattern[bytes]     # each cell's reference (b"" for none)
    shared: re.Pattern[bytes]   # the value of each t="s" cell


@lru_cache(maxsize=8)
def _row_forms(prefix: bytes) -> _RowForms:
    """The patterns of plainly written rows whose elements carry `prefix`."""
    p = re.escape(prefix)
    cell = (b"<" + p + b"c" + _ATTRS + b"(?:/>|>(?:<" + p + b"f" + _ATTRS + b"(?:/>|>[^<]*+</" + p + b"f>))?"
            b"(?:<" + p + b"v>[^<]*+</" + p + b"v>|<" + p + b"is><(?:" + p + b")?t" + _ATTRS
            + b">[^<]*+</(?:" + p + b")?t></" + p + b"is>)?</" + p + b"c>)")
    row = (b"<" + p + b"row(?P<row>" + _ATTRS + rb")(?:/>|>(?P<cells>(?:\s*+" + cell + rb")*+)\s*+</"
           + p + b"row>)")
    return _RowForms(
        prefix,
        re.compile(row + b"|" + _TAG_FORM),
        re.compile(b"<" + p + rb'c(?=[ />])(?:(?: (?!r=)[^ =]++="[^"]*+")*+ r="([^"]*+)")?'),
        re.compile(b"<" + p + rb'c(?= )[^>]*? t="s"[^>]*>(?:<' + p + b"f[^>]*/>|<" + p + b"f[^>]*>[^<]*</"
                   + p + b"f>)?<" + p + b"v>([^<]*)</" + p + b"v>"),
    )


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


def dimensions(data: bytes) -> list[tuple[int, int]]:
    """(rows, columns) each <dimension ref="…"> of a chunk declares."""
    out = []
    for m in _DIMENSION.finditer(data):
        for ref in _values(m.group(1), b"ref"):
            corners = [p for p in map(_position, ref.split(b":")) if p]
            if corners:
                out.append((max(r for r, _ in corners), max(c for _, c in corners)))
    return out


def exact_chunk(data: bytes, s: dict[str, int], offset: int, strings: list[int],
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
    # the sheet's one prefix (or none), as far as known: rows written with it are taken whole
    first = _TAG.search(data) if not prefixes else None
    own = next(iter(prefixes)) if prefixes else first["prefix"] if first else None
    forms = None if strict or len(prefixes) > 1 else (
        _row_forms(b"") if own is None else _row_forms(own + b":") if _PLAIN_PREFIX.fullmatch(own)
        else None)
    for step in (_TAG if forms is None else forms.step).finditer(data):
        if step.re is not _TAG and forms is not None and step["row"] is not None:
            plain = _plain_row(step["row"], step["cells"] or b"", forms)
            if plain is not None and not (strict or inside[b"c"] or inside[b"is"] or inside[b"v"]
                                          or inside[b"f"] or prefixes - {own}):
                # a row written plainly: the same counters, from its text at once
                number, refs, count = plain
                prefixes.add(own)
                rows += 1
                row_at = max(row_at, number)
                max_row = max(max_row, row_at)
                cells += count
                if refs and b"" not in refs and _ALL_REFS.fullmatch(joined := b" ".join(refs)):
                    # every cell where its reference says: the largest of them
                    letters = max(set(_LETTERS.findall(joined)), key=lambda x: (len(x), x))
                    max_col = max(max_col, column_number(letters))
                    max_row = max(max_row, *map(int, _DIGITS.findall(joined)))
                elif refs:
                    col = col_at
                    for ref in refs:
                        place = _position(ref) if ref else None
                        if place is None:
                            col += 1
                        else:
                            max_row = max(max_row, place[0])
                            col = place[1]
                        max_col = max(max_col, col)
                elif count:
                    max_col = max(max_col, col_at + count)
                if strings and b' t="s"' in (step["cells"] or b""):
                    text += _shared_text(forms.shared.findall(step["cells"]), strings)
                row_at += 1
                col_at = shared = 0  # (shared counts only inside a cell, which sets it)
                continue
            tags: Iterable[re.Match[bytes]] = _TAG.finditer(data, step.start(), step.end())
        else:
            tags = (step,)
        for m in tags:
            closing, prefix, name, attrs = m.group("closing", "prefix", "name", "attrs")
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


def _plain_row(attrs: bytes, found: bytes, forms: _RowForms) -> tuple[int, list[bytes], int] | None:
    """(row number or 0, each cell's reference or b"" if any has one, cells) of a row
    matched whole; None where a reference is written twice or the row's is not a number."""
    number = 0
    if b' r="' in attrs:
        m = _ROW_NUMBER.search(attrs)
        if m is None or attrs.count(b' r="') != 1:
            return None
        number = int(m.group(1))
    if b' r="' in found:
        refs = forms.refs.findall(found)
        if found.count(b' r="') != len(refs) - refs.count(b""):
            return None  # (or some text holds ' r="': the tags then)
        return number, refs, len(refs)
    cell = b"<" + forms.prefix + b"c"
    return number, [], found.count(cell + b" ") + found.count(cell + b">") + found.count(cell + b"/>")


def _shared_text(values: list[bytes], strings: list[int]) -> int:
    """The characters the shared strings numbered `values` expand to (values not a number of
    one count for nothing, as for the reader)."""
    if b"".join(values).isdigit() and b"" not in values:
        used = list(map(int, values))
        if max(used) < len(strings):
            return sum(map(strings.__getitem__, used))
    used = [int(v) for v in map(bytes.strip, values) if v.isdigit()]
    return sum(strings[n] for n in used if n < len(strings))
