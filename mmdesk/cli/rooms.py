"""mmdesk room add|list|edit|remove|order: the venue's rooms, their access zones and columns."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, opened, remove_found, show_list
from mmdesk.i18n import _, say, say_n

if TYPE_CHECKING:
    from mmdesk.services.venue import RoomView


def _capacity(value: int | None) -> int | None:
    if value is not None and value <= 0:
        raise CommandError("--capacity must be more than 0", EXIT_USAGE, code="rooms.capacity-must-more")
    return value


def cmd_room_add(args: argparse.Namespace) -> int:
    from mmdesk.services.venue import create_room

    with opened(args) as store:
        room = create_room(store, args.name, _capacity(args.capacity), args.zone)
    details = [say("column {n}", n=room.position)]
    if room.capacity:
        details.append(say_n("{n} seat", "{n} seats", room.capacity))
    if room.access_zone:
        details.append(say("zone {zone}", zone=room.access_zone))
    print(say("added room {name} ({details})", name=repr(room.name), details=", ".join(details)))
    return EXIT_OK


def cmd_room_list(args: argparse.Namespace) -> int:
    from mmdesk.services.venue import list_rooms

    with opened(args) as store:
        rooms = list_rooms(store)
    return show_list(args, rooms, lambda r: {"id": r.id, "name": r.name, "capacity": r.capacity,
                                             "zone": r.access_zone, "position": r.position,
                                             "sessions": r.sessions},
                     _("no rooms yet; add one with: mmdesk room add NAME --capacity N --zone ZONE"),
                     _room_lines)


def _room_lines(rooms: Sequence[RoomView]) -> Iterator[str]:
    width = max(len(r.name) for r in rooms)
    for r in rooms:
        seats = say_n("{n} seat", "{n} seats", r.capacity) if r.capacity else _("capacity not set")
        zone = say("zone: {zone}", zone=r.access_zone or "-")
        sessions = say_n("{n} session", "{n} sessions", r.sessions)
        yield f"{r.position:3}  {r.name:{width}}  {seats:16}  {zone:18}  {sessions}"


def cmd_room_edit(args: argparse.Namespace) -> int:
    from mmdesk.services.venue import find_room, update_room

    if args.new_name is None and args.capacity is None and args.zone is None:
        raise CommandError(
            "say what to change: --name, --capacity or --zone",
            EXIT_USAGE, code="rooms.say-what-change")
    with opened(args) as store:
        room = find_room(store, args.name)
        changed = update_room(
            store, room.id, name=room.name if args.new_name is None else args.new_name,
            capacity=room.capacity if args.capacity is None else _capacity(args.capacity),
            access_zone=room.access_zone if args.zone is None else args.zone)
    print(say("changed room {name}", name=repr(changed.name)))
    return EXIT_OK


def cmd_room_remove(args: argparse.Namespace) -> int:
    from mmdesk.services.venue import delete_room, find_room

    return remove_found(args, find_room, delete_room, "room")


def cmd_room_order(args: argparse.Namespace) -> int:
    from mmdesk.services.venue import find_room, list_rooms, reorder_rooms

    with opened(args) as store:
        first = [find_room(store, name).id for name in args.names]
        rest = [r.id for r in list_rooms(store) if r.id not in first]
        rooms = reorder_rooms(store, list(dict.fromkeys(first)) + rest)
    print(say("room order: {rooms}", rooms=", ".join(r.name for r in rooms)))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    room = sub.add_parser("room", help="add, list, edit, remove or order the venue's rooms")
    actions = room.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(room))
    add = actions.add_parser("add", help="add a room (it becomes the grid's last column)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--capacity", type=int, metavar="N", help="seats")
    add.add_argument("--zone", metavar="ZONE", help="the access zone a badge must open, e.g. plenary")
    add.set_defaults(run=cmd_room_add)
    list_ = actions.add_parser("list", help="the rooms in column order")
    list_.add_argument("--json", action="store_true", help="print them as JSON")
    list_.set_defaults(run=cmd_room_list)
    edit = actions.add_parser("edit", help="rename a room or change its capacity or zone")
    edit.add_argument("name", metavar="NAME", help="the room's name or id")
    edit.add_argument("--name", dest="new_name", metavar="NEW", help="a new name")
    edit.add_argument("--capacity", type=int, metavar="N")
    edit.add_argument("--zone", metavar="ZONE", help="an access zone ('' for none)")
    edit.set_defaults(run=cmd_room_edit)
    remove = actions.add_parser("remove", help="remove a room no session uses")
    remove.add_argument("name", metavar="NAME", help="the room's name or id")
    remove.set_defaults(run=cmd_room_remove)
    order = actions.add_parser("order", help="put rooms first in the grid, in this order")
    order.add_argument("names", nargs="+", metavar="NAME")
    order.set_defaults(run=cmd_room_order)
