"""What the schedules (programme, door signs, itineraries, run-sheets, tent cards) share:
the words for speaking roles, a session's times, the forum's days, delegates' names in order."""

from __future__ import annotations

from datetime import date, datetime

from mmdesk.domain.collation import collation_key
from mmdesk.domain.enums import KIND_LABELS, SessionKind, SessionStatus, SlotMode
from mmdesk.domain.views import DelegateView, DocumentWords, PrintableEvent, SessionView

ROLE_WORDS = {
    "opening_remarks": "Opening remarks", "keynote": "Keynote", "panellist": "Panellist",
    "moderator": "Moderator", "respondent": "Respondent", "floor_intervention": "Intervention from the floor",
    "closing_remarks": "Closing remarks", "rapporteur": "Rapporteur",
}


def clock(s: SessionView) -> str:
    """09:00–10:30."""
    return f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"


def by_name(people: list[DelegateView]) -> list[DelegateView]:
    """Delegates by family then given name, in Unicode collation order (Ångström with the A's)."""
    return sorted(people, key=lambda d: collation_key(f"{d.family_name} {d.given_name}"))


def days(forum: PrintableEvent) -> list[date]:
    """The days that have sessions, in order."""
    return sorted({s.starts_at.date() for s in forum.sessions})


def delegate_name(forum: PrintableEvent, delegate_id: int | None, fallback: str | None = None) -> str:
    """A delegate's name with honorific (else the fallback, else nothing)."""
    d = forum.delegates.get(delegate_id) if delegate_id is not None else None
    return d.full_name if d else (fallback or "")


def tbc(s: SessionView, words: DocumentWords) -> str:
    """" (TBC)" after a tentative session's title, in the document's language."""
    return f" ({words('TBC')})" if s.status is SessionStatus.TBC else ""


def kind_word(words: DocumentWords, kind: SessionKind) -> str:
    """A session's kind as a label: "Plenary", "Plénière", "Plenaria / Plenary"."""
    return " / ".join(p[:1].upper() + p[1:] for p in words(KIND_LABELS[kind]).split(" / "))


#: a speaker's mode in the words the window and the command line use (the caller translates them)
MODE_WORDS = {SlotMode.IN_PERSON: "in person", SlotMode.VIDEO: "video", SlotMode.REMOTE: "remote"}


def lanes(sessions: list[SessionView]) -> dict[int, tuple[int, int]]:
    """Session id → (its lane, the lanes beside it) in a day grid's room column: sessions that
    overlap in time in the same room stand side by side, each in a lane of its own."""
    out: dict[int, tuple[int, int]] = {}
    by_room: dict[int | None, list[SessionView]] = {}
    for s in sessions:
        by_room.setdefault(s.room_id, []).append(s)
    for in_room in by_room.values():
        in_room.sort(key=lambda s: (s.starts_at, s.ends_at, s.id))
        clusters: list[tuple[list[tuple[SessionView, int]], list[datetime]]] = []
        for s in in_room:
            if not clusters or s.starts_at >= max(clusters[-1][1]):
                clusters.append(([], []))  # sessions that overlap, and each lane's end
            cluster, ends = clusters[-1]
            lane = next((i for i, end in enumerate(ends) if end <= s.starts_at), len(ends))
            if lane == len(ends):
                ends.append(s.ends_at)
            else:
                ends[lane] = max(ends[lane], s.ends_at)
            cluster.append((s, lane))
        for cluster, ends in clusters:
            for s, lane in cluster:
                out[s.id] = (lane, len(ends))
    return out
