"""The Qt binding mmdesk runs on keeps Python's references: a day at the desk emits
signals and calls Qt by the hundred thousand.

PySide6 6.12.0 dropped a reference to True at every signal emitted from Python and one to
None at every Qt call returning nothing; on Python 3.11 (where True and None are not
immortal) a window typed into for a while ended with "deallocating True or False".
constraints.txt pins a release without that fault and pyproject.toml leaves 6.12.0 out.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QObject, Signal

class Desk(QObject):
    changed = Signal()
    moved = Signal(int, bool)

desk = Desk()
desk.changed.connect(lambda: None)
true, none = sys.getrefcount(True), sys.getrefcount(None)
for i in range(60_000):
    desk.changed.emit()
    desk.moved.emit(i, True)
    desk.setObjectName("desk")
print(sys.getrefcount(True) - true, sys.getrefcount(None) - none)
"""


def test_signals_and_qt_calls_by_the_ten_thousand_leave_the_process_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    lost_true, lost_none = map(int, done.stdout.split())
    assert abs(lost_true) < 100 and abs(lost_none) < 100
