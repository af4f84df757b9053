"""What a killed badge batch leaves in the folder, and its cleaning at the next batch.

A batch writes its PDF under a hidden `.part` name and draws it in chunk files beside it; a
desk killed mid-batch (SIGKILL, a crash, a power cut) runs no clean-up, so both stay. Every
batch therefore marks itself with a small file naming its process
(`.{part}.{pid}.printing`, removed when it ends), and names its chunks after its process too
(`.{part}.{pid}.{n}.chunk`). The next batch in the folder removes the chunks and the `.part`
of every batch whose process is gone; a batch still running at another desk keeps its files.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from mmdesk.processes import pid_alive

_MARKER = re.compile(r"\.(?P<part>.+)\.(?P<pid>\d+)\.printing")
_CHUNK = re.compile(r"\.(?P<part>.+)\.(?P<pid>\d+)\.\d+\.chunk")
_OLD_CHUNK = re.compile(r"\.(?P<part>.+)\.\d+\.chunk")  # named before chunks carried a pid


def chunk_path(part: Path, index: int) -> Path:
    """Where this process draws chunk `index` of the batch written to `part`."""
    return part.with_name(f".{part.name}.{os.getpid()}.{index}.chunk")


def batch_started(part: Path) -> Path:
    """Clean what dead batches left beside `part`, then mark this batch as running; returns
    the marker, which the batch removes when it ends."""
    clean_dead_batches(part.parent, keep=part)
    marker = part.with_name(f".{part.name}.{os.getpid()}.printing")
    marker.touch()
    return marker


def clean_dead_batches(folder: Path, *, keep: Path | None = None) -> list[Path]:
    """Remove the markers, chunk files and `.part` files of batches whose process is gone
    (and chunks of `keep` named the old way); returns what was removed."""
    try:
        names = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    except OSError:
        return []
    alive: dict[int, bool] = {}

    def gone(pid: str) -> bool:
        if int(pid) not in alive:
            alive[int(pid)] = pid_alive(int(pid))
        return not alive[int(pid)]

    running = {m.group("part") for n in names if (m := _MARKER.fullmatch(n)) and not gone(m.group("pid"))}
    removed: list[Path] = []
    for name in names:
        if m := _MARKER.fullmatch(name):
            if gone(m.group("pid")):
                removed.append(folder / name)
                part = m.group("part")
                if part not in running and (keep is None or part != keep.name):
                    removed.append(folder / part)
        elif m := _CHUNK.fullmatch(name):
            if gone(m.group("pid")):
                removed.append(folder / name)
        elif keep is not None and (m := _OLD_CHUNK.fullmatch(name)) and m.group("part") == keep.name:
            removed.append(folder / name)
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    return removed
