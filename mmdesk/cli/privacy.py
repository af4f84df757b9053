"""mmdesk close-event: keep personal data until a date, then erase it."""

from __future__ import annotations

import argparse

from mmdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
)


def cmd_close_event(args: argparse.Namespace) -> int:
    from mmdesk.services import privacy

    with opened(args) as store:
        if args.keep_until:
            from mmdesk.domain.errors import ValidationError
            from mmdesk.domain.validation import parse_day

            try:
                until = parse_day(args.keep_until)
            except ValidationError:
                raise CommandError(f"--keep-until wants a date like 2020-02-20, not {args.keep_until!r}",
                                   EXIT_USAGE) from None
            privacy.schedule_closing(store, until)
            print(f"personal data is kept until {until}; after that day, "
                  f"`mmdesk close-event --yes` erases it and keeps the counts")
        if args.yes:
            report = privacy.close_event(store)
            print(f"event closed: {report.delegates} delegate(s) anonymised, {report.sensitive} passport "
                  f"record(s) and {report.scans} scanned text(s) erased; the counts are kept")
            if report.backups_deleted:
                print(f"{report.backups_deleted} automatic backup(s) holding the erased data were deleted; "
                      f"one copy of the closed store was taken in their place")
            for what in report.left:
                print(f"WARNING: not yet wiped: {what}")
        elif not args.keep_until:
            due = privacy.closing_due(store)
            print("closing is due: run `mmdesk close-event --yes`" if due else
                  "nothing to do yet: set a date with --keep-until, then close with --yes after it")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    close = sub.add_parser("close-event", help="data protection: keep personal data until a date, "
                                               "then erase it (the counts stay)")
    close.add_argument("--keep-until", metavar="DATE", help="keep personal data until this day")
    close.add_argument("--yes", action="store_true", help="erase personal data now (after that day); "
                                                          "this cannot be undone")
    close.set_defaults(run=cmd_close_event)
