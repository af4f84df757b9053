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
        if report.routes:
            print("\nAccreditation routes (quota used / left):")
            width = max(len(r.name) for r in report.routes)
            for r in report.routes:
                quota = (f"{r.used} used, no quota" if r.quota is None
                         else f"{r.used} of {r.quota} used, {r.left} left")
                print(f"  {r.name:{width}}  {r.kind.value.replace('_', ' '):21} {quota}")
        print(f"{report.errors} error(s), {report.warnings} warning(s) in {report.event}")
    return EXIT_FAIL if report.errors else EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from mmdesk.services.backup import backup

    target = Path(args.file)
    store = _open_store(args)
    try:
        written = backup(store, target, for_desk=args.for_desk)
    finally:
        store.close()
    extra = " (without the signing key, for another desk)" if args.for_desk else ""
    print(f"backed up {store.description} to {written}{extra}")
    return EXIT_OK


EXIT_ALREADY = 3


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
    store = _open_store(args)
    try:
        result = CheckInDesk(store, args.desk, args.room).scan(args.code, at=at, force=args.force)
    finally:
        store.close()
    word = {CheckInOutcome.ADMITTED: "ADMITTED", CheckInOutcome.ALREADY: "ALREADY",
            CheckInOutcome.REFUSED: "REFUSED"}[result.outcome]
    who = f"{result.delegate}" + (f" ({result.affiliation})" if result.affiliation else "") \
        if result.delegate else ""
    print(f"{word}: {who + ' — ' if who else ''}{result.reason}")
    return {CheckInOutcome.ADMITTED: EXIT_OK, CheckInOutcome.ALREADY: EXIT_ALREADY,
            CheckInOutcome.REFUSED: EXIT_FAIL}[result.outcome]


def cmd_export(args: argparse.Namespace) -> int:
    if args.what != "keys":
        raise CommandError(f"`mmdesk export {args.what}` is not yet available in this version",
                           EXIT_USAGE)
    from mmdesk.services.keys import verification_kit

    if not args.file.lower().endswith(".json"):
        raise CommandError("the verification kit is written as .json", EXIT_USAGE)
    target = Path(args.file)
    if not target.parent.resolve().is_dir():
        raise CommandError(f"folder {target.parent} does not exist")
    store = _open_store(args)
    try:
        kit = verification_kit(store)
    finally:
        store.close()
    target.write_text(json.dumps(kit.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote the public key and {len(kit.revoked)} revoked serial(s) to {target}")
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


def cmd_print(args: argparse.Namespace) -> int:
    from mmdesk.printing.layouts import available_layouts

    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise CommandError("print writes a .pdf file", EXIT_USAGE)
    if args.what == "badges":
        if args.layout not in available_layouts():
            raise CommandError(f"no badge layout {args.layout!r} "
                               f"(layouts: {', '.join(available_layouts())})", EXIT_USAGE)
        from mmdesk.services.badges import print_badges

        store = _open_store(args)
        try:
            done = total = 0
            for done, total in print_badges(store, target, layout=args.layout, only_new=args.only_new):
                pass
        finally:
            store.close()
        print(f"printed {done} badge(s) ({args.layout}) to {target}")
        return EXIT_OK
    from mmdesk.services.documents import print_document

    store = _open_store(args)
    try:
        pages = print_document(store, args.what, target)
    finally:
        store.close()
    print(f"printed the {args.what} ({pages} page(s)) to {target}")
    return EXIT_OK


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
    backup.add_argument("--for-desk", action="store_true",
                        help="leave out the badge-signing key (a copy for another desk)")
    backup.set_defaults(run=cmd_backup)

    checkin = sub.add_parser("checkin", help="check a badge in at a desk or a door")
    checkin.add_argument("code", metavar="CODE_OR_NAME", help="a scanned badge code, a serial or a name")
    checkin.add_argument("--desk", default="desk", help="the desk or door scanning (recorded)")
    checkin.add_argument("--room", help="the room whose door this is (zone and session rules)")
    checkin.add_argument("--at", metavar="TIME", help="the venue time of the scan (default: now)")
    checkin.add_argument("--force", action="store_true",
                         help="admit again someone already checked in (recorded as forced)")
    checkin.set_defaults(run=cmd_checkin)

    export = sub.add_parser("export", help="export delegates, the programme, or the verification keys")
    export.add_argument("what", choices=["delegates", "programme", "keys"])
    export.add_argument("file", metavar="FILE")
    export.add_argument("rest", nargs=argparse.REMAINDER)
    export.set_defaults(run=cmd_export)

    print_ = sub.add_parser("print", help="print badges, programme, door signs, itineraries, "
                                          "run-sheets, tent cards or the list of participants")
    print_.add_argument("what", choices=["badges", "programme", "doorsigns", "itinerary", "runsheet",
                                         "tentcards", "participants"])
    print_.add_argument("file", metavar="FILE.pdf")
    print_.add_argument("--layout", default="a6", help="badge layout: a6, a7, id1, a4-4up, a4-8up")
    print_.add_argument("--only-new", action="store_true",
                        help="badges only for approved delegates not printed yet")
    print_.set_defaults(run=cmd_print)

    for name, helptext in [
        ("import", "import delegates or a programme from a spreadsheet"),
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
