"""The cycle collector paused for big reads and imports, and running again after them."""

from __future__ import annotations

import gc
import threading

from mmdesk.collector import paused_gc


def test_overlapping_pauses_in_two_threads_leave_the_collector_running() -> None:
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:  # an import in a worker thread, begun first and ended last
        with paused_gc():
            inside.set()
            leave.wait(10)

    worker = threading.Thread(target=other)
    worker.start()
    assert inside.wait(10)
    with paused_gc():  # a read in this thread, ended first
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's import still holds it
    leave.set()
    worker.join()
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off_and_a_failing_block_lets_it_run() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    try:
        with paused_gc(), paused_gc():
            raise ValueError("refused")
    except ValueError:
        pass
    assert gc.isenabled()
