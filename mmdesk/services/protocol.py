"""Protocol order: a session's speakers sorted by level of representation, then request time."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from mmdesk.domain.protocol import Request, protocol_order
from mmdesk.services.common import fetch
from mmdesk.store.database import Store
from mmdesk.store.models import Session, SpeakingSlot


def sort_by_protocol(store: Store, session_id: int) -> list[int]:
    """The session's slot ids in protocol order (level of representation, then request time;
    opening and closing parts keep their places). Nothing is saved: the caller reorders with
    services.programme.reorder_slots (the window does it as one undoable step)."""
    with store.reading() as db:
        fetch(db, Session, session_id, "session")
        slots = db.scalars(sa.select(SpeakingSlot).where(SpeakingSlot.session_id == session_id)
                           .options(selectinload(SpeakingSlot.delegate)))
        return protocol_order([Request(x.id, x.role.value, x.delegate.level, x.requested_at, x.position)
                               for x in slots])


def protocol_sort(store: Store, session_id: int) -> tuple[list[int], list[int]]:
    """Put a session's speakers in protocol order; returns (the order before, the order now)
    as slot ids (equal where the order was already right: nothing is written then)."""
    from mmdesk.services.programme import get_session, reorder_slots

    before = [x.id for x in get_session(store, session_id).slots]
    order = sort_by_protocol(store, session_id)
    if order != before:
        reorder_slots(store, session_id, order)
    return before, order
