"""Text in every script for ReportLab: a font per run, Arabic joined and ordered, shrink to fit.

ReportLab draws glyphs left to right with no shaping, so text is prepared first:
NFC, then Arabic letters joined (arabic-reshaper) and the whole line put in
visual order (python-bidi), then split into runs that each take the first
shipped font that has their letters: Noto Sans (Latin, Greek, Cyrillic),
Noto Sans Arabic, WenQuanYi Micro Hei (Chinese, Japanese, Korean).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mmdesk.paths import resources_dir

#: (regular name, bold name, regular file, bold file, TTC index)
_FONTS = (
    ("mm-latin", "mm-latin-bold", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", 0),
    ("mm-arabic", "mm-arabic-bold", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", 0),
    ("mm-cjk", "mm-cjk", "WenQuanYiMicroHei.ttc", "WenQuanYiMicroHei.ttc", 0),
)

Run = tuple[str, str]  # (font name, text)


@lru_cache(maxsize=1)
def register_fonts() -> tuple[tuple[str, str, frozenset[int]], ...]:
    """Register the shipped fonts once; returns (regular, bold, covered code points) per font."""
    folder = resources_dir() / "fonts"
    out = []
    for regular, bold, reg_file, bold_file, index in _FONTS:
        reg = TTFont(regular, str(folder / reg_file), subfontIndex=index)
        pdfmetrics.registerFont(reg)
        if bold != regular:
            pdfmetrics.registerFont(TTFont(bold, str(folder / bold_file), subfontIndex=index))
        out.append((regular, bold, frozenset(reg.face.charToGlyph)))
    return tuple(out)


def _needs_bidi(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL", "AN") for ch in text)


_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", "«": "»", "‹": "›"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def _mirror_reversed_pairs(shown: str) -> str:
    """Swap bracket pairs that came out right-to-left, ")…(" → "(…)".

    python-bidi orders brackets by the bracket-pair rule but leaves their
    glyphs unmirrored; in visual order a right-to-left pair shows its closing
    bracket first, and that is the pair to mirror.
    """
    chars = list(shown)
    pending: list[tuple[int, str]] = []  # (index, the opener that would close it)
    for i, ch in enumerate(chars):
        if ch in _CLOSERS:
            pending.append((i, _CLOSERS[ch]))
        elif ch in _PAIRS and pending and pending[-1][1] == ch:
            j, _ = pending.pop()
            chars[j], chars[i] = _CLOSERS[chars[j]], _PAIRS[chars[i]]
        elif ch in _PAIRS:
            pending.clear()
    return "".join(chars)


@lru_cache(maxsize=65536)
def visual(text: str) -> str:
    """The text as drawn left to right: NFC, Arabic joined, right-to-left runs reversed."""
    text = unicodedata.normalize("NFC", text)
    if not _needs_bidi(text):
        return text
    return _mirror_reversed_pairs(get_display(arabic_reshaper.reshape(text)))


@lru_cache(maxsize=65536)
def runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """The visual text cut into runs, each with the first font that has its letters.

    Spaces and punctuation stay with the run they are in, so a name is one or
    two runs, not one per character.
    """
    fonts = register_fonts()
    shown = visual(text)
    out: list[list[str]] = []
    current: int | None = None
    for ch in shown:
        cp = ord(ch)
        index = next((i for i, (_, _, cover) in enumerate(fonts) if cp in cover), 0)
        neutral = not ch.isalnum() and (current is not None) and cp in fonts[current][2]
        if neutral or index == current:
            out[-1][1] += ch  # type: ignore[operator]
            continue
        current = index
        out.append([fonts[index][1] if bold else fonts[index][0], ch])
    return tuple((f, t) for f, t in out)


def width(text: str, size: float, bold: bool = False) -> float:
    """Width of the text in points at a size."""
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs(text, bold))


def draw(canvas: Canvas, text: str, x: float, y: float, size: float, *, bold: bool = False,
         align: str = "left") -> float:
    """Draw one line at baseline y; align left, center or right of x. Returns its width."""
    parts = runs(text, bold)
    total = sum(pdfmetrics.stringWidth(t, f, size) for f, t in parts)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    for font, t in parts:
        canvas.setFont(font, size)
        canvas.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, font, size)
    return total


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
        *, bold: bool = False, max_lines: int = 2, leading: float = 1.12) -> Fitted:
    """The largest size (≤ max_size) at which the text fits the box, on one line or two.

    Below min_size a name goes onto two lines; if even that does not fit, the
    size keeps shrinking: a name is never cut and never leaves its box.
    """
    one = width(text, 1.0, bold) or 1.0
    size = min(max_size, box_width / one, box_height / leading)
    if size >= min_size or max_lines < 2:
        return Fitted((text,), size)
    halves = _split_in_two(text)
    if halves is None:
        return Fitted((text,), size)
    widest = max(width(h, 1.0, bold) for h in halves) or 1.0
    two = min(max_size, box_width / widest, box_height / (2 * leading))
    if two > size:
        return Fitted(halves, two)
    return Fitted((text,), size)


def wrap(text: str, box_width: float, size: float, *, bold: bool = False) -> list[str]:
    """Greedy line breaking at spaces (and between characters of words too long for a line)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if width(candidate, size, bold) <= box_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width(current, size, bold) > box_width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and width(current[:cut], size, bold) > box_width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def markup(value: str, bold: bool = False) -> str:
    """Paragraph markup for a line of any script: each run in its font, escaped."""
    from xml.sax.saxutils import escape

    return "".join(f'<font name="{f}">{escape(t)}</font>' for f, t in runs(value, bold))
