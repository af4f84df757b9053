"""Processes that leave nothing behind: helpers die with the desk that started them, and a
file named after a process can be known as a leftover once that process is gone (pid_alive).

A worker of a badge batch calls `die_with_parent` as it starts: on Linux the kernel kills it
when the desk dies (prctl PR_SET_PDEATHSIG), and everywhere a small thread watches the parent
and ends the worker once the parent is gone (a desk killed by SIGKILL, a power-cut-like crash
or the task manager runs no clean-up of its own).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from pathlib import Path

#: How often a worker looks whether its parent is still there (seconds).
WATCH_EVERY = 1.0
_PR_SET_PDEATHSIG = 1


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (a zombie, dead but not yet reaped, is not)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    with contextlib.suppress(OSError, ValueError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat[stat.rindex(")") + 2] not in "ZX"
    return True


def _windows_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def die_with_parent(parent: int) -> None:
    """Make this (worker) process end when `parent` does: the kernel's parent-death signal on
    Linux, and on every system a daemon thread that ends the process once the parent is gone.
    Meant as a ProcessPoolExecutor initializer (initargs=(os.getpid(),) in the parent)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if not _parent_there(parent):  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="watch-parent", daemon=True).start()


def _parent_there(parent: int) -> bool:
    if sys.platform == "win32":
        return pid_alive(parent)  # a Windows process keeps its parent's id after the parent ends
    return os.getppid() == parent  # else an orphan is adopted by init (or a subreaper)


def _watch(parent: int) -> None:
    while _parent_there(parent):
        time.sleep(WATCH_EVERY)
    os._exit(1)
