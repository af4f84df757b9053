"""The programme: each day as a grid of rooms × time (one landscape page a day), then the
booklet of session details."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak

from mmdesk.domain.enums import SessionStatus, SlotMode, SlotStatus
from mmdesk.domain.views import PrintableEvent
from mmdesk.printing import text
from mmdesk.printing.schedule import MODE_WORDS, ROLE_WORDS, clock, days, delegate_name, kind_word, lanes, tbc
from mmdesk.printing.styles import DARK, GREY, P, new_document, page_template

KIND_COLOURS = {
    "registration": "#cfd8dc", "plenary": "#90caf9", "roundtable": "#80cbc4",
    "parallel_breakout": "#a5d6a7", "side_event": "#ffe082", "private_meeting": "#ce93d8",
    "press_conference": "#ffab91", "break": "#eeeeee", "meal": "#e0e0e0", "reception": "#f48fb1",
}


class PrintedDayGrid(Flowable):
    """One day as rooms × time, sessions as coloured blocks; TBC ones hatched and marked."""

    def __init__(self, forum: PrintableEvent, day: date, width: float, height: float) -> None:
        super().__init__()
        self.forum, self.day, self.width, self.height = forum, day, width, height

    def wrap(self, _aw: float, ah: float) -> tuple[float, float]:
        self.height = min(self.height, ah - 1)  # take what the page has left under the title
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        sessions = [s for s in self.forum.sessions if s.starts_at.date() == self.day]
        used = {s.room_id for s in sessions}
        rooms = [r for r in self.forum.rooms if r.id in used]
        rooms.sort(key=lambda r: r.id)
        columns: list[tuple[int | None, str]] = [(r.id, r.name) for r in rooms]
        if any(s.room_id is None for s in sessions):
            columns.append((None, self.forum.words("No room")))
        first = min(s.starts_at for s in sessions).replace(minute=0)
        last = max(s.ends_at for s in sessions)
        if last.minute:
            last = last.replace(minute=0) + timedelta(hours=1)
        minutes = (last - first).total_seconds() / 60
        label_w, head_h = 14 * mm, 10 * mm
        col_w = (self.width - label_w) / max(1, len(columns))
        per_min = (self.height - head_h) / minutes

        def y_of(t: datetime) -> float:
            return self.height - head_h - (t - first).total_seconds() / 60 * per_min

        c.setStrokeColor(colors.HexColor("#bdbdbd"))
        c.setLineWidth(0.4)
        t = first
        while t <= last:
            y = y_of(t)
            c.line(label_w, y, self.width, y)
            c.setFillColor(GREY)
            text.draw(c, f"{t:%H:%M}", label_w - 2, y - 3, 7.5, align="right")
            t += timedelta(hours=1)
        for i, (_, name) in enumerate(columns):
            x = label_w + i * col_w
            c.line(x, 0, x, self.height)
            c.setFillColor(DARK)
            lines = text.wrap(name, col_w - 4, 8.5, bold=True)[:2]
            for j, line in enumerate(lines):
                text.draw(c, line, x + col_w / 2, self.height - 4 - 9.5 * (j + 1) + 2, 8.5,
                          bold=True, align="center")
        index = {rid: i for i, (rid, _) in enumerate(columns)}
        lane_of = lanes(sessions)  # two sessions in one room at one time: side by side
        for s in sessions:
            lane, beside = lane_of[s.id]
            x = label_w + (index[s.room_id] + lane / beside) * col_w + 1.5
            top, bottom = y_of(s.starts_at), y_of(s.ends_at)
            w, h = col_w / beside - 3, top - bottom - 1.5
            c.setFillColor(colors.HexColor(KIND_COLOURS[s.kind.value]))
            c.setStrokeColor(colors.HexColor("#757575"))
            dashed = s.status is SessionStatus.TBC
            c.setDash(3, 2) if dashed else c.setDash()
            c.roundRect(x, bottom, w, h, 2.5, stroke=1, fill=1)
            c.setDash()
            if dashed:  # tentative: hatched
                c.saveState()
                path = c.beginPath()
                path.roundRect(x, bottom, w, h, 2.5)
                c.clipPath(path, stroke=0, fill=0)
                c.setStrokeColor(colors.HexColor("#9e9e9e"))
                c.setLineWidth(0.3)
                k = -h
                while k < w:
                    c.line(x + k, bottom, x + k + h, bottom + h)
                    k += 6
                c.restoreState()
            c.setFillColor(DARK)
            head = f"{clock(s)}{' · ' + self.forum.words('TBC') if dashed else ''}"
            size, step = 7.5, 7.5 * 1.15
            lines = text.wrap(s.title, w - 6, size, bold=True)
            room_for = int((h - 10) // step)
            if room_for < 1:  # a short block: time and title on one line
                line = f"{head}  {s.title}"
                while text.width(line, 6.5, bold=True) > w - 6 and len(line) > 8:
                    line = line[:-2] + "…"
                text.draw(c, line, x + 3, bottom + (h - 6.5) / 2 + 1, 6.5, bold=True)
                continue
            text.draw(c, head, x + 3, top - 8, 6.5)
            if len(lines) > room_for:
                lines = lines[:room_for]
                lines[-1] = lines[-1].rstrip() + "…"
            for j, line in enumerate(lines):
                text.draw(c, line, x + 3, top - 9 - step * (j + 1), size, bold=True)


def programme(forum: PrintableEvent, path: Path) -> int:
    """The day as a grid (one landscape page a day), then the booklet of session details."""
    wide, tall = landscape(A4), A4
    footer = f"{forum.title} · {forum.dates}"
    w = forum.words
    doc = new_document(path, f"{w('Programme')} — {forum.title}",
               [page_template("grid", wide, footer), page_template("list", tall, footer)])
    story: list[Any] = []
    for day in days(forum):
        story += [P(forum.title, "title"), P(f"{w('Programme')} · {w.long_date(day)}", "subtitle"),
                  PrintedDayGrid(forum, day, wide[0] - 28 * mm, wide[1] - 28 * mm - 4 * mm - 42),
                  PageBreak()]
    story[-1:] = [NextPageTemplate("list"), PageBreak()]
    story += [P(forum.title, "title"), P(f"{w('Programme in detail')} · {forum.dates}", "subtitle")]
    for day in days(forum):
        story.append(P(w.long_date(day), "h2"))
        for s in (x for x in forum.sessions if x.starts_at.date() == day):
            block: list[Any] = [P(f"{clock(s)}  {s.title}{tbc(s, w)}", "h3" if s.kind.value in
                                  ("break", "meal", "registration") else "h2", bold=True)]
            facts = [kind_word(w, s.kind)]
            if s.room:
                facts.append(s.room)
            if s.access.value != "open":
                facts.append(w("by invitation only") if s.access.value == "invitation" else w("closed"))
            if s.chatham_house:
                facts.append(w("Chatham House rule"))
            if s.interpretation_languages:
                facts.append(w("interpretation") + ": " + ", ".join(s.interpretation_languages))
            block.append(P(" · ".join(facts), "small"))
            if s.series:
                block.append(P(s.series, "small"))
            for label, value in ((w("Host"), s.host), (w("Co-chairs"), ", ".join(s.co_chairs)),
                                 (w("Moderator"), delegate_name(forum, s.moderator_id, s.moderator))):
                if value:
                    block.append(P(f"{label}: {value}"))
            speakers = [x for x in s.slots if x.status is not SlotStatus.DECLINED]
            if speakers:
                block.append(P(w("Speakers") + ":"))
                for x in speakers:
                    mode = "" if x.mode is SlotMode.IN_PERSON else f" ({w(MODE_WORDS[x.mode])})"
                    block.append(P(f"• {delegate_name(forum, x.delegate_id, x.delegate_name)} — "
                                   f"{w(ROLE_WORDS[x.role.value])}{mode}"))
            if s.description:
                block.append(P(s.description, "small"))
            story.append(KeepTogether(block))
    doc.build(story)
    return doc.page
