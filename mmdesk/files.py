"""Files written whole or not at all: every export, print and backup goes through here."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mmdesk.domain.errors import MmdeskError


def writable_target(target: Path | str) -> Path:
    """The target as a Path, once its folder is known to exist (else one clear sentence)."""
    path = Path(target)
    if not path.parent.resolve().is_dir():
        raise MmdeskError("folder {parent} does not exist", parent=path.parent, code="files.folder-does-not")
    return path


@contextmanager
def atomic_write(target: Path | str, *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary name beside target; when the block ends well the file is flushed
    to disk and renamed over target, else removed: a full disk, a crash or a Cancel never
    leaves a damaged file under the target's name. private makes it readable by its owner
    only (0600), for copies that hold personal data or keys."""
    path = writable_target(target)
    tmp = path.with_name(f".{path.name}.part")
    try:
        yield tmp
        if tmp.exists():
            if private:
                os.chmod(tmp, 0o600)
            with open(tmp, "rb") as done:
                os.fsync(done.fileno())
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
