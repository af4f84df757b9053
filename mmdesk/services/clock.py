"""One clock: the event's time zone, for every time the window or the command line shows."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mmdesk.services.common import current_event
from mmdesk.store.database import Store
from mmdesk.store.models import Event


def event_zone(store: Store) -> ZoneInfo:
    """The current event's time zone (UTC if it has none, or an unknown one)."""
    with store.reading() as db:
        return event_zone_of(current_event(db))


def event_zone_of(event: Event) -> ZoneInfo:
    """An event's time zone (UTC if it has none, or an unknown one)."""
    try:
        return ZoneInfo(event.time_zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def from_utc(at: datetime, zone: ZoneInfo) -> datetime:
    """A moment stored in UTC (naive or aware) as the event's wall-clock time (naive)."""
    aware = at.replace(tzinfo=UTC) if at.tzinfo is None else at
    return aware.astimezone(zone).replace(tzinfo=None)
