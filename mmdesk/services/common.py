"""Helpers every service uses: the current event, lookups, the acting operator."""

from __future__ import annotations

import getpass
import os
import socket
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.errors import NotFound
from mmdesk.store.models import Base, Event

M = TypeVar("M", bound=Base)

ACTOR_ENV = "MMDESK_ACTOR"


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


def current_event(db: DbSession, event_id: int | None = None) -> Event:
    """The event asked for, else the newest event in the store."""
    if event_id is not None:
        event = db.get(Event, event_id)
    else:
        event = db.scalars(sa.select(Event).order_by(Event.id.desc()).limit(1)).first()
    if event is None:
        raise NotFound(
            "this database holds no event yet; load one with `mmdesk demo` or import a programme"
        )
    return event


def fetch(db: DbSession, model: type[M], ident: int, what: str) -> M:
    """The row with this id, or NotFound naming what was looked for."""
    row = db.get(model, ident)
    if row is None:
        raise NotFound(f"no {what} with id {ident}")
    return row
