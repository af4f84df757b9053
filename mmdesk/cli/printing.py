"""mmdesk print: badges and the forum's documents as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from mmdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    existing_folder,
    opened,
    run_to_end,
)
from mmdesk.i18n import _, say_n


def cmd_print(args: argparse.Namespace) -> int:
    from mmdesk.printing.layouts import available_layouts

    if args.what == "badge":  # one badge: WHO FILE.pdf (issue 16, mmdesk/cli/desk.py)
        from mmdesk.cli.desk import cmd_print_badge
        return cmd_print_badge(args)
    if args.rest:
        raise CommandError(
            "unexpected {rest}: print {what} takes one FILE.pdf",
            EXIT_USAGE, rest=repr(args.rest), what=args.what, code="printing.unexpected-print-takes")
    if not args.language and args.what != "letters":  # letters: each in its delegate's language
        # a document speaks one language: print's own --language, else the global one, else the event's
        args.language = getattr(args, "ui_language", None)
    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise CommandError("print writes a .pdf file", EXIT_USAGE, code="printing.print-writes-pdf")
    if args.what == "endorsements":
        from mmdesk.services.endorsements import print_signatories

        existing_folder(target)
        with opened(args) as store:
            pages = print_signatories(store, target)
        print(say_n("printed the signatories ({n} page) to {file}",
                    "printed the signatories ({n} pages) to {file}", pages, file=target))
        return EXIT_OK
    if args.what == "badges":
        if args.layout not in available_layouts():
            raise CommandError(
                "no badge layout {layout} (layouts: {join})",
                EXIT_USAGE, layout=repr(args.layout), join=', '.join(available_layouts()),
                code="printing.no-badge-layout")
        from mmdesk.services.badges import print_badges

        with opened(args) as store:
            done, _total = run_to_end(print_badges(store, target, layout=args.layout,
                                                   only_new=args.only_new, languages=args.language))
        print(say_n("printed {n} badge ({layout}) to {file}", "printed {n} badges ({layout}) to {file}", done,
                    layout=args.layout, file=target))
        return EXIT_OK
    if args.what == "letters":  # letters to delegates, numbered in the register (issue 21)
        from mmdesk.cli.letters import print_letters_command

        return print_letters_command(args, target)
    if args.what == "record":  # a session's record, planned against actual (issue 20)
        from mmdesk.services.console import print_session_record
        from mmdesk.services.programme import find_session

        if not args.session:
            raise CommandError(
                "print record needs --session TITLE_OR_ID",
                EXIT_USAGE, code="printing.print-record-needs")
        with opened(args) as store:
            session = find_session(store, args.session)
            pages = print_session_record(store, session.id, target, languages=args.language)
        print(say_n("printed the record of “{title}” ({n} page) to {file}",
                    "printed the record of “{title}” ({n} pages) to {file}", pages, title=session.title,
                    file=target))
        return EXIT_OK
    if args.what == "changes":  # the information desk's change sheet (issue 20)
        from mmdesk.services.releases import print_change_sheet

        with opened(args) as store:
            pages = print_change_sheet(store, target, args.since, languages=args.language)
        print(say_n("printed the change sheet ({n} page) to {file}",
                    "printed the change sheet ({n} pages) to {file}", pages, file=target))
        return EXIT_OK
    from mmdesk.services.documents import print_document

    with opened(args) as store:
        pages = print_document(store, args.what, target, languages=args.language)
    words = {"programme": _("the programme"), "doorsigns": _("the door signs"),
             "itinerary": _("the itineraries"), "runsheet": _("the run-sheets"),
             "tentcards": _("the tent cards"), "participants": _("the list of participants"),
             "endorsements": _("the endorsements")}
    print(say_n("printed {what} ({n} page) to {file}", "printed {what} ({n} pages) to {file}", pages,
                what=words.get(args.what, args.what), file=target))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    print_ = sub.add_parser("print", help="print badges, programme, door signs, itineraries, "
                                          "run-sheets, tent cards or the list of participants")
    print_.add_argument("what", choices=["badges", "badge", "programme", "doorsigns", "itinerary", "runsheet",
                                         "tentcards", "participants", "endorsements", "changes",
                                         "record", "letters"])
    print_.add_argument("file", metavar="FILE.pdf", help="the PDF (print badge: WHO, then FILE.pdf)")
    print_.add_argument("rest", nargs="?", metavar="FILE.pdf", help=argparse.SUPPRESS)
    print_.add_argument("--reason", metavar="TEXT", help="badge: why a badge is printed again "
                                                         "(lost, damaged, name corrected)")
    print_.add_argument("--layout", default="a6", help="badge layout: a6, a7, id1, a4-4up, a4-8up")
    print_.add_argument("--only-new", action="store_true",
                        help="badges only for approved delegates not printed yet")
    print_.add_argument("--language", metavar="LANG[,LANG]",
                        help="en, fr or es; two (e.g. fr,en) print labels in both "
                             "(default: the global --language, else the event's first language)")
    print_.add_argument("--since", type=int, metavar="N",
                        help="changes: since programme version N (default: the latest)")
    print_.add_argument("--session", metavar="TITLE_OR_ID", help="record: the session held")
    print_.add_argument("--kind", help="letters: visa, invitation, confirmation or attendance")
    print_.add_argument("--delegate", action="append", metavar="WHO", help="letters: for this delegate "
                        "(repeat it; default: everyone the kind applies to)")
    print_.set_defaults(run=cmd_print)
