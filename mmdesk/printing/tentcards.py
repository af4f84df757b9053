"""Tent cards: folded A4 name plates for the speakers and moderators at the table."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from mmdesk.domain.enums import INTERACTIVE_KINDS, SlotStatus
from mmdesk.domain.views import PrintableEvent
from mmdesk.printing import text
from mmdesk.printing.schedule import by_name
from mmdesk.printing.styles import DARK, GREY


def tent_cards(forum: PrintableEvent, path: Path, delegate_ids: list[int] | None = None) -> int:
    """Folded A4 name plates: the name upright on both faces (the top half turned over)."""
    if delegate_ids is None:
        seats: dict[int, None] = {}
        for s in forum.sessions:
            if s.kind in INTERACTIVE_KINDS:
                if s.moderator_id is not None:
                    seats[s.moderator_id] = None
                for x in s.slots:
                    if x.status is not SlotStatus.DECLINED:
                        seats[x.delegate_id] = None
        delegate_ids = list(seats)
    people = by_name([forum.delegates[i] for i in delegate_ids if i in forum.delegates])
    w, h = landscape(A4)
    c = text.new_canvas(path, (w, h))
    c.setTitle(f"{forum.words('Tent cards')} — {forum.title}")
    for d in people:
        for upside_down in (True, False):
            c.saveState()
            if upside_down:  # the far face: turned 180° about the page centre
                c.translate(w, h)
                c.rotate(180)
            face_bottom = 0 if upside_down else 0
            c.setFillColor(DARK)
            name = " ".join(p for p in (d.honorific, d.badge_name) if p)
            fitted = text.fit(name, w - 30 * mm, h / 2 - 45 * mm, 60, 24, bold=True)
            block = fitted.size * 1.12 * len(fitted.lines)
            centre = face_bottom + h / 4 + 8 * mm
            for j, line in enumerate(fitted.lines):
                baseline = centre + block / 2 - fitted.size * 1.12 * (j + 1) + fitted.size * 0.26
                text.draw(c, line, w / 2, baseline, fitted.size, bold=True, align="center")
            c.setFillColor(GREY)
            org = ", ".join(p for p in (d.organisation or d.city, d.country_name) if p)
            if org:
                fit_org = text.fit(org, w - 40 * mm, 12 * mm, 20, 9, max_lines=1)
                text.draw(c, org, w / 2, centre - block / 2 - 12 * mm, fit_org.size, align="center")
            c.restoreState()
        c.setDash(4, 4)
        c.setStrokeColor(colors.HexColor("#9e9e9e"))
        c.line(10 * mm, h / 2, w - 10 * mm, h / 2)  # fold here
        c.setDash()
        c.showPage()
    if not people:
        c.setFillColor(DARK)
        text.draw(c, forum.words.say("No speakers or moderators in the programme yet."),
                  20 * mm, h - 30 * mm, 14)
        c.showPage()
    c.save()
    return max(1, len(people))
