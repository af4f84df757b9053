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
come back in their typed order with the rest of the run.

(A marked-content span with /ActualText around the run was tried first: poppler
22 reverses the span's text once more, and pdf.js does not read it at all.)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import uharfbuzz as hb
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

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


class ShapingFont(TTFont):
    """A TrueType font that also draws glyphs shaped by HarfBuzz, searchable as letters."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803 - ReportLab's name
        # ReportLab's own shaping (it maps glyphs to presentation forms) stays off
        super().__init__(name, filename, subfontIndex=subfontIndex, shapable=False)
        self._file, self._index = filename, subfontIndex
        self._hb: hb.Font | None = None
        self._codes: dict[tuple[int, str], int] = {}
        self._letters: dict[int, str] = {}
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
        for glyph, letters, advance, dx, dy in glyphs:
            code = self.code_for(glyph, letters)
            codes.append(code)
            moves.append((dx, dy, advance - self.face.charWidths[ord(code)]))
        return Glyphs(self.fontName, "".join(codes), tuple(moves), sum(g[2] for g in glyphs))

    def mark(self, letters: str) -> Glyphs:
        """An invisible glyph of no width that reads as letters (a bidi mark for extractors)."""
        code = self.code_for(self.face.charToGlyph.get(32, 0), letters)
        self.face.charWidths[ord(code)] = 0  # no width at all, or extractors see a wide letter
        return Glyphs(self.fontName, code, ((0.0, 0.0, 0.0),), 0.0)

    def addObjects(self, doc) -> None:  # noqa: ANN001, N802 - ReportLab's hook
        """Write the subsets as ReportLab does, then give them a ToUnicode with the letters."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = to_unicode_cmap(base, [self._letters.get(c, chr(c)) if c else ""
                                                        for c in subset])


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
