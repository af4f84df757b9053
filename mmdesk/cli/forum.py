"""mmdesk forum new|show|edit: the forum itself (name, place, days, time zone, languages)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import overload

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, opened
from mmdesk.i18n import _, say, say_n


@overload
def parse_date(value: str, option: str) -> date: ...
@overload
def parse_date(value: None, option: str) -> None: ...
def parse_date(value: str | None, option: str) -> date | None:
    """A day given as YYYY-MM-DD (else a usage error naming the option)."""
    if value is None:
        return None
    from mmdesk.domain.errors import ValidationError
    from mmdesk.domain.validation import parse_day

    try:
        return parse_day(value)  # not Python's reader: it takes "2026-W48-5" and "20261127"
    except ValidationError:
        raise CommandError(
            "{option} wants a day like 2022-05-17, not {value}",
            EXIT_USAGE, option=option, value=repr(value), code="forum.wants-day-like") from None


def _languages(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.replace(";", ",").split(",") if x.strip())


def _days(start: date, end: date) -> str:
    from mmdesk.date_words import span

    return span(start, end)


def cmd_forum_new(args: argparse.Namespace) -> int:
    from mmdesk.services.forum import EventInput, create_event

    data = EventInput(
        name=args.name, start_date=parse_date(args.start, "--from"), end_date=parse_date(args.end, "--to"),
        time_zone=args.time_zone, short_name=args.short_name, theme=args.theme, city=args.city,
        country=args.country, venue=args.venue,
        languages=_languages(args.languages) if args.languages else ("en",),
    )
    with opened(args) as store:
        view = create_event(store, data)
        print(say("created the forum “{name}” ({days}, {zone}) in {store}", name=view.name,
                  days=_days(view.start_date, view.end_date), zone=view.time_zone, store=store.description))
    print(_("next: mmdesk room add NAME --capacity N; mmdesk route add NAME --kind KIND; "
            "mmdesk delegate add --given G --family F"))
    return EXIT_OK


def cmd_forum_show(args: argparse.Namespace) -> int:
    from mmdesk.domain.countries import country_name
    from mmdesk.services.events import get_event

    with opened(args) as store:
        e = get_event(store)
    if args.json:
        out = {"id": e.id, "name": e.name, "short_name": e.short_name, "theme": e.theme,
               "city": e.city, "country": e.country, "venue": e.venue,
               "start_date": e.start_date.isoformat(), "end_date": e.end_date.isoformat(),
               "time_zone": e.time_zone, "languages": list(e.languages)}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(e.name + (f" ({e.short_name})" if e.short_name else ""))
    if e.theme:
        print("  " + say("theme: {theme}", theme=e.theme))
    place = ", ".join(p for p in (e.venue, e.city, country_name(e.country)) if p)
    if place:
        print("  " + say("place: {place}", place=place))
    print("  " + say_n("days: {days} ({n} day)", "days: {days} ({n} days)", len(e.days),
                       days=_days(e.start_date, e.end_date)))
    print("  " + say("time zone: {zone}", zone=e.time_zone))
    print("  " + say("languages: {languages}", languages=", ".join(e.languages)))
    return EXIT_OK


def cmd_forum_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from mmdesk.services.events import get_event
    from mmdesk.services.forum import event_input, update_event

    changes: dict[str, object] = {}
    for option, field in (("name", "name"), ("time_zone", "time_zone"), ("short_name", "short_name"),
                          ("theme", "theme"), ("city", "city"), ("country", "country"),
                          ("venue", "venue")):
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    if args.start is not None:
        changes["start_date"] = parse_date(args.start, "--from")
    if args.end is not None:
        changes["end_date"] = parse_date(args.end, "--to")
    if args.languages is not None:
        changes["languages"] = _languages(args.languages)
    if not changes:
        raise CommandError(
            "say what to change, e.g. --name, --from, --to, --venue (see mmdesk forum edit --help)",
            EXIT_USAGE, code="forum.say-what-change")
    with opened(args) as store:
        current = event_input(get_event(store))
        if "start_date" in changes and "end_date" not in changes and current.end_date is not None:
            # moving the first day keeps the forum's length
            length = current.end_date - current.start_date
            changes["end_date"] = changes["start_date"] + length  # type: ignore[operator]
        view = update_event(store, replace(current, **changes))  # type: ignore[arg-type]
    print(say("changed the forum “{name}” ({days}, {zone})", name=view.name,
              days=_days(view.start_date, view.end_date), zone=view.time_zone))
    return EXIT_OK


def _options(p: argparse.ArgumentParser, *, new: bool) -> None:
    p.add_argument("--name", required=new, help="the forum's name")
    p.add_argument("--from", dest="start", required=new, metavar="DATE",
                   help="the first day, YYYY-MM-DD" + ("" if new else " (alone: moves the forum)"))
    p.add_argument("--to", dest="end", metavar="DATE",
                   help="the last day, YYYY-MM-DD" + (" (default: a one-day forum)" if new else ""))
    p.add_argument("--time-zone", required=new, metavar="TZ",
                   help="the venue's IANA time zone, e.g. America/New_York")
    p.add_argument("--city")
    p.add_argument("--country", metavar="CC", help="a country code or name")
    p.add_argument("--venue")
    p.add_argument("--languages", metavar="en,fr", help="the forum's languages, comma-separated"
                   + (" (default: en)" if new else ""))
    p.add_argument("--short-name", metavar="S", help="e.g. IMRF 2022")
    p.add_argument("--theme", metavar="T")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    forum = sub.add_parser("forum", help="create, show or edit the forum (name, place, days, time zone)")
    actions = forum.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=type(forum))
    new = actions.add_parser("new", help="create the forum in an empty database")
    _options(new, new=True)
    new.set_defaults(run=cmd_forum_new)
    show = actions.add_parser("show", help="show the forum")
    show.add_argument("--json", action="store_true", help="print it as JSON")
    show.set_defaults(run=cmd_forum_show)
    edit = actions.add_parser("edit", help="change the forum (new days may not leave sessions outside)")
    _options(edit, new=False)
    edit.set_defaults(run=cmd_forum_edit)
