"""mmdesk delegate add|list: delegates typed in by hand (no spreadsheet needed)."""

from __future__ import annotations

import argparse
import json
import sys

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, opened
from mmdesk.domain.enums import CATEGORY_WORDS, Category
from mmdesk.i18n import _, say


def parse_category(value: str) -> Category:
    """A category by its code (local_leader) or its words (Local/regional government leader)."""
    from mmdesk.domain.text import strip_marks

    text = strip_marks(value.strip()).replace("-", "_").replace(" ", "_")
    for c in Category:
        if text in (c.value, strip_marks(CATEGORY_WORDS[c]).replace(" ", "_")):
            return c
    known = ", ".join(c.value for c in Category)
    raise CommandError(
        "unknown category {value} (known: {known})",
        EXIT_USAGE, value=repr(value), known=known, code="delegates.unknown-category-known")


def category_word(category: Category) -> str:
    """A category in the user's language (the words of CATEGORY_WORDS, translated)."""
    words = {
        Category.LOCAL_LEADER: _("Local/regional government leader"),
        Category.CITY_OFFICIAL: _("City official"),
        Category.MEMBER_STATE: _("Member State"),
        Category.UN_IO: _("UN or international organisation"),
        Category.CIVIL_SOCIETY: _("Civil society"),
        Category.PRIVATE_SECTOR: _("Private sector"),
        Category.ACADEMIA: _("Academia"),
        Category.MEDIA: _("Media"),
        Category.HOST_STAFF: _("Host/secretariat staff"),
        Category.INTERPRETER: _("Interpreter"),
        Category.SECURITY: _("Security"),
    }
    return words.get(category, CATEGORY_WORDS.get(category, category.value))


def cmd_delegate_add(args: argparse.Namespace) -> int:
    from mmdesk.services.delegates import DelegateInput, create_delegate

    data = DelegateInput(
        given_name=args.given, family_name=args.family, honorific=args.honorific, email=args.email,
        organisation=args.organisation, country=args.country, position=args.position, city=args.city,
        category=parse_category(args.category), badge_name=args.badge_name,
    )
    with opened(args) as store:
        d = create_delegate(store, data)
    print(say("added delegate {id}: {name}, {organisation} ({category})" if d.organisation
              else "added delegate {id}: {name} ({category})", id=d.id, name=d.full_name,
              organisation=d.organisation, category=category_word(d.category)))
    return EXIT_OK


def cmd_delegate_list(args: argparse.Namespace) -> int:
    from mmdesk.domain.accreditation import LABELS
    from mmdesk.services.delegates import list_delegates, search_delegates

    with opened(args) as store:
        found = (search_delegates(store, args.search, limit=None) if args.search
                 else list_delegates(store))
    if args.json:
        json.dump([{"id": d.id, "honorific": d.honorific, "given_name": d.given_name,
                    "family_name": d.family_name, "badge_name": d.badge_name, "email": d.email,
                    "organisation": d.organisation, "position": d.position, "country": d.country,
                    "category": d.category.value, "route": d.route,
                    "state": d.state.value if d.state else None} for d in found],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not found:
        print(say("no delegates match {search}", search=repr(args.search)) if args.search
              else _("no delegates yet; add one with: mmdesk delegate add --given G --family F "
                     "(or mmdesk import delegates FILE.xlsx)"))
    for d in found:
        where = ", ".join(p for p in (d.organisation, d.country) if p)
        state = (say("{route}: {state}", route=d.route, state=_(LABELS[d.state])) if d.state
                 else _("not nominated"))
        print(f"{d.id:5}  {d.full_name}" + (f" ({where})" if where else "") + f"  [{state}]")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    delegate = sub.add_parser("delegate", help="add a delegate by hand, or list the delegates")
    actions = delegate.add_subparsers(dest="action", metavar="ACTION", required=True,
                                      parser_class=type(delegate))
    add = actions.add_parser("add", help="add one delegate (a given or a family name at least)")
    add.add_argument("--given", default="", metavar="G", help="given name")
    add.add_argument("--family", default="", metavar="F", help="family name")
    add.add_argument("--honorific", metavar="H", help="e.g. H.E., Mayor, Dr.")
    add.add_argument("--email", metavar="E")
    add.add_argument("--organisation", metavar="O")
    add.add_argument("--country", metavar="CC", help="a country code or name")
    add.add_argument("--city")
    add.add_argument("--category", default="city_official", metavar="CAT",
                     help="local_leader, city_official (default), member_state, un_io, civil_society, "
                          "private_sector, academia, media, host_staff, interpreter, security")
    add.add_argument("--position", metavar="P", help="e.g. Mayor of Accra")
    add.add_argument("--badge-name", metavar="NAME", help="the name as the badge prints it")
    add.set_defaults(run=cmd_delegate_add)
    list_ = actions.add_parser("list", help="the delegates, by family name, with their accreditation")
    list_.add_argument("--search", metavar="WORDS", help="only those whose name, city, "
                                                         "organisation, country or e-mail hold the words")
    list_.add_argument("--json", action="store_true", help="print them as JSON")
    list_.set_defaults(run=cmd_delegate_list)
