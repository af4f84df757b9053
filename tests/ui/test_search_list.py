"""The window's delegate pickers when the search is hostile: a NUL, a pasted page of words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from mmdesk.store.database import Store
from mmdesk.ui.widgets import list_delegates


def _label(d, where: str) -> str:  # noqa: ANN001
    return d.full_name


def test_a_nul_finds_no_one(qtbot, demo: Store) -> None:  # noqa: ANN001
    results = QListWidget()
    qtbot.addWidget(results)
    list_delegates(results, demo, "\x00", _label)
    assert results.count() == 0


def test_a_page_of_words_is_said_in_the_list_and_cannot_be_picked(qtbot, demo: Store) -> None:  # noqa: ANN001
    results = QListWidget()
    qtbot.addWidget(results)
    list_delegates(results, demo, " ".join(f"w{i}" for i in range(1000)), _label)
    assert results.count() == 1 and "at most 40 words" in results.item(0).text()
    assert results.item(0).flags() == Qt.ItemFlag.NoItemFlags
    assert results.item(0).data(Qt.ItemDataRole.UserRole) is None
    list_delegates(results, demo, "plante", _label)
    assert results.count() == 1 and results.item(0).data(Qt.ItemDataRole.UserRole) is not None
