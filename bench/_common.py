"""What the subprocess benches share: the cached demo stores and the children's environment.

Standard library only: the bench process itself imports neither mmdesk nor Qt, so every
figure is taken from outside the program, as a user would live it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def cache_root() -> Path:
    """Where demo stores are kept between runs (MMDESK_BENCH_CACHE, else the temp folder)."""
    chosen = os.environ.get("MMDESK_BENCH_CACHE")
    return Path(chosen) if chosen else Path(tempfile.gettempdir()) / "mmdesk-bench"


def _schema_tag() -> str:
    """The migrations present: a new one makes a new cached store (never an upgrade mid-bench)."""
    names = sorted(p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    return hashlib.sha1("\n".join(names).encode()).hexdigest()[:10]


def child_env(home: Path, keys: Path, **extra: str) -> dict[str, str]:
    """The environment of a child mmdesk: its own settings, data and backups under `home`
    (never the user's), the signing keys of the cached store, this checkout first on the path."""
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / var.lower()).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / var.lower())
    env["MMDESK_KEYS"] = str(keys)
    env.pop("MMDESK_DB", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep)
                                                        if p])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def demo_store(delegates: int, log=print) -> tuple[Path, Path]:  # noqa: ANN001 - a print-like callable
    """(store file, keys folder) of `mmdesk demo --delegates N`, made once and kept by N."""
    folder = cache_root() / f"demo-{delegates}-{_schema_tag()}"
    store, keys = folder / "demo.sqlite3", folder / "keys"
    if (folder / "ready").exists():
        return store, keys
    for old in folder.parent.glob(f"demo-{delegates}-*"):  # made before a new migration
        shutil.rmtree(old, ignore_errors=True)
    folder.mkdir(parents=True)
    keys.mkdir(mode=0o700)
    log(f"making the demo store with {delegates} delegates in {folder} (once) …")
    failed = made_once(folder, store, keys, ["-m", "mmdesk", "--db", str(store), "demo", "--delegates",
                                             str(delegates)], log)
    if failed:
        raise SystemExit(f"mmdesk demo failed {failed}")
    return store, keys


def made_once(folder: Path, store: Path, keys: Path, argv: list[str], log) -> str | None:  # noqa: ANN001
    """Run `python ARGV` (a child with its own settings, the cached store's keys) to make the
    store kept in folder; then folder/ready says how long it took. On failure the folder goes
    and the child's return code and last words come back."""
    t = time.perf_counter()
    run = subprocess.run([sys.executable, *argv], env=child_env(folder / "home", keys), cwd=ROOT,
                         capture_output=True, text=True)
    if run.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return f"({run.returncode}): {(run.stderr.strip() or run.stdout.strip())[-400:]}"
    checkpoint(store)
    (folder / "ready").write_text(f"{time.perf_counter() - t:.1f} s\n")
    log(f"… made in {time.perf_counter() - t:.1f} s")
    return None


def checkpoint(store: Path) -> None:
    """Fold a write-ahead log into the file, so that a plain copy is the whole store."""
    with sqlite3.connect(store) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def working_copy(store: Path, folder: Path, name: str = "bench.sqlite3") -> Path:
    """A copy of a cached store that a bench may change (the cache stays as it was made)."""
    target = folder / name
    shutil.copyfile(store, target)
    return target


def percentile(values: list[float], p: float) -> float | None:
    """The p-th percentile (nearest rank) of the values, None for none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil
    return ordered[int(rank) - 1]


def load() -> str:
    """The machine's load average, to read the figures by."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"
