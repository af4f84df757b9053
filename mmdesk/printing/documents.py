"""Programme (grid and booklet), door signs, itineraries, run-sheets, tent cards, participants."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyuca
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from mmdesk.domain.enums import INTERACTIVE_KINDS, KIND_LABELS, Category, SessionStatus, SlotStatus
from mmdesk.domain.rules import Rule
from mmdesk.printing import text
from mmdesk.printing.badges import CATEGORY_STYLE
from mmdesk.printing.flow import TextBlock
from mmdesk.printing.record import actual_cell
from mmdesk.printing.record import say as record_words
from mmdesk.services.delegates import DelegateView
from mmdesk.services.documents import PrintableEvent, approved
from mmdesk.services.programme import SessionView

KIND_COLOURS = {
    "registration": "#cfd8dc", "plenary": "#90caf9", "roundtable": "#80cbc4",
    "parallel_breakout": "#a5d6a7", "side_event": "#ffe082", "private_meeting": "#ce93d8",
    "press_conference": "#ffab91", "break": "#eeeeee", "meal": "#e0e0e0", "reception": "#f48fb1",
}
ROLE_WORDS = {
    "opening_remarks": "Opening remarks", "keynote": "Keynote", "panellist": "Panellist",
    "moderator": "Moderator", "respondent": "Respondent", "floor_intervention": "Intervention from the floor",
    "closing_remarks": "Closing remarks", "rapporteur": "Rapporteur",
}
DARK = colors.HexColor("#212121")
GREY = colors.HexColor("#616161")
RED = colors.HexColor("#c62828")


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
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
    chosen = _styles()[style]
    return TextBlock(value, chosen, bold=bold or chosen.fontName.endswith("-bold"))


def _table_style(*extra: tuple) -> TableStyle:
    """Table style with the shipped font (a table otherwise sets Helvetica on its cells)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), text.register_fonts()[0][0]),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.8, DARK),
                       ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bdbdbd")), *extra])


def _doc(path: Path, title: str, templates: list[PageTemplate]) -> BaseDocTemplate:
    doc = BaseDocTemplate(str(path), title=title, author="mmdesk", creator="mmdesk",
                          pageTemplates=templates, invariant=1,
                          initialFontName=text.register_fonts()[0][0])
    return doc


def _template(name: str, size: tuple[float, float], footer: str, margin: float = 14 * mm,
              note: str | None = None) -> PageTemplate:
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


def _build(doc: BaseDocTemplate, story: list[Any], when_empty: str) -> int:
    """Build a one-page-per-item document (without its last page break); returns its pages."""
    if story:
        story.pop()
    else:
        story.append(P(when_empty))
    doc.build(story)
    return doc.page


def _clock(s: SessionView) -> str:
    return f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"


@lru_cache(maxsize=1)
def _collator() -> pyuca.Collator:
    """The Unicode collation table (loaded once: reading it takes a third of a second)."""
    return pyuca.Collator()


def collation_key(value: str) -> tuple[int, ...]:
    """A sort key in Unicode collation order (Ångström with the A's, Łódź with the L's)."""
    return _collator().sort_key(value)


def _by_name(people: list[DelegateView]) -> list[DelegateView]:
    """Delegates by family then given name, in Unicode collation order (Ångström with the A's)."""
    collator = _collator()
    return sorted(people, key=lambda d: collator.sort_key(f"{d.family_name} {d.given_name}"))


def _days(forum: PrintableEvent) -> list[date]:
    return sorted({s.starts_at.date() for s in forum.sessions})


def _name(forum: PrintableEvent, delegate_id: int | None, fallback: str | None = None) -> str:
    d = forum.delegates.get(delegate_id) if delegate_id is not None else None
    return d.full_name if d else (fallback or "")


def _tbc(s: SessionView) -> str:
    return " (TBC)" if s.status is SessionStatus.TBC else ""


# ---------------------------------------------------------------- programme


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
        for s in sessions:
            x = label_w + index[s.room_id] * col_w + 1.5
            top, bottom = y_of(s.starts_at), y_of(s.ends_at)
            w, h = col_w - 3, top - bottom - 1.5
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
            head = f"{_clock(s)}{' · ' + self.forum.words('TBC') if dashed else ''}"
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
    doc = _doc(path, f"{w('Programme')} — {forum.title}",
               [_template("grid", wide, footer), _template("list", tall, footer)])
    story: list[Any] = []
    for day in _days(forum):
        story += [P(forum.title, "title"), P(f"Programme · {day:%A %d %B %Y}", "subtitle"),
                  PrintedDayGrid(forum, day, wide[0] - 28 * mm, wide[1] - 28 * mm - 4 * mm - 42),
                  PageBreak()]
    story[-1:] = [NextPageTemplate("list"), PageBreak()]
    story += [P(forum.title, "title"), P(f"Programme in detail · {forum.dates}", "subtitle")]
    for day in _days(forum):
        story.append(P(w.long_date(day), "h2"))
        for s in (x for x in forum.sessions if x.starts_at.date() == day):
            block: list[Any] = [P(f"{_clock(s)}  {s.title}{_tbc(s)}", "h3" if s.kind.value in
                                  ("break", "meal", "registration") else "h2", bold=True)]
            facts = [KIND_LABELS[s.kind].capitalize()]
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
                                 (w("Moderator"), _name(forum, s.moderator_id, s.moderator))):
                if value:
                    block.append(P(f"{label}: {value}"))
            speakers = [x for x in s.slots if x.status is not SlotStatus.DECLINED]
            if speakers:
                block.append(P(w("Speakers") + ":"))
                for x in speakers:
                    mode = "" if x.mode.value == "in_person" else f" ({w(x.mode.value.replace('_', ' '))})"
                    block.append(P(f"• {_name(forum, x.delegate_id, x.delegate_name)} — "
                                   f"{w(ROLE_WORDS[x.role.value])}{mode}"))
            if s.description:
                block.append(P(s.description, "small"))
            story.append(KeepTogether(block))
    doc.build(story)
    return doc.page


# ---------------------------------------------------------------- door signs


def door_signs(forum: PrintableEvent, path: Path) -> int:
    """One landscape page per room and day, with that room's sessions."""
    size = landscape(A4)
    c = text.new_canvas(path, size)
    w = forum.words
    c.setTitle(f"{w('Door signs')} — {forum.title}")
    pages = 0
    for room in sorted(forum.rooms, key=lambda r: r.id):
        for day in _days(forum):
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
                text.draw(c, _clock(s), 20 * mm, y, 18, bold=True)
                title = s.title + _tbc(s)
                fit = text.fit(title, size[0] - 95 * mm, step * 0.7, 18, 9, bold=True, max_lines=2)
                for j, line in enumerate(fit.lines):
                    text.draw(c, line, 75 * mm, y - j * fit.size * 1.1, fit.size, bold=True)
                note = " · ".join(p for p in (
                    KIND_LABELS[s.kind].capitalize(),
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


# ---------------------------------------------------------------- itineraries


def _engagements(forum: PrintableEvent, delegate_id: int) -> list[tuple[SessionView, str]]:
    out = []
    w = forum.words
    for s in forum.sessions:
        roles = [w(ROLE_WORDS[x.role.value]) + f", {x.minutes} min, "
                 + w.say("speaker {n} of {total}", n=x.position, total=len(s.slots))
                 for x in s.slots if x.delegate_id == delegate_id and x.status is not SlotStatus.DECLINED]
        if s.moderator_id == delegate_id:
            roles.insert(0, w("Moderator"))
        if roles:
            out.append((s, "; ".join(roles)))
        elif delegate_id in forum.invitations.get(s.id, ()):
            out.append((s, w("Invited")))
    return out


def itineraries(forum: PrintableEvent, path: Path, delegate_ids: list[int] | None = None) -> int:
    """One page per delegate: where and when they speak, and what they are invited to."""
    w = forum.words
    doc = _doc(path, f"{w('Itineraries')} — {forum.title}",
               [_template("page", A4, f"{forum.title} · {forum.dates}", note=forum.version)])
    chosen = delegate_ids if delegate_ids is not None else [
        d for d in forum.delegates if _engagements(forum, d)]
    people = _by_name([forum.delegates[i] for i in chosen if i in forum.delegates])
    story: list[Any] = []
    for d in people:
        story += [P(d.full_name, "title"),
                  P(" · ".join(p for p in (d.position, d.organisation, d.country_name) if p), "subtitle")]
        rows = _engagements(forum, d.id)
        if not rows:
            story.append(P(w.say("No speaking part and no invitation in the programme.")))
        else:
            data = [[P(w(h), "cell", True) for h in ("When", "Where", "Session", "Part")]]
            for s, role in rows:
                data.append([P(f"{w.day_month(s.starts_at.date())} {_clock(s)}", "cell"),
                             P(s.room or "", "cell"), P(s.title + _tbc(s), "cell"), P(role, "cell")])
            table = Table(data, colWidths=[34 * mm, 32 * mm, 70 * mm, 46 * mm], repeatRows=1)
            table.setStyle(_table_style())
            story.append(table)
        story.append(PageBreak())
    return _build(doc, story, w.say("No delegate has a part in the programme yet."))


# ---------------------------------------------------------------- run-sheets


def clock_times(s: SessionView) -> list[tuple[datetime, datetime] | None]:
    """Each slot's start and end on the clock, speakers one after another from the session's
    start; None for a declined slot (it takes no time)."""
    out: list[tuple[datetime, datetime] | None] = []
    clock = s.starts_at
    for x in s.slots:
        if x.status is SlotStatus.DECLINED:
            out.append(None)
            continue
        out.append((clock, clock + timedelta(minutes=x.minutes)))
        clock += timedelta(minutes=x.minutes)
    return out


def run_sheets(forum: PrintableEvent, path: Path) -> int:
    """Per session, the moderator's order of speakers with clock times, and its overruns."""
    w = forum.words
    doc = _doc(path, f"{w('Run-sheets')} — {forum.title}",
               [_template("page", A4, f"{forum.title} · {w('Run-sheets')}", note=forum.version)])
    story: list[Any] = []
    for s in forum.sessions:
        if not s.slots and s.moderator_id is None:
            continue
        story += [P(s.title + _tbc(s), "title"),
                  P(f"{w.day_month(s.starts_at.date())} · {_clock(s)} · {s.room or w('no room')} · "
                    f"{s.minutes} min", "subtitle")]
        story.append(P(f"{w('Moderator')}: {_name(forum, s.moderator_id, s.moderator) or w('none')}"))
        story.append(Spacer(1, 4 * mm))
        actual = {x.id: forum.actuals[x.id] for x in s.slots if x.id in forum.actuals}  # issue 20
        data = [[P(w(h) if h != "#" else h, "cell", True)
                 for h in ("#", "From", "To", "Speaker", "Role", "Min", "Mode")]]
        if actual:
            data[0].append(P(record_words(w, "Actual"), "cell", True))
        clock = s.starts_at
        for x, times in zip(s.slots, clock_times(s), strict=True):
            declined = times is None
            if times:
                clock = times[1]
            start, end = ("—", "—") if times is None else (f"{times[0]:%H:%M}", f"{times[1]:%H:%M}")
            name = _name(forum, x.delegate_id, x.delegate_name) + (f" ({w('declined')})" if declined else "")
            data.append([P(str(x.position), "cell"), P(start, "cell"), P(end, "cell"), P(name, "cell"),
                         P(ROLE_WORDS[x.role.value], "cell"), P(str(x.minutes), "cell"),
                         P(x.mode.value.replace("_", " "), "cell")])
            if actual:
                data[-1].append(P(actual_cell(*actual.get(x.id, (None, None, None))), "cell"))
        widths = [8, 14, 14, 62, 40, 12, 22] if not actual else [8, 13, 13, 46, 30, 12, 20, 36]
        table = Table(data, colWidths=[n * mm for n in widths], repeatRows=1)
        table.setStyle(_table_style(*[("TEXTCOLOR", (0, row), (-1, row), GREY)
                                      for row, x in enumerate(s.slots, start=1)
                                      if x.status is SlotStatus.DECLINED]))
        story.append(table)
        story.append(Spacer(1, 3 * mm))
        spoken = s.speaking_minutes
        story.append(P(w.say("Speaking time {spoken} of {minutes} min; the last speaker ends at {last}, "
                             "the session at {end}.", spoken=spoken, minutes=s.minutes,
                             last=f"{clock:%H:%M}", end=f"{s.ends_at:%H:%M}")))
        if spoken > s.minutes:
            story.append(P(w.say("Overrun: the speakers need {extra} min more than the session has.",
                                 extra=spoken - s.minutes), "warn"))
        for f in forum.findings:
            if s.id in f.session_ids and f.rule is not Rule.MINUTES_OVER_LENGTH:
                story.append(P(f"{w('Warning')}: {f.message}", "warn"))
        story.append(PageBreak())
    return _build(doc, story, w.say("No session has speakers yet."))


# ---------------------------------------------------------------- tent cards


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
    people = _by_name([forum.delegates[i] for i in delegate_ids if i in forum.delegates])
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


# ---------------------------------------------------------------- participants


def participants(forum: PrintableEvent, path: Path) -> int:
    """Approved delegates grouped by category, then country, in Unicode collation order."""
    doc = _doc(path, f"{forum.words('List of participants')} — {forum.title}",
               [_template("page", A4, f"{forum.title} · list of participants")])
    collator = _collator()
    by_category: dict[Category, dict[str, list[DelegateView]]] = defaultdict(lambda: defaultdict(list))
    for d in approved(forum):
        by_category[d.category][d.country_name or "—"].append(d)
    story: list[Any] = [P(forum.title, "title"), P(f"List of participants · {forum.dates}", "subtitle")]
    for category in Category:
        countries = by_category.get(category)
        if not countries:
            continue
        story.append(CondPageBreak(30 * mm))
        story.append(P(CATEGORY_STYLE[category][1], "h2"))
        for country in sorted(countries, key=collator.sort_key):
            story.append(CondPageBreak(18 * mm))
            story.append(P(country, "h3"))
            for d in _by_name(countries[country]):
                name = " ".join(p for p in (d.honorific, d.given_name, d.family_name.upper()) if p) \
                    if d.badge_name == f"{d.given_name} {d.family_name}".strip() else \
                    " ".join(p for p in (d.honorific, d.badge_name) if p)
                detail = ", ".join(p for p in (d.position, d.organisation) if p)
                story.append(P(name + (f" — {detail}" if detail else "")))
    doc.build(story)
    return doc.page


# ---------------------------------------------------------------- signatories


def signatories_pdf(title: str, areas: tuple[str, ...],
                    rows: list[tuple[str, str, tuple[str, ...], str | None, datetime]], path: Path) -> int:
    """The signatories of a declaration: each city, what it endorsed, by whom and when."""
    doc = _doc(path, f"{title} — signatories", [_template("page", A4, f"{title} · signatories")])
    story: list[Any] = [P(title, "title"),
                        P(f"{len(rows)} signator{'y' if len(rows) == 1 else 'ies'}", "subtitle")]
    if areas:
        story.append(P("Action areas:", bold=True))
        for i, area in enumerate(areas, start=1):
            endorsed = sum(1 for _, _, chosen, _, _ in rows if not chosen or area in chosen)
            story.append(P(f"{i}. {area} — {endorsed} endorsement{'s' if endorsed != 1 else ''}"))
        story.append(Spacer(1, 4 * mm))
    heads = ("City or organisation", "Country", "Endorses", "Signed by", "Date")
    data = [[P(h, "cell", True) for h in heads]]
    for name, country, chosen, by, at in rows:
        what = "the whole pledge" if not chosen else ", ".join(
            f"area {areas.index(a) + 1}" for a in chosen if a in areas)
        data.append([P(name, "cell"), P(country, "cell"), P(what, "cell"), P(by or "", "cell"),
                     P(f"{at:%Y-%m-%d}", "cell")])
    if not rows:
        story.append(P("No city has endorsed it yet."))
    else:
        table = Table(data, colWidths=[50 * mm, 26 * mm, 36 * mm, 46 * mm, 24 * mm], repeatRows=1)
        table.setStyle(_table_style())
        story.append(table)
    doc.build(story)
    return doc.page
