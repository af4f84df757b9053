"""Letters as PDF: letterhead, reference and date, addressee, subject, body, signature.

Plain data in (filled templates from letter_templates.py); the services number and
register them. Text goes through mmdesk.printing.text, so the fonts are embedded and
names in any script print and read back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from mmdesk.printing import text
from mmdesk.printing.letter_templates import Sender, Template

PAGE_W, PAGE_H = A4
MARGIN = 25 * mm
TOP = 14 * mm
BOTTOM = 24 * mm
BODY_SIZE = 10.5
LEADING = 14.5
GREY = colors.HexColor("#616161")
DARK = colors.HexColor("#212121")


@dataclass(frozen=True)
class LetterText:
    """One letter as printed: the filled template, its reference, the dated line, the sender."""

    letter: Template
    reference: str
    dated: str
    sender: Sender
    reference_label: str = "Ref."


class _Pen:
    """Writes a letter down the page, starting a new page when the text reaches the footer."""

    def __init__(self, canvas: Canvas, item: LetterText) -> None:
        self.c = canvas
        self.item = item
        self.page = 0
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = PAGE_H - TOP
        self._footer()
        if self.page > 1:
            self.c.setFillColor(GREY)
            text.draw(self.c, f"{self.item.reference_label} {self.item.reference} — {self.page}",
                      PAGE_W - MARGIN, self.y - 8, 8, align="right")
            self.c.setFillColor(DARK)
            self.y -= 24

    def _footer(self) -> None:
        sender = self.item.sender
        parts = [p for p in (sender.organisation, *sender.address) if p]
        if not parts:
            return
        self.c.setFillColor(GREY)
        self.c.setStrokeColor(colors.HexColor("#bdbdbd"))
        self.c.line(MARGIN, 15 * mm, PAGE_W - MARGIN, 15 * mm)
        for i, line in enumerate(text.wrap(" · ".join(parts), PAGE_W - 2 * MARGIN, 7.5)[:2]):
            text.draw(self.c, line, PAGE_W / 2, 11 * mm - i * 9, 7.5, align="center")
        self.c.setFillColor(DARK)

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def line(self, line: str, *, size: float = BODY_SIZE, bold: bool = False, x: float = MARGIN,
             align: str = "left", leading: float = LEADING) -> None:
        self.room(leading)
        self.y -= leading
        text.draw(self.c, line, x, self.y, size, bold=bold, align=align)

    def paragraph(self, words: str, *, size: float = BODY_SIZE, bold: bool = False,
                  indent: float = 0) -> None:
        for line in text.wrap(words, PAGE_W - 2 * MARGIN - indent, size, bold=bold) or [""]:
            self.line(line, size=size, bold=bold, x=MARGIN + indent)

    def image(self, path: Path, max_w: float, max_h: float, *, centred: bool = False) -> None:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
        scale = min(max_w / width, max_h / height)
        w, h = width * scale, height * scale
        self.room(h)
        self.y -= h
        x = (PAGE_W - w) / 2 if centred else MARGIN
        self.c.drawImage(reader, x, self.y, w, h, mask="auto")


def _write(canvas: Canvas, item: LetterText) -> int:
    """Draw one letter from a new page; returns its number of pages."""
    pen = _Pen(canvas, item)
    letter, sender = item.letter, item.sender
    if sender.letterhead is not None:
        pen.image(sender.letterhead, PAGE_W - 2 * MARGIN, 28 * mm, centred=True)
        pen.y -= 8 * mm
    else:
        pen.y -= 10 * mm
    canvas.setFillColor(DARK)
    pen.line(f"{item.reference_label} {item.reference}", size=9, x=PAGE_W - MARGIN, align="right", leading=12)
    if item.dated:
        pen.line(item.dated, size=9, x=PAGE_W - MARGIN, align="right", leading=12)
    pen.y -= 6
    for line in letter.to:
        if line:
            pen.paragraph(line)
    pen.y -= LEADING
    pen.paragraph(letter.subject, size=11.5, bold=True)
    pen.y -= 6
    for paragraph in letter.body:
        if paragraph.kept:
            pen.room(len(paragraph.lines) * LEADING)
            for line in paragraph.lines:
                pen.paragraph(line, indent=8 * mm)
        else:
            pen.paragraph(paragraph.lines[0])
        pen.y -= 7
    if letter.closing:
        pen.room(LEADING + 30 * mm)
        pen.paragraph(letter.closing)
    pen.y -= 4
    if sender.signature is not None:
        pen.image(sender.signature, 60 * mm, 18 * mm)
    else:
        pen.y -= 14 * mm
    if sender.signatory:
        pen.paragraph(sender.signatory, bold=True)
    if sender.signatory_title:
        pen.paragraph(sender.signatory_title)
    if sender.organisation:
        pen.paragraph(sender.organisation)
    canvas.showPage()
    return pen.page


def render_letters(letters: Sequence[LetterText], path: Path, *, title: str) -> int:
    """Write the letters, each from a new page, into one PDF; returns the number of pages."""
    canvas = text.new_canvas(path, A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(letters[0].sender.organisation if letters else "")
    pages = sum(_write(canvas, item) for item in letters)
    canvas.save()
    return pages
