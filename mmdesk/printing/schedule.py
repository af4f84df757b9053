"""What the schedules (programme, door signs, itineraries, run-sheets, tent cards) share:
the words for speaking roles, a session's times, the forum's days, delegates' names in order."""

from __future__ import annotations

from datetime import date

from mmdesk.domain.collation import collation_key
from mmdesk.domain.enums import SessionStatus
from mmdesk.domain.views import DelegateView, PrintableEvent, SessionView

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


def tbc(s: SessionView) -> str:
    """" (TBC)" after a tentative session's title."""
    return " (TBC)" if s.status is SessionStatus.TBC else ""
