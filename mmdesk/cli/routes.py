"""mmdesk route add|list|edit|remove: the accreditation routes (kind, nominating body, quota,
required documents, the zones a badge opens)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, opened, remove_found, show_list
from mmdesk.i18n import _, say

if TYPE_CHECKING:
    from mmdesk.services.accreditation import RouteInput, RouteView

KINDS = ["own_authority", "national_delegation", "partner_organisation", "host_secretariat", "media"]


def _body(view: RouteView) -> str | None:
    return view.partner or view.nominating_body


def _input(args: argparse.Namespace, base: RouteView | None = None) -> RouteInput:
    """The route as the options say, on top of the stored route when editing."""
    from mmdesk.services.accreditation import RouteInput

    if args.quota is not None and args.quota < 0:
        raise CommandError("--quota must be 0 or more", EXIT_USAGE, code="routes.quota-must-more")
    if base is None:
        data = RouteInput(name=args.name, kind=args.kind)
    else:
        data = RouteInput(
            name=base.name, kind=base.kind, nominating_body=base.nominating_body,
            member_state=base.member_state, partner=base.partner, quota=base.quota,
            quota_policy=base.quota_policy,
            required_documents=list(base.required_documents), zones=list(base.zones),
        )
        if args.new_name is not None:
            data.name = args.new_name
        if args.kind is not None:
            data.kind = args.kind
    kind = str(data.kind)
    if args.state is not None:
        data.member_state = args.state
    if args.body is not None:
        # the nominating body: the partner organisation of a partner route, else who nominates
        if kind == "partner_organisation":
            data.partner = args.body
        else:
            data.nominating_body = args.body
    if kind != "national_delegation":
        if args.state is not None:
            raise CommandError(
                "--state names the Member State of a national_delegation route",
                EXIT_USAGE, code="routes.state-names-member")
        data.member_state = None
    if kind != "partner_organisation":
        data.partner = None
    if args.quota is not None:
        data.quota = args.quota
    if args.no_quota:
        data.quota = None
    if args.over_quota is not None:
        data.quota_policy = args.over_quota
    if args.document is not None:
        data.required_documents = [d for d in args.document if d.strip()]
    if args.zone is not None:
        data.zones = [z for z in args.zone if z.strip()]
    return data


def _quota(r: RouteView) -> str:
    if r.quota is None:
        return say("{used} used, no quota", used=r.used)
    return (say("{used} of {quota} used (refuse past it)", used=r.used, quota=r.quota)
            if r.quota_policy.value == "refuse"
            else say("{used} of {quota} used (flag past it)", used=r.used, quota=r.quota))


def _describe(r: RouteView) -> str:
    from mmdesk.cli.check import ROUTE_KIND_WORDS

    parts = [_(ROUTE_KIND_WORDS[r.kind]) if r.kind in ROUTE_KIND_WORDS else r.kind.value.replace("_", " ")]
    if r.member_state:
        parts.append(say("state {state}", state=r.member_state))
    if _body(r):
        parts.append(say("body {body}", body=_body(r)))
    return ", ".join(parts)


def cmd_route_add(args: argparse.Namespace) -> int:
    from mmdesk.services.accreditation import create_route

    with opened(args) as store:
        r = create_route(store, _input(args))
    print(say("added route {name} ({kind}; {quota})", name=repr(r.name), kind=_describe(r), quota=_quota(r)))
    return EXIT_OK


def cmd_route_list(args: argparse.Namespace) -> int:
    from mmdesk.services.accreditation import list_routes

    with opened(args) as store:
        routes = list_routes(store)
    return show_list(args, routes, _route_json,
                     _("no accreditation routes yet; add one with: mmdesk route add NAME --kind KIND"),
                     _route_lines)


def _route_json(r: RouteView) -> dict[str, object]:
    return {"id": r.id, "name": r.name, "kind": r.kind.value, "state": r.member_state,
            "body": _body(r), "nominating_body": r.nominating_body, "partner": r.partner,
            "quota": r.quota, "over_quota": r.quota_policy.value, "used": r.used, "left": r.left,
            "documents": list(r.required_documents), "zones": list(r.zones),
            "workbooks": {"sent": r.workbooks.sent, "returned": r.workbooks.returned,
                          "last_sent": _iso(r.workbooks.last_sent),
                          "last_returned": _iso(r.workbooks.last_returned)}}


def _iso(at: datetime | None) -> str | None:
    return None if at is None else at.isoformat(timespec="seconds") + "Z"  # stored in UTC


def _route_lines(routes: Sequence[RouteView]) -> Iterator[str]:
    from mmdesk.report_words import tally_words

    for r in routes:
        yield say("{name}: {kind}; {quota}", name=r.name, kind=_describe(r), quota=_quota(r))
        if r.required_documents:
            yield "    " + say("documents: {documents}", documents=", ".join(r.required_documents))
        if r.zones:
            yield "    " + say("zones: {zones}", zones=", ".join(r.zones))
        if tally_words(r.workbooks):
            yield "    " + say("workbooks: {tally}", tally=tally_words(r.workbooks))


def cmd_route_edit(args: argparse.Namespace) -> int:
    from mmdesk.services.accreditation import find_route, update_route

    with opened(args) as store:
        current = find_route(store, args.name)
        r = update_route(store, current.id, _input(args, current))
    print(say("changed route {name} ({kind}; {quota})", name=repr(r.name), kind=_describe(r),
              quota=_quota(r)))
    return EXIT_OK


def cmd_route_remove(args: argparse.Namespace) -> int:
    from mmdesk.services.accreditation import delete_route, find_route

    return remove_found(args, find_route, delete_route, "route")


def _options(p: argparse.ArgumentParser, *, new: bool) -> None:
    p.add_argument("--kind", required=new, choices=KINDS, help="how delegates come in on this route")
    p.add_argument("--state", metavar="CC", help="national_delegation: the Member State (code or name)")
    p.add_argument("--body", metavar="NAME",
                   help="the nominating body (partner_organisation: the partner organisation)")
    p.add_argument("--quota", type=int, metavar="N", help="places on the route")
    p.add_argument("--over-quota", choices=["refuse", "flag"],
                   help="past the quota: refuse the nomination or flag it (default refuse)")
    p.add_argument("--document", action="append", metavar="TEXT",
                   help="a document required before approval (repeat; replaces the list when editing)")
    p.add_argument("--zone", action="append", metavar="ZONE",
                   help="an access zone the badge opens (repeat; replaces the list when editing)")
    if not new:
        p.add_argument("--name", dest="new_name", metavar="NEW", help="a new name")
        p.add_argument("--no-quota", action="store_true", help="take the quota away")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    route = sub.add_parser("route", help="add, list, edit or remove accreditation routes")
    actions = route.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=type(route))
    add = actions.add_parser("add", help="add an accreditation route")
    add.add_argument("name", metavar="NAME")
    _options(add, new=True)
    add.set_defaults(run=cmd_route_add, no_quota=False, new_name=None)
    list_ = actions.add_parser("list", help="the routes with their quota used and left")
    list_.add_argument("--json", action="store_true", help="print them as JSON")
    list_.set_defaults(run=cmd_route_list)
    edit = actions.add_parser("edit", help="change a route (only the options given)")
    edit.add_argument("name", metavar="NAME", help="the route's name or id")
    _options(edit, new=False)
    edit.set_defaults(run=cmd_route_edit)
    remove = actions.add_parser("remove", help="remove a route no accreditation uses")
    remove.add_argument("name", metavar="NAME", help="the route's name or id")
    remove.set_defaults(run=cmd_route_remove)
