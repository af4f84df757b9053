"""What every command shares: exit codes, the one-line error, the open store, WHO."""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mmdesk.domain.errors import MmdeskError

if TYPE_CHECKING:
    from mmdesk.store.database import Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_ALREADY = 0, 1, 2, 3

T = TypeVar("T")


class CommandError(MmdeskError):
    """A command that cannot be carried out; carries its exit status (1 refused, 2 usage) beside
    the refusal's code and values (see MmdeskError)."""

    def __init__(self, template: str, exit_code: int = EXIT_FAIL, /, *, code: str | None = None,
                 **values: Any) -> None:
        super().__init__(template, code=code, **values)
        self.exit_code = exit_code


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2, and helps in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from mmdesk.cli.help_words import TranslatedHelpFormatter

        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        from mmdesk.i18n import say, translate_message

        self.exit(EXIT_USAGE, "mmdesk: " + say("{message} (see mmdesk --help)",
                                               message=translate_message(self._named(message))) + "\n")

    def _named(self, message: str) -> str:
        """argparse's message with each argument named as --help names it in the user's language
        (NOM, COMMANDE, QUOI), not by its English metavar or its attribute name."""
        import re

        from mmdesk.cli.help_words import argument_name

        names: dict[str, str] = {}
        for action in self._actions:
            english, shown = argparse._get_action_name(action), argument_name(action)
            if english and shown:
                names[english] = shown

        def one(name: str) -> str:
            return names.get(name, name)

        m = re.fullmatch(r"argument (.+?): not allowed with argument (.+)", message)
        if m:
            return f"argument {one(m[1])}: not allowed with argument {one(m[2])}"
        m = re.fullmatch(r"the following arguments are required: (.+)", message)
        if m:
            return "the following arguments are required: " + ", ".join(one(x) for x in m[1].split(", "))
        m = re.fullmatch(r"one of the arguments (.+) is required", message)
        if m:
            return f"one of the arguments {' '.join(one(x) for x in m[1].split(' '))} is required"
        m = re.match(r"argument (.+?): ", message)
        if m and m[1] in names:
            return f"argument {one(m[1])}: {message[m.end():]}"
        return message


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Store]:
    """The store named by --db (or MMDESK_DB, or the default file), closed afterwards."""
    from mmdesk.store.database import Store

    store = Store.open(args.db)
    try:
        yield store
    finally:
        store.close()


def existing_folder(target: Path) -> Path:
    """The target itself, once its folder is known to exist (else a one-line refusal)."""
    from mmdesk.files import writable_target

    try:
        return writable_target(target)
    except MmdeskError as exc:
        raise CommandError.wrapping(exc) from None


def target_file(file: str, suffix: str, refusal: str, **values: Any) -> Path:
    """FILE of the command line as a Path: ending in suffix (else refusal, a usage error: an English
    template filled with values, a msgid of its own), in a folder that exists."""
    target = Path(file)
    if target.suffix.lower() != suffix:
        raise CommandError(refusal, EXIT_USAGE, code="cli.wrong-file-type", **values)
    return existing_folder(target)


def print_json(data: Any, indent: int = 2) -> None:
    """What --json prints: the data as JSON (UTF-8 as it is), then a new line."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=indent)
    sys.stdout.write("\n")


def show_list(args: argparse.Namespace, items: Sequence[T], as_json: Callable[[T], Any], empty: str,
              lines: Callable[[Sequence[T]], Iterable[str]], *, indent: int = 2) -> int:
    """A list command's output: with --json every item as JSON; else `empty` (the next step)
    when there is none, or the lines."""
    if args.json:
        print_json([as_json(x) for x in items], indent)
        return EXIT_OK
    if not items:
        print(empty)
        return EXIT_OK
    for line in lines(items):
        print(line)
    return EXIT_OK


def remove_found(args: argparse.Namespace, find: Callable[[Store, str], Any],
                 delete: Callable[[Store, int], object], what: str) -> int:
    """`mmdesk WHAT remove NAME`: the one NAME (or id) finds, deleted; says which (what: "room" or
    "route")."""
    from mmdesk.i18n import say

    with opened(args) as store:
        found = find(store, args.name)
        delete(store, found.id)
    print(say("removed room {name}", name=repr(found.name)) if what == "room"
          else say("removed route {name}", name=repr(found.name)))
    return EXIT_OK


def find_delegate(store: Store, who: str) -> int:
    """WHO of the command line: a delegate id, an e-mail, or a name matching exactly one."""
    from mmdesk.services.delegates import resolve_delegate

    return resolve_delegate(store, who)


def run_to_end(steps: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """Run a long job's (done, total) steps to the end; the last step, (0, 0) for none."""
    tail = deque(steps, maxlen=1)
    return tail[0] if tail else (0, 0)
