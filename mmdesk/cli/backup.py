"""mmdesk backup and restore: consistent copies of the store."""

from __future__ import annotations

import argparse
from pathlib import Path

from mmdesk.cli.common import (
    EXIT_OK,
    opened,
)
from mmdesk.i18n import say


def cmd_backup(args: argparse.Namespace) -> int:
    from mmdesk.services.backup import backup

    target = Path(args.file)
    with opened(args) as store:
        written = backup(store, target, for_desk=args.for_desk)
    print(say("backed up {store} to {file} (without the signing key, for another desk)" if args.for_desk
              else "backed up {store} to {file}", store=store.description, file=written))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from mmdesk.services.backup import restore

    with opened(args) as store:
        before = restore(store, Path(args.file))
    from mmdesk.store.database import Store

    Store.open(args.db).close()  # an older backup is upgraded on open, as any store
    print(say("restored {file}; what was there before is kept in {before}", file=args.file, before=before))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    backup = sub.add_parser("backup", help="write a consistent copy of the store to FILE")
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--for-desk", action="store_true",
                        help="leave out the badge-signing key (a copy for another desk)")
    backup.set_defaults(run=cmd_backup)
    restore_ = sub.add_parser("restore", help="put a backup in place of the store (the current "
                                              "content is backed up first)")
    restore_.add_argument("file", metavar="FILE")
    restore_.set_defaults(run=cmd_restore)
