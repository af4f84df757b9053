"""mmdesk nominate and mmdesk accredit approve|reject|withdraw|collected|document: a delegate's
accreditation on a route, moved through the workflow (several delegates: all or none)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, find_delegate, opened

if TYPE_CHECKING:
    from mmdesk.services.accreditation import AccreditationView
    from mmdesk.store.database import Store

#: the command's word → the state it moves to
TARGETS = {"approve": "approved", "reject": "rejected", "withdraw": "withdrawn",
           "collected": "badge_collected"}


def cmd_nominate(args: argparse.Namespace) -> int:
    from mmdesk.services.accreditation import find_route, nominate
    from mmdesk.services.delegates import get_delegate

    with opened(args) as store:
        route = find_route(store, args.route)
        delegate = get_delegate(store, find_delegate(store, args.who))
        nominate(store, delegate.id, route.id, reason=args.reason)
        left = find_route(store, str(route.id)).left
    print(f"nominated {delegate.full_name} on route {route.name!r}"
          + (f" ({left} place(s) left)" if left is not None else ""))
    return EXIT_OK


def _pick(store: Store, delegate_id: int, name: str, target: str, route: str | None
          ) -> AccreditationView:
    """The accreditation of this delegate the command means."""
    from mmdesk.domain.accreditation import LABELS, TRANSITIONS
    from mmdesk.domain.enums import AccreditationState as S
    from mmdesk.services.accreditation import accreditations_of, find_route

    accs = accreditations_of(store, delegate_id)
    if route is not None:
        wanted = find_route(store, route)
        accs = [a for a in accs if a.route_id == wanted.id]
        if not accs:
            raise CommandError(f"{name} is not on route {wanted.name!r}; nominate them with "
                               f"`mmdesk nominate {delegate_id} --route {wanted.name!r}`")
    if not accs:
        raise CommandError(f"{name} has no accreditation yet; nominate them first with "
                           f"`mmdesk nominate {delegate_id} --route ROUTE`")
    state = S(target)
    movable = [a for a in accs if state in TRANSITIONS[a.state]]
    if len(movable) > 1:
        raise CommandError(f"{name} is on {len(movable)} routes ({', '.join(a.route for a in movable)}); "
                           f"say which with --route", EXIT_USAGE)
    if movable:
        return movable[0]
    if len(accs) > 1:
        held = ", ".join(f"{a.route}: {LABELS[a.state]}" for a in accs)
        raise CommandError(f"{name}: no accreditation can be {LABELS[state]} ({held})")
    (acc,) = accs
    if state is S.BADGE_COLLECTED and acc.state is S.APPROVED:
        raise CommandError(f"{name}: approved on {acc.route!r} but no badge is issued yet; a badge is "
                           f"collected once printed: run `mmdesk print badges FILE.pdf` first")
    return acc  # the workflow's own refusal names the states


def cmd_accredit(args: argparse.Namespace) -> int:
    from mmdesk.domain.accreditation import LABELS
    from mmdesk.domain.enums import AccreditationState as S
    from mmdesk.domain.errors import ValidationError
    from mmdesk.services.accreditation import bulk_transition
    from mmdesk.services.delegates import get_delegate

    target = TARGETS[args.action]
    if args.action == "reject" and not (args.reason and args.reason.strip()):
        raise CommandError("a rejection needs a reason: add --reason TEXT", EXIT_USAGE)
    with opened(args) as store:
        chosen: list[tuple[str, int]] = []
        for who in args.who:
            d = get_delegate(store, find_delegate(store, who))
            acc = _pick(store, d.id, d.full_name, target, args.route)
            chosen.append((d.full_name, acc.id))
        ids = list(dict.fromkeys(i for _, i in chosen))
        try:
            bulk_transition(store, ids, target, reason=args.reason)
        except ValidationError as exc:
            if "documents not received" not in str(exc):
                raise
            raise CommandError(f"{exc}; tick each one received with `mmdesk accredit document WHO "
                               f"--route ROUTE \"DOCUMENT\"`") from exc
    names = list(dict.fromkeys(n for n, _ in chosen))
    print(f"{LABELS[S(target)]}: {', '.join(names)}" if len(names) <= 5
          else f"{LABELS[S(target)]}: {len(names)} delegates")
    return EXIT_OK


def cmd_document(args: argparse.Namespace) -> int:
    from mmdesk.services.accreditation import accreditations_of, find_route, set_document
    from mmdesk.services.delegates import get_delegate

    with opened(args) as store:
        d = get_delegate(store, find_delegate(store, args.who))
        route = find_route(store, args.route)
        acc = next((a for a in accreditations_of(store, d.id) if a.route_id == route.id), None)
        if acc is None:
            raise CommandError(f"{d.full_name} is not on route {route.name!r}")
        checklist = set_document(store, acc.id, args.document, not args.missing)
    done = sum(checklist.values())
    print(f"{d.full_name}, {route.name}: {args.document!r} "
          f"{'missing' if args.missing else 'received'} ({done} of {len(checklist)} documents received)")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    nom = sub.add_parser("nominate", help="put a delegate forward on an accreditation route")
    nom.add_argument("who", metavar="WHO", help="a delegate id, e-mail or name")
    nom.add_argument("--route", required=True, metavar="NAME", help="the route's name or id")
    nom.add_argument("--reason", metavar="TEXT", help="a note kept in the history")
    nom.set_defaults(run=cmd_nominate)
    acc = sub.add_parser("accredit", help="approve, reject, withdraw or mark collected; tick documents")
    actions = acc.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(acc))
    for action, words in (("approve", "approve nominations"), ("reject", "reject nominations (--reason)"),
                          ("withdraw", "withdraw accreditations (their badges are revoked)"),
                          ("collected", "mark issued badges as collected")):
        p = actions.add_parser(action, help=f"{words}; several delegates: all or none")
        p.add_argument("who", nargs="+", metavar="WHO", help="delegate ids, e-mails or names")
        p.add_argument("--reason", metavar="TEXT", help="why (a rejection needs one)")
        p.add_argument("--route", metavar="NAME", help="which route, for a delegate on several")
        p.set_defaults(run=cmd_accredit)
    doc = actions.add_parser("document", help="tick a required document as received (or --missing)")
    doc.add_argument("who", metavar="WHO")
    doc.add_argument("--route", required=True, metavar="NAME")
    doc.add_argument("document", metavar="DOCUMENT", help="the document, as the route names it")
    doc.add_argument("--missing", action="store_true", help="untick it")
    doc.set_defaults(run=cmd_document)
