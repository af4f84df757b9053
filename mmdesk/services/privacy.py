"""Data protection: closing the event erases personal data once its keeping date has
passed, and keeps the counts; the log of exports that included sensitive fields."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.services.common import current_event, default_actor
from mmdesk.store import fulltext
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    CheckIn,
    Delegate,
    DelegateSensitive,
    Event,
    ExportLog,
    utcnow,
)


@dataclass(frozen=True)
class ClosingReport:
    """What closing did (or would do): delegates anonymised, sensitive records erased."""

    scheduled_until: date | None
    closed: bool
    delegates: int
    sensitive: int
    scans: int


@dataclass(frozen=True)
class ExportLogEntry:
    """An export that carried sensitive fields."""

    at: datetime
    actor: str
    fields: tuple[str, ...]
    rows: int
    target: str


def schedule_closing(store: Store, keep_until: date) -> None:
    """Keep personal data until this day; `close_event` erases it afterwards."""
    with store.transaction() as db:
        event = current_event(db)
        if event.closed_at is not None:
            raise MmdeskError(f"the event was closed on {event.closed_at:%Y-%m-%d}; nothing is left to keep")
        if keep_until < event.end_date:
            raise ValidationError(f"keep personal data at least until the forum ends ({event.end_date})")
        event.personal_data_until = keep_until


def closing_due(store: Store, today: date | None = None) -> date | None:
    """The keeping date, when it has passed and the event is not closed yet (else None)."""
    with store.reading() as db:
        event = current_event(db)
        until = event.personal_data_until
        if event.closed_at is None and until is not None and (today or date.today()) > until:
            return until
        return None


@contextlib.contextmanager
def _wiping(db: DbSession) -> Iterator[None]:
    """On SQLite, what the block overwrites or deletes is zeroed in the file, not only
    unlinked, so erased names leave no trace in freed pages; the connection goes back to
    the pool as it was, whether the block succeeds or is refused."""
    if db.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = db.connection()
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        with contextlib.suppress(sa.exc.DBAPIError):
            connection.exec_driver_sql("PRAGMA secure_delete = OFF")


def close_event(store: Store, *, today: date | None = None) -> ClosingReport:
    """Erase personal data, keeping what is counted (category, country, region, gender,
    routes, states, badges, check-ins, speaking slots). Refused before the keeping date,
    or before the forum has ended when no date was set. One transaction: all or nothing."""
    today = today or date.today()
    with store.transaction() as db, _wiping(db):
        event = current_event(db)
        if event.closed_at is not None:
            raise MmdeskError(f"the event was already closed on {event.closed_at:%Y-%m-%d}")
        until = event.personal_data_until or event.end_date
        if today <= until:
            raise MmdeskError(f"personal data is kept until {until:%Y-%m-%d}; the event can be "
                              f"closed from the day after")
        ids = sa.select(Delegate.id).where(Delegate.event_id == event.id).scalar_subquery()
        delegates = db.execute(
            sa.update(Delegate).where(Delegate.event_id == event.id).values(
                given_name="Delegate", family_name=sa.cast(Delegate.id, sa.String), honorific=None,
                badge_name=None, position=None, organisation_id=None, city=None, email=None, phone=None,
                languages=[], dietary_needs=None, access_needs=None, notes=None, delegation_id=None,
                search_key="", version=Delegate.version + 1)).rowcount
        sensitive = db.execute(sa.delete(DelegateSensitive).where(DelegateSensitive.delegate_id.in_(ids))).rowcount
        accs = sa.select(Accreditation.id).join(AccreditationRoute).where(
            AccreditationRoute.event_id == event.id).scalar_subquery()
        db.execute(sa.update(Accreditation).where(Accreditation.id.in_(accs)).values(reason=None))
        db.execute(sa.update(AccreditationChange).where(AccreditationChange.accreditation_id.in_(accs))
                   .values(reason=None, actor="—"))
        scans = db.execute(sa.update(CheckIn).where(CheckIn.event_id == event.id)
                           .values(scanned="", reason=None)).rowcount
        db.execute(sa.update(ExportLog).where(ExportLog.event_id == event.id).values(target="(erased)"))
        fulltext.rebuild(db.connection())  # the search index forgets the erased names too
        db.execute(sa.update(Event).where(Event.id == event.id).values(closed_at=utcnow()))
        db.add(ExportLog(event_id=event.id, actor=default_actor(), fields=["closing"], rows=delegates,
                         target="event closed: personal data erased"))
        db.flush()
    return ClosingReport(until, True, delegates, sensitive, scans)


def sensitive_exports(store: Store) -> list[ExportLogEntry]:
    """Every export that included sensitive fields (and the closing), newest first."""
    with store.reading() as db:
        event = current_event(db)
        return [ExportLogEntry(x.at, x.actor, tuple(x.fields or ()), x.rows, x.target)
                for x in db.scalars(sa.select(ExportLog).where(ExportLog.event_id == event.id)
                                    .order_by(ExportLog.at.desc(), ExportLog.id.desc()))]
