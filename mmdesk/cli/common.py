"""What every command shares: exit codes, the one-line error, the open store, WHO."""

from __future__ import annotations

import argparse
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from mmdesk.domain.errors import MmdeskError

if TYPE_CHECKING:
    from mmdesk.store.database import Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_ALREADY = 0, 1, 2, 3


class CommandError(MmdeskError):
    """A command that cannot be carried out; carries its exit code."""

    def __init__(self, message: str, code: int = EXIT_FAIL) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"mmdesk: {message} (see mmdesk --help)\n")


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
    if not target.parent.resolve().is_dir():
        raise CommandError(f"folder {target.parent} does not exist")
    return target


def find_delegate(store: Store, who: str) -> int:
    """WHO of the command line: a delegate id, an e-mail, or a name matching exactly one."""
    from mmdesk.services.delegates import resolve_delegate

    return resolve_delegate(store, who)


def run_to_end(steps: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """Run a long job's (done, total) steps to the end; the last step, (0, 0) for none."""
    tail = deque(steps, maxlen=1)
    return tail[0] if tail else (0, 0)
