"""Bench bootstrap: on the path of a window started by bench/bench_window.py only.

With MMDESK_BENCH=1 it loads bench/_drive.py, which waits for mmdesk's main window to be
made and then plays the scripted user; without it, it does nothing. mmdesk itself holds
no bench code.
"""

import os

if os.environ.get("MMDESK_BENCH") == "1":
    import sys

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import _drive

    _drive.install()
