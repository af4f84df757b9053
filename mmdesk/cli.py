"""The command line of DESIGN.md; the window opens when no command is given.

Errors are one clear line on stderr and a non-zero exit (1 for a refused or
failed command, 2 for wrong usage or a command not yet available); a failed
command changes nothing, since every service call is one transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from mmdesk import __version__
from mmdesk.domain.errors import MmdeskError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CommandError(MmdeskError):
    """A command that cannot be carried out; carries its exit code."""

    def __init__(self, message: str, code: int = EXIT_FAIL) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"mmdesk: {message} (see mmdesk --help)\n")


def _open_store(args: argparse.Namespace):  # noqa: ANN202 - Store, imported lazily
    from mmdesk.store.database import Store

    return Store.open(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    from mmdesk.services.demo import describe, load_demo

    if args.delegates < 0:
        raise CommandError("--delegates must be 0 or more", EXIT_USAGE)
    store = _open_store(args)
    try:
        load_demo(store, args.delegates)
        print(f"loaded {describe(store)} into {store.description}")
    finally:
        store.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from mmdesk.services.checks import report_json, run_checks

    if args.buffer < 0:
        raise CommandError("--buffer must be 0 or more minutes", EXIT_USAGE)
    store = _open_store(args)
    try:
        report = run_checks(store, buffer_minutes=args.buffer)
    finally:
        store.close()
    if args.json:
        json.dump(report_json(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for f in report.findings:
            print(f"{f.severity.value.upper():7} {f.rule.value}: {f.message}")
        print(f"{report.errors} error(s), {report.warnings} warning(s) in {report.event}")
    return EXIT_FAIL if report.errors else EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from mmdesk.services.backup import backup

    target = Path(args.file)
    store = _open_store(args)
    try:
        written = backup(store, target)
    finally:
        store.close()
    print(f"backed up {store.description} to {written}")
    return EXIT_OK


def _not_yet(name: str) -> Callable[[argparse.Namespace], int]:
    def run(_args: argparse.Namespace) -> int:
        raise CommandError(f"`mmdesk {name}` is not yet available in this version", EXIT_USAGE)

    return run


def cmd_window(args: argparse.Namespace) -> int:
    try:
        from mmdesk.ui.app import run_window
    except ImportError as exc:
        raise CommandError(f"the window is not yet available in this version ({exc})", EXIT_USAGE) from exc
    return run_window(args.db)


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command line (also used by --help and the tests)."""
    p = _Parser(prog="mmdesk", description="The organizers' desk for a Mayoral Forum.")
    p.add_argument("--version", action="version", version=f"mmdesk {__version__}")
    p.add_argument("--db", metavar="PATH_OR_URL",
                   help="a SQLite file or any SQLAlchemy URL (default: $MMDESK_DB, "
                        "else mmdesk.sqlite3 in your data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="load the demo forum (Quito 2019)")
    demo.add_argument("--delegates", type=int, default=0, metavar="N",
                      help="add N generated delegates for scale")
    demo.set_defaults(run=cmd_demo)

    check = sub.add_parser("check", help="list every warning; exit 1 where any is an error")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.add_argument("--buffer", type=int, default=10, metavar="MIN",
                       help="minutes a speaker needs between rooms (default 10)")
    check.set_defaults(run=cmd_check)

    backup = sub.add_parser("backup", help="write a consistent copy of the store to FILE")
    backup.add_argument("file", metavar="FILE")
    backup.set_defaults(run=cmd_backup)

    for name, helptext in [
        ("import", "import delegates or a programme from a spreadsheet"),
        ("export", "export delegates or the programme"),
        ("print", "print badges, programme, itinerary, run-sheet, tent cards, participants"),
        ("checkin", "check a badge in at a desk or a door"),
    ]:
        other = sub.add_parser(name, help=helptext)
        other.add_argument("rest", nargs=argparse.REMAINDER)
        other.set_defaults(run=_not_yet(name))
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `mmdesk` and `python -m mmdesk`; returns the exit code."""
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", cmd_window)
    try:
        return run(args)
    except CommandError as exc:
        print(f"mmdesk: {exc}", file=sys.stderr)
        return exc.code
    except MmdeskError as exc:
        print(f"mmdesk: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("mmdesk: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `mmdesk check --json | head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug or a lost server: still one line, traceback on request
        if os.environ.get("MMDESK_DEBUG"):
            raise
        from sqlalchemy.exc import SQLAlchemyError

        what = "database error" if isinstance(exc, SQLAlchemyError) else "unexpected error"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"mmdesk: {what}: {first} (nothing was changed; set MMDESK_DEBUG=1 for details)",
              file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
