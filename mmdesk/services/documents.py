"""Schedules and papers: the data each printed document needs, gathered in one read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from mmdesk import i18n
from mmdesk.domain.enums import KIND_LABELS, SessionStatus
from mmdesk.domain.errors import MmdeskError
from mmdesk.domain.views import PrintableEvent, approved
from mmdesk.files import atomic_write, writable_target
from mmdesk.printing.changes import version_line
from mmdesk.printing.doorsigns import door_signs
from mmdesk.printing.itineraries import itineraries
from mmdesk.printing.participants import participants
from mmdesk.printing.programme_booklet import programme
from mmdesk.printing.runsheets import run_sheets
from mmdesk.printing.tentcards import tent_cards
from mmdesk.printing.words import Words
from mmdesk.services.badges import event_header
from mmdesk.services.checks import run_checks
from mmdesk.services.common import current_event
from mmdesk.services.console import actual_times
from mmdesk.services.delegates import DelegateView, list_delegates
from mmdesk.services.programme import SessionView, list_sessions
from mmdesk.services.releases import version_stamp
from mmdesk.services.venue import RoomView, list_rooms
from mmdesk.store.database import Store
from mmdesk.store.models import Invitation, Session

# the plain values (mmdesk/domain/views.py) under their old address
__all__ = ["DOCUMENTS", "DelegateView", "PrintableEvent", "RoomView", "SessionView", "approved", "gather",
           "print_document"]

DOCUMENTS = ("programme", "doorsigns", "itinerary", "runsheet", "tentcards", "participants")


def gather(store: Store, languages: Sequence[str] | None = None) -> PrintableEvent:
    """Read the forum once for printing, in the given languages (default: the event's first)."""
    with store.reading() as db:
        event = current_event(db)
        words = Words.for_event(event.languages, languages)
        words = Words(words.languages, document_words(words.languages))
        header = event_header(event, words)
        invited: dict[int, list[int]] = defaultdict(list)
        for session_id, delegate_id in db.execute(
            sa.select(Invitation.session_id, Invitation.delegate_id).join(Session)
            .where(Session.event_id == event.id)
        ):
            invited[session_id].append(delegate_id)
    sessions = tuple(s for s in list_sessions(store) if s.status is not SessionStatus.CANCELLED)
    with speaking(words.main):  # the rules' warnings in the document's language, not the command line's
        findings = run_checks(store).findings
    return PrintableEvent(
        title=header.name, dates=header.dates, rooms=tuple(list_rooms(store)), sessions=sessions,
        delegates={d.id: d for d in list_delegates(store)},
        invitations={k: tuple(v) for k, v in invited.items()},
        findings=findings, words=words, version=_version_line(store, words),
        actuals=actual_times(store),
    )


def document_words(languages: Sequence[str]) -> dict[str, dict[str, str]]:
    """The programme's words a document prints, as the window and the command line say them
    (gettext), in each of its languages: session kinds and speakers' modes."""
    out: dict[str, dict[str, str]] = {}
    for lang in languages:
        with speaking(lang):
            out[lang] = {**{kind: i18n._(kind) for kind in KIND_LABELS.values()},
                         "in person": i18n._("in person"), "video": i18n._("video"),
                         "remote": i18n._("remote")}
    return out


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """mmdesk speaks this language inside the block (a document's findings), then the one before."""
    before = i18n.language()
    i18n.set_language(language)
    try:
        yield
    finally:
        i18n.set_language(before)


def _version_line(store: Store, words: Words) -> str | None:
    """Which released programme version a schedule shows (None before any release)."""
    stamp = version_stamp(store)
    return version_line(words, stamp.number, stamp.released_local, stamp.later_changes) if stamp else None


def print_document(store: Store, what: str, target: Path,
                   delegate_ids: list[int] | None = None, languages: Sequence[str] | None = None) -> int:
    """Write one document; returns its number of pages."""
    if what not in DOCUMENTS:
        raise MmdeskError(
            "no document {what} (documents: {join})",
            what=repr(what), join=', '.join(DOCUMENTS), code="documents.no-document-documents")
    writable_target(target)
    forum = gather(store, languages)
    render: Callable[..., int] = {
        "programme": programme, "doorsigns": door_signs, "itinerary": itineraries,
        "runsheet": run_sheets, "tentcards": tent_cards, "participants": participants,
    }[what]
    with atomic_write(target) as tmp:
        pages = render(forum, tmp, delegate_ids) if what in ("itinerary", "tentcards") \
            else render(forum, tmp)
    return pages
