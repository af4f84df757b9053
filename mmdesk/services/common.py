"""Helpers every service uses: the current event, lookups, the acting operator."""

from __future__ import annotations

import getpass
import os
import socket
from collections.abc import Sequence
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.errors import MmdeskError, NotFound
from mmdesk.domain.sentences import Sentence
from mmdesk.store import fulltext
from mmdesk.store.models import Base, Event

M = TypeVar("M", bound=Base)

ACTOR_ENV = "MMDESK_ACTOR"

#: What every command and page says on a store with no forum: the next step, in words that work.
NO_FORUM = (
    "this database holds no forum yet; create one with `mmdesk forum new --name NAME --from DATE "
    "--time-zone TZ` (or File › New forum… in the window), or load the demo with `mmdesk demo`"
)


class ImportProblems(MmdeskError):
    """Base of every all-or-nothing import's refusal: nothing was changed; the message counts the
    problems and lists the first 50, one a line; carries the import's report."""

    #: the most problem lines the message lists
    SHOWN = 50

    def __init__(self, report: Any, lines: Sequence[str | Sentence], where: str) -> None:
        super().__init__("nothing was imported: {n} problem in {where}",
                         plural="nothing was imported: {n} problems in {where}", n=len(lines), where=where,
                         code="import.refused")
        self.report = report
        #: every problem, one English line each (said in the current language by message())
        self.problems = list(lines)

    def message(self, language: str | None = None) -> str:
        """The count, then the first problems one a line, in a language (default: the current one)."""
        from mmdesk.i18n import render, translate_message

        text = [super().message(language)]
        text += [line.message(language) if isinstance(line, Sentence) else translate_message(line, language)
                 for line in self.problems[:self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            text.append(render("… and {n} more", {"n": len(self.problems) - self.SHOWN}, language))
        return "\n".join(text)

    def as_data(self) -> dict[str, Any]:
        """The code, the message and values, and every problem line in the current language."""
        from mmdesk.i18n import translate_message

        return super().as_data() | {"problems": [line.message() if isinstance(line, Sentence)
                                                 else translate_message(line) for line in self.problems]}


def default_actor() -> str:
    """Who is acting: MMDESK_ACTOR, else user@host (kept in every history row)."""
    actor = os.environ.get(ACTOR_ENV)
    if actor:
        return actor
    try:
        user = getpass.getuser()
    except Exception:  # no login name in some containers
        user = "desk"
    return f"{user}@{socket.gethostname()}"


def changed_rows(db: DbSession, statement: sa.Executable) -> int:
    """Run an UPDATE or DELETE; how many rows it changed."""
    return cast("sa.CursorResult[Any]", db.execute(statement)).rowcount or 0


def current_event(db: DbSession, event_id: int | None = None) -> Event:
    """The event asked for, else the newest event in the store."""
    if event_id is not None:
        event = db.get(Event, event_id)
    else:
        event = db.scalars(sa.select(Event).order_by(Event.id.desc()).limit(1)).first()
    if event is None:
        raise NotFound(NO_FORUM, code="forum.none")
    return event


def fetch(db: DbSession, model: type[M], ident: int, what: str) -> M:
    """The row with this id, or NotFound naming what was looked for."""
    row = db.get(model, ident)
    if row is None:
        raise NotFound("no {what} with id {ident}", what=what, ident=ident, code="services.no-such-id")
    return row


def insert_numbered(db: DbSession, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in bulk with ids chosen here; returns them in the rows' order.

    Far cheaper than INSERT … RETURNING, whose batches SQLAlchemy splices together
    at a cost that grows with their square. On SQLite the caller's transaction holds
    the write lock (BEGIN IMMEDIATE), so numbering on from max(id) is safe; on
    PostgreSQL the ids are taken from the table's sequence, so a desk inserting at
    the same moment never gets the same id.
    """
    if not rows:
        return []
    table = cast(sa.Table, model.__table__)
    if db.get_bind().dialect.name == "postgresql":
        ids = list(db.scalars(
            sa.text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": table.name, "n": len(rows)}))
    else:
        start = (db.scalar(sa.select(sa.func.max(table.c.id))) or 0) + 1
        ids = list(range(start, start + len(rows)))
    for i, row in zip(ids, rows, strict=True):
        row["id"] = i
    # one plain executemany per set of fields given (the ORM's bulk path costs as much again
    # as the inserts): None is left out where the column has a default, as the ORM does
    defaulted = {c.key for c in table.columns if c.default is not None or c.server_default is not None}
    batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        if any(row.get(k, 0) is None for k in defaulted):
            row = {k: v for k, v in row.items() if v is not None or k not in defaulted}
        batches.setdefault(tuple(row), []).append(row)
    if table.name == "delegates":  # indexed for search in one go, not row by row
        with fulltext.indexed_afterwards(db.connection(), ids[0]):
            for batch in batches.values():
                db.execute(sa.insert(table), batch)
    else:
        for batch in batches.values():
            db.execute(sa.insert(table), batch)
    return ids
