"""Shaped glyphs in ReportLab PDFs that a viewer's search and pdftotext read as typed letters.

ReportLab draws characters, not glyphs: each character code of an embedded
TrueType subset stands for one code point, and the subset's ToUnicode map says
which. Arabic letters take another glyph at the start, middle or end of a word,
and "لا" is one glyph; those glyphs have no code point of their own except the
old Arabic presentation forms (U+FB50–U+FEFF), which is what the PDFs held
before: a search for أحمد typed from the keyboard found nothing.

Here HarfBuzz (uharfbuzz) shapes a run of text into glyphs, and each glyph is
drawn with a private character code (from U+F0000 on) that a ShapingFont maps
to that glyph; the subset's ToUnicode maps the code to the letters of the
glyph's cluster instead of to the private code point. Right-to-left runs are
drawn in visual order, as every PDF producer does, and extractors (poppler's
pdftotext, pdf.js) put right-to-left runs back in logical order by reversing
them; so a ligature's letters are written reversed in its ToUnicode entry, and
come back in their typed order with the rest of the run. Vowel signs and other
combining marks are drawn as outlines, not as text (ShapingFont.outline).

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
        """Shape text[start:end] (the rest is context for joining) into glyphs in visual order."""
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
        # (glyph, letters, x advance, x offset, y offset), in thousandths of the size
        glyphs: list[tuple[int, str, float, float, float]] = []
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            letters = ""
            if info.cluster not in told:  # a ligature's letters go with its first glyph
                told.add(info.cluster)
                letters = text[info.cluster:ends[info.cluster]]
                if rtl:
                    letters = letters[::-1]  # extractors reverse the run, and this with it
            glyphs.append((info.codepoint, letters, pos.x_advance * scale, pos.x_offset * scale,
                           pos.y_offset * scale))
        codes: list[str] = []
        moves: list[tuple[float, float, float]] = []
        marks: list[tuple[int, float, float]] = []
        pen = 0.0
        for glyph, letters, advance, dx, dy in glyphs:
            if not advance and all(unicodedata.category(ch) == "Mn" for ch in letters):
                # a mark, or the second glyph of a cluster (no letters of its own)
                marks.append((glyph, pen + dx, dy))  # see _outline: drawn, not written
                continue
            code = self.code_for(glyph, letters)
            codes.append(code)
            moves.append((dx, dy, advance - self.face.charWidths[ord(code)]))
            pen += advance
        return Glyphs(self.fontName, "".join(codes), tuple(moves), pen, tuple(marks))

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
        return Glyphs(self.fontName, code, ((0.0, 0.0, 0.0),), 0.0)

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
