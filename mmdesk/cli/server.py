"""mmdesk serve-setup: a PostgreSQL server for several desks (owner, desk and door roles)."""

from __future__ import annotations

import argparse
import os

from mmdesk.cli.common import (
    EXIT_OK,
)
from mmdesk.i18n import _, say


def cmd_serve_setup(args: argparse.Namespace) -> int:
    from mmdesk.services.server import serve_setup

    made = serve_setup(args.admin, database=args.database, user=args.user,
                       password=args.password or os.environ.get("MMDESK_DESK_PASSWORD"),
                       host=args.host, owner=args.owner, door=args.door,
                       door_password=os.environ.get("MMDESK_DOOR_PASSWORD"))
    assert made.owner is not None and made.door is not None  # serve_setup names both
    roles = say("created roles {owner} (owner), {desk} (desks), {door} (doors)" if made.created_role
                else "updated roles {owner} (owner), {desk} (desks), {door} (doors)",
                owner=made.owner.username, desk=args.user, door=made.door.username)
    database = say("created database {database}" if made.created_database else "upgraded database {database}",
                   database=args.database)
    print(say("{roles}; {database}", roles=roles, database=database))
    print(_("registration, accreditation and printing desks connect with "
            "(File › Connect, or --db / MMDESK_DB):"))
    print(f"  {made.desk_url}")
    print(_("door laptops (`mmdesk checkin` at room doors: verify and record check-ins only) connect with:"))
    print(f"  {made.door_url}")
    print(_("the owner (run `mmdesk --db URL …` with it only to upgrade the schema; keep it off the desks):"))
    print(f"  {made.owner_url}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    setup = sub.add_parser("serve-setup", help="prepare a PostgreSQL server for several desks: "
                                               "owner, desk and door roles, a database, the schema")
    setup.add_argument("--admin", required=True, metavar="URL",
                       help="a role that may create roles and databases, e.g. "
                            "postgresql+psycopg://postgres@localhost/postgres")
    setup.add_argument("--database", default="mmdesk", help="the forum's database (default mmdesk)")
    setup.add_argument("--user", default="mmdesk_desk", help="the role the desks log in as "
                                                             "(default mmdesk_desk; never a superuser)")
    setup.add_argument("--password", help="its password (default: $MMDESK_DESK_PASSWORD, else a new "
                                          "random one, printed in the URL)")
    setup.add_argument("--owner", help="the role that owns the database and migrates it "
                                       "(default DATABASE_owner)")
    setup.add_argument("--door", help="the role of the door laptops (default DATABASE_door; its password: "
                                      "$MMDESK_DOOR_PASSWORD, else a new random one)")
    setup.add_argument("--host", help="the server's address as the desks reach it "
                                      "(default: the admin URL's host)")
    setup.set_defaults(run=cmd_serve_setup)
