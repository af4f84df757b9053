"""mmdesk check: every warning of the rules; exit 1 where any is an error."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from mmdesk.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
)
from mmdesk.domain.enums import RouteKind, Severity
from mmdesk.i18n import _, say, say_n

if TYPE_CHECKING:
    from mmdesk.services.checks import Report


def cmd_check(args: argparse.Namespace) -> int:
    from mmdesk.domain.rules import rule_title
    from mmdesk.services.checks import report_json

    if args.buffer < 0:
        raise CommandError(_("--buffer must be 0 or more minutes"), EXIT_USAGE, code="check.bad-buffer")
    report = _quick_report(args)
    if report is None:
        from mmdesk.services.checks import run_checks

        with opened(args) as store:
            report = run_checks(store, buffer_minutes=args.buffer)
    # the whole text in one write (one system call, not one a line or a JSON token)
    if args.json:
        sys.stdout.write(json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n")
    else:
        lines: list[str] = []
        words = {Severity.ERROR: _("ERROR"), Severity.WARNING: _("WARNING")}
        width = max(len(w) for w in words.values())
        titles = {f.rule: rule_title(f.rule) for f in report.findings}
        for f in report.findings:
            lines.append(f"{words[f.severity]:{width}} " + say("{rule}: {message}", rule=titles[f.rule],
                                                                message=f.message))
        if report.routes:
            lines.append("\n" + _("Accreditation routes (quota used / left):"))
            name_width = max(len(r.name) for r in report.routes)
            kinds = {r.kind: _(ROUTE_KIND_WORDS[r.kind]) for r in report.routes}
            kind_width = max(len(k) for k in kinds.values())
            for r in report.routes:
                quota = (say("{used} used, no quota", used=r.used) if r.quota is None
                         else say("{used} of {quota} used, {left} left", used=r.used, quota=r.quota,
                                  left=r.left))
                lines.append(f"  {r.name:{name_width}}  {kinds[r.kind]:{kind_width}}  {quota}")
        errors = say_n("{n} error", "{n} errors", report.errors)
        warnings = say_n("{n} warning", "{n} warnings", report.warnings)
        lines.append(say("{errors}, {warnings} in {event}", errors=errors, warnings=warnings,
                         event=report.event))
        sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_FAIL if report.errors else EXIT_OK


def _quick_report(args: argparse.Namespace) -> Report | None:
    """The report read straight from a SQLite file at the newest migration (no SQLAlchemy to
    import); None when the store must be opened the usual way (a URL, a new file, an upgrade,
    a newer schema, no forum yet, a file that cannot be read now)."""
    import sqlite3

    from mmdesk.services.checks import run_checks_quick
    from mmdesk.store.quick import open_at_head

    con = open_at_head(args.db)
    if con is None:
        return None
    try:
        return run_checks_quick(con, buffer_minutes=args.buffer)
    except sqlite3.Error:  # busy or unreadable: the usual way says it in a sentence
        return None
    finally:
        con.close()


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
