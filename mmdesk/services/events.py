"""The event itself: name, days, time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mmdesk.services.common import current_event
from mmdesk.store.database import Store


@dataclass(frozen=True)
class EventView:
    """The forum as headers and badges show it."""

    id: int
    name: str
    short_name: str | None
    theme: str | None
    city: str | None
    country: str | None
    venue: str | None
    start_date: date
    end_date: date
    time_zone: str
    languages: tuple[str, ...]
    personal_data_until: date | None = None
    closed_at: datetime | None = None

    @property
    def days(self) -> list[date]:
        n = (self.end_date - self.start_date).days
        return [self.start_date + timedelta(days=i) for i in range(n + 1)]


def get_event(store: Store, event_id: int | None = None) -> EventView:
    """The current event (NotFound where the store holds none)."""
    with store.reading() as db:
        e = current_event(db, event_id)
        return EventView(e.id, e.name, e.short_name, e.theme, e.city, e.country, e.venue,
                         e.start_date, e.end_date, e.time_zone, tuple(e.languages or ()),
                         e.personal_data_until, e.closed_at)
