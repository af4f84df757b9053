"""The log of nomination workbooks: each one sent to a route's nominating body (`export
nominations`) and each one it returned (`import nominations`), and when — so the
Accreditation page and `mmdesk route list` say which bodies have answered (issue 21)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.store.models import NominationWorkbook, utcnow

SENT = "sent"
RETURNED = "returned"


@dataclass(frozen=True)
class WorkbookTally:
    """How many nomination workbooks a route was sent and returned, and the last of each (UTC)."""

    sent: int = 0
    last_sent: datetime | None = None
    returned: int = 0
    last_returned: datetime | None = None

    def words(self) -> str:
        """"sent 2 (12 Nov), returned 1 (15 Nov)"; empty when none was sent or returned."""
        parts = [f"{word} {n} ({_day(at)})" for word, n, at in
                 (("sent", self.sent, self.last_sent), ("returned", self.returned, self.last_returned))
                 if n and at is not None]
        return ", ".join(parts)


def _day(at: datetime) -> str:
    return f"{at.day} {at:%b}"


def record(db: DbSession, route_id: int, *, returned: bool, file_name: str | None = None,
           people: int | None = None) -> None:
    """Note a workbook sent (returned False) or returned, in the caller's transaction (refused
    with it)."""
    db.add(NominationWorkbook(route_id=route_id, direction=RETURNED if returned else SENT, at=utcnow(),
                              file_name=(file_name or None) and file_name[:260], people=people))


def tallies(db: DbSession, route_ids: Iterable[int]) -> dict[int, WorkbookTally]:
    """Each route's tally, in one query (a route with none is left out)."""
    ids = list(route_ids)
    if not ids:
        return {}
    counts: dict[int, dict[str, tuple[int, datetime]]] = {}
    for route_id, direction, n, last in db.execute(
            sa.select(NominationWorkbook.route_id, NominationWorkbook.direction, sa.func.count(),
                      sa.func.max(NominationWorkbook.at))
            .where(NominationWorkbook.route_id.in_(ids))
            .group_by(NominationWorkbook.route_id, NominationWorkbook.direction)):
        counts.setdefault(route_id, {})[direction] = (n, last)
    result = {}
    for route_id, by in counts.items():
        sent, last_sent = by.get(SENT, (0, None))
        returned, last_returned = by.get(RETURNED, (0, None))
        result[route_id] = WorkbookTally(sent, last_sent, returned, last_returned)
    return result
