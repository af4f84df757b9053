"""Shaped glyphs in ReportLab PDFs that a viewer's search and pdftotext read as typed letters.

ReportLab draws characters, not glyphs: each character code of an embedded
TrueType subset stands for one code point, and the subset's ToUnicode map says
which. Arabic letters take another glyph at the start, middle or end of a word,
and "لا" is one glyph; those glyphs have no code point of their own except the
old Arabic presentation forms (U+FB50–U+FEFF), which is what the PDFs held
before: a search for أحمد typed from the keyboard found nothing.

Here HarfBuzz (uharfbuzz) shapes a run of text into glyphs, and each glyph is
drawn with a private character code (from U+F0000 on) that a ShapingFont maps
to that glyph; the subset's ToUnicode maps the code to letters instead of to
the private code point. A glyph first gets its cluster's letters (a ligature's
letters, a base letter with its vowel signs and other combining marks); the
marks themselves are drawn as outlines over it (ShapingFont.outline), so they
print and their letters come back once, with their base letter.

Right-to-left runs are drawn in visual order, as every PDF producer does, and
extractors put them back in logical order: poppler (pdftotext, Evince, Okular)
reverses each stretch of right-to-left letters in a line, but takes digits and
Latin letters as the end of a stretch; pdf.js runs the bidi algorithm over each
text item. readback.py works out which letters each glyph of a right-to-left
stretch reads as, so that both give back the line as typed, digits included.

A marked-content span with /ActualText around the run was tried first and left
out: poppler 22's pdftotext reverses the span's logical text once more (it comes
out backwards), and pdf.js (4.10 and 6.5) ignores ActualText in page content.
Per-glyph ToUnicode, as here, reads right in both.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import uharfbuzz as hb
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFStream
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

if TYPE_CHECKING:
    from reportlab.pdfbase.pdfdoc import PDFDocument

#: The first private code point standing for a shaped glyph (plane 15, private use).
PRIVATE_START = 0xF0000
_FEATURES: dict[str, bool] = {}  # HarfBuzz's defaults: joining forms, ligatures, kerning, marks


@dataclass(frozen=True)
class Glyphs:
    """One font's glyphs in visual order: the codes to show and how to place them.

    Widths and offsets are in thousandths of the font size (PDF text space).
    moves holds, per glyph, (x offset, y offset, advance minus the glyph's own width);
    None when the codes are plain characters drawn at their own widths.
    """

    font: str
    codes: str
    moves: tuple[tuple[float, float, float], ...] | None
    width: float
    #: vowel signs and other combining marks drawn as outlines: (glyph, x, y) from the run's start
    marks: tuple[tuple[int, float, float], ...] = ()
    #: per code, n where it is drawn n * ITEM_BREAK points larger: a text item of its own in pdf.js
    items: tuple[int, ...] | None = None
    #: letters read as left-to-right minus letters read as right-to-left (poppler's page direction)
    balance: int = 0


@dataclass(frozen=True)
class Slot:
    """One glyph of a shaped run (visual order), before the letters it reads as are settled.

    letters are its cluster's letters with its marks', in logical order; advance and offsets
    in thousandths of the font size; marks are drawn as outlines, not as text.
    """

    glyph: int
    letters: str
    advance: float
    dx: float
    dy: float


@dataclass(frozen=True)
class Shaped:
    """A run shaped by HarfBuzz: its glyphs, the marks drawn over them, its direction."""

    font: str
    slots: tuple[Slot, ...]
    marks: tuple[tuple[int, float, float], ...]
    rtl: bool

    def natural(self) -> list[str]:
        """What each glyph reads as on its own: its letters, reversed in a right-to-left run
        (extractors reverse the run, and a ligature's letters with it)."""
        return [s.letters[::-1] if self.rtl else s.letters for s in self.slots]


class ShapingFont(TTFont):
    """A TrueType font that also draws glyphs shaped by HarfBuzz, searchable as letters."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803 - ReportLab's name
        # ReportLab's own shaping (it maps glyphs to presentation forms) stays off
        super().__init__(name, filename, subfontIndex=subfontIndex, shapable=False)
        self._file, self._index = filename, subfontIndex
        self._hb: hb.Font | None = None
        self._codes: dict[tuple[int, str], int] = {}
        self._letters: dict[int, str] = {}
        self._outlines: dict[int, str] = {}
        self._next = PRIVATE_START
        self._lock = threading.Lock()

    @property
    def hb_font(self) -> hb.Font:
        """The HarfBuzz font (unscaled: positions in font units)."""
        if self._hb is None:
            face = hb.Face(hb.Blob(Path(self._file).read_bytes()), self._index)
            self._hb = hb.Font(face)
        return self._hb

    def code_for(self, glyph: int, letters: str) -> str:
        """The character that draws a glyph and reads as letters in extracted text."""
        key = (glyph, letters)
        code = self._codes.get(key)
        if code is None:
            with self._lock:
                code = self._codes.get(key)
                if code is None:
                    code = self._next
                    self._next += 1
                    font = self.hb_font
                    self.face.charToGlyph[code] = glyph
                    self.face.charWidths[code] = font.get_glyph_h_advance(glyph) * 1000 / font.face.upem
                    self._letters[code] = letters
                    self._codes[key] = code
        return chr(code)

    def shape(self, text: str, start: int, end: int, rtl: bool) -> Glyphs:
        """Shape text[start:end] (the rest is context for joining) into glyphs in visual order,
        each reading as its own letters."""
        run = self.slots(text, start, end, rtl)
        return self.glyphs(run, run.natural())

    def slots(self, text: str, start: int, end: int, rtl: bool) -> Shaped:
        """HarfBuzz's glyphs for text[start:end] in visual order, marks apart."""
        font = self.hb_font
        buf = hb.Buffer()
        buf.add_str(text, item_offset=start, item_length=end - start)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS  # a mark: a cluster of its own
        hb.shape(font, buf, _FEATURES)
        scale = 1000 / font.face.upem
        starts = sorted({info.cluster for info in buf.glyph_infos})
        ends = dict(zip(starts, [*starts[1:], end], strict=True))
        told: set[int] = set()
        bases: list[tuple[int, int, float, float, float]] = []  # (cluster, glyph, advance, dx, dy)
        letters: dict[int, str] = {}  # by the cluster of the glyph that reads as them
        strays: list[tuple[int, str]] = []  # marks' clusters and letters, to join their base
        marks: list[tuple[int, float, float]] = []
        pen = 0.0
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            own = ""
            if info.cluster not in told:  # a ligature's letters go with its first glyph
                told.add(info.cluster)
                own = text[info.cluster:ends[info.cluster]]
            dx, dy = pos.x_offset * scale, pos.y_offset * scale
            if not pos.x_advance and all(unicodedata.category(ch) == "Mn" for ch in own):
                # a vowel sign or other mark (or a cluster's second glyph): drawn as an outline,
                # its letters read with its base letter's
                marks.append((info.codepoint, pen + dx, dy))
                if own:
                    strays.append((info.cluster, own))
                continue
            if own:
                letters[info.cluster] = own
            bases.append((info.cluster if own else -1, info.codepoint, pos.x_advance * scale, dx, dy))
            pen += pos.x_advance * scale
        clusters = sorted(letters)
        for cluster, own in strays:
            before = [c for c in clusters if c < cluster]
            if before:  # the mark's base letter comes before it in logical order
                letters[before[-1]] += own
            elif clusters:  # a mark with no letter before it (typed first): the next one takes it
                letters[clusters[0]] = own + letters[clusters[0]]
        slots = tuple(Slot(glyph, letters.get(cluster, "") if cluster >= 0 else "", advance, dx, dy)
                      for cluster, glyph, advance, dx, dy in bases)
        return Shaped(self.fontName, slots, tuple(marks), rtl)

    def glyphs(self, run: Shaped, reads: list[str], items: list[int] | None = None) -> Glyphs:
        """The run's glyphs as codes, each reading as reads[i] (a glyph reading as nothing is
        drawn as an outline); items: per glyph, its text item for pdf.js (see Glyphs)."""
        codes: list[str] = []
        moves: list[tuple[float, float, float]] = []
        marks = list(run.marks)
        flags: list[int] = []
        pen = 0.0
        carry = 0.0  # the advance of glyphs drawn as outlines before the first code
        for n, (slot, letters) in enumerate(zip(run.slots, reads, strict=True)):
            if not letters:
                marks.append((slot.glyph, pen + slot.dx, slot.dy))
                if moves:
                    dx, dy, extra = moves[-1]
                    moves[-1] = (dx, dy, extra + slot.advance)
                else:
                    carry += slot.advance
                pen += slot.advance
                continue
            code = self.code_for(slot.glyph, letters)
            codes.append(code)
            extra = slot.advance - self.face.charWidths[ord(code)]
            moves.append((slot.dx + carry, slot.dy, extra + carry))
            flags.append(items[n] if items else 0)
            carry = 0.0
            pen += slot.advance
        return Glyphs(self.fontName, "".join(codes), tuple(moves), pen, tuple(marks),
                      tuple(flags) if any(flags) else None, balance("".join(reads)))

    def outline(self, glyph: int) -> str:
        """A glyph's outline as PDF path operators in font units (filled with the text colour).

        Combining marks (Arabic harakat, Hebrew points) are drawn this way, not as text:
        poppler's pdftotext drops or misplaces a zero-width mark drawn over its letter in a
        right-to-left run, sometimes with the whole line; as outlines they leave the
        letters alone, and a name searched for without its vowel signs (as people type
        it) is found.
        """
        path = self._outlines.get(glyph)
        if path is None:
            pen = _PathPen()
            self.hb_font.draw_glyph_with_pen(glyph, pen)
            path = self._outlines[glyph] = " ".join(pen.ops)
        return path

    def bidi_mark(self, letters: str) -> Glyphs:
        """An invisible glyph of no width that reads as letters (a bidi mark for extractors)."""
        code = self.code_for(self.face.charToGlyph.get(32, 0), letters)
        self.face.charWidths[ord(code)] = 0  # no width at all, or extractors see a wide letter
        return Glyphs(self.fontName, code, ((0.0, 0.0, 0.0),), 0.0, balance=balance(letters))

    def addObjects(self, doc: PDFDocument) -> None:  # noqa: N802 - ReportLab's hook
        """Write the subsets as ReportLab does, then give them a ToUnicode with the letters."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if isinstance(stream, PDFStream):
                stream.content = to_unicode_cmap(base, [self._letters.get(c, chr(c)) if c else ""
                                                        for c in subset])


class _PathPen:
    """A fontTools-style pen writing PDF path operators (quadratic curves made cubic)."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self._at = (0.0, 0.0)

    def moveTo(self, p: tuple[float, float]) -> None:  # noqa: N802 - the pen protocol's names
        self.ops.append(f"{fp_str(*p)} m")
        self._at = p

    def lineTo(self, p: tuple[float, float]) -> None:  # noqa: N802
        self.ops.append(f"{fp_str(*p)} l")
        self._at = p

    def curveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        c1, c2, end = points[-3:]
        self.ops.append(f"{fp_str(*c1, *c2, *end)} c")
        self._at = end

    def qCurveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        *controls, end = points
        for i, c in enumerate(controls):  # implied on-curve points between control points
            to = end if i == len(controls) - 1 else ((c[0] + controls[i + 1][0]) / 2,
                                                     (c[1] + controls[i + 1][1]) / 2)
            (x0, y0), (cx, cy) = self._at, c
            c1 = (x0 + 2 * (cx - x0) / 3, y0 + 2 * (cy - y0) / 3)
            c2 = (to[0] + 2 * (cx - to[0]) / 3, to[1] + 2 * (cy - to[1]) / 3)
            self.ops.append(f"{fp_str(*c1, *c2, *to)} c")
            self._at = to

    def closePath(self) -> None:  # noqa: N802
        self.ops.append("h")

    endPath = closePath  # noqa: N815


def balance(letters: str) -> int:
    """Letters poppler counts as left-to-right minus those it counts as right-to-left."""
    out = 0
    for ch in letters:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            out += 1
        elif kind in ("R", "AL"):
            out -= 1
    return out


def _utf16(letters: str) -> str:
    return letters.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, letters: list[str]) -> str:
    """A ToUnicode CMap for a one-byte subset: code i reads as letters[i] (none where empty)."""
    pairs = [f"<{i:02X}> <{_utf16(t)}>" for i, t in enumerate(letters) if t]
    body: list[str] = []
    for at in range(0, len(pairs), 100):  # at most 100 entries a block
        chunk = pairs[at:at + 100]
        body += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        f"/CMapName /{name.replace('+', '-')} def", "/CMapType 2 def",
        "1 begincodespacerange", "<00> <FF>", "endcodespacerange", *body,
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])
