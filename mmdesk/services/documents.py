"""Schedules and papers: the data each printed document needs, gathered in one read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.enums import SessionStatus
from mmdesk.domain.errors import MmdeskError
from mmdesk.domain.rules import Finding
from mmdesk.files import atomic_write, writable_target
from mmdesk.printing.words import Words
from mmdesk.services.badges import event_header
from mmdesk.services.checks import run_checks
from mmdesk.services.common import current_event
from mmdesk.services.delegates import DelegateView, list_delegates
from mmdesk.services.programme import SessionView, list_sessions
from mmdesk.services.venue import RoomView, list_rooms
from mmdesk.store.database import Store
from mmdesk.store.models import Invitation, Session

DOCUMENTS = ("programme", "doorsigns", "itinerary", "runsheet", "tentcards", "participants")


@dataclass(frozen=True)
class PrintableEvent:
    """The Event as the printed documents show it: everything they may print, as plain values."""

    title: str
    dates: str
    rooms: tuple[RoomView, ...]
    sessions: tuple[SessionView, ...]
    delegates: dict[int, DelegateView]
    invitations: dict[int, tuple[int, ...]]   # session id → invited delegate ids
    findings: tuple[Finding, ...]
    words: Words = field(default_factory=Words)
    version: str | None = None                # "Programme version 3 of 20 Nov 2019 10:15" (issue 20)
    actuals: dict[int, tuple] = field(default_factory=dict)  # slot id → actual start, end, seconds


def gather(store: Store, languages: Sequence[str] | None = None) -> PrintableEvent:
    """Read the forum once for printing, in the given languages (default: the event's first)."""
    with store.reading() as db:
        event = current_event(db)
        words = Words.for_event(event.languages, languages)
        header = event_header(event, words)
        invited: dict[int, list[int]] = defaultdict(list)
        for session_id, delegate_id in db.execute(
            sa.select(Invitation.session_id, Invitation.delegate_id).join(Session)
            .where(Session.event_id == event.id)
        ):
            invited[session_id].append(delegate_id)
    sessions = tuple(s for s in list_sessions(store) if s.status is not SessionStatus.CANCELLED)
    return PrintableEvent(
        title=header.name, dates=header.dates, rooms=tuple(list_rooms(store)), sessions=sessions,
        delegates={d.id: d for d in list_delegates(store)},
        invitations={k: tuple(v) for k, v in invited.items()},
        findings=run_checks(store).findings, words=words, version=_version_line(store, words),
        actuals=_actual_times(store),
    )


def _actual_times(store: Store) -> dict[int, tuple]:
    from mmdesk.services.console import actual_times

    return actual_times(store)


def _version_line(store: Store, words: Words) -> str | None:
    """Which released programme version a schedule shows (None before any release)."""
    from mmdesk.printing.changes import version_line
    from mmdesk.services.releases import version_stamp

    stamp = version_stamp(store)
    return version_line(words, stamp.number, stamp.released_local, stamp.later_changes) if stamp else None


def approved(forum: PrintableEvent) -> list[DelegateView]:
    """Delegates who are accredited (the list of participants prints only them)."""
    return [d for d in forum.delegates.values() if d.state in APPROVED_STATES]


def print_document(store: Store, what: str, target: Path,
                   delegate_ids: list[int] | None = None, languages: Sequence[str] | None = None) -> int:
    """Write one document; returns its number of pages."""
    from mmdesk.printing import documents as docs

    if what not in DOCUMENTS:
        raise MmdeskError(f"no document {what!r} (documents: {', '.join(DOCUMENTS)})")
    writable_target(target)
    forum = gather(store, languages)
    render: Callable[..., int] = {
        "programme": docs.programme, "doorsigns": docs.door_signs, "itinerary": docs.itineraries,
        "runsheet": docs.run_sheets, "tentcards": docs.tent_cards, "participants": docs.participants,
    }[what]
    with atomic_write(target) as tmp:
        pages = render(forum, tmp, delegate_ids) if what in ("itinerary", "tentcards") \
            else render(forum, tmp)
    return pages
