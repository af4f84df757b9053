"""mmdesk demo: the Quito 2019 forum, with N generated delegates for scale."""

from __future__ import annotations

import argparse

from mmdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    opened,
)


def cmd_demo(args: argparse.Namespace) -> int:
    from mmdesk.services.demo import StoreInUse, describe, load_demo

    if args.delegates < 0:
        raise CommandError("--delegates must be 0 or more", EXIT_USAGE)
    with opened(args) as store:
        try:
            load_demo(store, args.delegates)
        except StoreInUse as held:
            # the README's first command run a second time: open the forum that is there
            print(f"{store.description} already holds “{held.event_name}”; left as it is "
                  f"(load the demo into a new file with --db FILE)")
            return EXIT_OK
        print(f"loaded {describe(store)} into {store.description}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    demo = sub.add_parser("demo", help="load the demo forum (Quito 2019)")
    demo.add_argument("--delegates", type=int, default=0, metavar="N",
                      help="add N generated delegates for scale")
    demo.set_defaults(run=cmd_demo)
