"""Days and times in sentences, in the current language (Babel's CLDR names and patterns, not
strftime's English ones): "20 November 2019", "20 novembre 2019", "20 de noviembre de 2019".

English keeps the command line's long-standing forms ("Wed 20 Nov 09:00"); French and Spanish
take each language's own CLDR pattern for the same skeleton."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from mmdesk.i18n import language, say


def _day(d: date, english: str, skeleton: str) -> str:
    from babel.dates import format_date, format_skeleton  # loaded when a date is said

    code = language()
    if code == "en":
        return format_date(d, english, locale="en_GB")
    return format_skeleton(skeleton, d, locale=code)


def day(d: date) -> str:
    """A day with its year: 20 November 2019."""
    return _day(d, "dd MMMM y", "yMMMMd")


def day_month(d: date) -> str:
    """A day without its year: 20 November."""
    return _day(d, "dd MMMM", "MMMMd")


def long_day(d: date) -> str:
    """A day with its weekday: Wednesday 20 November 2019."""
    from babel.dates import format_date  # Babel's calendars: loaded when a date is said

    code = language()
    if code == "en":
        return format_date(d, "EEEE dd MMMM y", locale="en_GB")
    return format_date(d, "full", locale=code)


def short_day(d: date) -> str:
    """A short day: Wed 20 Nov."""
    return _day(d, "EEE dd MMM", "MMMEd")


def short_day_month(d: date) -> str:
    """A short day without year or weekday: 12 Nov."""
    return _day(d, "d MMM", "MMMd")


def span(start: date, end: date) -> str:
    """A forum's days: one day, or the first to the last."""
    if start == end:
        return day(start)
    return say("{first} to {last}", first=day_month(start) if start.year == end.year else day(start),
               last=day(end))


def moment(at: datetime) -> str:
    """A short day and a time: Wed 20 Nov 09:00 (the clock as given, no zone)."""
    return f"{short_day(at.date())} {at:%H:%M}"


def moment_year(at: datetime) -> str:
    """A day with its year and a time: 20 Nov 2019 09:00."""
    return f"{_day(at.date(), 'dd MMM y', 'yMMMd')} {at:%H:%M}"


def venue_moment(at: datetime, zone: str) -> str:
    """A stored moment (naive = UTC) on the venue's clock, the zone named:
    20 Nov 2019 09:00 America/Bogota."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return f"{moment_year(aware.astimezone(ZoneInfo(zone)))} {zone}"
