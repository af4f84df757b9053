"""The post-session record (planned against actual, speaker by speaker and delegation by
delegation) and the "Actual" cell of a run-sheet, in English, French or Spanish."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from mmdesk.domain.views import DocumentWords
from mmdesk.printing.schedule import ROLE_WORDS
from mmdesk.printing.styles import P, new_document, page_template, table_style
from mmdesk.printing.words import Words, catalogs, say_in

_WORDS: dict[str, tuple[str, str]] = {
    "Actual": ("Réel", "Real"),
    "Session record": ("Compte rendu de séance", "Acta de la sesión"),
    "Planned": ("Prévu", "Previsto"),
    "Difference": ("Écart", "Diferencia"),
    "Speaker": ("Intervenant", "Orador"),
    "Delegation": ("Délégation", "Delegación"),
    "Total allowed": ("Total permis", "Total permitido"),
    "Planned {planned}.": ("Prévu {planned}.", "Previsto {planned}."),
    "Planned {planned}, held {held}.":
        ("Prévu {planned}, tenu {held}.",
         "Previsto {planned}, celebrado {held}."),
    "Speaking time: {planned} min planned, {actual} spoken.":
        ("Temps de parole : {planned} min prévues, {actual} parlées.",
         "Tiempo de palabra: {planned} min previstos, {actual} hablados."),
    "Nothing was recorded for this session yet.":
        ("Rien n'a encore été enregistré pour cette séance.",
         "Todavía no se ha registrado nada para esta sesión."),
}
_CATALOGS = catalogs(_WORDS)


def say(words: DocumentWords, text: str, **values: Any) -> str:
    """This module's words in the document's main language."""
    return say_in(_CATALOGS, words, text, **values)


def minutes(seconds: float) -> str:
    """7.5 min as "7:30"."""
    whole = int(round(seconds))
    sign = "-" if whole < 0 else ""
    whole = abs(whole)
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def actual_cell(start: datetime | None, end: datetime | None, seconds: int | None) -> str:
    """"10:02–10:09 (6:30)", "10:02–" while speaking, "" when not recorded."""
    if start is None:
        return ""
    if end is None:
        return f"{start:%H:%M}–"
    spoken = seconds if seconds is not None else (end - start).total_seconds()
    return f"{start:%H:%M}–{end:%H:%M} ({minutes(spoken)})"


@dataclass(frozen=True)
class RecordRow:
    """One speaker's part: planned and actual."""

    position: int
    name: str
    role: str
    delegation: str | None
    planned_start: datetime
    planned_minutes: int
    actual_start: datetime | None
    actual_end: datetime | None
    actual_seconds: int | None


@dataclass(frozen=True)
class SessionRecord:
    """What the post-session record prints."""

    forum: str
    title: str
    room: str | None
    starts_at: datetime
    ends_at: datetime
    delegation_minutes: int | None
    rows: tuple[RecordRow, ...]
    words: Words


def session_record(record: SessionRecord, path: Path) -> int:
    """The record of a session held: each speaker planned against actual, each delegation's
    total; returns pages."""
    w = record.words
    heading = say(w, "Session record")
    doc = new_document(path, f"{heading} — {record.title}",
                       [page_template("page", A4, f"{record.forum} · {heading}")])
    starts = [r.actual_start for r in record.rows if r.actual_start]
    ends = [r.actual_end for r in record.rows if r.actual_end]
    planned_span = f"{w.day_month(record.starts_at.date())} {record.starts_at:%H:%M}–{record.ends_at:%H:%M}"
    held = (say(w, "Planned {planned}, held {held}.", planned=planned_span,
                held=f"{min(starts):%H:%M}–{max(ends or starts):%H:%M}") if starts
            else say(w, "Planned {planned}.", planned=planned_span))
    story: list[Any] = [P(record.title, "title"), P(f"{heading} · {record.room or ''}", "subtitle"), P(held)]
    if not starts:
        story.append(P(say(w, "Nothing was recorded for this session yet."), "warn"))
    planned_total = sum(r.planned_minutes for r in record.rows)
    spoken_total = sum(r.actual_seconds or 0 for r in record.rows)
    story += [P(say(w, "Speaking time: {planned} min planned, {actual} spoken.", planned=planned_total,
                    actual=minutes(spoken_total))), Spacer(1, 4 * mm)]
    rows = [[P(h if h == "#" else (w(h) if h in ("Role",) else say(w, h)), "cell", True)
             for h in ("#", "Speaker", "Role", "Planned", "Actual", "Difference")]]
    for r in record.rows:
        planned = (f"{r.planned_start:%H:%M}–{r.planned_start + timedelta(minutes=r.planned_minutes):%H:%M} "
                   f"({r.planned_minutes}:00)")
        diff = minutes(r.actual_seconds - r.planned_minutes * 60) if r.actual_seconds is not None else ""
        rows.append([P(str(r.position), "cell"), P(r.name, "cell"),
                     P(w(ROLE_WORDS.get(r.role, r.role)), "cell"), P(planned, "cell"),
                     P(actual_cell(r.actual_start, r.actual_end, r.actual_seconds), "cell"),
                     P(("+" if diff and not diff.startswith("-") and diff != "0:00" else "") + diff, "cell")])
    table = Table(rows, colWidths=[n * mm for n in (8, 46, 28, 36, 38, 24)], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style())
    story.append(table)
    groups: dict[str, list[float]] = {}
    for r in record.rows:
        if r.delegation:
            g = groups.setdefault(r.delegation, [0.0, 0.0])
            g[0] += r.planned_minutes * 60
            g[1] += r.actual_seconds or 0
    if groups:
        story.append(Spacer(1, 6 * mm))
        head = ["Delegation", "Planned", "Actual"] + (["Total allowed"] if record.delegation_minutes else [])
        data = [[P(say(w, h), "cell", True) for h in head]]
        for name, (planned_s, actual_s) in groups.items():
            row = [P(name, "cell"), P(minutes(planned_s), "cell"), P(minutes(actual_s), "cell")]
            if record.delegation_minutes:
                over = actual_s > record.delegation_minutes * 60
                row.append(P(f"{record.delegation_minutes}:00", "cell", bold=over))
            data.append(row)
        widths = [80 * mm, 30 * mm, 30 * mm] + ([30 * mm] if record.delegation_minutes else [])
        delegations = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        delegations.setStyle(table_style())
        story.append(delegations)
    doc.build(story)
    return doc.page
