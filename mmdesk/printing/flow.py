"""A paragraph flowable whose every line is a bidi paragraph drawn by mmdesk.printing.text.

ReportLab's Paragraph orders a line by its first strong letter and draws Arabic
unshaped; documents use this instead: the text is broken into lines at spaces,
and each line is laid out with the base direction of the document's language
(left to right), shaped, and searchable in the PDF.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from mmdesk.printing import text
from mmdesk.printing.bidi_levels import Direction


class TextBlock(Flowable):
    """Text in a ParagraphStyle's font size, leading, colour, alignment and spacing."""

    def __init__(self, value: str, style: ParagraphStyle, *, bold: bool = False,
                 direction: Direction = "ltr", lines: list[str] | None = None) -> None:
        super().__init__()
        self.value, self.style, self.bold, self.direction = value, style, bold, direction
        self._given = lines
        self._broken: tuple[float, list[str]] | None = None
        self.lines: list[str] = lines or []
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def __repr__(self) -> str:
        return f"TextBlock({self.value!r})"

    def _break(self, avail_width: float) -> list[str]:
        if self._given is not None:
            return self._given
        if self._broken is None or self._broken[0] != avail_width:  # platypus asks more than once
            self._broken = (avail_width, text.wrap(self.value, avail_width, self.style.fontSize,
                                                   bold=self.bold, direction=self.direction))
        return self._broken[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.lines = self._break(availWidth)
        self.width = availWidth
        self.height = self.style.leading * len(self.lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._break(availWidth)
        fits = int(availHeight // self.style.leading)
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        first = TextBlock(self.value, self.style, bold=self.bold, direction=self.direction,
                          lines=lines[:fits])
        rest = TextBlock(self.value, self.style, bold=self.bold, direction=self.direction,
                         lines=lines[fits:])
        first.spaceAfter, rest.spaceBefore = 0, 0
        return [first, rest]

    def minWidth(self) -> float:  # noqa: N802 - ReportLab's name (tables without column widths)
        size = self.style.fontSize
        return max((text.width(w, size, self.bold, self.direction) for w in self.value.split()), default=0.0)

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        canvas.setFillColor(style.textColor)
        aligns: dict[object, str] = {TA_CENTER: "center", TA_RIGHT: "right"}
        align = aligns.get(style.alignment, "left")
        x = {"center": self.width / 2, "right": self.width}.get(align, 0.0)
        for i, line in enumerate(self.lines):
            baseline = self.height - style.fontSize - i * style.leading
            text.draw(canvas, line, x, baseline, style.fontSize, bold=self.bold, align=align,
                      direction=self.direction)
