"""mmdesk close-event: keep personal data until a date, then erase it."""

from __future__ import annotations

import argparse

from mmdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
)
from mmdesk.date_words import day
from mmdesk.i18n import _, say, say_n, translate_message


def cmd_close_event(args: argparse.Namespace) -> int:
    from mmdesk.services import privacy

    with opened(args) as store:
        if args.keep_until:
            from mmdesk.domain.errors import ValidationError
            from mmdesk.domain.validation import parse_day

            try:
                until = parse_day(args.keep_until)
            except ValidationError:
                raise CommandError(
                    "--keep-until wants a date like 2020-02-20, not {keep_until}",
                    EXIT_USAGE, keep_until=repr(args.keep_until), code="privacy.keep-until-wants") from None
            privacy.schedule_closing(store, until)
            print(say("personal data is kept until {day}; after that day, `mmdesk close-event --yes` erases "
                      "it and keeps the counts", day=day(until)))
        if args.yes:
            report = privacy.close_event(store)
            print(say("event closed: {delegates}, {sensitive} and {scans} erased; the counts are kept",
                      delegates=say_n("{n} delegate anonymised", "{n} delegates anonymised",
                                      report.delegates),
                      sensitive=say_n("{n} passport record", "{n} passport records", report.sensitive),
                      scans=say_n("{n} scanned text", "{n} scanned texts", report.scans)))
            if report.backups_deleted:
                print(say_n("{n} automatic backup holding the erased data was deleted; one copy of the "
                            "closed store was taken in its place",
                            "{n} automatic backups holding the erased data were deleted; one copy of the "
                            "closed store was taken in their place", report.backups_deleted))
            for what in report.left:
                print(say("WARNING: not yet wiped: {what}", what=translate_message(what)))
        elif not args.keep_until:
            due = privacy.closing_due(store)
            print(_("closing is due: run `mmdesk close-event --yes`") if due else
                  _("nothing to do yet: set a date with --keep-until, then close with --yes after it"))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    close = sub.add_parser("close-event", help="data protection: keep personal data until a date, "
                                               "then erase it (the counts stay)")
    close.add_argument("--keep-until", metavar="DATE", help="keep personal data until this day")
    close.add_argument("--yes", action="store_true", help="erase personal data now (after that day); "
                                                          "this cannot be undone")
    close.set_defaults(run=cmd_close_event)
