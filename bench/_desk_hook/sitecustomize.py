"""Bench bootstrap of bench/bench_desk.py: with MMDESK_BENCH=desk it loads bench/_drive_desk.py,
which drives the first main window's Check-in desk page; otherwise it does nothing."""

import os

if os.environ.get("MMDESK_BENCH") == "desk":
    import sys

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import _drive_desk

    _drive_desk.install()
