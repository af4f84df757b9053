"""mmdesk export and import: spreadsheets, calendars, the verification kit."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from mmdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
    run_to_end,
    target_file,
)
from mmdesk.files import atomic_write
from mmdesk.i18n import say, say_n

if TYPE_CHECKING:
    from mmdesk.services.exchange import DelegateFilter


def cmd_export(args: argparse.Namespace) -> int:
    if args.what in ("forum", "nominations"):  # the workbooks: helper D's mmdesk/cli/workbooks.py
        from mmdesk.cli import workbooks
        return (workbooks.export_forum if args.what == "forum" else workbooks.export_nominations)(args)
    target = Path(args.file)
    if args.what in ("endorsements", "figures"):
        target = target_file(args.file, ".xlsx", "the {what} are written as .xlsx", what=args.what)
        from mmdesk.services.dashboard import export_figures
        from mmdesk.services.endorsements import export_endorsements

        with opened(args) as store:
            (export_endorsements if args.what == "endorsements" else export_figures)(store, target)
        print(say("exported the endorsements to {file}" if args.what == "endorsements"
                  else "exported the figures to {file}", file=target))
        return EXIT_OK
    if args.what == "keys":
        from mmdesk.services.keys import verification_kit

        target = target_file(args.file, ".json", "the verification kit is written as .json")
        with opened(args) as store:
            kit = verification_kit(store)
        with atomic_write(target) as tmp:
            tmp.write_text(json.dumps(kit.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(say_n("wrote the public key and {n} revoked serial to {file}",
                    "wrote the public key and {n} revoked serials to {file}", len(kit.revoked), file=target))
        return EXIT_OK
    from mmdesk.services import exchange

    with opened(args) as store:
        if args.what == "programme":
            delegate_id = None
            if args.delegate:
                from mmdesk.services.delegates import search_delegates

                found = search_delegates(store, args.delegate, limit=3)
                if len(found) != 1:
                    raise CommandError(
                        "--delegate {delegate} matches {len} delegates",
                        delegate=repr(args.delegate), len=len(found),
                        code="exchange.delegate-matches-delegates")
                delegate_id = found[0].id
            n = exchange.export_programme(store, target, delegate_id=delegate_id)
            print(say_n("exported {n} session to {file}", "exported {n} sessions to {file}", n, file=target))
            return EXIT_OK
        columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
        if args.preset:
            saved = exchange.presets(store)
            if args.preset not in saved:
                raise CommandError(
                    "no preset {preset} (presets: {value})",
                    preset=repr(args.preset), value=', '.join(saved) or 'none',
                    code="exchange.no-preset-presets")
            columns = saved[args.preset]
        flt = _delegate_filter(args.filter or [])
        done, _total = run_to_end(exchange.export_delegates(store, target, columns, flt=flt,
                                                            sensitive=args.sensitive))
        if args.save_preset:
            exchange.save_preset(store, args.save_preset, columns or exchange.DEFAULT_COLUMNS)
        print(say_n("exported {n} delegate to {file}", "exported {n} delegates to {file}", done,
                    file=target))
        return EXIT_OK


def _unknown() -> object:
    raise KeyError


def _delegate_filter(items: list[str]) -> DelegateFilter:
    from mmdesk.domain.countries import resolve_country
    from mmdesk.domain.enums import AccreditationState
    from mmdesk.services.delegate_import_words import category_of, state_word_of
    from mmdesk.services.exchange import DelegateFilter

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
                values["category"] = category_of(value) or _unknown()
            elif key == "state":
                values["state"] = state_word_of(value) or AccreditationState(value.strip().replace(" ", "_"))
            elif key in ("route", "region"):
                values[key] = value.strip()
            elif key == "country":
                values["country"] = resolve_country(value)
            elif key == "approved" and value.strip().lower() in ("yes", "true", "1"):
                values["approved_only"] = True
            else:
                raise CommandError(
                    "cannot filter on {key} (category, state, route, region, country, approved=yes, or "
                    "words to search)",
                    EXIT_USAGE, key=repr(key), code="exchange.cannot-filter-category")
        except (KeyError, ValueError):
            raise CommandError(
                "unknown {key}: {value}",
                EXIT_USAGE, key=key, value=repr(value), code="exchange.unknown-filter-value") from None
    return DelegateFilter(query=" ".join(words), **values)  # type: ignore[arg-type]


def cmd_import(args: argparse.Namespace) -> int:
    if args.what in ("forum", "nominations"):  # the workbooks: helper D's mmdesk/cli/workbooks.py
        from mmdesk.cli import workbooks
        return (workbooks.import_forum if args.what == "forum" else workbooks.import_nominations)(args)
    if args.what == "photos":  # a folder of photos by e-mail or id: mmdesk/cli/desk.py (issue 16)
        from mmdesk.cli.desk import cmd_import_photos
        return cmd_import_photos(args)
    if args.what == "keys":  # the verification kit: helper E's mmdesk/cli/keys.py
        from mmdesk.cli.keys import cmd_import_kit
        return cmd_import_kit(args)
    source = Path(args.file)
    with opened(args) as store:
        if args.what == "programme":
            from mmdesk.services import exchange

            report = exchange.import_programme(store, source)
            from mmdesk.report_words import programme_summary

            print(say("imported {file}: {summary}", file=source.name, summary=programme_summary(report)))
            for line, name in report.unmatched:
                print("  " + say("line {line}: no delegate called {name}", line=line, name=repr(name)))
            return EXIT_OK
        mapping = {}
        for item in args.map or []:
            header, sep, field = item.partition("=")
            if not sep or not header.strip():
                raise CommandError(
                    "--map takes HEADER=FIELD, not {item}",
                    EXIT_USAGE, item=repr(item[:60]), code="exchange.map-takes-header")
            mapping[header.strip()] = field.strip()
        from mmdesk.services.delegate_import import import_delegates  # not the programme's modules

        result = import_delegates(store, source, dry_run=args.dry_run, mapping=mapping or None,
                                  duplicates=args.duplicates, skip_invalid=args.skip_invalid,
                                  default_category=args.category, sheet=args.sheet, route=args.route)
    from mmdesk.report_words import import_lines

    lines = import_lines(result)
    print(say("checked {file}: {summary}" if args.dry_run else "imported {file}: {summary}",
              file=source.name, summary=lines[0]))
    for more in lines[1:]:
        print(f"  {more}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    export = sub.add_parser("export", help="export delegates, the programme, or the verification keys")
    export.add_argument("what", choices=["delegates", "programme", "keys", "endorsements", "figures",
                                         "forum", "nominations"])
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
    export.add_argument("--route", metavar="NAME", help="nominations: the route whose workbook to write")
    export.set_defaults(run=cmd_export)
    import_ = sub.add_parser("import", help="import delegates (.xlsx, .csv) or a programme (.xlsx)")
    import_.add_argument("what", choices=["delegates", "programme", "keys", "forum", "nominations",
                                          "photos"])
    import_.add_argument("file", metavar="FILE")
    import_.add_argument("--dry-run", action="store_true", help="check and report; change nothing")
    import_.add_argument("--duplicates", choices=["report", "skip", "merge"], default="report",
                         help="what to do with delegates already in the list (default: report)")
    import_.add_argument("--skip-invalid", action="store_true",
                         help="import the good rows and leave out the bad ones (default: all or none)")
    import_.add_argument("--category", default="city_official",
                         help="category for rows without one (default: city_official)")
    import_.add_argument("--map", action="append", metavar="HEADER=FIELD",
                         help="correct one column, keeping the others as recognised, e.g. "
                              "--map 'Institution=organisation' ('-' leaves a column out)")
    import_.add_argument("--sheet", metavar="NAME", help="the sheet holding the people (default: found)")
    import_.add_argument("--route", metavar="NAME",
                         help="nominate on this accreditation route the rows that name none")
    import_.set_defaults(run=cmd_import)
