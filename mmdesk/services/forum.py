"""Setting up the forum itself: create it in an empty store, edit its name, place and days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.date_words import day_month_time
from mmdesk.domain.countries import resolve_country
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.validation import clean_text
from mmdesk.i18n import say
from mmdesk.services.common import current_event
from mmdesk.services.events import EventView, get_event
from mmdesk.services.keys import ensure_key
from mmdesk.services.programme import outside_days
from mmdesk.store.database import Store
from mmdesk.store.models import Event, Session

#: The longest forum accepted: a year typed wrong would make a grid of 365 days.
MAX_DAYS = 31

_LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass
class EventInput:
    """What an organizer sets for the forum."""

    name: str
    start_date: date
    end_date: date | None = None          # None = a one-day forum
    time_zone: str = "UTC"                # an IANA name
    short_name: str | None = None
    theme: str | None = None
    city: str | None = None
    country: str | None = None            # a code or a name
    venue: str | None = None
    languages: tuple[str, ...] = ("en",)  # ISO 639-1

    def cleaned(self) -> EventInput:
        """A copy with every rule applied; ValidationError names the first broken one."""
        name = clean_text(self.name, limit=300, field="the forum's name")
        if not name:
            raise ValidationError("the forum needs a name", code="forum.forum-needs-name")
        if not isinstance(self.start_date, date):
            raise ValidationError("the forum needs a first day", code="forum.forum-needs-first")
        start = self.start_date.date() if isinstance(self.start_date, datetime) else self.start_date
        end = self.end_date or start
        end = end.date() if isinstance(end, datetime) else end
        if end < start:
            raise ValidationError(
                "the last day ({end}) comes before the first ({start})",
                end=end, start=start, code="forum.last-day-comes")
        if (end - start).days + 1 > MAX_DAYS:
            raise ValidationError(
                "a forum of {value} days ({start} to {end}); check the dates (at most {MAX_DAYS} days)",
                value=(end - start).days + 1, start=start, end=end,
                MAX_DAYS=MAX_DAYS, code="forum.forum-days-check")
        zone = clean_text(self.time_zone, limit=64, field="time zone") or ""
        if zone not in _zones():
            raise ValidationError(
                "unknown time zone {zone}; give an IANA name such as Europe/Geneva or America/New_York",
                zone=repr(zone), code="forum.unknown-time-zone")
        languages: list[str] = []
        for raw in self.languages or ():
            code = (raw or "").strip().lower()
            if not code:
                continue
            if not _LANGUAGE.match(code):
                raise ValidationError(
                    "{raw} is not a language code; use two letters such as en, fr, es",
                    raw=repr(raw), code="forum.not-language-code")
            if code not in languages:
                languages.append(code)
        return EventInput(
            name=name, start_date=start, end_date=end, time_zone=zone,
            short_name=clean_text(self.short_name, limit=80, field="short name"),
            theme=clean_text(self.theme, limit=2000, field="theme"),
            city=clean_text(self.city, limit=120, field="city"),
            country=resolve_country(self.country),
            venue=clean_text(self.venue, limit=200, field="venue"),
            languages=tuple(languages or ["en"]),
        )


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def time_zone_names() -> list[str]:
    """Every IANA time zone name, sorted, for a searchable list."""
    return sorted(_zones())


def local_time_zone() -> str:
    """The machine's IANA time zone (the New forum dialog's default), else "UTC"."""
    import os
    from pathlib import Path

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    return next((c for c in candidates if c in _zones()), "UTC")


def has_event(store: Store) -> bool:
    """True where the store already holds a forum."""
    with store.reading() as db:
        return db.scalar(sa.select(Event.id).limit(1)) is not None


def _apply(event: Event, data: EventInput) -> None:
    event.name, event.short_name, event.theme = data.name, data.short_name, data.theme
    event.city, event.country, event.venue = data.city, data.country, data.venue
    event.start_date, event.end_date = data.start_date, data.end_date or data.start_date
    event.time_zone, event.languages = data.time_zone, list(data.languages)


def create_event(store: Store, data: EventInput) -> EventView:
    """Create the forum in an empty store (one forum a file), with its badge-signing key."""
    clean = data.cleaned()
    with store.transaction() as db:
        existing = db.scalars(sa.select(Event.name).limit(1)).first()
        if existing is not None:
            raise ValidationError(
                "this database already holds the forum “{existing}”; change it with `mmdesk forum edit` "
                "(Forum › Settings), or start another forum in a new file with --db",
                existing=existing, code="forum.database-already-holds")
        event = Event()
        _apply(event, clean)
        db.add(event)
        db.flush()
        ensure_key(db, event.id)
        event_id = event.id
    return get_event(store, event_id)


def _outside(db: DbSession, event_id: int, start: date, end: date) -> list[tuple[int, str, datetime]]:
    rows = db.execute(sa.select(Session.id, Session.title, Session.starts_at, Session.ends_at)
                      .where(Session.event_id == event_id).order_by(Session.starts_at, Session.id))
    return [(i, title, starts) for i, title, starts, ends in rows if outside_days(starts, ends, start, end)]


def sessions_outside(store: Store, start: date, end: date, *, event_id: int | None = None
                     ) -> list[tuple[int, str, datetime]]:
    """(id, title, start) of the sessions that would fall outside the days start…end."""
    with store.reading() as db:
        event = current_event(db, event_id)
        return _outside(db, event.id, start, end)


def update_event(store: Store, data: EventInput, *, event_id: int | None = None) -> EventView:
    """Change the forum; new days that would leave sessions outside are refused, naming them."""
    clean = data.cleaned()
    with store.transaction() as db:
        event = current_event(db, event_id)
        orphans = _outside(db, event.id, clean.start_date, clean.end_date or clean.start_date)
        if orphans:
            named = "; ".join(f"“{title}” ({day_month_time(starts)})" for _, title, starts in orphans[:5])
            more = "; " + say("… and {n} more", n=len(orphans) - 5) if len(orphans) > 5 else ""
            raise ValidationError(
                "{n} session would fall outside the new days: {named}{more}; move or delete it first",
                plural="{n} sessions would fall outside the new days: {named}{more}; move or delete them "
                "first",
                n=len(orphans), named=named, more=more, code="forum.session-would-fall")
        _apply(event, clean)
        event_id = event.id
    return get_event(store, event_id)


def event_input(view: EventView) -> EventInput:
    """The editable fields of the forum as shown."""
    return EventInput(
        name=view.name, start_date=view.start_date, end_date=view.end_date, time_zone=view.time_zone,
        short_name=view.short_name, theme=view.theme, city=view.city, country=view.country,
        venue=view.venue, languages=tuple(view.languages) or ("en",),
    )
