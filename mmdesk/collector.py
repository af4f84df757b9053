"""Python's cycle collector held off while tens of thousands of plain rows are built."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = True


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cycle collector paused for the block: each of its passes walks every object alive,
    and tens of thousands of fresh rows (cells, checked fields, parameters) make it run again
    and again for nothing, a quarter of a big read or a fifth of an import. The rows hold no
    cycles; what they leave is freed as they are dropped, as always. Blocks may nest or
    overlap in several threads: the collector runs again when the last one ends, if it ran
    before the first."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
