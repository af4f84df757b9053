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


def cmd_print(args: argparse.Namespace) -> int:
    from mmdesk.printing.layouts import available_layouts

    if args.what == "badge":  # one badge: WHO FILE.pdf (issue 16, mmdesk/cli/desk.py)
        from mmdesk.cli.desk import cmd_print_badge
        return cmd_print_badge(args)
    if args.rest:
        raise CommandError(f"unexpected {args.rest!r}: print {args.what} takes one FILE.pdf", EXIT_USAGE)
    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise CommandError("print writes a .pdf file", EXIT_USAGE)
    if args.what == "endorsements":
        from mmdesk.services.endorsements import print_signatories

        existing_folder(target)
        with opened(args) as store:
            pages = print_signatories(store, target)
        print(f"printed the signatories ({pages} page(s)) to {target}")
        return EXIT_OK
    if args.what == "badges":
        if args.layout not in available_layouts():
            raise CommandError(f"no badge layout {args.layout!r} "
                               f"(layouts: {', '.join(available_layouts())})", EXIT_USAGE)
        from mmdesk.services.badges import print_badges

        with opened(args) as store:
            done, _total = run_to_end(print_badges(store, target, layout=args.layout,
                                                   only_new=args.only_new, languages=args.language))
        print(f"printed {done} badge(s) ({args.layout}) to {target}")
        return EXIT_OK
    if args.what == "letters":  # letters to delegates, numbered in the register (issue 21)
        from mmdesk.cli.letters import print_letters_command

        return print_letters_command(args, target)
    if args.what == "record":  # a session's record, planned against actual (issue 20)
        from mmdesk.services.console import print_session_record
        from mmdesk.services.programme import find_session

        if not args.session:
            raise CommandError("print record needs --session TITLE_OR_ID", EXIT_USAGE)
        with opened(args) as store:
            session = find_session(store, args.session)
            pages = print_session_record(store, session.id, target, languages=args.language)
        print(f"printed the record of “{session.title}” ({pages} page(s)) to {target}")
        return EXIT_OK
    if args.what == "changes":  # the information desk's change sheet (issue 20)
        from mmdesk.services.releases import print_change_sheet

        with opened(args) as store:
            pages = print_change_sheet(store, target, args.since, languages=args.language)
        print(f"printed the change sheet ({pages} page(s)) to {target}")
        return EXIT_OK
    from mmdesk.services.documents import print_document

    with opened(args) as store:
        pages = print_document(store, args.what, target, languages=args.language)
    print(f"printed the {args.what} ({pages} page(s)) to {target}")
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
                             "(default: the event's first language)")
    print_.add_argument("--since", type=int, metavar="N",
                        help="changes: since programme version N (default: the latest)")
    print_.add_argument("--session", metavar="TITLE_OR_ID", help="record: the session held")
    print_.add_argument("--kind", help="letters: visa, invitation, confirmation or attendance")
    print_.add_argument("--delegate", action="append", metavar="WHO", help="letters: for this delegate "
                        "(repeat it; default: everyone the kind applies to)")
    print_.set_defaults(run=cmd_print)
