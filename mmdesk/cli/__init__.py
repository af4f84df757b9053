"""The command line of the README; the window opens when no command is given.

One module a command group (Vorta's one action a module): each has a ``register(sub)``
adding its sub-commands. Errors are one clear line on stderr and a non-zero exit (1 for
a refused or failed command, 2 for wrong usage); a failed command changes nothing,
since every service call is one transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

from mmdesk import __version__
from mmdesk.cli import (
    accreditation,
    backup,
    check,
    checkin,
    delegates,
    demo,
    desk,
    exchange,
    forum,
    keys,
    letters,
    printing,
    privacy,
    programme,
    rooms,
    routes,
    server,
    sessions,
    workbooks,
)
from mmdesk.cli.common import EXIT_FAIL, EXIT_OK, CommandError, Parser
from mmdesk.domain.errors import MmdeskError

#: the command groups, in the order --help lists them
GROUPS = [demo, forum, rooms, routes, delegates, sessions, programme, accreditation,
          check, backup, checkin, desk, exchange, workbooks, printing, letters, privacy, server, keys]


def cmd_window(args: argparse.Namespace) -> int:
    try:
        from mmdesk.ui.app import run_window
    except ImportError as exc:
        raise CommandError(
            "the window cannot start: {exc}",
            EXIT_FAIL, exc=exc, code="cli.window-cannot-start") from exc
    return run_window(args.db)


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command line (also used by --help and the tests)."""
    p = Parser(prog="mmdesk", description="The organizers' desk for a Mayoral Forum.")
    p.add_argument("--version", action="version", version=f"mmdesk {__version__}")
    p.add_argument("--db", metavar="PATH_OR_URL",
                   help="a SQLite file or any SQLAlchemy URL (default: $MMDESK_DB, "
                        "else mmdesk.sqlite3 in your data folder)")
    p.add_argument("--language", choices=("en", "fr", "es"), dest="ui_language",
                   help="the language of messages (default: $MMDESK_LANGUAGE, else LANG/LC_MESSAGES)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.register(sub)
    return p


def _language_option(argv: Sequence[str]) -> str | None:
    """The global --language's value, read before the command (a command's own --language,
    such as print letters', comes after it and is not this one)."""
    tokens = list(argv)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "--language" and i + 1 < len(tokens):
            return tokens[i + 1]
        if token.startswith("--language="):
            return token.split("=", 1)[1]
        if token == "--db":
            i += 2
            continue
        if not token.startswith("-"):
            return None  # the command: what follows is its own
        i += 1
    return None


def _refused(exc: MmdeskError, as_json: bool) -> None:
    """A refusal on stderr, one line: the sentence in the current language, or under --json one
    object {"error": {"code", "message", "values"}} (the code is the same in every language)."""
    if as_json:
        print(json.dumps({"error": exc.as_data()}, ensure_ascii=False, default=str), file=sys.stderr)
    else:
        print(f"mmdesk: {exc}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `mmdesk` and `python -m mmdesk`; returns the exit code."""
    from mmdesk import i18n

    # the language first, so that a usage error is said in it too
    i18n.set_language(_language_option(sys.argv[1:] if argv is None else argv)
                      or i18n.language_from_environment())
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", cmd_window)
    try:
        return run(args)
    except MmdeskError as exc:
        _refused(exc, bool(getattr(args, "json", False)))
        return exc.exit_code if isinstance(exc, CommandError) else EXIT_FAIL
    except KeyboardInterrupt:
        print("mmdesk: " + i18n._("interrupted; nothing was changed"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `mmdesk check --json | head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug or a lost server: still one line, traceback on request
        if os.environ.get("MMDESK_DEBUG"):
            raise
        from sqlalchemy.exc import SQLAlchemyError

        what = i18n._("database error") if isinstance(exc, SQLAlchemyError) else i18n._("unexpected error")
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print("mmdesk: " + i18n.say("{what}: {first} (nothing was changed; set MMDESK_DEBUG=1 for details)",
                                    what=what, first=first), file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
