"""Data protection: closing the event erases personal data once its keeping date has
passed, and keeps the counts; the log of exports that included sensitive fields."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.services.common import changed_rows, current_event, default_actor
from mmdesk.store import fulltext
from mmdesk.store.database import Store, backups_dir, sqlite_path
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    CheckIn,
    Declaration,
    Delegate,
    DelegateSensitive,
    Endorsement,
    Event,
    ExportLog,
    utcnow,
)


@dataclass(frozen=True)
class ClosingReport:
    """What closing did (or would do): delegates anonymised, sensitive records erased, and
    where else the erased data was wiped (the store's -wal, its automatic backups)."""

    scheduled_until: date | None
    closed: bool
    delegates: int
    sensitive: int
    scans: int
    #: automatic backups deleted (they held the erased data); one fresh copy is taken instead
    backups_deleted: int = 0
    #: what could not be wiped (a -wal another desk still reads, a server that refused VACUUM)
    left: tuple[str, ...] = ()


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
            raise MmdeskError(
                "the event was closed on {closed_at}; nothing is left to keep",
                closed_at=format(event.closed_at, "%Y-%m-%d"), code="privacy.event-closed-nothing")
        if keep_until < event.end_date:
            raise ValidationError(
                "keep personal data at least until the forum ends ({end_date})",
                end_date=event.end_date, code="privacy.keep-personal-data")
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
            raise MmdeskError(
                "the event was already closed on {closed_at}",
                closed_at=format(event.closed_at, "%Y-%m-%d"), code="privacy.event-already-closed")
        until = event.personal_data_until or event.end_date
        if today <= until:
            raise MmdeskError(
                "personal data is kept until {until}; the event can be closed from the day after",
                until=format(until, "%Y-%m-%d"), code="privacy.personal-data-kept")
        ids = sa.select(Delegate.id).where(Delegate.event_id == event.id).scalar_subquery()
        delegates = changed_rows(
            db, sa.update(Delegate).where(Delegate.event_id == event.id).values(
                given_name="Delegate", family_name=sa.cast(Delegate.id, sa.String), honorific=None,
                badge_name=None, position=None, organisation_id=None, city=None, email=None, phone=None,
                languages=[], dietary_needs=None, access_needs=None, notes=None, delegation_id=None,
                search_key="", version=Delegate.version + 1))
        sensitive = changed_rows(db, sa.delete(DelegateSensitive)
                                 .where(DelegateSensitive.delegate_id.in_(ids)))
        from mmdesk.store.models import DelegatePhoto  # photos are personal data (issue 16)
        db.execute(sa.delete(DelegatePhoto).where(DelegatePhoto.delegate_id.in_(ids)))
        accs = sa.select(Accreditation.id).join(AccreditationRoute).where(
            AccreditationRoute.event_id == event.id).scalar_subquery()
        db.execute(sa.update(Accreditation).where(Accreditation.id.in_(accs)).values(reason=None))
        db.execute(sa.update(AccreditationChange).where(AccreditationChange.accreditation_id.in_(accs))
                   .values(reason=None, actor="—"))
        scans = changed_rows(db, sa.update(CheckIn).where(CheckIn.event_id == event.id)
                             .values(scanned="", reason=None))
        db.execute(sa.update(ExportLog).where(ExportLog.event_id == event.id).values(target="(erased)"))
        # an endorsement is a city's public statement and stays; the name of the person who
        # signed it is personal data, like every other name, and goes — unless the declaration
        # says its endorsers' names are public statements (issue 15)
        declarations = sa.select(Declaration.id).where(
            Declaration.event_id == event.id, Declaration.endorsers_public.is_(False)).scalar_subquery()
        db.execute(sa.update(Endorsement).where(Endorsement.declaration_id.in_(declarations))
                   .values(endorsed_by=None))
        from mmdesk.services.letters import erase_register  # letters: names go, counts stay (issue 21)
        erase_register(db, event.id)
        fulltext.rebuild(db.connection())  # the search index forgets the erased names too
        db.execute(sa.update(Event).where(Event.id == event.id).values(closed_at=utcnow()))
        db.add(ExportLog(event_id=event.id, actor=default_actor(), fields=["closing"], rows=delegates,
                         target="event closed: personal data erased"))
        db.flush()
    left = _wipe_leftovers(store)
    deleted = _replace_backups(store)
    return ClosingReport(until, True, delegates, sensitive, scans, deleted, tuple(left))


#: the tables the closing rewrites (their old row versions must not survive on a server)
_TOUCHED = ("delegates", "delegate_sensitive", "delegate_photos", "accreditations", "accreditation_changes",
            "check_ins", "export_log", "letters")


def _wipe_leftovers(store: Store) -> list[str]:
    """After the closing's commit: nothing of the erased rows stays behind in the file's -wal
    or free pages (SQLite: checkpoint, VACUUM, truncate the -wal), or in a server's table
    files (PostgreSQL: VACUUM FULL of the tables the closing touched)."""
    left: list[str] = []
    if sqlite_path(store.url) is not None:
        raw = store.engine.raw_connection()
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy and busy[0]:
                left.append("the -wal file, which another desk still reads: close the other desks, "
                            "then open and close this store once")
        except sqlite3.Error as exc:
            left.append(f"free pages ({exc})")
        finally:
            raw.close()
        return left
    try:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in _TOUCHED:
                conn.exec_driver_sql(f"VACUUM FULL {table}")
    except sa.exc.DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        left.append(f"old row versions on the server (VACUUM FULL refused: {first}); "
                    f"run VACUUM FULL as the database owner")
    return left


def _replace_backups(store: Store) -> int:
    """Delete the store's automatic backups (they hold the erased names) and take one fresh
    copy of the closed store in their place; returns how many were deleted."""
    from mmdesk.services.backup import auto_backup, list_backups

    source = sqlite_path(store.url)
    if source is None:
        return 0
    old = list_backups(store)
    for path in old:
        path.unlink(missing_ok=True)
    for part in backups_dir(source).glob("*.part"):
        part.unlink(missing_ok=True)
    auto_backup(store, "closed")
    return len(old)


def sensitive_exports(store: Store) -> list[ExportLogEntry]:
    """Every export that included sensitive fields (and the closing), newest first."""
    with store.reading() as db:
        event = current_event(db)
        return [ExportLogEntry(x.at, x.actor, tuple(x.fields or ()), x.rows, x.target)
                for x in db.scalars(sa.select(ExportLog).where(ExportLog.event_id == event.id)
                                    .order_by(ExportLog.at.desc(), ExportLog.id.desc()))]
