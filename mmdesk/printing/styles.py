"""What every printed document shares: its paragraph styles (the shipped fonts, any script),
the table style, the A4 page template with its footer, and building a document."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, TableStyle

from mmdesk.printing import text
from mmdesk.printing.flow import TextBlock

DARK = colors.HexColor("#212121")
GREY = colors.HexColor("#616161")
RED = colors.HexColor("#c62828")


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name (title, subtitle, h2, h3, body, small, cell, warn, centre)."""
    fonts = text.register_fonts()
    for regular, bold, _ in fonts:
        registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    base = fonts[0][0]
    return {
        "title": ParagraphStyle("title", fontName=fonts[0][1], fontSize=18, leading=22, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=base, fontSize=10, leading=13, textColor=GREY,
                                   spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=fonts[0][1], fontSize=13, leading=16, spaceBefore=10,
                             spaceAfter=3),
        "h3": ParagraphStyle("h3", fontName=fonts[0][1], fontSize=10.5, leading=13, spaceBefore=6,
                             spaceAfter=2, textColor=GREY),
        "body": ParagraphStyle("body", fontName=base, fontSize=9.5, leading=12.5),
        "small": ParagraphStyle("small", fontName=base, fontSize=8, leading=10, textColor=GREY),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=9, leading=11),
        "warn": ParagraphStyle("warn", fontName=fonts[0][1], fontSize=9.5, leading=12, textColor=RED),
        "centre": ParagraphStyle("centre", fontName=base, fontSize=9.5, leading=12, alignment=TA_CENTER),
    }


def P(value: str, style: str = "body", bold: bool = False) -> TextBlock:  # noqa: N802
    """A paragraph of any script (bold where asked or where the style is bold); each line
    a left-to-right bidi paragraph, as the document's language reads."""
    chosen = styles()[style]
    return TextBlock(value, chosen, bold=bold or chosen.fontName.endswith("-bold"))


def table_style(*extra: tuple) -> TableStyle:
    """Table style with the shipped font (a table otherwise sets Helvetica on its cells)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), text.register_fonts()[0][0]),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.8, DARK),
                       ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bdbdbd")), *extra])


def new_document(path: Path, title: str, templates: list[PageTemplate]) -> BaseDocTemplate:
    """A document in the shipped font, the same bytes for the same content (invariant)."""
    doc = BaseDocTemplate(str(path), title=title, author="mmdesk", creator="mmdesk",
                          pageTemplates=templates, invariant=1,
                          initialFontName=text.register_fonts()[0][0])
    return doc


def page_template(name: str, size: tuple[float, float], footer: str, margin: float = 14 * mm,
                  note: str | None = None) -> PageTemplate:
    """A page with one frame, the footer and page number at the bottom (and a note above it)."""
    frame = Frame(margin, margin, size[0] - 2 * margin, size[1] - 2 * margin - 4 * mm, id=name)

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(GREY)
        text.draw(canvas, footer, margin, 8 * mm, 7.5)
        if note:  # the programme version a schedule shows, above the footer
            text.draw(canvas, note, margin, 11 * mm, 7.5)
        text.draw(canvas, f"{doc.page}", size[0] - margin, 8 * mm, 7.5, align="right")
        canvas.restoreState()

    return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=decorate)


def build_pages(doc: BaseDocTemplate, story: list[Any], when_empty: str) -> int:
    """Build a one-page-per-item document (without its last page break); returns its pages."""
    if story:
        story.pop()
    else:
        story.append(P(when_empty))
    doc.build(story)
    return doc.page
