"""Run-sheets: per session, the moderator's order of speakers with clock times, and overruns."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table

from mmdesk.domain.enums import SlotStatus
from mmdesk.domain.rules import Rule
from mmdesk.domain.views import PrintableEvent, SessionView
from mmdesk.printing.record import actual_cell
from mmdesk.printing.record import say as record_words
from mmdesk.printing.schedule import MODE_WORDS, ROLE_WORDS, clock, delegate_name, tbc
from mmdesk.printing.styles import GREY, P, build_pages, new_document, page_template, table_style


def clock_times(s: SessionView) -> list[tuple[datetime, datetime] | None]:
    """Each slot's start and end on the clock, speakers one after another from the session's
    start; None for a declined slot (it takes no time)."""
    out: list[tuple[datetime, datetime] | None] = []
    at = s.starts_at
    for x in s.slots:
        if x.status is SlotStatus.DECLINED:
            out.append(None)
            continue
        out.append((at, at + timedelta(minutes=x.minutes)))
        at += timedelta(minutes=x.minutes)
    return out


def run_sheets(forum: PrintableEvent, path: Path) -> int:
    """Per session, the moderator's order of speakers with clock times, and its overruns."""
    w = forum.words
    doc = new_document(path, f"{w('Run-sheets')} — {forum.title}",
               [page_template("page", A4, f"{forum.title} · {w('Run-sheets')}", note=forum.version)])
    story: list[Any] = []
    for s in forum.sessions:
        if not s.slots and s.moderator_id is None:
            continue
        story += [P(s.title + tbc(s, w), "title"),
                  P(f"{w.day_month(s.starts_at.date())} · {clock(s)} · {s.room or w('no room')} · "
                    f"{s.minutes} min", "subtitle")]
        story.append(P(f"{w('Moderator')}: {delegate_name(forum, s.moderator_id, s.moderator) or w('none')}"))
        story.append(Spacer(1, 4 * mm))
        actual = {x.id: forum.actuals[x.id] for x in s.slots if x.id in forum.actuals}  # issue 20
        data = [[P(w(h) if h != "#" else h, "cell", True)
                 for h in ("#", "From", "To", "Speaker", "Role", "Min", "Mode")]]
        if actual:
            data[0].append(P(record_words(w, "Actual"), "cell", True))
        last_end = s.starts_at
        for x, times in zip(s.slots, clock_times(s), strict=True):
            declined = times is None
            if times:
                last_end = times[1]
            start, end = ("—", "—") if times is None else (f"{times[0]:%H:%M}", f"{times[1]:%H:%M}")
            name = (delegate_name(forum, x.delegate_id, x.delegate_name)
                    + (f" ({w('declined')})" if declined else ""))
            data.append([P(str(x.position), "cell"), P(start, "cell"), P(end, "cell"), P(name, "cell"),
                         P(w(ROLE_WORDS[x.role.value]), "cell"), P(str(x.minutes), "cell"),
                         P(w(MODE_WORDS[x.mode]), "cell")])
            if actual:
                data[-1].append(P(actual_cell(*actual.get(x.id, (None, None, None))), "cell"))
        widths = [8, 14, 14, 62, 40, 12, 22] if not actual else [8, 13, 13, 46, 30, 12, 20, 36]
        table = Table(data, colWidths=[n * mm for n in widths], repeatRows=1)
        table.setStyle(table_style(*[("TEXTCOLOR", (0, row), (-1, row), GREY)
                                      for row, x in enumerate(s.slots, start=1)
                                      if x.status is SlotStatus.DECLINED]))
        story.append(table)
        story.append(Spacer(1, 3 * mm))
        spoken = s.speaking_minutes
        story.append(P(w.say("Speaking time {spoken} of {minutes} min; the last speaker ends at {last}, "
                             "the session at {end}.", spoken=spoken, minutes=s.minutes,
                             last=f"{last_end:%H:%M}", end=f"{s.ends_at:%H:%M}")))
        if spoken > s.minutes:
            story.append(P(w.say("Overrun: the speakers need {extra} min more than the session has.",
                                 extra=spoken - s.minutes), "warn"))
        for f in forum.findings:
            if s.id in f.session_ids and f.rule is not Rule.MINUTES_OVER_LENGTH:
                story.append(P(f"{w('Warning')}: {f.message}", "warn"))
        story.append(PageBreak())
    return build_pages(doc, story, w.say("No session has speakers yet."))
