"""mmdesk check: every warning of the rules; exit 1 where any is an error."""

from __future__ import annotations

import argparse
import json
import sys

from mmdesk.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
)
from mmdesk.domain.enums import RouteKind, Severity
from mmdesk.i18n import _, say, say_n


def cmd_check(args: argparse.Namespace) -> int:
    from mmdesk.domain.rules import rule_title
    from mmdesk.services.checks import report_json, run_checks

    if args.buffer < 0:
        raise CommandError(_("--buffer must be 0 or more minutes"), EXIT_USAGE)
    with opened(args) as store:
        report = run_checks(store, buffer_minutes=args.buffer)
    if args.json:
        json.dump(report_json(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        words = {Severity.ERROR: _("ERROR"), Severity.WARNING: _("WARNING")}
        width = max(len(w) for w in words.values())
        for f in report.findings:
            print(f"{words[f.severity]:{width}} " + say("{rule}: {message}", rule=rule_title(f.rule),
                                                        message=f.message))
        if report.routes:
            print("\n" + _("Accreditation routes (quota used / left):"))
            name_width = max(len(r.name) for r in report.routes)
            kinds = {r.kind: _(ROUTE_KIND_WORDS[r.kind]) for r in report.routes}
            kind_width = max(len(k) for k in kinds.values())
            for r in report.routes:
                quota = (say("{used} used, no quota", used=r.used) if r.quota is None
                         else say("{used} of {quota} used, {left} left", used=r.used, quota=r.quota,
                                  left=r.left))
                print(f"  {r.name:{name_width}}  {kinds[r.kind]:{kind_width}}  {quota}")
        errors = say_n("{n} error", "{n} errors", report.errors)
        warnings = say_n("{n} warning", "{n} warnings", report.warnings)
        print(say("{errors}, {warnings} in {event}", errors=errors, warnings=warnings, event=report.event))
    return EXIT_FAIL if report.errors else EXIT_OK


#: route kinds as the command line says them (translated by _())
ROUTE_KIND_WORDS = {
    RouteKind.OWN_AUTHORITY: "own authority",
    RouteKind.NATIONAL_DELEGATION: "national delegation",
    RouteKind.PARTNER_ORGANISATION: "partner organisation",
    RouteKind.HOST_SECRETARIAT: "host secretariat",
    RouteKind.MEDIA: "media",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    check = sub.add_parser("check", help="list every warning; exit 1 where any is an error")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.add_argument("--buffer", type=int, default=10, metavar="MIN",
                       help="minutes a speaker needs between rooms (default 10)")
    check.set_defaults(run=cmd_check)
