"""The registration desk on the command line: mmdesk walkin (a person who arrives
unregistered, approved and printed where the desk may approve), mmdesk print badge WHO
FILE.pdf (one badge; a reprint needs --reason) and mmdesk import photos FOLDER."""

from __future__ import annotations

import argparse
from pathlib import Path

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, existing_folder, find_delegate, opened
from mmdesk.i18n import say


def _layout(name: str) -> str:
    from mmdesk.printing.layouts import available_layouts

    if name not in available_layouts():
        raise CommandError(
            "no badge layout {name} (layouts: {join})",
            EXIT_USAGE, name=repr(name), join=', '.join(available_layouts()), code="desk.no-badge-layout")
    return name


def _pdf(file: str | None, what: str) -> Path:
    if not file:
        raise CommandError(
            "{what} needs a FILE.pdf to print to",
            EXIT_USAGE, what=what, code="desk.needs-file-pdf")
    target = Path(file)
    if target.suffix.lower() != ".pdf":
        raise CommandError("a badge is printed to a .pdf file", EXIT_USAGE, code="desk.badge-printed-pdf")
    return existing_folder(target)


def print_one(store: object, delegate_id: int, target: Path, layout: str, reason: str | None) -> str:
    """Draw one delegate's badge and issue it as the file is saved; the serial printed."""
    import tempfile

    from mmdesk.services.badges import BadgeBatch

    batch = BadgeBatch(store, layout=layout, delegate_ids=[delegate_id], reason=reason,  # type: ignore[arg-type]
                       require_reason=True)
    with tempfile.TemporaryDirectory(prefix="mmdesk-badge-") as folder:
        batch.draw_now(Path(folder) / "badge.pdf")
        batch.issue_to_file(target)
    return batch.plans[0].badge.serial


def cmd_print_badge(args: argparse.Namespace) -> int:
    """mmdesk print badge WHO FILE.pdf [--reason TEXT] [--layout L]."""
    from mmdesk.services.desk import desk_card

    target = _pdf(args.rest, "print badge WHO")
    layout = _layout(args.layout)
    with opened(args) as store:
        card = desk_card(store, find_delegate(store, args.file))
        if card.may_reprint and not (args.reason and args.reason.strip()):
            raise CommandError(
                "{name} has badge {serial} already: a reprint needs --reason (lost, damaged, name "
                "corrected…)",
                EXIT_USAGE, name=card.name, serial=card.serial, code="desk.badge-already-reprint")
        if not (card.may_print or card.may_reprint):
            if card.state is None:
                raise CommandError("{name} has no accreditation: no badge", name=card.name,
                                   code="desk.no-accreditation-no-badge")
            raise CommandError(
                "{name} is not approved ({state}): no badge",
                name=card.name, state=card.state.value.replace("_", " "), code="desk.not-approved-no")
        serial = print_one(store, card.delegate_id, target, layout, args.reason)
    if card.may_reprint:
        print(say("badge {serial} of {name} reprinted ({reason}); badge {old} revoked ({layout}) to {file}",
                  serial=serial, name=card.name, reason=args.reason.strip(), old=card.serial, layout=layout,
                  file=target))
    else:
        print(say("badge {serial} of {name} printed ({layout}) to {file}", serial=serial, name=card.name,
                  layout=layout, file=target))
    return EXIT_OK


def cmd_walkin(args: argparse.Namespace) -> int:
    """mmdesk walkin --given G --family F --route NAME [...] [--approve] [--print FILE.pdf]."""
    from mmdesk.services.desk import WalkIn, walk_in

    target = _pdf(args.print, "--print") if args.print else None
    if target is not None and not args.approve:
        raise CommandError(
            "--print needs --approve: a walk-in waiting in the queue has no badge yet",
            EXIT_USAGE, code="desk.print-needs-approve")
    layout = _layout(args.layout)
    with opened(args) as store:
        done = walk_in(store, WalkIn(given_name=args.given, family_name=args.family, route=args.route,
                                     organisation=args.organisation, country=args.country,
                                     category=args.category, email=args.email), approve=args.approve)
        serial = print_one(store, done.delegate_id, target, layout, None) if target else None
    if done.state.value == "approved":
        print(say("walk-in {name} (id {id}) approved on route {route}; badge {serial} printed to {file}"
                  if serial else "walk-in {name} (id {id}) approved on route {route}",
                  name=done.name, id=done.delegate_id, route=repr(done.route), serial=serial, file=target))
    else:
        print(say("walk-in {name} (id {id}) nominated on route {route}: waiting in the accreditation queue",
                  name=done.name, id=done.delegate_id, route=repr(done.route)))
    return EXIT_OK


def cmd_import_photos(args: argparse.Namespace) -> int:
    """mmdesk import photos FOLDER: files named by e-mail or delegate id."""
    from mmdesk.services.photos import import_photos

    with opened(args) as store:
        report = import_photos(store, Path(args.file))
    from mmdesk.report_words import photo_lines

    lines = photo_lines(report)
    print(say("imported photos from {file}: {summary}", file=args.file, summary=lines[0]))
    for line in lines[1:]:
        print(f"  {line}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    from mmdesk.domain.enums import Category

    w = sub.add_parser("walkin", help="register a person who arrives unregistered (approve and print "
                                      "where the desk may approve)")
    w.add_argument("--given", required=True, metavar="G", help="given name")
    w.add_argument("--family", required=True, metavar="F", help="family name")
    w.add_argument("--route", required=True, metavar="NAME", help="the accreditation route's name or id")
    w.add_argument("--organisation", metavar="O")
    w.add_argument("--country", metavar="CC", help="country code or name")
    w.add_argument("--category", default="city_official", choices=[c.value for c in Category])
    w.add_argument("--email", metavar="E")
    w.add_argument("--approve", action="store_true",
                   help="approve on the spot (host secretariat or own authority routes without "
                        "quota or documents only)")
    w.add_argument("--print", metavar="FILE.pdf", help="print the badge to this file (needs --approve)")
    w.add_argument("--layout", default="a6", help="badge layout (default a6)")
    w.set_defaults(run=cmd_walkin)
