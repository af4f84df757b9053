"""Itineraries: one page per delegate, where and when they speak and what they are invited to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Table

from mmdesk.domain.enums import SlotStatus
from mmdesk.domain.views import PrintableEvent, SessionView
from mmdesk.printing.schedule import ROLE_WORDS, by_name, clock, tbc
from mmdesk.printing.styles import P, build_pages, new_document, page_template, table_style


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
    doc = new_document(path, f"{w('Itineraries')} — {forum.title}",
               [page_template("page", A4, f"{forum.title} · {forum.dates}", note=forum.version)])
    chosen = delegate_ids if delegate_ids is not None else [
        d for d in forum.delegates if _engagements(forum, d)]
    people = by_name([forum.delegates[i] for i in chosen if i in forum.delegates])
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
                data.append([P(f"{w.day_month(s.starts_at.date())} {clock(s)}", "cell"),
                             P(s.room or "", "cell"), P(s.title + tbc(s, w), "cell"), P(role, "cell")])
            table = Table(data, colWidths=[34 * mm, 32 * mm, 70 * mm, 46 * mm], repeatRows=1)
            table.setStyle(table_style())
            story.append(table)
        story.append(PageBreak())
    return build_pages(doc, story, w.say("No delegate has a part in the programme yet."))
