"""mmdesk key export|import: move the badge-signing key between printing desks, under a
passphrase; and `mmdesk import keys FILE.json`, a desk's revocation list from a verification kit."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, opened

PASSPHRASE_ENV = "MMDESK_KEY_PASSPHRASE"


def passphrase(*, twice: bool) -> str:
    """The passphrase: MMDESK_KEY_PASSPHRASE, else asked on the terminal (twice when exporting)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise CommandError(f"a passphrase is needed: run this on a terminal, or set {PASSPHRASE_ENV}",
                           EXIT_USAGE)
    first = getpass.getpass("Passphrase for the signing key: ")
    if twice and getpass.getpass("The same passphrase again: ") != first:
        raise CommandError("the two passphrases differ; nothing was written")
    return first


def cmd_key(args: argparse.Namespace) -> int:
    from mmdesk.services import keys

    path = Path(args.file)
    if args.action == "export":
        if path.exists():
            raise CommandError(f"{path} exists; name a new file for the exported key")
        secret = passphrase(twice=True)
        with opened(args) as store:
            written = keys.export_key(store, path, secret)
        print(f"wrote the signing key to {written}, under your passphrase; import it at the other "
              f"printing desk with `mmdesk key import {written.name}`, then delete this file")
        return EXIT_OK
    secret = passphrase(twice=False)
    with opened(args) as store:
        kept = keys.import_key(store, path, secret)
    print(f"this desk can now print badges: the signing key is kept in {kept} (readable by you only)")
    return EXIT_OK


def cmd_import_kit(args: argparse.Namespace) -> int:
    """`mmdesk import keys FILE.json`: take a verification kit's revocations."""
    from mmdesk.services.keys import import_kit

    with opened(args) as store:
        done = import_kit(store, Path(args.file))
    print(f"revocation list as of {done.written_at:%Y-%m-%d %H:%M} UTC: {done.revoked} badge(s) "
          f"revoked here now, {done.already} already revoked, {done.unknown} not in this store")
    if done.warning:
        print(f"WARNING: {done.warning}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    key = sub.add_parser("key", help="move the badge-signing key to another printing desk "
                                     "(under a passphrase)")
    key.add_argument("action", choices=["export", "import"])
    key.add_argument("file", metavar="FILE", help="the protected key file (PKCS#8 PEM)")
    key.set_defaults(run=cmd_key)
