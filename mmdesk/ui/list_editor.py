"""The Forum menu's list editors (rooms, accreditation routes) share one dialog: a table of the
items, Add/Edit/Delete beside it, a red line saying what was refused, and Close."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.errors import MmdeskError
from mmdesk.store.database import Store
from mmdesk.ui.widgets import error_label, say


class _Identified(Protocol):
    """What a list editor needs of an item: its id."""

    @property
    def id(self) -> int: ...


Item = TypeVar("Item", bound=_Identified)

# lupdate finds the translate("ListEditor", "…") calls by this name
translate = QCoreApplication.translate


class ListEditor(QDialog, Generic[Item]):
    """A table of items (each with an id) to add, edit and delete. A subclass gives the window
    title, the headers and the Add button's words, and says how to read the items and their
    cells (load), ask for one (ask), delete one (remove) and what to ask before deleting
    (delete_question). `changed` tells whether anything was saved."""

    def __init__(self, parent: QWidget | None, store: Store, columns: int, *,
                 right_aligned: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.store = store
        self.changed = False
        self.items: list[Item] = []
        self.right_aligned = tuple(right_aligned)
        self.table = QTableWidget(0, columns)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, columns):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton()  # its words: the subclass's (Add room…)
        self.edit_button = QPushButton(translate("ListEditor", "&Edit…"))
        self.delete_button = QPushButton(translate("ListEditor", "&Delete"))
        self.side = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            self.side.addWidget(b)
        self.side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(self.side)
        self.message = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(body, 1)
        self.main_layout.addWidget(self.message)
        self.main_layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.table.itemSelectionChanged.connect(self._buttons)

    def add_side_button(self, button: QPushButton) -> QPushButton:
        """One more button under Delete."""
        self.side.insertWidget(self.side.count() - 1, button)
        return button

    def add_note(self, widget: QWidget) -> QWidget:
        """A line between the table and the red line."""
        self.main_layout.insertWidget(self.main_layout.indexOf(self.message), widget)
        return widget

    # -- what a subclass says

    def load(self) -> tuple[list[Item], list[Sequence[str]]]:
        """The items and, for each, its row of cells."""
        raise NotImplementedError

    def ask(self, initial: Item | None) -> tuple[Any, bool]:
        """The item's dialog (new when initial is None), saving as it is accepted:
        (what was saved, accepted)."""
        raise NotImplementedError

    def remove(self, item: Item) -> None:
        """Delete the item in the store (MmdeskError says why not)."""
        raise NotImplementedError

    def delete_question(self, item: Item) -> tuple[str, str]:
        """The title and question of the box that confirms a delete."""
        raise NotImplementedError

    def refreshed(self) -> None:
        """After the table is read again: a subclass may update what it shows beside it."""

    # -- the same for every list

    def reload(self, select: int | None = None) -> None:
        """Read the items again, selecting one by id."""
        self.items, rows = self.load()
        self.table.setRowCount(len(self.items))
        for row, (item, cells) in enumerate(zip(self.items, rows, strict=True)):
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col in self.right_aligned:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, cell)
            if item.id == select:
                self.table.selectRow(row)
        self.refreshed()
        self._buttons()

    def current(self) -> Item | None:
        """The selected item, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _buttons(self) -> None:
        on = self.current() is not None
        self.edit_button.setEnabled(on)
        self.delete_button.setEnabled(on)

    def _say(self, text: str | None) -> None:
        say(self.message, text)

    def saved(self, select: int | None = None) -> None:
        """Something was saved: remember it, clear the red line, read the table again."""
        self.changed = True
        self._say(None)
        self.reload(select)

    def add(self) -> bool:
        """A new item, at the end."""
        made, ok = self.ask(None)
        if not ok:
            return False
        self.saved(made.id)
        return True

    def edit(self) -> bool:
        """Change the selected item."""
        item = self.current()
        if item is None:
            return False
        _, ok = self.ask(item)
        if not ok:
            return False
        self.saved(item.id)
        return True

    def delete(self) -> bool:
        """Delete the selected item (refused, with the reason, while it is in use)."""
        item = self.current()
        if item is None:
            return False
        title, question = self.delete_question(item)
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.remove(item)
        except MmdeskError as exc:
            self._say(translate("ListEditor", "Not deleted: %1").replace("%1", str(exc)))
            return False
        self.saved()
        return True

    @classmethod
    def manage(cls, parent: QWidget | None, store: Store) -> tuple[bool, bool]:
        """(whether anything changed, accepted)."""
        dialog = cls(parent, store)  # type: ignore[call-arg]
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.changed, accepted

