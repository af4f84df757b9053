"""Forum › Rooms and zones…: the venue's rooms with capacity and access zone, in the order
of the programme grid's columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from mmdesk.domain.errors import NotFound
from mmdesk.services import venue as venue_svc
from mmdesk.store.database import Store
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.list_editor import ListEditor
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


class RoomsEditor(ListEditor[venue_svc.RoomView]):
    """Add, rename, edit, delete (refused while sessions use a room) and order the rooms."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent, store, self.COLUMNS, right_aligned=(1, 3))
        self.setWindowTitle(self.tr("Rooms and zones"))
        self.table.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Capacity"),
                                              self.tr("Access zone"), self.tr("Sessions")])
        self.add_button.setText(self.tr("&Add room…"))
        self.up_button = self.add_side_button(QPushButton(self.tr("Move &up")))
        self.down_button = self.add_side_button(QPushButton(self.tr("Move do&wn")))
        hint = QLabel(self.tr("The order here is the order of the programme grid's columns."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #616161")
        self.add_note(hint)
        self.zones = QLabel()
        self.zones.setWordWrap(True)
        self.add_note(self.zones)
        self.up_button.clicked.connect(lambda: self.move_room(-1))
        self.down_button.clicked.connect(lambda: self.move_room(+1))
        self.reload()
        self.resize(640, 420)

    @property
    def rooms(self) -> list[venue_svc.RoomView]:
        """The rooms as the table shows them."""
        return self.items

    def load(self) -> tuple[list[venue_svc.RoomView], list[Sequence[str]]]:
        try:
            rooms = venue_svc.list_rooms(self.store)
            zones = venue_svc.access_zones(self.store)
        except NotFound:  # no forum yet (the window asks for one before opening this)
            rooms, zones = [], []
        self.zones.setText(self.tr("Access zones: %1").replace("%1", ", ".join(zones) or self.tr("none yet")))
        return rooms, [(r.name, "" if r.capacity is None else f"{r.capacity:,}", r.access_zone or "",
                        str(r.sessions)) for r in rooms]

    def _buttons(self) -> None:
        super()._buttons()
        room = self.current()
        index = self.rooms.index(room) if room else -1
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self.rooms) - 1)

    def ask(self, initial: venue_svc.RoomView | None) -> tuple[Any, bool]:
        zones = venue_svc.access_zones(self.store)
        if initial is None:
            return RoomDialog.ask(self, zones, None,
                                  lambda v: venue_svc.create_room(self.store, v[0], v[1], v[2]))
        room_id = initial.id
        return RoomDialog.ask(self, zones, initial,
                              lambda v: venue_svc.update_room(self.store, room_id, name=v[0],
                                                              capacity=v[1], access_zone=v[2]))

    def remove(self, item: venue_svc.RoomView) -> None:
        venue_svc.delete_room(self.store, item.id)

    def delete_question(self, item: venue_svc.RoomView) -> tuple[str, str]:
        return self.tr("Delete room"), self.tr("Delete the room %1?").replace("%1", item.name)

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
