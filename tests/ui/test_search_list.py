"""The window with hostile input: a NUL or a pasted page of words in a delegate picker's search,
a birth date after today in the delegate dialog."""

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


def test_the_delegate_dialog_takes_no_birth_date_after_today(qtbot) -> None:  # noqa: ANN001
    from datetime import date

    from PySide6.QtCore import QDate

    from mmdesk.services.delegates import DelegateInput
    from mmdesk.ui.delegate_dialog import DelegateDialog

    dialog = DelegateDialog(None, DelegateInput(given_name="Anna", family_name="Nowak"), lambda data: data)
    qtbot.addWidget(dialog)
    dialog.reveal.setChecked(True)
    dialog.birth.setDate(QDate.currentDate().addDays(30))
    born = dialog.value().date_of_birth
    assert born is not None and born <= date.today()
