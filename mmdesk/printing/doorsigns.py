"""Door signs: one landscape page per room and day, with that room's sessions."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from mmdesk.domain.views import PrintableEvent
from mmdesk.printing import text
from mmdesk.printing.schedule import clock, days, kind_word, tbc
from mmdesk.printing.styles import DARK, GREY


def door_signs(forum: PrintableEvent, path: Path) -> int:
    """One landscape page per room and day, with that room's sessions."""
    size = landscape(A4)
    c = text.new_canvas(path, size)
    w = forum.words
    c.setTitle(f"{w('Door signs')} — {forum.title}")
    pages = 0
    for room in sorted(forum.rooms, key=lambda r: r.id):
        for day in days(forum):
            sessions = [s for s in forum.sessions if s.room_id == room.id and s.starts_at.date() == day]
            if not sessions:
                continue
            c.setFillColor(DARK)
            fitted = text.fit(room.name, size[0] - 40 * mm, 30 * mm, 54, 24, bold=True, max_lines=1)
            text.draw(c, room.name, size[0] / 2, size[1] - 38 * mm, fitted.size, bold=True, align="center")
            c.setFillColor(GREY)
            text.draw(c, f"{w.long_date(day)} · {forum.title}", size[0] / 2, size[1] - 50 * mm, 11,
                      align="center")
            y = size[1] - 68 * mm
            step = min(22 * mm, (y - 20 * mm) / len(sessions))
            for s in sessions:
                c.setFillColor(DARK)
                text.draw(c, clock(s), 20 * mm, y, 18, bold=True)
                title = s.title + tbc(s, w)
                fit = text.fit(title, size[0] - 95 * mm, step * 0.7, 18, 9, bold=True, max_lines=2)
                for j, line in enumerate(fit.lines):
                    text.draw(c, line, 75 * mm, y - j * fit.size * 1.1, fit.size, bold=True)
                note = " · ".join(p for p in (
                    kind_word(w, s.kind),
                    w("by invitation only") if s.access.value == "invitation" else
                    w("closed") if s.access.value == "closed" else "",
                    w("Chatham House rule") if s.chatham_house else "") if p)
                c.setFillColor(GREY)
                text.draw(c, note, 75 * mm, y - len(fit.lines) * fit.size * 1.1 - 2, 10)
                y -= step
            c.showPage()
            pages += 1
    c.save()
    return pages
