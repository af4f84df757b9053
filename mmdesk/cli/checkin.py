"""mmdesk checkin: a badge seen at a desk or a door; a typed number or name only at a staffed desk,
for the operator to confirm."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from mmdesk.cli.common import (
    EXIT_ALREADY,
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
    print_json,
)

if TYPE_CHECKING:
    from mmdesk.services.checkin import Lookup, ScanResult


def _as_json(result: ScanResult | Lookup, outcome: str) -> dict[str, Any]:
    """A check-in result for scripts: the outcome, its stable code, the message in the chosen
    language, the values, and who and where."""
    from mmdesk.i18n import plain_values
    from mmdesk.services.checkin import Lookup

    data: dict[str, Any] = {"outcome": outcome, "code": result.code, "message": result.message(),
                            "values": plain_values(result.values)}
    if isinstance(result, Lookup):
        data["candidates"] = [{"delegate_id": c.delegate_id, "name": c.name, "affiliation": c.affiliation,
                               "state": c.state.value if c.state else None, "serial": c.serial,
                               "exact": c.exact} for c in result.candidates]
        return data
    data |= {"delegate_id": result.delegate_id, "delegate": result.delegate,
             "affiliation": result.affiliation, "serial": result.serial, "where": result.where,
             "session": result.session, "at": result.at.isoformat() if result.at else None,
             "forced": result.forced, "confirmed_by": result.confirmed_by,
             "warning": result.warning.message() if result.warning else None,
             "warning_code": result.warning.code if result.warning else None}
    return data


def _ask(question: str) -> bool:
    """y/N on the terminal (anything but y or yes is no)."""
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def cmd_checkin(args: argparse.Namespace) -> int:
    from datetime import datetime

    from mmdesk.domain.badge_codes import looks_like_code
    from mmdesk.domain.enums import CheckInOutcome
    from mmdesk.i18n import _, say
    from mmdesk.services.checkin import CheckInDesk, clean_scan

    if args.staffed and args.room:
        raise CommandError(
            "--staffed is for a registration desk: at a room door only a badge's signed code admits",
            EXIT_USAGE, code="checkin.staffed-registration-desk")
    if args.confirm and not args.staffed:
        raise CommandError(
            "--confirm confirms a typed number or name at a --staffed desk",
            EXIT_USAGE, code="checkin.confirm-confirms-typed")
    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at)
        except ValueError:
            raise CommandError(
                "--at wants a time like 2019-11-20T10:15, not {at}",
                EXIT_USAGE, at=repr(args.at), code="checkin.wants-time-like") from None
    from_stdin = args.code == "-"
    code = sys.stdin.readline() if from_stdin else args.code  # no shell quoting needed
    with opened(args) as store:
        desk = CheckInDesk(store, args.desk, args.room, staffed=args.staffed)
        if args.staffed and not looks_like_code(clean_scan(code)):
            found = desk.look_up(code)
            for c in found.candidates if not args.json else ():
                where = f" ({c.affiliation})" if c.affiliation else ""
                state = _(c.state.value.replace("_", " ")) if c.state else _("no accreditation")
                badge = say(", badge {serial}", serial=c.serial) if c.serial else _(", no badge")
                mark = "" if c.exact else _(" [partial match]")
                print(f"  {c.name}{where} — {state}{badge}{mark}")
            person = found.single
            if person is None and args.json:
                print_json(_as_json(found, "not_admitted"))
                return EXIT_FAIL
            if person is None:
                more = _(" Type the full name, the e-mail or the badge number.") if found.candidates else ""
                print(say("NOT ADMITTED: {reason}.", reason=found.message()) + more)
                return EXIT_FAIL
            confirmed = args.confirm or (
                not from_stdin and not args.json and sys.stdin.isatty()
                and _ask(say("Admit {name}? Check the person against the badge [y/N] ", name=person.name)))
            if not confirmed and args.json:
                print_json(_as_json(found, "not_confirmed"))
                return EXIT_FAIL
            if not confirmed:
                print(say("NOT ADMITTED: {reason} (add --confirm once you have checked the person)",
                          reason=found.message()))
                return EXIT_FAIL
            result = desk.admit_confirmed(person.delegate_id, code, at=at, force=args.force)
        else:
            result = desk.scan(code, at=at, force=args.force)
    status = {CheckInOutcome.ADMITTED: EXIT_OK, CheckInOutcome.ALREADY: EXIT_ALREADY,
              CheckInOutcome.REFUSED: EXIT_FAIL}[result.outcome]
    if args.json:
        print_json(_as_json(result, result.outcome.value))
        return status
    word = {CheckInOutcome.ADMITTED: _("ADMITTED"), CheckInOutcome.ALREADY: _("ALREADY"),
            CheckInOutcome.REFUSED: _("REFUSED")}[result.outcome]
    who = f"{result.delegate}" + (f" ({result.affiliation})" if result.affiliation else "") \
        if result.delegate else ""
    print(say("{outcome}: {text}", outcome=word,
              text=f"{who + ' — ' if who else ''}{result.message()}"))
    if result.warning and result.outcome is not CheckInOutcome.REFUSED:
        print(say("WARNING: {warning}", warning=result.warning.message()))
    return status


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    checkin = sub.add_parser("checkin", help="check a badge in at a desk or a door")
    checkin.add_argument("code", metavar="CODE_OR_NAME",
                         help="a scanned badge code (or, at a --staffed desk, a badge number, name "
                              "or e-mail); - reads one line from standard input (a code holds "
                              "characters a shell would interpret)")
    checkin.add_argument("--desk", default="desk", help="the desk or door scanning (recorded)")
    checkin.add_argument("--room", help="the room whose door this is (zone and session rules; "
                                        "only signed codes admit)")
    checkin.add_argument("--staffed", action="store_true",
                         help="a registration desk with an operator: a typed number, name or e-mail "
                              "brings the person up; it admits only once the operator confirms")
    checkin.add_argument("--confirm", action="store_true",
                         help="at a --staffed desk: the operator has checked the one person found; "
                              "admit (recorded as confirmed by the operator). Without it, a "
                              "terminal asks y/N")
    checkin.add_argument("--at", metavar="TIME", help="the venue time of the scan (default: now)")
    checkin.add_argument("--force", action="store_true",
                         help="admit again someone already checked in (recorded as forced)")
    checkin.add_argument("--json", action="store_true",
                         help="print the result as JSON: outcome, code, message (in the chosen "
                              "language), values")
    checkin.set_defaults(run=cmd_checkin)
