"""A badge batch leaves nothing behind: its worker processes die with the desk that started
them (SIGKILL of the desk alone, as a crash or the task manager would), and what a killed batch
left in the folder (the half-written PDF, its chunk files) is cleaned at the next batch."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mmdesk.domain.enums import Category
from mmdesk.printing.badges import BadgeData, EventHeader, write_badges
from mmdesk.printing.layouts import load_layout
from mmdesk.processes import pid_alive

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

#: A batch of synthetic badges drawn by two worker processes, printing its progress.
BATCH = textwrap.dedent("""
    import sys
    from pathlib import Path
    from mmdesk.domain.enums import Category
    from mmdesk.printing.badges import BadgeData, EventHeader, write_badges
    from mmdesk.printing.layouts import load_layout

    badges = (BadgeData(f"{i:06d}", "Q" * 70, f"Delegate {i}", None, "Mayor", "City of Accra", "Ghana",
                        Category.LOCAL_LEADER, ("Plenary",)) for i in range(400_000))
    for done in write_badges(Path(sys.argv[1]), load_layout("a6"), EventHeader("Forum", "1 May"), badges,
                             400_000, workers=2):
        print(done, flush=True)
""")


def _children(pid: int) -> set[int]:
    """The processes whose parent is pid (from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
                    found.add(int(entry.name))
    return found


def _running(pids: set[int]) -> set[int]:
    return {p for p in pids if pid_alive(p)}


@pytest.fixture
def batch(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """The batch started in its own process group (killed whole at the end, whatever happens)."""
    proc = subprocess.Popen([sys.executable, "-c", BATCH, str(tmp_path / ".badges.pdf.part")],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            start_new_session=True, cwd=Path(__file__).resolve().parents[2])
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


@linux
def test_workers_die_with_the_desk_that_started_them(batch: subprocess.Popen[str], tmp_path: Path) -> None:
    assert batch.stdout is not None
    batch.stdout.readline()  # a first chunk is done: the workers are drawing the next ones
    workers = _children(batch.pid)
    assert len(workers) >= 2  # two workers (and multiprocessing's resource tracker)
    os.kill(batch.pid, signal.SIGKILL)  # the desk alone, not its process group
    batch.wait(timeout=30)
    deadline = time.monotonic() + 60
    while _running(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _running(workers), "worker processes outlived the desk"


@linux
def test_a_killed_batch_is_cleaned_at_the_next_one(batch: subprocess.Popen[str], tmp_path: Path) -> None:
    assert batch.stdout is not None
    batch.stdout.readline()
    os.killpg(batch.pid, signal.SIGKILL)  # the desk and its workers: a power cut
    batch.wait(timeout=30)
    left = {p.name for p in tmp_path.iterdir()}
    # what a kill leaves: the half-written PDF, the batch's mark (and chunks drawn but not yet joined)
    assert ".badges.pdf.part" in left and any(n.endswith(".printing") for n in left)
    target = tmp_path / ".other.pdf.part"
    list(write_badges(target, load_layout("a6"), EventHeader("Forum", "1 May"), _badges(3), 3, workers=1))
    assert {p.name for p in tmp_path.iterdir()} == {".other.pdf.part"}


def _badges(n: int) -> Iterator[BadgeData]:
    return (BadgeData(f"{i:06d}", "Q" * 70, f"Delegate {i}", None, None, None, "Ghana", Category.MEDIA, ())
            for i in range(n))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftovers_of_a_live_batch_are_kept(tmp_path: Path) -> None:
    """Another desk printing into the same folder right now keeps its files."""
    dead, live = _dead_pid(), os.getppid()
    names = [f"..a.pdf.part.{dead}.0.chunk", f"..a.pdf.part.{dead}.printing", ".a.pdf.part",
             f"..b.pdf.part.{live}.0.chunk", f"..b.pdf.part.{live}.printing", ".b.pdf.part",
             f"..c.pdf.part.{dead}.3.chunk", "notes.part", ".d.pdf.part.12.chunk.bak"]
    for name in names:
        (tmp_path / name).write_bytes(b"%PDF-1.4\n")
    list(write_badges(tmp_path / ".new.pdf.part", load_layout("a6"), EventHeader("Forum", "1 May"),
                      _badges(2), 2, workers=1))
    assert {p.name for p in tmp_path.iterdir()} == {
        f"..b.pdf.part.{live}.0.chunk", f"..b.pdf.part.{live}.printing", ".b.pdf.part",
        "notes.part", ".d.pdf.part.12.chunk.bak", ".new.pdf.part"}
