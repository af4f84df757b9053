"""Programme versions: release a snapshot of the programme, and say what changed since one.

A release keeps the whole programme as it stands (sessions with their speaking slots) under
the next number, with a note, when and by whom. "What changed" compares a version with a later
one or with the programme as it is now (mmdesk.domain.programme_changes). The calendar export
asks here for each session's SEQUENCE: how many times it changed from version to version (and
once more while it differs from the latest version), so calendars take the newer one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from mmdesk.date_words import When
from mmdesk.domain.errors import EditConflict, NotFound, ValidationError
from mmdesk.domain.programme_changes import (
    ProgrammeChange,
    SessionSnapshot,
    SlotSnapshot,
    changed_sessions,
    diff_programme,
)
from mmdesk.domain.validation import clean_text, display_name
from mmdesk.files import atomic_write, writable_target
from mmdesk.printing.changes import ChangeSheet, change_sheet
from mmdesk.printing.words import Words
from mmdesk.services.badges import event_header
from mmdesk.services.common import current_event, default_actor, fetch
from mmdesk.store.database import Store
from mmdesk.store.models import Event, ProgrammeVersion, Session, SpeakingSlot

NO_VERSION = ("no programme version has been released yet; release one with "
              "`mmdesk programme release` (or Programme › Release version… in the window)")


@dataclass(frozen=True)
class VersionView:
    """A released programme version: number, note, when (UTC and the event's clock), by whom."""

    number: int
    note: str | None
    released_at: datetime          # UTC, naive (as stored)
    released_local: datetime       # the same moment on the event's clock, naive
    released_by: str
    sessions: int


@dataclass(frozen=True)
class ChangeReport:
    """What changed from one version to a later one (`until` None: the programme as it is now)."""

    since: VersionView
    until: VersionView | None
    changes: tuple[ProgrammeChange, ...]


@dataclass(frozen=True)
class VersionStamp:
    """What a printed schedule says about the version it shows."""

    number: int
    released_local: datetime
    later_changes: int             # changes made since that version (0: the document shows it exactly)


# ---------------------------------------------------------------- snapshots


def _local(event: Event, at: datetime) -> datetime:
    try:
        zone = ZoneInfo(event.time_zone)
    except (KeyError, ValueError):
        return at
    return at.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def snapshot(db: DbSession, event_id: int) -> list[SessionSnapshot]:
    """The programme as it stands now, in time order."""
    sessions = db.scalars(
        sa.select(Session).where(Session.event_id == event_id)
        .order_by(Session.starts_at, Session.room_id, Session.id)
        .options(selectinload(Session.slots).selectinload(SpeakingSlot.delegate),
                 selectinload(Session.room)))
    return [
        SessionSnapshot(
            id=s.id, title=s.title, kind=s.kind.value, starts_at=s.starts_at, ends_at=s.ends_at,
            room_id=s.room_id, room=s.room.name if s.room else None, status=s.status.value,
            access=s.access.value,
            slots=tuple(SlotSnapshot(
                delegate_id=x.delegate_id,
                delegate=display_name(x.delegate.honorific, x.delegate.given_name, x.delegate.family_name),
                role=x.role.value, position=x.position, minutes=x.minutes, status=x.status.value)
                for x in sorted(s.slots, key=lambda x: x.position)))
        for s in sessions
    ]


def _sessions_of(version: ProgrammeVersion) -> list[SessionSnapshot]:
    return [SessionSnapshot.from_json(x) for x in version.sessions or ()]


def _view(event: Event, v: ProgrammeVersion) -> VersionView:
    return VersionView(v.number, v.note, v.released_at, _local(event, v.released_at), v.released_by,
                       len(v.sessions or ()))


def _versions(db: DbSession, event_id: int) -> list[ProgrammeVersion]:
    return list(db.scalars(sa.select(ProgrammeVersion).where(ProgrammeVersion.event_id == event_id)
                           .order_by(ProgrammeVersion.number)))


def _version(db: DbSession, event_id: int, number: int | None) -> ProgrammeVersion:
    query = sa.select(ProgrammeVersion).where(ProgrammeVersion.event_id == event_id)
    if number is None:
        found = db.scalars(query.order_by(ProgrammeVersion.number.desc()).limit(1)).first()
        if found is None:
            raise NotFound(NO_VERSION, code="releases.no-version")
        return found
    found = db.scalars(query.where(ProgrammeVersion.number == number)).first()
    if found is None:
        last = db.scalar(sa.select(sa.func.max(ProgrammeVersion.number))
                         .where(ProgrammeVersion.event_id == event_id))
        if last is None:
            raise NotFound(NO_VERSION, code="releases.no-version")
        raise NotFound(
            "no programme version {number} (versions 1 to {last} have been released)",
            number=number, last=last, code="releases.no-programme-version")
    return found


# ---------------------------------------------------------------- use cases


def release_programme(store: Store, note: str | None = None, *, actor: str | None = None,
                      event_id: int | None = None) -> VersionView:
    """Keep the programme as it stands as the next version; refused when nothing changed since
    the latest one, or when the programme has no session."""
    note = clean_text(note, limit=2000, field="note")
    with store.transaction() as db:
        event = current_event(db, event_id)
        now = snapshot(db, event.id)
        if not now:
            raise ValidationError(
                "the programme has no session yet; there is nothing to release",
                code="releases.programme-no-session")
        versions = _versions(db, event.id)
        if versions and not diff_programme(_sessions_of(versions[-1]), now):
            last = _view(event, versions[-1])
            raise ValidationError(
                "nothing changed since version {number} (released {released_local}); no new version",
                number=last.number, released_local=When(last.released_local, "moment_year"),
                code="releases.nothing-changed-since")
        number = (versions[-1].number if versions else 0) + 1
        version = ProgrammeVersion(event_id=event.id, number=number, note=note,
                                   released_by=(actor or default_actor())[:120],
                                   sessions=[s.to_json() for s in now])
        db.add(version)
        try:
            with db.begin_nested():
                db.flush()
        except sa.exc.IntegrityError:
            raise EditConflict(
                "another desk released version {number} at the same moment; look at the versions and "
                "release again if needed",
                number=number, code="releases.another-desk-released") from None
        return _view(event, version)


def list_versions(store: Store, *, event_id: int | None = None) -> list[VersionView]:
    """Every released version, oldest first."""
    with store.reading() as db:
        event = current_event(db, event_id)
        return [_view(event, v) for v in _versions(db, event.id)]


def changes_since(store: Store, since: int | None = None, until: int | None = None, *,
                  event_id: int | None = None) -> ChangeReport:
    """What changed from version `since` (default: the latest) to version `until` (default: the
    programme as it is now)."""
    with store.reading() as db:
        event = current_event(db, event_id)
        old = _version(db, event.id, since)
        if until is None:
            new_view, after = None, snapshot(db, event.id)
        else:
            new = _version(db, event.id, until)
            if new.number <= old.number:
                raise ValidationError(
                    "version {until} is not later than version {number}",
                    until=until, number=old.number, code="releases.version-not-later")
            new_view, after = _view(event, new), _sessions_of(new)
        return ChangeReport(_view(event, old), new_view, tuple(diff_programme(_sessions_of(old), after)))


def version_stamp(store: Store, *, event_id: int | None = None) -> VersionStamp | None:
    """The latest version and how many changes were made since (None before any release)."""
    with store.reading() as db:
        event = current_event(db, event_id)
        versions = _versions(db, event.id)
        if not versions:
            return None
        last = versions[-1]
        later = diff_programme(_sessions_of(last), snapshot(db, event.id))
        return VersionStamp(last.number, _local(event, last.released_at), len(later))


def ics_sequences(db: DbSession, event_id: int) -> dict[int, int]:
    """Each session's iCalendar SEQUENCE: the versions in which it changed (after the one it
    first appeared in), plus one while it differs from the latest version. Sessions that never
    changed are left out (SEQUENCE 0)."""
    counts: dict[int, int] = {}
    previous: list[SessionSnapshot] | None = None
    for v in _versions(db, event_id):
        current = _sessions_of(v)
        if previous is not None:
            born = {s.id for s in current} - {s.id for s in previous}
            for sid in changed_sessions(previous, current) - born:
                counts[sid] = counts.get(sid, 0) + 1
        previous = current
    if previous is not None:
        now = snapshot(db, event_id)
        born = {s.id for s in now} - {s.id for s in previous}
        for sid in changed_sessions(previous, now) - born:
            counts[sid] = counts.get(sid, 0) + 1
    return counts


def calendar_identity(db: DbSession, event_id: int) -> tuple[str, dict[int, int]]:
    """What the .ics export needs: the forum's uid (given one if it has none yet) and the
    sessions' SEQUENCE numbers."""
    event = fetch(db, Event, event_id, "event")
    uid = event.uid or f"event-{event.id}"
    return uid, ics_sequences(db, event_id)


def print_change_sheet(store: Store, target: Path, since: int | None = None, until: int | None = None,
                       *, languages: Sequence[str] | None = None) -> int:
    """Write the information desk's change sheet (PDF); returns its pages."""
    writable_target(target)
    report = changes_since(store, since, until)
    with store.reading() as db:
        event = current_event(db)
        words = Words.for_event(event.languages, languages)
        header = event_header(event, words)
        now = _local(event, datetime.now(UTC).replace(tzinfo=None))
    sheet = ChangeSheet(
        title=header.name, dates=header.dates, since_number=report.since.number,
        since_local=report.since.released_local,
        until_number=report.until.number if report.until else None,
        until_local=report.until.released_local if report.until else now,
        changes=report.changes, words=words)
    with atomic_write(target) as tmp:
        return change_sheet(sheet, tmp)
