"""The window on the demo forum, for every window test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo: Store, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    """The main window over the demo store, shown offscreen, with settings of its own."""
    w = MainWindow(demo, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w
