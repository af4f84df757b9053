"""Helpers end with the process that started them, with or without the kernel's help."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mmdesk.processes import pid_alive

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL of a process group")

#: A desk that starts a helper calling die_with_parent (the portable watch only, when asked:
#: the helper then believes it is not on Linux), prints the helper's pid and waits.
DESK = textwrap.dedent("""
    import subprocess, sys, time
    helper = subprocess.Popen([sys.executable, "-c", '''
    import os, sys, time
    if sys.argv[1] == "watch-only":
        sys.platform = "darwin"
    from mmdesk.processes import die_with_parent
    die_with_parent(os.getppid())
    print("ready", flush=True)
    time.sleep(600)
    ''', sys.argv[1]], stdout=subprocess.PIPE, text=True)
    helper.stdout.readline()
    print(helper.pid, flush=True)
    time.sleep(600)
""")


@pytest.mark.parametrize("how", ["kernel", "watch-only"])
def test_a_helper_ends_when_its_desk_is_killed(how: str) -> None:
    desk = subprocess.Popen([sys.executable, "-c", DESK, how], stdout=subprocess.PIPE, text=True,
                            start_new_session=True, cwd=Path(__file__).resolve().parents[1])
    try:
        assert desk.stdout is not None
        helper = int(desk.stdout.readline())
        assert pid_alive(helper)
        os.kill(desk.pid, signal.SIGKILL)  # the desk alone
        desk.wait(timeout=30)
        deadline = time.monotonic() + 30
        while pid_alive(helper) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not pid_alive(helper)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(desk.pid, signal.SIGKILL)
        desk.wait(timeout=30)


def test_pid_alive() -> None:
    assert pid_alive(os.getpid()) and not pid_alive(0) and not pid_alive(-1)
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    assert not pid_alive(done.pid)
