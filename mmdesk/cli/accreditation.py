"""mmdesk nominate and mmdesk accredit approve|reject|withdraw|collected|document: a delegate's
accreditation on a route, moved through the workflow (several delegates: all or none)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, find_delegate, opened
from mmdesk.i18n import _, say, say_n

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
    done = say("nominated {name} on route {route}", name=delegate.full_name, route=repr(route.name))
    print(done if left is None else say_n("{done} ({n} place left)", "{done} ({n} places left)", left,
                                          done=done))
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
            raise CommandError(
                "{name} is not on route {name2}; nominate them with `mmdesk nominate {delegate_id} --route "
                "{name3}`",
                name=name, name2=repr(wanted.name), delegate_id=delegate_id, name3=repr(wanted.name),
                code="accreditation.not-on-route-nominate")
    if not accs:
        raise CommandError(
            "{name} has no accreditation yet; nominate them first with `mmdesk nominate {delegate_id} "
            "--route ROUTE`",
            name=name, delegate_id=delegate_id, code="accreditation.no-accreditation-yet")
    state = S(target)
    movable = [a for a in accs if state in TRANSITIONS[a.state]]
    if len(movable) > 1:
        raise CommandError(
            "{name} is on {len} routes ({join}); say which with --route",
            EXIT_USAGE, name=name, len=len(movable), join=', '.join(a.route for a in movable),
            code="accreditation.routes-say-which")
    if movable:
        return movable[0]
    if len(accs) > 1:
        held = ", ".join(f"{a.route}: {LABELS[a.state]}" for a in accs)
        raise CommandError(
            "{name}: no accreditation can be {LABELS} ({held})",
            name=name, LABELS=LABELS[state], held=held, code="accreditation.no-accreditation-can")
    (acc,) = accs
    if state is S.BADGE_COLLECTED and acc.state is S.APPROVED:
        raise CommandError(
            "{name}: approved on {route} but no badge is issued yet; a badge is collected once printed: run "
            "`mmdesk print badges FILE.pdf` first",
            name=name, route=repr(acc.route), code="accreditation.approved-no-badge")
    return acc  # the workflow's own refusal names the states


def cmd_accredit(args: argparse.Namespace) -> int:
    from mmdesk.domain.accreditation import LABELS
    from mmdesk.domain.enums import AccreditationState as S
    from mmdesk.domain.errors import ValidationError
    from mmdesk.services.accreditation import bulk_transition
    from mmdesk.services.delegates import get_delegate

    target = TARGETS[args.action]
    if args.action == "reject" and not (args.reason and args.reason.strip()):
        raise CommandError(
            "a rejection needs a reason: add --reason TEXT",
            EXIT_USAGE, code="accreditation.rejection-needs-reason")
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
            if exc.code != "accreditation.documents-not-received":
                raise
            raise CommandError(
                "{exc}; tick each one received with `mmdesk accredit document WHO --route ROUTE "
                "\"DOCUMENT\"`",
                exc=exc, code="accreditation.tick-each-received") from exc
    names = list(dict.fromkeys(n for n, _ in chosen))
    print(say("{state}: {names}", state=_(LABELS[S(target)]), names=", ".join(names)) if len(names) <= 5
          else say_n("{state}: {n} delegate", "{state}: {n} delegates", len(names),
                     state=_(LABELS[S(target)])))
    return EXIT_OK


def cmd_document(args: argparse.Namespace) -> int:
    from mmdesk.services.accreditation import accreditations_of, find_route, set_document
    from mmdesk.services.delegates import get_delegate

    with opened(args) as store:
        d = get_delegate(store, find_delegate(store, args.who))
        route = find_route(store, args.route)
        acc = next((a for a in accreditations_of(store, d.id) if a.route_id == route.id), None)
        if acc is None:
            raise CommandError(
                "{full_name} is not on route {name}",
                full_name=d.full_name, name=repr(route.name), code="accreditation.not-on-route")
        checklist = set_document(store, acc.id, args.document, not args.missing)
    done = sum(checklist.values())
    received = say_n("{done} of {n} document received", "{done} of {n} documents received", len(checklist),
                     done=done)
    print(say("{name}, {route}: {document} missing ({received})" if args.missing
              else "{name}, {route}: {document} received ({received})",
              name=d.full_name, route=route.name, document=repr(args.document), received=received))
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
