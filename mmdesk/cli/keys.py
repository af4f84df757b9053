"""mmdesk key export|import: move the badge-signing key between printing desks, under a
passphrase; and `mmdesk import keys FILE.json`, a desk's revocation list from a verification kit."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, opened
from mmdesk.i18n import _, say, say_n

PASSPHRASE_ENV = "MMDESK_KEY_PASSPHRASE"


def passphrase(*, twice: bool) -> str:
    """The passphrase: MMDESK_KEY_PASSPHRASE, else asked on the terminal (twice when exporting)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise CommandError(
            "a passphrase is needed: run this on a terminal, or set {PASSPHRASE_ENV}",
            EXIT_USAGE, PASSPHRASE_ENV=PASSPHRASE_ENV, code="keys.passphrase-needed-run")
    first = getpass.getpass(_("Passphrase for the signing key: "))
    if twice and getpass.getpass(_("The same passphrase again: ")) != first:
        raise CommandError(
            "the two passphrases differ; nothing was written",
            code="keys.two-passphrases-differ")
    return first


def cmd_key(args: argparse.Namespace) -> int:
    from mmdesk.services import keys

    path = Path(args.file)
    if args.action == "export":
        if path.exists():
            raise CommandError(
                "{path} exists; name a new file for the exported key",
                path=path, code="keys.exists-name-new")
        secret = passphrase(twice=True)
        with opened(args) as store:
            written = keys.export_key(store, path, secret)
        print(say("wrote the signing key to {file}, under your passphrase; import it at the other "
                  "printing desk with `mmdesk key import {name}`, then delete this file",
                  file=written, name=written.name))
        return EXIT_OK
    secret = passphrase(twice=False)
    with opened(args) as store:
        kept = keys.import_key(store, path, secret)
    print(say("this desk can now print badges: the signing key is kept in {file} (readable by you only)",
              file=kept))
    return EXIT_OK


def cmd_import_kit(args: argparse.Namespace) -> int:
    """`mmdesk import keys FILE.json`: take a verification kit's revocations."""
    from mmdesk.date_words import venue_moment
    from mmdesk.services.events import get_event
    from mmdesk.services.keys import import_kit

    with opened(args) as store:
        done = import_kit(store, Path(args.file))
        zone = get_event(store).time_zone
    print(say("revocation list as of {at}: {revoked}, {already}, {unknown}",
              at=venue_moment(done.written_at, zone),
              revoked=say_n("{n} badge revoked here now", "{n} badges revoked here now", done.revoked),
              already=say_n("{n} already revoked", "{n} already revoked", done.already),
              unknown=say_n("{n} not in this store", "{n} not in this store", done.unknown)))
    if done.warning:
        print(say("WARNING: {warning}", warning=done.warning.message()))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    key = sub.add_parser("key", help="move the badge-signing key to another printing desk "
                                     "(under a passphrase)")
    key.add_argument("action", choices=["export", "import"])
    key.add_argument("file", metavar="FILE", help="the protected key file (PKCS#8 PEM)")
    key.set_defaults(run=cmd_key)
