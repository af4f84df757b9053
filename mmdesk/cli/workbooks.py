"""mmdesk template forum, and the workbooks' exports and imports (`mmdesk export forum|nominations`,
`mmdesk import forum|nominations`, dispatched here from mmdesk/cli/exchange.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, opened, target_file
from mmdesk.i18n import _, say, say_n

if TYPE_CHECKING:
    from mmdesk.store.database import Store


def _xlsx(file: str, what: str) -> Path:
    return target_file(file, ".xlsx", "the {what} is written as .xlsx", what=what)


def _imported(args: argparse.Namespace, read: Callable[[Store, Path], Any]) -> Any:
    """Read FILE into the store with read; say what it did; its report."""
    source = Path(args.file)
    with opened(args) as store:
        report = read(store, source)
    from mmdesk.report_words import report_summary

    print(say("imported {file}: {summary}", file=source.name, summary=report_summary(report)))
    return report


def export_forum(args: argparse.Namespace) -> int:
    """`mmdesk export forum FILE.xlsx`: the whole forum in one workbook."""
    from mmdesk.services.forum_workbook import export_forum as export

    target = _xlsx(args.file, "forum workbook")
    with opened(args) as store:
        done = export(store, target)
    from mmdesk.report_words import forum_export_summary

    print(say("exported the forum to {file}: {summary}", file=target, summary=forum_export_summary(done)))
    return EXIT_OK


def import_forum(args: argparse.Namespace) -> int:
    """`mmdesk import forum FILE.xlsx`: create or update the forum from a workbook, all or nothing."""
    from mmdesk.services.forum_workbook import import_forum as read

    report = _imported(args, read)
    from mmdesk.report_words import sheet_word

    for kind, headers in report.ignored_columns.items():
        print("  " + say_n("{sheet}: left out column {columns}", "{sheet}: left out columns {columns}",
                           len(headers), sheet=sheet_word(kind), columns=", ".join(headers)))
    for line, name in report.unmatched:
        print("  " + say("{sheet}, line {line}: no delegate called {name}", sheet=sheet_word("programme"),
                         line=line, name=repr(name)))
    return EXIT_OK


def export_nominations(args: argparse.Namespace) -> int:
    """`mmdesk export nominations --route NAME FILE.xlsx`: the workbook a nominating body fills in."""
    from mmdesk.services.nomination_workbook import export_nominations as export

    if not getattr(args, "route", None):
        raise CommandError(
            "name the route: mmdesk export nominations --route NAME FILE.xlsx",
            EXIT_USAGE, code="workbooks.name-route-mmdesk")
    target = _xlsx(args.file, "nomination workbook")
    with opened(args) as store:
        done = export(store, args.route, target)
    left = _("no quota") if done.quota is None else say("{left} of {quota} places left",
                                                         left=done.places_left, quota=done.quota)
    print(say("wrote the nomination workbook of route “{route}” ({left}; {languages}) to {file}",
              route=done.route, left=left, languages=", ".join(done.languages), file=target))
    return EXIT_OK


def import_nominations(args: argparse.Namespace) -> int:
    """`mmdesk import nominations FILE.xlsx`: nominate every line on the route the workbook names."""
    from mmdesk.services.nomination_workbook import import_nominations as read

    report = _imported(args, read)
    from mmdesk.report_words import problem_words

    for line, text in report.flagged:
        print("  " + say("line {line}: {why}", line=line, why=problem_words(text)))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from mmdesk.i18n import language as speaking
    from mmdesk.services.forum_workbook import write_template

    language = args.workbook_language or speaking()  # else the language of the messages
    if language not in ("en", "fr", "es"):
        raise CommandError(
            "the template is written in en, fr or es, not {language}",
            EXIT_USAGE, language=repr(language), code="workbooks.template-written-en")
    target = _xlsx(args.file, "forum workbook template")
    write_template(target, language)
    print(say("wrote an empty forum workbook ({language}) to {file}: fill it in, then "
              "`mmdesk import forum {name}`", language=language, file=target, name=target.name))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    template = sub.add_parser("template", help="write an empty forum workbook to fill in offline")
    template.add_argument("what", choices=["forum"])
    template.add_argument("file", metavar="FILE.xlsx")
    template.add_argument("--language", dest="workbook_language", choices=["en", "fr", "es"],
                          help="headers and notes in English, French or Spanish (default: the language "
                               "of the messages)")
    template.set_defaults(run=cmd_template)
