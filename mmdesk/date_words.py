"""Days and times in sentences, in the current language (Babel's CLDR names and patterns, not
strftime's English ones): "20 November 2019", "20 novembre 2019", "20 de noviembre de 2019".

English keeps the command line's long-standing forms ("Wed 20 Nov 09:00"); French and Spanish
take each language's own CLDR pattern for the same skeleton. Every function takes an optional
language code (default: the one mmdesk speaks now). A refusal's value can be a date, a datetime
or a ``When`` (a day or moment with the way to say it): mmdesk.i18n.render says it in the
language the sentence is rendered in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from mmdesk.i18n import language, translations


def _day(d: date, english: str, skeleton: str, code: str | None = None) -> str:
    from babel.dates import format_date, format_skeleton  # loaded when a date is said

    code = code or language()
    if code == "en":
        return format_date(d, english, locale="en_GB")
    return format_skeleton(skeleton, d, locale=code)


def day(d: date, code: str | None = None) -> str:
    """A day with its year: 20 November 2019."""
    return _day(d, "dd MMMM y", "yMMMMd", code)


def day_month(d: date, code: str | None = None) -> str:
    """A day without its year: 20 November."""
    return _day(d, "dd MMMM", "MMMMd", code)


def long_day(d: date, code: str | None = None) -> str:
    """A day with its weekday: Wednesday 20 November 2019."""
    from babel.dates import format_date  # Babel's calendars: loaded when a date is said

    code = code or language()
    if code == "en":
        return format_date(d, "EEEE dd MMMM y", locale="en_GB")
    return format_date(d, "full", locale=code)


def long_day_month(d: date, code: str | None = None) -> str:
    """A day with its weekday, without its year: Wednesday 20 November."""
    from babel.dates import format_date

    code = code or language()
    if code == "en":
        return format_date(d, "EEEE dd MMMM", locale="en_GB")
    # CLDR has no skeleton with a whole weekday name: each language's "full" pattern less the year
    return format_date(d, _LONG_DAY_MONTH.get(code, "EEEE d MMMM"), locale=code)


_LONG_DAY_MONTH = {"fr": "EEEE d MMMM", "es": "EEEE, d 'de' MMMM"}


def short_day(d: date, code: str | None = None) -> str:
    """A short day: Wed 20 Nov."""
    return _day(d, "EEE dd MMM", "MMMEd", code)


def short_day_month(d: date, code: str | None = None) -> str:
    """A short day without year or weekday: 12 Nov."""
    return _day(d, "d MMM", "MMMd", code)


def span(start: date, end: date, code: str | None = None) -> str:
    """A forum's days: one day, or the first to the last."""
    if start == end:
        return day(start, code)
    first = day_month(start, code) if start.year == end.year else day(start, code)
    return translations(code or language()).gettext("{first} to {last}").format(
        first=first, last=day(end, code))


def moment(at: datetime, code: str | None = None) -> str:
    """A short day and a time: Wed 20 Nov 09:00 (the clock as given, no zone)."""
    return f"{short_day(at.date(), code)} {at:%H:%M}"


def day_month_time(at: datetime, code: str | None = None) -> str:
    """A day without its year and a time: 20 November 09:00."""
    return f"{day_month(at.date(), code)} {at:%H:%M}"


def day_time(at: datetime, code: str | None = None) -> str:
    """A day with its year and a time: 20 November 2019 09:00."""
    return f"{day(at.date(), code)} {at:%H:%M}"


def short_moment(at: datetime, code: str | None = None) -> str:
    """A short day without year and a time: 20 Nov 09:00."""
    return f"{_day(at.date(), 'dd MMM', 'MMMd', code)} {at:%H:%M}"


def moment_year(at: datetime, code: str | None = None) -> str:
    """A day with its year and a time: 20 Nov 2019 09:00."""
    return f"{_day(at.date(), 'dd MMM y', 'yMMMd', code)} {at:%H:%M}"


def venue_moment(at: datetime, zone: str, code: str | None = None) -> str:
    """A stored moment (naive = UTC) on the venue's clock, the zone named:
    20 Nov 2019 09:00 America/Bogota."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return f"{moment_year(aware.astimezone(ZoneInfo(zone)), code)} {zone}"


#: the ways a When can be said (names of the functions above)
_STYLES: dict[str, Callable[..., str]] = {
    "day": day, "day_month": day_month, "long_day": long_day, "long_day_month": long_day_month,
    "short_day": short_day, "short_day_month": short_day_month, "moment": moment,
    "day_month_time": day_month_time, "day_time": day_time, "short_moment": short_moment,
    "moment_year": moment_year}


@dataclass(frozen=True)
class When:
    """A day or moment put into a sentence, with the way to say it (a style above: "day",
    "long_day", "short_moment"…); said in the sentence's language by mmdesk.i18n.render."""

    at: date
    style: str = "day"

    def said(self, code: str | None = None) -> str:
        """The day or moment in a language (default: the current one)."""
        return _STYLES[self.style](self.at, code)

    def __str__(self) -> str:  # what a script reads (--json): ISO 8601
        return self.at.isoformat()


def said(value: date | When, code: str | None = None) -> str:
    """A date (as day()), a datetime (as short_moment()) or a When, in a language."""
    if isinstance(value, When):
        return value.said(code)
    if isinstance(value, datetime):
        return short_moment(value, code)
    return day(value, code)
