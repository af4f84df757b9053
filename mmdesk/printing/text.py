"""Text in every script for ReportLab: each line a bidi paragraph, shaped, searchable.

ReportLab draws glyphs left to right with no shaping, so a line is laid out
here first (layout()):
1. NFC, then the bidi levels of the line as a paragraph whose base direction
   the caller gives from the line's purpose ("ltr": a document line, where a
   Latin label followed by an Arabic name stays label-first; "auto": a name
   alone on a badge, right to left when it starts with Arabic or Hebrew);
2. the line cut into runs of one level and one font, each taking the first
   shipped font that has its letters (punctuation and marks stay in the font
   of the run they are in): Noto Sans (Latin, Greek, Cyrillic), Noto Sans
   Arabic (Arabic, Persian, Urdu), Noto Sans Hebrew, WenQuanYi Micro Hei
   (Chinese, Japanese, Korean);
3. the runs put in visual order (rule L2); Arabic and Hebrew runs, and any run
   at a right-to-left level, shaped by HarfBuzz (glyphs.py), whose glyphs read
   back as the letters typed (pdftotext, a viewer's search; readback.py hands
   out the letters of a right-to-left stretch, digits and vowel signs
   included); other runs drawn as plain characters.
draw() writes a laid-out line as one PDF text object; width(), fit() and wrap()
measure with the same layout.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, cast

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from mmdesk.paths import resources_dir
from mmdesk.printing.bidi_levels import Direction, is_control, levels, visual_order
from mmdesk.printing.glyphs import Glyphs, ShapingFont, balance
from mmdesk.printing.readback import ITEM_BREAK, LRM, spread

__all__ = ["Direction", "Fitted", "Laid", "draw", "fit", "layout", "register_fonts", "width", "wrap"]

#: (regular name, bold name, regular file, bold file, TTC index, shaped by HarfBuzz)
_FONTS = (
    ("mm-latin", "mm-latin-bold", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", 0, False),
    ("mm-arabic", "mm-arabic-bold", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", 0, True),
    ("mm-hebrew", "mm-hebrew-bold", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", 0, True),
    ("mm-cjk", "mm-cjk", "WenQuanYiMicroHei.ttc", "WenQuanYiMicroHei.ttc", 0, False),
)


@lru_cache(maxsize=1)
def register_fonts() -> tuple[tuple[str, str, frozenset[int]], ...]:
    """Register the shipped fonts once; returns (regular, bold, covered code points) per font."""
    folder = resources_dir() / "fonts"
    out = []
    for regular, bold, reg_file, bold_file, index, _ in _FONTS:
        reg = ShapingFont(regular, str(folder / reg_file), subfontIndex=index)
        pdfmetrics.registerFont(reg)
        if bold != regular:
            pdfmetrics.registerFont(ShapingFont(bold, str(folder / bold_file), subfontIndex=index))
        out.append((regular, bold, frozenset(reg.face.charToGlyph)))
    return tuple(out)


def new_canvas(path: str | Path, pagesize: tuple[float, float], **options: Any) -> Canvas:
    """A PDF canvas whose initial font, declared on every page, is an embedded one (not Helvetica)."""
    return Canvas(str(path), pagesize=pagesize, invariant=1,
                  initialFontName=register_fonts()[0][0],  # type: ignore[arg-type]  # stubs: float, not a name
                  **options)


def _font(name: str) -> ShapingFont:
    return cast(ShapingFont, pdfmetrics.getFont(name))


class CanvasInternals(Protocol):
    """The parts of ReportLab's Canvas that text and badges write to directly (not in its API)."""

    _code: list[str]  # the page's content operators
    _doc: Any  # the document the font subsets belong to
    _escape: Callable[[bytes], str]


def internals(canvas: Canvas) -> CanvasInternals:
    """The canvas seen through its internals (operators appended, fonts subset)."""
    return cast(CanvasInternals, canvas)


@dataclass(frozen=True)
class _Run:
    """A logical stretch of a line at one bidi level in one font."""

    start: int
    end: int
    level: int
    font: int


def _runs(text: str, levels_: tuple[int, ...]) -> list[_Run]:
    fonts = register_fonts()
    out: list[_Run] = []
    current: int | None = None
    for i, ch in enumerate(text):
        cp = ord(ch)
        # punctuation and marks keep the font of the run they are in (a new level starts a new
        # run); so do digits, spaces and signs in a right-to-left stretch set in an Arabic or
        # Hebrew font that has them: pdf.js reads a change of font as a new text item
        sticky = current is not None and not ch.isalpha() and (
            (levels_[i] == levels_[i - 1] and not ch.isalnum())
            or (levels_[i] and levels_[i - 1] and _FONTS[current][5])) and (
            cp in fonts[current][2] or unicodedata.category(ch) in ("Mn", "Me", "Cf"))
        index = current if sticky else next(
            (k for k, (_, _, cover) in enumerate(fonts) if cp in cover), 0)
        assert index is not None
        current = index
        if out and out[-1].font == index and out[-1].level == levels_[i]:
            out[-1] = _Run(out[-1].start, i + 1, levels_[i], index)
        else:
            out.append(_Run(i, i + 1, levels_[i], index))
    return out


@dataclass(frozen=True)
class Laid:
    """A line laid out: its glyph runs in visual order, its width in thousandths of the size."""

    parts: tuple[Glyphs, ...]
    width: float
    rtl: bool
    #: letters poppler counts as left-to-right minus right-to-left (see draw())
    balance: int = 0


def _name(run: _Run, bold: bool) -> str:
    fonts = register_fonts()
    return fonts[run.font][1] if bold else fonts[run.font][0]


def _stretch(text: str, runs: list[_Run], bold: bool) -> list[Glyphs]:
    """A right-to-left stretch (visual order): shaped, each glyph reading as readback.spread says."""
    shaped = [_font(_name(run, bold)).slots(text, run.start, run.end, rtl=bool(run.level % 2))
              for run in runs]
    logical = text[min(r.start for r in runs):max(r.end for r in runs)]
    reads, items = spread(shaped, logical)
    return [_font(s.font).glyphs(s, r, i) for s, r, i in zip(shaped, reads, items, strict=True)]


@lru_cache(maxsize=65536)
def layout(text: str, bold: bool = False, direction: Direction = "ltr") -> Laid:
    """The line as drawn left to right (see the module's docstring)."""
    text = unicodedata.normalize("NFC", text)
    base, lv = levels(text, direction)
    if any(is_control(ch) for ch in text):  # they ordered the text; they are not drawn
        kept = [i for i, ch in enumerate(text) if not is_control(ch)]
        text, lv = "".join(text[i] for i in kept), tuple(lv[i] for i in kept)
    parts: list[Glyphs] = []
    ordered = visual_order(_runs(text, lv))
    i = 0
    while i < len(ordered):
        run = ordered[i]
        name = _name(run, bold)
        if not run.level:
            if _FONTS[run.font][5]:
                parts.append(_font(name).shape(text, run.start, run.end, rtl=False))
            else:
                piece = text[run.start:run.end]
                parts.append(Glyphs(name, piece, None, pdfmetrics.stringWidth(piece, name, 1000.0),
                                    balance=balance(piece)))
            i += 1
            continue
        j = i
        while j < len(ordered) and ordered[j].level:
            j += 1
        parts += _stretch(text, ordered[i:j], bold)
        if base == 0 and j < len(ordered):
            # poppler reads a right-to-left stretch on to the next left-to-right letter,
            # taking " — " along; a left-to-right mark (LRM) ends it.
            parts.append(_font(_name(ordered[j], bold)).bidi_mark(LRM))
        i = j
    return Laid(tuple(parts), sum(p.width for p in parts), bool(base), sum(p.balance for p in parts))


def width(text: str, size: float, bold: bool = False, direction: Direction = "ltr") -> float:
    """Width of the line in points at a size."""
    return layout(text, bold, direction).width * size / 1000


def _shaped(chunk: bytes, moves: tuple[tuple[float, float, float], ...], size: float,
            escape: Callable[[bytes], str], rise: float) -> tuple[list[str], float]:
    """TJ operators placing shaped glyphs (and Ts where a mark is raised); returns the rise left."""
    out: list[str] = []
    items: list[str] = []
    shown = bytearray()
    for byte, (dx, dy, extra) in zip(chunk, moves, strict=True):
        if dy != rise:  # a mark raised or lowered: a new TJ at the new rise
            if shown:
                items.append(f"({escape(bytes(shown))})")
                shown.clear()
            if items:
                out.append(f"[{' '.join(items)}] TJ")
                items = []
            rise = dy
            out.append(f"{fp_str(rise * size / 1000)} Ts")
        after = extra - dx  # TJ numbers move left; the pen ends at the glyph's advance
        if dx:
            if shown:
                items.append(f"({escape(bytes(shown))})")
                shown.clear()
            items.append(fp_str(-dx))
        shown.append(byte)
        if abs(after) > 0.01:
            items.append(f"({escape(bytes(shown))})")
            shown.clear()
            items.append(fp_str(-after))
    if shown:
        items.append(f"({escape(bytes(shown))})")
    if items:
        out.append(f"[{' '.join(items)}] TJ")
    return out, rise


def _operators(canvas: Canvas, laid: Laid, x: float, y: float, size: float) -> str:
    """One text object (BT … ET) drawing a laid-out line from (x, y)."""
    doc = internals(canvas)._doc
    escape = internals(canvas)._escape
    out = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
    size_s = fp_str(size)
    current: tuple[str, int] | None = None
    rise = 0.0
    outlines: list[str] = []
    pen = x
    for part in laid.parts:
        font = _font(part.font)
        scale = size / font.hb_font.face.upem if part.marks else 0.0
        for glyph, mx, my in part.marks:
            outlines.append(f"q {fp_str(scale)} 0 0 {fp_str(scale)} {fp_str(pen + mx * size / 1000)} "
                            f"{fp_str(y + my * size / 1000)} cm {font.outline(glyph)} f Q")
        pen += part.width * size / 1000
        at = 0
        for subset, chunk in font.splitString(part.codes, doc):
            name = font.getSubsetInternalName(subset, doc)
            flags = part.items[at:at + len(chunk)] if part.items else (0,) * len(chunk)
            k = 0
            while k < len(chunk):  # one Tf a text item for pdf.js (readback.py)
                m = k
                while m < len(chunk) and flags[m] == flags[k]:
                    m += 1
                if (name, flags[k]) != current:
                    out.append(f"{name} {fp_str(size + ITEM_BREAK * flags[k]) if flags[k] else size_s} Tf")
                    current = (name, flags[k])
                if part.moves is None:
                    out.append(f"({escape(chunk[k:m])}) Tj")
                else:
                    ops, rise = _shaped(chunk[k:m], part.moves[at + k:at + m], size, escape, rise)
                    out += ops
                k = m
            at += len(chunk)
    if rise:
        out.append("0 Ts")
    out.append("ET")
    return "\n".join(out + outlines)


def draw(canvas: Canvas, text: str, x: float, y: float, size: float, *, bold: bool = False,
         align: str = "left", direction: Direction = "ltr") -> float:
    """Draw one line at baseline y; align left, center or right of x. Returns its width.

    direction is the paragraph's base direction: "ltr" for a line of a document
    (labels first), "auto" for a value alone (a name on a badge).
    """
    laid = layout(text, bold, direction)
    total = laid.width * size / 1000
    if not laid.parts:
        return 0.0
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    internals(canvas)._code.append(_operators(canvas, laid, x, y, size))
    _count_page(canvas, laid.balance)
    return total


def _count_page(canvas: Canvas, letters: int) -> None:
    """Keep the page's balance of left-to-right over right-to-left letters; the page, when it
    ends, gets left-to-right marks (LRM) if it would otherwise hold more right-to-left letters.

    poppler reads a whole page the other way round then (right to left, Latin words and
    numbers kept): the mixed lines, written for a left-to-right page, would come back out of
    order. poppler counts the letters of the whole page, so the marks are needed only when the
    page's lines together tip it (a tent card's Arabic name is outweighed by its organisation
    on the same page), and they then stand on their own, invisible at the page's foot, not
    after a line that a reader copies.
    """
    page = canvas.getPageNumber()
    seen = getattr(canvas, "_mmdesk_balance", None)
    if seen is None:  # the first line on this canvas: mark its pages when they end
        show_page = canvas.showPage

        def marked_show_page() -> None:
            _mark_page(canvas)
            show_page()

        canvas.showPage = marked_show_page  # type: ignore[method-assign]
    total = (seen[1] if seen is not None and seen[0] == page else 0) + letters
    canvas._mmdesk_balance = (page, total)  # type: ignore[attr-defined]


def _mark_page(canvas: Canvas) -> None:
    """The page's left-to-right marks, if its lines hold more right-to-left letters."""
    page, total = getattr(canvas, "_mmdesk_balance", (0, 0))
    if page != canvas.getPageNumber() or total >= 0:
        return
    mark = _font(register_fonts()[0][0]).bidi_mark(LRM * -total)
    laid = Laid((mark,), 0.0, False, mark.balance)
    internals(canvas)._code.append(_operators(canvas, laid, 0.0, 0.0, 1.0))
    canvas._mmdesk_balance = (page, 0)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Fitted:
    """Lines and the size that makes them fit a box."""

    lines: tuple[str, ...]
    size: float


def _split_in_two(text: str) -> tuple[str, str] | None:
    words = text.split()
    if len(words) < 2:
        if len(text) < 4:
            return None
        half = len(text) // 2  # names written without spaces (Chinese, Japanese)
        return text[:half], text[half:]
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        score = abs(len(a) - len(b))
        if best is None or score < best[0]:
            best = (score, a, b)
    assert best is not None
    return best[1], best[2]


def fit(text: str, box_width: float, box_height: float, max_size: float, min_size: float,
        *, bold: bool = False, max_lines: int = 2, leading: float = 1.12,
        direction: Direction = "ltr") -> Fitted:
    """The largest size (≤ max_size) at which the text fits the box, on one line or two.

    Below min_size a name goes onto two lines; if even that does not fit, the
    size keeps shrinking: a name is never cut and never leaves its box.
    """
    one = width(text, 1.0, bold, direction) or 1.0
    size = min(max_size, box_width / one, box_height / leading)
    if size >= min_size or max_lines < 2:
        return Fitted((text,), size)
    halves = _split_in_two(text)
    if halves is None:
        return Fitted((text,), size)
    widest = max(width(h, 1.0, bold, direction) for h in halves) or 1.0
    two = min(max_size, box_width / widest, box_height / (2 * leading))
    if two > size:
        return Fitted(halves, two)
    return Fitted((text,), size)


def wrap(text: str, box_width: float, size: float, *, bold: bool = False,
         direction: Direction = "ltr") -> list[str]:
    """Greedy line breaking at spaces (and between characters of words too long for a line).

    Lines are cut in logical order; each is then laid out as its own bidi paragraph
    with the same base direction.
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if width(candidate, size, bold, direction) <= box_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width(current, size, bold, direction) > box_width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and width(current[:cut], size, bold, direction) > box_width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines
