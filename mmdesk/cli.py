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


def cmd_restore(args: argparse.Namespace) -> int:
    from mmdesk.services.backup import restore

    store = _open_store(args)
    try:
        before = restore(store, Path(args.file))
    finally:
        store.close()
    from mmdesk.store.database import Store

    Store.open(args.db).close()  # an older backup is upgraded on open, as any store
    print(f"restored {args.file}; what was there before is kept in {before}")
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
    code = sys.stdin.readline() if args.code == "-" else args.code  # no shell quoting needed
    store = _open_store(args)
    try:
        result = CheckInDesk(store, args.desk, args.room).scan(code, at=at, force=args.force)
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
    target = Path(args.file)
    if args.what in ("endorsements", "figures"):
        if target.suffix.lower() != ".xlsx":
            raise CommandError(f"the {args.what} are written as .xlsx", EXIT_USAGE)
        if not target.parent.resolve().is_dir():
            raise CommandError(f"folder {target.parent} does not exist")
        from mmdesk.services.dashboard import export_figures
        from mmdesk.services.endorsements import export_endorsements

        store = _open_store(args)
        try:
            (export_endorsements if args.what == "endorsements" else export_figures)(store, target)
        finally:
            store.close()
        print(f"exported the {args.what} to {target}")
        return EXIT_OK
    if args.what == "keys":
        from mmdesk.services.keys import verification_kit

        if target.suffix.lower() != ".json":
            raise CommandError("the verification kit is written as .json", EXIT_USAGE)
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
    from mmdesk.services import exchange

    store = _open_store(args)
    try:
        if args.what == "programme":
            delegate_id = None
            if args.delegate:
                from mmdesk.services.delegates import search_delegates

                found = search_delegates(store, args.delegate, limit=3)
                if len(found) != 1:
                    raise CommandError(f"--delegate {args.delegate!r} matches {len(found)} delegates")
                delegate_id = found[0].id
            n = exchange.export_programme(store, target, delegate_id=delegate_id)
            print(f"exported {n} session(s) to {target}")
            return EXIT_OK
        columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
        if args.preset:
            saved = exchange.presets(store)
            if args.preset not in saved:
                raise CommandError(f"no preset {args.preset!r} (presets: {', '.join(saved) or 'none'})")
            columns = saved[args.preset]
        flt = _delegate_filter(args.filter or [])
        done = 0
        for done, _total in exchange.export_delegates(store, target, columns, flt=flt,
                                                      sensitive=args.sensitive):
            pass
        if args.save_preset:
            exchange.save_preset(store, args.save_preset, columns or exchange.DEFAULT_COLUMNS)
        print(f"exported {done} delegate(s) to {target}")
        return EXIT_OK
    finally:
        store.close()


def _delegate_filter(items: list[str]):  # noqa: ANN202 - DelegateFilter, imported lazily
    from mmdesk.domain.countries import resolve_country
    from mmdesk.domain.enums import AccreditationState
    from mmdesk.services.exchange import _CATEGORY_BY_WORD, DelegateFilter
    from mmdesk.domain.text import strip_marks

    values: dict[str, object] = {}
    words = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            words.append(item)
            continue
        key = key.strip().lower()
        try:
            if key == "category":
                values["category"] = _CATEGORY_BY_WORD[strip_marks(value)]
            elif key == "state":
                values["state"] = AccreditationState(value.strip().replace(" ", "_"))
            elif key in ("route", "region"):
                values[key] = value.strip()
            elif key == "country":
                values["country"] = resolve_country(value)
            elif key == "approved" and value.strip().lower() in ("yes", "true", "1"):
                values["approved_only"] = True
            else:
                raise CommandError(f"cannot filter on {key!r} (category, state, route, region, "
                                   f"country, approved=yes, or words to search)", EXIT_USAGE)
        except (KeyError, ValueError):
            raise CommandError(f"unknown {key}: {value!r}", EXIT_USAGE) from None
    return DelegateFilter(query=" ".join(words), **values)  # type: ignore[arg-type]


def cmd_import(args: argparse.Namespace) -> int:
    from mmdesk.services import exchange

    source = Path(args.file)
    store = _open_store(args)
    try:
        if args.what == "programme":
            report = exchange.import_programme(store, source)
            print(f"imported {source.name}: {report.summary()}")
            for line, name in report.unmatched:
                print(f"  line {line}: no delegate called {name!r}")
            return EXIT_OK
        mapping = None
        if args.map:
            mapping = dict(item.split("=", 1) for item in args.map)
        result = exchange.import_delegates(store, source, dry_run=args.dry_run, mapping=mapping,
                                           duplicates=args.duplicates, skip_invalid=args.skip_invalid,
                                           default_category=args.category)
    finally:
        store.close()
    print(f"{'checked' if args.dry_run else 'imported'} {source.name}: {result.summary()}")
    print("  columns: " + ", ".join(f"{h} → {f}" for h, f in result.mapping.items()))
    if result.unmapped:
        print("  left out: " + ", ".join(result.unmapped))
    for line, reason in result.problems:
        print(f"  line {line}: {reason}")
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    try:
        from mmdesk.ui.app import run_window
    except ImportError as exc:
        raise CommandError(f"the window cannot start: {exc}", EXIT_FAIL) from exc
    return run_window(args.db)


def cmd_print(args: argparse.Namespace) -> int:
    from mmdesk.printing.layouts import available_layouts

    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise CommandError("print writes a .pdf file", EXIT_USAGE)
    if args.what == "endorsements":
        from mmdesk.services.endorsements import print_signatories

        if not target.parent.resolve().is_dir():
            raise CommandError(f"folder {target.parent} does not exist")
        store = _open_store(args)
        try:
            pages = print_signatories(store, target)
        finally:
            store.close()
        print(f"printed the signatories ({pages} page(s)) to {target}")
        return EXIT_OK
    if args.what == "badges":
        if args.layout not in available_layouts():
            raise CommandError(f"no badge layout {args.layout!r} "
                               f"(layouts: {', '.join(available_layouts())})", EXIT_USAGE)
        from mmdesk.services.badges import print_badges

        store = _open_store(args)
        try:
            done = total = 0
            for done, total in print_badges(store, target, layout=args.layout, only_new=args.only_new,
                                            languages=args.language):
                pass
        finally:
            store.close()
        print(f"printed {done} badge(s) ({args.layout}) to {target}")
        return EXIT_OK
    from mmdesk.services.documents import print_document

    store = _open_store(args)
    try:
        pages = print_document(store, args.what, target, languages=args.language)
    finally:
        store.close()
    print(f"printed the {args.what} ({pages} page(s)) to {target}")
    return EXIT_OK


def cmd_serve_setup(args: argparse.Namespace) -> int:
    from mmdesk.services.server import serve_setup

    made = serve_setup(args.admin, database=args.database, user=args.user,
                       password=args.password or os.environ.get("MMDESK_DESK_PASSWORD"),
                       host=args.host)
    print(f"{'created' if made.created_role else 'updated'} role {args.user}; "
          f"{'created' if made.created_database else 'upgraded'} database {args.database}")
    print("every desk connects with (File › Connect, or --db / MMDESK_DB):")
    print(f"  {made.desk_url}")
    return EXIT_OK


def cmd_close_event(args: argparse.Namespace) -> int:
    from datetime import date

    from mmdesk.services import privacy

    store = _open_store(args)
    try:
        if args.keep_until:
            try:
                until = date.fromisoformat(args.keep_until)
            except ValueError:
                raise CommandError(f"--keep-until wants a date like 2020-02-20, not {args.keep_until!r}",
                                   EXIT_USAGE) from None
            privacy.schedule_closing(store, until)
            print(f"personal data is kept until {until}; after that day, "
                  f"`mmdesk close-event --yes` erases it and keeps the counts")
        if args.yes:
            report = privacy.close_event(store)
            print(f"event closed: {report.delegates} delegate(s) anonymised, {report.sensitive} passport "
                  f"record(s) and {report.scans} scanned text(s) erased; the counts are kept")
        elif not args.keep_until:
            due = privacy.closing_due(store)
            print("closing is due: run `mmdesk close-event --yes`" if due else
                  "nothing to do yet: set a date with --keep-until, then close with --yes after it")
    finally:
        store.close()
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

    restore_ = sub.add_parser("restore", help="put a backup in place of the store (the current "
                                              "content is backed up first)")
    restore_.add_argument("file", metavar="FILE")
    restore_.set_defaults(run=cmd_restore)

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

    export = sub.add_parser("export", help="export delegates, the programme, or the verification keys")
    export.add_argument("what", choices=["delegates", "programme", "keys", "endorsements", "figures"])
    export.add_argument("file", metavar="FILE", help=".xlsx or .csv (delegates), .xlsx or .ics "
                                                    "(programme), .json (keys)")
    export.add_argument("--columns", help="delegate columns in order, comma-separated")
    export.add_argument("--preset", help="a saved column preset")
    export.add_argument("--save-preset", metavar="NAME", help="save these columns under a name")
    export.add_argument("--filter", action="append", metavar="KEY=VALUE|WORDS",
                        help="category=…, state=…, route=…, region=…, country=…, approved=yes, or words")
    export.add_argument("--sensitive", action="store_true",
                        help="allow passport number and date of birth (the export is logged)")
    export.add_argument("--delegate", help="programme .ics: only this delegate's sessions")
    export.set_defaults(run=cmd_export)

    import_ = sub.add_parser("import", help="import delegates (.xlsx, .csv) or a programme (.xlsx)")
    import_.add_argument("what", choices=["delegates", "programme"])
    import_.add_argument("file", metavar="FILE")
    import_.add_argument("--dry-run", action="store_true", help="check and report; change nothing")
    import_.add_argument("--duplicates", choices=["report", "skip", "merge"], default="report",
                         help="what to do with delegates already in the list (default: report)")
    import_.add_argument("--skip-invalid", action="store_true",
                         help="import the good rows and leave out the bad ones (default: all or none)")
    import_.add_argument("--category", default="city_official",
                         help="category for rows without one (default: city_official)")
    import_.add_argument("--map", action="append", metavar="HEADER=FIELD",
                         help="map a column by hand, e.g. --map 'Institution=organisation'")
    import_.set_defaults(run=cmd_import)

    print_ = sub.add_parser("print", help="print badges, programme, door signs, itineraries, "
                                          "run-sheets, tent cards or the list of participants")
    print_.add_argument("what", choices=["badges", "programme", "doorsigns", "itinerary", "runsheet",
                                         "tentcards", "participants", "endorsements"])
    print_.add_argument("file", metavar="FILE.pdf")
    print_.add_argument("--layout", default="a6", help="badge layout: a6, a7, id1, a4-4up, a4-8up")
    print_.add_argument("--only-new", action="store_true",
                        help="badges only for approved delegates not printed yet")
    print_.add_argument("--language", metavar="LANG[,LANG]",
                        help="en, fr or es; two (e.g. fr,en) print labels in both "
                             "(default: the event's first language)")
    print_.set_defaults(run=cmd_print)

    close = sub.add_parser("close-event", help="data protection: keep personal data until a date, "
                                               "then erase it (the counts stay)")
    close.add_argument("--keep-until", metavar="DATE", help="keep personal data until this day")
    close.add_argument("--yes", action="store_true", help="erase personal data now (after that day); "
                                                          "this cannot be undone")
    close.set_defaults(run=cmd_close_event)

    setup = sub.add_parser("serve-setup", help="prepare a PostgreSQL server for several desks: "
                                               "a login role, a database, the schema")
    setup.add_argument("--admin", required=True, metavar="URL",
                       help="a role that may create roles and databases, e.g. "
                            "postgresql+psycopg://postgres@localhost/postgres")
    setup.add_argument("--database", default="mmdesk", help="the forum's database (default mmdesk)")
    setup.add_argument("--user", default="mmdesk_desk", help="the role the desks log in as "
                                                             "(default mmdesk_desk)")
    setup.add_argument("--password", help="its password (default: $MMDESK_DESK_PASSWORD, else a new "
                                          "random one, printed in the URL)")
    setup.add_argument("--host", help="the server's address as the desks reach it "
                                      "(default: the admin URL's host)")
    setup.set_defaults(run=cmd_serve_setup)

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
