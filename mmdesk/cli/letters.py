"""mmdesk letters: the register of letters, the forum's template folder, passport data;
`mmdesk print letters` prints them (print_letters_command, called from cli/printing.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, find_delegate, opened, show_list
from mmdesk.i18n import _, say, say_n


def print_letters_command(args: argparse.Namespace, target: Path) -> int:
    """`mmdesk print letters FILE.pdf --kind K [--delegate WHO]… [--language L]`."""
    from mmdesk.services.letters import KINDS, print_letters

    if args.kind not in KINDS:
        raise CommandError(
            "print letters needs --kind {join}",
            EXIT_USAGE, join='|'.join(KINDS), code="letters.print-letters-needs")
    language = args.language
    if language and "," in language:
        raise CommandError(
            "a letter prints in one language: --language en, fr or es",
            EXIT_USAGE, code="letters.letter-prints-language")
    with opened(args) as store:
        ids = list(dict.fromkeys(find_delegate(store, who) for who in args.delegate or ())) or None
        batch = print_letters(store, target, args.kind, delegate_ids=ids, language=language)
    first, last = batch.issued[0].reference, batch.issued[-1].reference
    span = first if first == last else say("{first} to {last}", first=first, last=last)
    print(say("printed {letters}, {span} ({pages}), to {file}", span=span, file=target,
              letters=say_n("{n} letter ({kind})", "{n} letters ({kind})", len(batch.issued),
                            kind=kind_word(args.kind)),
              pages=say_n("{n} page", "{n} pages", batch.pages)))
    if batch.left_out:
        print(say("left out {n}:", n=len(batch.left_out)), file=sys.stderr)
        for who in batch.left_out:
            print("  " + say("{name}: {why}", name=who.name, why=who.message()),
                  file=sys.stderr)
    return EXIT_OK


def kind_word(kind: str) -> str:
    """A kind of letter in the user's language (visa, invitation, confirmation, attendance)."""
    words = {"visa": _("visa"), "invitation": _("invitation"), "confirmation": _("confirmation"),
             "attendance": _("attendance")}
    return words.get(kind, kind)


def cmd_register(args: argparse.Namespace) -> int:
    from mmdesk.date_words import venue_moment
    from mmdesk.services.events import get_event
    from mmdesk.services.letters import letter_register

    with opened(args) as store:
        entries = letter_register(store)
        zone = get_event(store).time_zone
    return show_list(
        args, entries,
        lambda e: {"number": e.number, "reference": e.reference, "kind": e.kind, "language": e.language,
                   "template": e.template, "delegate_id": e.delegate_id, "recipient": e.recipient,
                   "issued_at": e.issued_at.isoformat(timespec="seconds"), "issued_by": e.issued_by},
        _("no letter issued yet"),
        lambda found: (f"{e.reference:<22} {kind_word(e.kind):<12} {e.language}  "
                       + say("{at}  {recipient}  by {who}", at=venue_moment(e.issued_at, zone),
                             recipient=e.recipient or _("(erased)"), who=e.issued_by) for e in found),
        indent=1)


def cmd_folder(args: argparse.Namespace) -> int:
    from mmdesk.services.letters import forum_folder, set_forum_folder, template_sources

    with opened(args) as store:
        if args.clear:
            set_forum_folder(store, None)
        elif args.path:
            copied = set_forum_folder(store, Path(args.path), copy_defaults=args.copy_defaults)
            for path in copied:
                print(say("copied {file}", file=path.name))
        folder = forum_folder(store)
        print(say("forum's letters folder: {folder}", folder=folder) if folder else
              _("forum's letters folder: none (the defaults are used; set one with "
                "`mmdesk letters folder PATH --copy-defaults`)"))
        for kind, language, source in template_sources(store):
            print(f"  {kind_word(kind):<12} {language}  {source}")
    return EXIT_OK


def cmd_erase_passports(args: argparse.Namespace) -> int:
    from mmdesk.services.letters import erase_passports

    with opened(args) as store:
        if not args.yes:
            plan = erase_passports(store, dry_run=True)
            print(say_n("{n} passport record would be erased (passport number, date of birth, "
                        "nationality); run again with --yes to erase them",
                        "{n} passport records would be erased (passport number, date of birth, "
                        "nationality); run again with --yes to erase them", plan.erased))
            names = plan.without_letter
            if names:
                print(say_n("{n} of them has no visa letter yet: {names}",
                            "{n} of them have no visa letter yet: {names}", len(names),
                            names=", ".join(names[:10]) + (" …" if len(names) > 10 else "")))
            return EXIT_OK
        done = erase_passports(store, force=args.force)
    erased = say_n("erased the passport data of {n} delegate", "erased the passport data of {n} delegates",
                   done.erased)
    print(say_n("{done}; {n} of them had no visa letter", "{done}; {n} of them had no visa letter",
                len(done.without_letter), done=erased) if done.without_letter else erased)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    letters = sub.add_parser("letters", help="the register of letters to delegates, the forum's "
                                             "letter templates, erasing passport data")
    inner = letters.add_subparsers(dest="letters_command", metavar="COMMAND", required=True,
                                   parser_class=type(letters))
    reg = inner.add_parser("register", help="every letter issued: number, kind, language, for whom, "
                                            "by whom, when")
    reg.add_argument("--json", action="store_true", help="print them as JSON")
    reg.set_defaults(run=cmd_register)
    folder = inner.add_parser("folder", help="show or set the forum's own folder of letter templates "
                                             "(it outranks resources/letters, file by file)")
    folder.add_argument("path", nargs="?", metavar="PATH")
    folder.add_argument("--copy-defaults", action="store_true",
                        help="copy the default templates and images PATH lacks into it, to edit")
    folder.add_argument("--clear", action="store_true", help="forget the folder set")
    folder.set_defaults(run=cmd_folder)
    erase = inner.add_parser("erase-passports", help="erase passport numbers, dates of birth and "
                                                     "nationalities once every visa letter is issued")
    erase.add_argument("--yes", action="store_true", help="erase now (this cannot be undone)")
    erase.add_argument("--force", action="store_true",
                       help="erase even though some delegates with passport data have no visa letter")
    erase.set_defaults(run=cmd_erase_passports)
