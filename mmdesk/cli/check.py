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


def cmd_check(args: argparse.Namespace) -> int:
    from mmdesk.services.checks import report_json, run_checks

    if args.buffer < 0:
        raise CommandError("--buffer must be 0 or more minutes", EXIT_USAGE)
    with opened(args) as store:
        report = run_checks(store, buffer_minutes=args.buffer)
    if args.json:
        json.dump(report_json(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for f in report.findings:
            print(f"{f.severity.value.upper():7} {f.rule.value}: {f.message}")
        if report.routes:
            print("\nAccreditation routes (quota used / left):")
            width = max(len(r.name) for r in report.routes)
            for r in report.routes:
                quota = (f"{r.used} used, no quota" if r.quota is None
                         else f"{r.used} of {r.quota} used, {r.left} left")
                print(f"  {r.name:{width}}  {r.kind.value.replace('_', ' '):21} {quota}")
        print(f"{report.errors} error(s), {report.warnings} warning(s) in {report.event}")
    return EXIT_FAIL if report.errors else EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    check = sub.add_parser("check", help="list every warning; exit 1 where any is an error")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.add_argument("--buffer", type=int, default=10, metavar="MIN",
                       help="minutes a speaker needs between rooms (default 10)")
    check.set_defaults(run=cmd_check)
