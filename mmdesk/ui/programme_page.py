"""The Programme page: the day as a grid, a session's detail with access, invitees and its
speaking slots in order; sessions created, edited, duplicated and deleted (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import SessionAccess, SlotMode, SlotRole, SlotStatus
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import programme as programme_svc
from mmdesk.services.events import EventView
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.commands import record
from mmdesk.ui.models import SlotTableModel
from mmdesk.ui.pages import _table
from mmdesk.ui.programme_grid import ProgrammeGrid

Index = QModelIndex | QPersistentModelIndex


class EnumItemDelegate(QStyledItemDelegate):
    """A combo box editor for a column holding one of a vocabulary's values."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices  # (label, value)

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index) -> QWidget:
        combo = QComboBox(parent)
        for caption, value in self.choices:
            combo.addItem(caption, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ProgrammePage(QWidget):
    """The day as a grid; a session's detail with its speaking slots in order.

    Drag a session to move it, drag on empty space to create one, double-click to
    edit it; speakers are added with a searchable picker, reordered by dragging
    their rows, and their role, minutes, mode and status edited in place.
    """

    changed = Signal()

    def __init__(self, store: Store, stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack or QUndoStack(self)
        self.day = QComboBox()
        self.grid = ProgrammeGrid()
        scroll = QScrollArea()
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(False)
        self.grid_scroll = scroll  # not .scroll: that is QWidget.scroll()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.slots = SlotTableModel(self)
        self.slot_table = _table(self.slots)
        self.slot_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.slot_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.SelectedClicked)
        self.slot_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slot_table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.slot_table.setDragEnabled(True)
        self.slot_table.setAcceptDrops(True)
        self.slot_table.setDropIndicatorShown(True)
        self.slot_table.setDragDropOverwriteMode(False)
        self.slot_table.setItemDelegateForColumn(2, EnumItemDelegate(
            [(labels.role(r), r.value) for r in SlotRole], self))
        self.slot_table.setItemDelegateForColumn(5, EnumItemDelegate(
            [(labels.mode(m), m.value) for m in SlotMode], self))
        self.slot_table.setItemDelegateForColumn(6, EnumItemDelegate(
            [(labels.slot_status(x), x.value) for x in SlotStatus], self))
        self.total = QLabel()
        self.edit_button = QPushButton(self.tr("&Edit session…"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.delete_button = QPushButton(self.tr("De&lete session…"))
        self.add_speaker = QPushButton(self.tr("&Add speaker…"))
        self.remove_speaker = QPushButton(self.tr("&Remove speaker"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.protocol = QPushButton(self.tr("&Protocol order"))  # issue 20: level, then request time
        speaker_buttons = QHBoxLayout()
        for b in (self.add_speaker, self.remove_speaker, self.up, self.down, self.protocol):
            speaker_buttons.addWidget(b)
        speaker_buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.details)
        session_buttons = QHBoxLayout()
        for b in (self.edit_button, self.duplicate_button, self.delete_button):
            session_buttons.addWidget(b)
        session_buttons.addStretch(1)
        side_layout.addLayout(session_buttons)
        order_hint = QLabel(self.tr("Speaking order (drag a row to reorder; double-click "
                                    "role, minutes, mode or status to change it)"))
        order_hint.setWordWrap(True)
        side_layout.addWidget(order_hint)
        side_layout.addWidget(self.slot_table, 1)
        side_layout.addWidget(self.total)
        side_layout.addLayout(speaker_buttons)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        self.day_label = QLabel(self.tr("Day"))
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        self.new_button = QPushButton(self.tr("&New session…"))
        top.addWidget(self.new_button)
        top.addStretch(1)
        hint = QLabel(self.tr("Drag a session to move it, drag on empty space to create one, "
                              "double-click to edit."))
        hint.setWordWrap(True)
        top.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._event: EventView | None = None
        self._sessions: list[programme_svc.SessionView] = []
        self._current: int | None = None
        self._rooms: list[programme_svc.RoomView] = []
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-size: 12pt; color: #37474f; padding: 6px")
        self.empty.hide()
        layout.insertWidget(0, self.empty)
        self.day.currentIndexChanged.connect(lambda _: self._day_changed())
        self.grid.sessionClicked.connect(self.show_session)
        self.grid.sessionActivated.connect(lambda sid: self.edit_session(sid))
        self.grid.sessionMoved.connect(self._moved)
        self.grid.createRequested.connect(lambda start, end, room: self.new_session(start, end, room))
        self.new_button.clicked.connect(lambda: self.new_session())
        self.edit_button.clicked.connect(lambda: self.edit_session())
        self.duplicate_button.clicked.connect(lambda: self.duplicate_session())
        self.delete_button.clicked.connect(lambda: self.delete_session())
        self.add_speaker.clicked.connect(self.add_slot)
        self.remove_speaker.clicked.connect(self.remove_slot)
        self.up.clicked.connect(lambda: self.move_slot(-1))
        self.down.clicked.connect(lambda: self.move_slot(+1))
        self.protocol.clicked.connect(self.sort_by_protocol)
        self.slots.slotEdited.connect(self._slot_edited)
        self.slots.reordered.connect(self.reorder)
        self._show_buttons()

    def reload(self, event: EventView) -> None:
        """Read the programme again."""
        self._event = event
        days = event.days
        self.day.blockSignals(True)
        keep = self.day.currentData()
        self.day.clear()
        for d in days:
            self.day.addItem(labels.day(d), d)  # in the window's language
        self.day.setCurrentIndex(days.index(keep) if keep in days else 0)  # findData misses dates
        self.day.setVisible(len(days) > 1)
        self.day_label.setVisible(len(days) > 1)
        self.day.blockSignals(False)
        self._sessions = programme_svc.list_sessions(self.store)
        self._rooms = programme_svc.list_rooms(self.store)
        self._show_day()
        if self._current is not None:
            self.show_session(self._current)
        self._show_buttons()
        self._say_next_step()

    def involves(self, delegate_ids: set[int] | frozenset[int]) -> bool:
        """Does the programme show any of these delegates (moderating or speaking)?"""
        return any(s.moderator_id in delegate_ids or any(x.delegate_id in delegate_ids for x in s.slots)
                   for s in self._sessions)

    def _say_next_step(self) -> None:
        if not self._rooms and not self._sessions:
            text = self.tr("No rooms and no sessions yet — add the venue's rooms (Forum › Rooms and "
                           "zones…), then drag on the grid or press New session….")
        elif not self._sessions:
            text = self.tr("No sessions yet — drag on the grid below a room, or press New session….")
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def clear(self, message: str) -> None:
        """No forum: an empty grid and the next step in words."""
        self._event = None
        self._sessions, self._rooms, self._current = [], [], None
        self.day.clear()
        self.day.hide()
        self.day_label.hide()
        self.show_session(-1)
        self.grid.set_programme(date.today(), [], [])
        self.empty.setText(message)
        self.empty.show()

    def _day_changed(self) -> None:
        """Another day: the grid shows it, and the detail pane leaves the other day's session."""
        self._show_day()
        day = self.day.currentData()
        current = next((x for x in self._sessions if x.id == self._current), None)
        if current is not None and day is not None and current.starts_at.date() != day:
            self.show_session(-1)

    def _show_day(self) -> None:
        day: date | None = self.day.currentData()
        if day is None and self._event is not None:
            day = self._event.start_date
        if day is not None:
            self.grid.set_programme(day, self._rooms, self._sessions)
            self.grid.resize(self.grid.sizeHint())

    def _show_buttons(self) -> None:
        on = self._current is not None
        for b in (self.edit_button, self.duplicate_button, self.delete_button, self.add_speaker,
                  self.remove_speaker, self.up, self.down, self.protocol):
            b.setEnabled(on)

    def show_session(self, session_id: int) -> None:
        """Show one session's detail and speaking order."""
        s = next((x for x in self._sessions if x.id == session_id), None)
        if s is None:
            self._current = None
            self.title.clear()
            self.details.clear()
            self.slots.set_slots([], 0)
            self.total.clear()
            self.grid.select(None)
            self._show_buttons()
            return
        self._current = session_id
        day = s.starts_at.date()
        days = [self.day.itemData(i) for i in range(self.day.count())]
        if self.day.currentData() not in (None, day) and day in days:  # findData misses dates
            self.day.blockSignals(True)
            self.day.setCurrentIndex(days.index(day))
            self.day.blockSignals(False)
            self._show_day()
        self.grid.select(session_id)
        self._show_buttons()
        self.title.setText(s.title)
        lines = [
            f"{labels.kind(s.kind)} · {s.starts_at:%H:%M}–{s.ends_at:%H:%M} · "
            f"{s.room or self.tr('no room')} · {labels.session_status(s.status)}",
        ]
        if s.series:
            lines.append(s.series)
        if s.host:
            lines.append(self.tr("Host: %1").replace("%1", s.host))
        if s.co_chairs:
            lines.append(self.tr("Co-chairs: %1").replace("%1", ", ".join(s.co_chairs)))
        lines.append(self.tr("Moderator: %1").replace("%1", s.moderator or self.tr("none")))
        lines.append(self.tr("Access: %1").replace("%1", labels.access(s.access))
                     + (self.tr(" · Chatham House rule") if s.chatham_house else ""))
        if s.access is not SessionAccess.OPEN:
            invited = [name for _, name in programme_svc.invitees(self.store, s.id)]
            lines.append(self.tr("Invited (%1): %2").replace("%1", str(len(invited)))
                         .replace("%2", ", ".join(invited) or self.tr("no one yet")))
        if s.description:
            lines.append(s.description)
        self.details.setText("\n".join(lines))
        self.slots.set_slots(s.slots, s.minutes)
        over = s.speaking_minutes > s.minutes
        self.total.setText(
            self.tr("%1 of %2 minutes of speaking").replace("%1", str(s.speaking_minutes))
            .replace("%2", str(s.minutes)) + (self.tr(" — over the session's length") if over else "")
        )
        self.total.setStyleSheet("color: #c62828; font-weight: bold" if over else "")

    # -- edits (each recorded for undo)

    def _after(self, session_id: int | None = None) -> Callable[[], None]:
        def done() -> None:
            if session_id is not None:
                self._current = session_id
            self.changed.emit()
        return done

    def _moved(self, session_id: int, start: datetime, room_id: int | None) -> None:
        before = programme_svc.session_input(programme_svc.get_session(self.store, session_id))
        try:
            moved = programme_svc.move_session(self.store, session_id, start, room_id, keep_room=False)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Session not moved"), str(exc))
            return
        after = programme_svc.session_input(moved)
        record(self.stack, self.tr("move %1").replace("%1", moved.title),
               lambda: programme_svc.update_session(self.store, session_id, after),
               lambda: programme_svc.update_session(self.store, session_id, before),
               self._after(session_id))

    def edit_session(self, session_id: int | None = None) -> bool:
        """Edit a session's fields in a dialog."""
        session_id = session_id if session_id is not None else self._current
        if session_id is None:
            return False
        from mmdesk.ui.session_dialog import SessionDialog

        current = programme_svc.get_session(self.store, session_id)
        before = programme_svc.session_input(current)
        invited_before = programme_svc.invitees(self.store, session_id)
        saved, ok = SessionDialog.edit(self, self.store, self._rooms, before, current.moderator,
                                       lambda data: programme_svc.update_session(
                                           self.store, session_id, data, expected_version=current.version),
                                       invited_before)
        if not ok:
            return False
        after = programme_svc.session_input(saved)
        invited_after = [i for i, _ in programme_svc.invitees(self.store, session_id)]

        def put(data: programme_svc.SessionInput, invited: list[int]) -> None:
            """The session's fields and its invitation list as they were at one moment."""
            programme_svc.update_session(self.store, session_id, data)
            now = [i for i, _ in programme_svc.invitees(self.store, session_id)]
            gone = [i for i in now if i not in invited]
            if gone:
                programme_svc.uninvite(self.store, session_id, gone)
            if invited:
                programme_svc.invite(self.store, session_id, invited)

        record(self.stack, self.tr("edit %1").replace("%1", saved.title),
               lambda: put(after, invited_after),
               lambda: put(before, [i for i, _ in invited_before]),
               self._after(session_id))
        return True

    def new_session(self, start: datetime | None = None, end: datetime | None = None,
                    room_id: int | None = None) -> bool:
        """Create a session (from a drag on the grid, or the button) in a dialog."""
        from mmdesk.ui.forum_dialog import require_forum
        from mmdesk.ui.session_dialog import SessionDialog

        if self._event is None and not require_forum(self, self.store):
            return False
        day = self.day.currentData() or (self._event.start_date if self._event else date.today())
        start = start or datetime.combine(day, datetime.min.time()).replace(hour=9)
        end = end or start + timedelta(hours=1)
        initial = programme_svc.SessionInput(self.tr("New session"), "side_event", start, end,
                                             room_id=room_id, status="tbc")
        made, ok = SessionDialog.edit(self, self.store, self._rooms, initial, None,
                                      lambda data: programme_svc.create_session(self.store, data))
        if not ok:
            return False
        data = programme_svc.session_input(made)
        holder = {"id": made.id}
        invited = [i for i, _ in programme_svc.invitees(self.store, made.id)]

        def redo() -> None:
            holder["id"] = programme_svc.create_session(self.store, data).id
            if invited:
                programme_svc.invite(self.store, holder["id"], invited)

        record(self.stack, self.tr("add %1").replace("%1", made.title), redo,
               lambda: programme_svc.delete_session(self.store, holder["id"]), self._after(made.id))
        return True

    def duplicate_session(self, session_id: int | None = None) -> bool:
        """A tentative copy of the session with the same speakers (undo removes it)."""
        session_id = session_id if session_id is not None else self._current
        if session_id is None:
            return False
        try:
            copy = programme_svc.duplicate_session(self.store, session_id)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not duplicated"), str(exc))
            return False
        holder = {"id": copy.id}

        def redo() -> None:
            holder["id"] = programme_svc.duplicate_session(self.store, session_id).id

        record(self.stack, self.tr("duplicate %1").replace("%1", copy.title), redo,
               lambda: programme_svc.delete_session(self.store, holder["id"]), self._after(copy.id))
        return True

    def delete_session(self, session_id: int | None = None) -> bool:
        """Delete a session with its speakers and invitations, after a confirmation; Edit › Undo
        brings it back (with a new number)."""
        session_id = session_id if session_id is not None else self._current
        if session_id is None:
            return False
        view = programme_svc.get_session(self.store, session_id)
        answer = QMessageBox.question(
            self, self.tr("Delete session"),
            self.tr("Delete “%1” with its %n speaker(s)? Edit › Undo brings it back.", "",
                    len(view.slots)).replace("%1", view.title))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        data = programme_svc.session_input(view)
        invited = [i for i, _ in programme_svc.invitees(self.store, session_id)]
        holder = {"id": session_id}
        programme_svc.delete_session(self.store, session_id)
        self._current = None

        def undo() -> None:
            made = programme_svc.create_session(self.store, data)
            for slot in view.slots:
                programme_svc.add_slot(self.store, made.id, slot.delegate_id, slot.role, slot.minutes,
                                       slot.mode, slot.status)
            if invited:
                programme_svc.invite(self.store, made.id, invited)
            holder["id"] = made.id
            self._current = made.id

        def redo() -> None:
            programme_svc.delete_session(self.store, holder["id"])
            self._current = None

        record(self.stack, self.tr("delete %1").replace("%1", view.title), redo, undo, self._after())
        return True

    def _slot_edited(self, slot_id: int, field: str, value: object) -> None:
        slot = next(x for x in self.slots.all_slots() if x.id == slot_id)
        old = {"role": slot.role.value, "minutes": slot.minutes, "mode": slot.mode.value,
               "status": slot.status.value}[field]
        change: dict[str, Any] = {field: value}  # one of update_slot's keywords
        back: dict[str, Any] = {field: old}
        try:
            programme_svc.update_slot(self.store, slot_id, **change)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        record(self.stack, self.tr("change %1 of %2").replace("%1", field).replace("%2", slot.delegate_name),
               lambda: programme_svc.update_slot(self.store, slot_id, **change),
               lambda: programme_svc.update_slot(self.store, slot_id, **back),
               self._after(self._current))

    def reorder(self, slot_ids: list[int]) -> bool:
        """Put the current session's speakers in this order (dragged rows, or up/down)."""
        if self._current is None:
            return False
        session_id = self._current
        before = [x.id for x in self.slots.all_slots()]
        try:
            programme_svc.reorder_slots(self.store, session_id, slot_ids)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not reordered"), str(exc))
            return False
        record(self.stack, self.tr("reorder speakers"),
               lambda: programme_svc.reorder_slots(self.store, session_id, slot_ids),
               lambda: programme_svc.reorder_slots(self.store, session_id, before),
               self._after(session_id))
        return True

    def sort_by_protocol(self) -> bool:
        """Sort the speakers by level of representation, then request time (one undoable step)."""
        from mmdesk.services.protocol import sort_by_protocol

        if self._current is None:
            return False
        return self.reorder(sort_by_protocol(self.store, self._current))

    def move_slot(self, step: int) -> bool:
        """Move the selected speaker one place up (-1) or down (+1)."""
        rows = [i.row() for i in self.slot_table.selectionModel().selectedRows()]
        if not rows:
            return False
        row = rows[0]
        target = row + step
        if not 0 <= target < self.slots.rowCount():
            return False
        order = [x.id for x in self.slots.all_slots()]
        order[row], order[target] = order[target], order[row]
        done = self.reorder(order)
        if done:
            self.slot_table.selectRow(target)
        return done

    def add_slot(self) -> bool:
        """Add a speaker, found with the searchable picker, at the end of the order."""
        from mmdesk.ui.session_dialog import DelegatePicker

        if self._current is None:
            return False
        session_id = self._current
        chosen, ok = DelegatePicker.pick(self, self.store, self.tr("Add a speaker"))
        if not ok or chosen is None:
            return False
        delegate_id, role, minutes, mode = chosen
        try:
            view = programme_svc.add_slot(self.store, session_id, delegate_id, role, minutes, mode)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Speaker not added"), str(exc))
            return False
        holder = {"id": view.slots[-1].id}

        def redo() -> None:
            holder["id"] = programme_svc.add_slot(self.store, session_id, delegate_id, role, minutes,
                                                  mode).slots[-1].id

        record(self.stack, self.tr("add a speaker"), redo,
               lambda: programme_svc.remove_slot(self.store, holder["id"]), self._after(session_id))
        return True

    def remove_slot(self) -> bool:
        """Take the selected speaker out of the session."""
        rows = [i.row() for i in self.slot_table.selectionModel().selectedRows()]
        if self._current is None or not rows:
            return False
        session_id = self._current
        slot = self.slots.slot_at(rows[0])
        programme_svc.remove_slot(self.store, slot.id)
        holder = {"id": slot.id}

        def undo() -> None:
            view = programme_svc.add_slot(self.store, session_id, slot.delegate_id, slot.role,
                                          slot.minutes, slot.mode, slot.status, position=slot.position)
            holder["id"] = next(x.id for x in view.slots if x.position == slot.position)

        record(self.stack, self.tr("remove %1").replace("%1", slot.delegate_name),
               lambda: programme_svc.remove_slot(self.store, holder["id"]), undo,
               self._after(session_id))
        return True
