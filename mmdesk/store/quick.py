"""A quick way into a SQLite store for read-only commands, without SQLAlchemy or Alembic.

`mmdesk check` reads a few columns of a store that is almost always at the newest
migration already: opening it through the standard library's sqlite3 spares the import
of SQLAlchemy, the models and Alembic (most of the command's time). Anything else, a URL,
a missing file, a store written by an older or newer mmdesk, goes the usual way
(Store.open: upgrade with backup, or the refusal of a newer schema).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from pathlib import Path

from mmdesk.paths import migrations_dir

#: the environment variable naming the store (as mmdesk.store.database.ENV_VAR)
ENV_VAR = "MMDESK_DB"


def head_from_files(scripts: Path | None = None) -> str | None:
    """The newest migration read from the migration files themselves (of scripts, else this
    mmdesk's db/; None when that is not plain: no files, several heads), without importing
    Alembic."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in ((scripts or migrations_dir()) / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = re.search(r"^revision(?::[^=\n]*)?=\s*['\"]([^'\"]+)['\"]", text, re.M)
        if found is None:
            return None
        revisions.add(found.group(1))
        down = re.search(r"^down_revision(?::[^=\n]*)?=\s*['\"]([^'\"]+)['\"]", text, re.M)
        if down is not None:
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def sqlite_file(target: str | os.PathLike[str] | None) -> Path | None:
    """The existing SQLite file that --db (else MMDESK_DB, else the default store) names;
    None for a URL or anything that is not an existing file (the usual way says why)."""
    raw = os.fspath(target) if target is not None else os.environ.get(ENV_VAR) or None
    if raw is None:
        from mmdesk.paths import default_database_path

        path = default_database_path()
    elif "://" in raw:
        return None
    else:
        path = Path(raw).expanduser().resolve()
    return path if path.is_file() else None


def open_at_head(target: str | os.PathLike[str] | None) -> sqlite3.Connection | None:
    """A read-only connection to the SQLite store named by target when it is at the newest
    migration; None when the store must go the usual way (a URL, no file yet, another schema)."""
    path = sqlite_file(target)
    head = head_from_files() if path is not None else None
    if path is None or head is None:
        return None
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)  # as Store.open: a store is its owner's only
    try:
        con = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        con.execute("PRAGMA busy_timeout=10000")
        con.execute("PRAGMA query_only=ON")
        stamped = [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        con.close()
        return None
    if stamped != [head]:
        con.close()
        return None
    return con
