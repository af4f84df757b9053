"""Forum › Rooms and zones…: the venue's rooms with capacity and access zone, in the order
of the programme grid's columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.errors import MmdeskError, NotFound
from mmdesk.services import venue as venue_svc
from mmdesk.store.database import Store
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.widgets import text_combo

T = TypeVar("T")


class RoomDialog(SavingDialog):
    """One room: name, capacity (0 = not known) and access zone (a known one or a new one)."""

    def __init__(self, parent: QWidget | None, zones: list[str], initial: venue_svc.RoomView | None,
                 save: Callable[[tuple[str, int | None, str | None]], object]) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Edit room") if initial else self.tr("New room"))
        self.name = QLineEdit(initial.name if initial else "")
        self.name.setPlaceholderText(self.tr("e.g. General Assembly Hall"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("not known"))
        self.capacity.setSuffix(self.tr(" seats"))
        self.capacity.setValue((initial.capacity or 0) if initial else 0)
        self.zone = text_combo(zones, initial.access_zone if initial else None,
                               placeholder=self.tr("e.g. plenary, restricted, press"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Access zone"), self.zone)
        note = QLabel(self.tr("A badge opens a room's door where its route opens the room's zone."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #616161")
        self.lay_out(form, note)
        self.setMinimumWidth(420)

    def value(self) -> tuple[str, int | None, str | None]:
        return (self.name.text(), self.capacity.value() or None,
                self.zone.currentText().strip() or None)

    @classmethod
    def ask(cls, parent: QWidget | None, zones: list[str], initial: venue_svc.RoomView | None,
            save: Callable[[tuple[str, int | None, str | None]], T]) -> tuple[T, bool]:
        """(what save returned, accepted; the value means nothing when not accepted)."""
        made, ok = cls(parent, zones, initial, save).run()
        return cast(T, made), ok


class RoomsEditor(QDialog):
    """Add, rename, edit, delete (refused while sessions use a room) and order the rooms."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rooms and zones"))
        self.store = store
        self.changed = False
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Capacity"),
                                              self.tr("Access zone"), self.tr("Sessions")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add room…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        side = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.up_button,
                  self.down_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        self.zones = QLabel()
        self.zones.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold")
        self.message.hide()
        hint = QLabel(self.tr("The order here is the order of the programme grid's columns."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #616161")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(hint)
        layout.addWidget(self.zones)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.up_button.clicked.connect(lambda: self.move_room(-1))
        self.down_button.clicked.connect(lambda: self.move_room(+1))
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.table.itemSelectionChanged.connect(self._buttons)
        self.rooms: list[venue_svc.RoomView] = []
        self.reload()
        self.resize(640, 420)

    def reload(self, select: int | None = None) -> None:
        """Read the rooms again, selecting one by id."""
        try:
            self.rooms = venue_svc.list_rooms(self.store)
            zones = venue_svc.access_zones(self.store)
        except NotFound:  # no forum yet (the window asks for one before opening this)
            self.rooms, zones = [], []
        self.table.setRowCount(len(self.rooms))
        for row, r in enumerate(self.rooms):
            cells = (r.name, "" if r.capacity is None else f"{r.capacity:,}", r.access_zone or "",
                     str(r.sessions))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            if r.id == select:
                self.table.selectRow(row)
        self.zones.setText(self.tr("Access zones: %1").replace("%1", ", ".join(zones) or self.tr("none yet")))
        self._buttons()

    def current(self) -> venue_svc.RoomView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rooms[rows[0].row()] if rows else None

    def _buttons(self) -> None:
        room = self.current()
        index = self.rooms.index(room) if room else -1
        self.edit_button.setEnabled(room is not None)
        self.delete_button.setEnabled(room is not None)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self.rooms) - 1)

    def _say(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def add(self) -> bool:
        """A new room at the end of the columns."""
        made, ok = RoomDialog.ask(self, venue_svc.access_zones(self.store), None,
                                  lambda v: venue_svc.create_room(self.store, v[0], v[1], v[2]))
        if not ok:
            return False
        self.changed = True
        self._say(None)
        self.reload(made.id)
        return True

    def edit(self) -> bool:
        """Rename the selected room, or change its capacity or zone."""
        room = self.current()
        if room is None:
            return False
        saved, ok = RoomDialog.ask(self, venue_svc.access_zones(self.store), room,
                                   lambda v: venue_svc.update_room(self.store, room.id, name=v[0],
                                                                   capacity=v[1], access_zone=v[2]))
        if not ok:
            return False
        self.changed = True
        self._say(None)
        self.reload(room.id)
        return True

    def delete(self) -> bool:
        """Delete the selected room (refused, with the reason, while sessions use it)."""
        room = self.current()
        if room is None:
            return False
        answer = QMessageBox.question(self, self.tr("Delete room"),
                                      self.tr("Delete the room %1?").replace("%1", room.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            venue_svc.delete_room(self.store, room.id)
        except MmdeskError as exc:
            self._say(self.tr("Not deleted: %1").replace("%1", str(exc)))
            return False
        self.changed = True
        self._say(None)
        self.reload()
        return True

    def move_room(self, step: int) -> bool:
        """Move the selected room one column left (-1) or right (+1) in the grid."""
        room = self.current()
        if room is None:
            return False
        order = [r.id for r in self.rooms]
        i = order.index(room.id)
        j = i + step
        if not 0 <= j < len(order):
            return False
        order[i], order[j] = order[j], order[i]
        venue_svc.reorder_rooms(self.store, order)
        self.changed = True
        self.reload(room.id)
        return True

    @classmethod
    def manage(cls, parent: QWidget | None, store: Store) -> tuple[bool, bool]:
        """(whether anything changed, accepted)."""
        dialog = cls(parent, store)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.changed, accepted
