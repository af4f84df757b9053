"""mmdesk demo: the Quito 2019 forum, with N generated delegates for scale."""

from __future__ import annotations

import argparse

from mmdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
)
from mmdesk.i18n import say


def cmd_demo(args: argparse.Namespace) -> int:
    from mmdesk.services.demo import StoreInUse, describe, load_demo

    if args.delegates < 0:
        raise CommandError("--delegates must be 0 or more", EXIT_USAGE, code="demo.delegates-must-more")
    with opened(args) as store:
        try:
            load_demo(store, args.delegates)
        except StoreInUse as held:
            # the README's first command run a second time: open the forum that is there
            print(say("{store} already holds “{event}”; left as it is (load the demo into a new file "
                      "with --db FILE)", store=store.description, event=held.event_name))
            return EXIT_OK
        print(say("loaded {what} into {store}", what=describe(store), store=store.description))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    demo = sub.add_parser("demo", help="load the demo forum (Quito 2019)")
    demo.add_argument("--delegates", type=int, default=0, metavar="N",
                      help="add N generated delegates for scale")
    demo.set_defaults(run=cmd_demo)
