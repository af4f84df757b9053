"""mmdesk checkin: a badge (or a name at a staffed desk) seen at a desk or a door."""

from __future__ import annotations

import argparse
import sys

from mmdesk.cli.common import (
    EXIT_ALREADY,
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
)


def cmd_checkin(args: argparse.Namespace) -> int:
    from datetime import datetime

    from mmdesk.domain.enums import CheckInOutcome
    from mmdesk.services.checkin import CheckInDesk

    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at)
        except ValueError:
            raise CommandError(f"--at wants a time like 2019-11-20T10:15, not {args.at!r}",
                               EXIT_USAGE) from None
    code = sys.stdin.readline() if args.code == "-" else args.code  # no shell quoting needed
    with opened(args) as store:
        result = CheckInDesk(store, args.desk, args.room).scan(code, at=at, force=args.force)
    word = {CheckInOutcome.ADMITTED: "ADMITTED", CheckInOutcome.ALREADY: "ALREADY",
            CheckInOutcome.REFUSED: "REFUSED"}[result.outcome]
    who = f"{result.delegate}" + (f" ({result.affiliation})" if result.affiliation else "") \
        if result.delegate else ""
    print(f"{word}: {who + ' — ' if who else ''}{result.reason}")
    return {CheckInOutcome.ADMITTED: EXIT_OK, CheckInOutcome.ALREADY: EXIT_ALREADY,
            CheckInOutcome.REFUSED: EXIT_FAIL}[result.outcome]


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    checkin = sub.add_parser("checkin", help="check a badge in at a desk or a door")
    checkin.add_argument("code", metavar="CODE_OR_NAME",
                         help="a scanned badge code, a serial or a name; - reads one line from "
                              "standard input (a code holds characters a shell would interpret)")
    checkin.add_argument("--desk", default="desk", help="the desk or door scanning (recorded)")
    checkin.add_argument("--room", help="the room whose door this is (zone and session rules)")
    checkin.add_argument("--at", metavar="TIME", help="the venue time of the scan (default: now)")
    checkin.add_argument("--force", action="store_true",
                         help="admit again someone already checked in (recorded as forced)")
    checkin.set_defaults(run=cmd_checkin)
