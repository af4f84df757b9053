"""The window's pages: Delegates, Programme, Warnings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import AccreditationState, Category, SlotMode, SlotRole, SlotStatus
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import delegates as delegate_svc
from mmdesk.services import programme as programme_svc
from mmdesk.services.checks import Report
from mmdesk.services.events import EventView
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.commands import record
from mmdesk.ui.models import DelegateTableModel, FindingTableModel, SlotTableModel
from mmdesk.ui.programme_grid import ProgrammeGrid


def _table(model) -> QTableView:  # noqa: ANN001 - any table model
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class DelegatesPage(QWidget):
    """All delegates with type-to-search and filters; add, edit (double-click), delete,
    approve the selection."""

    delegateActivated = Signal(int)
    changed = Signal()

    def __init__(self, store: Store, stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack or QUndoStack(self)
        self.model = DelegateTableModel(parent=self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, city, organisation, country, e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for c in Category:
            self.category.addItem(labels.category(c), c)
        self.state = QComboBox()
        self.state.addItem(self.tr("Any accreditation"), None)
        for s in AccreditationState:
            self.state.addItem(labels.state(s), s)
        self.state.addItem(labels.state(None), "none")
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), None)
        self.route = QComboBox()
        self.route.addItem(self.tr("All routes"), None)
        for combo in (self.category, self.state, self.region, self.route):
            # long category and route names must not set the window's width
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.category, 1)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.region, 1)
        bar.addWidget(self.route, 1)
        bar.addWidget(self.count)
        self.table = _table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((230, 200, 220, 120, 120, 170, 110, 220)):
            self.table.setColumnWidth(col, width)
        self.add_button = QPushButton(self.tr("&New delegate…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.approve_button = QPushButton(self.tr("A&pprove selected"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.calendar_button = QPushButton(self.tr("&Calendar…"))
        self.calendar_button.setToolTip(self.tr("The selected delegate's own sessions as an .ics calendar"))
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.approve_button,
                  self.export_button, self.calendar_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.add_button.clicked.connect(self.add_delegate)
        self.edit_button.clicked.connect(lambda: self.edit_delegate())
        self.delete_button.clicked.connect(self.delete_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.search.textChanged.connect(lambda text: self._refilter())
        self.category.currentIndexChanged.connect(lambda _: self._refilter())
        self.state.currentIndexChanged.connect(lambda _: self._refilter())
        self.region.currentIndexChanged.connect(lambda _: self._refilter())
        self.route.currentIndexChanged.connect(lambda _: self._refilter())
        self.table.doubleClicked.connect(self._activated)

    def reload(self) -> None:
        """Read every delegate again from the store."""
        rows = delegate_svc.list_delegates(self.store)
        self.model.set_rows(rows)
        for combo, caption, values in (
            (self.region, self.tr("All regions"), sorted({d.region for d in rows if d.region})),
            (self.route, self.tr("All routes"), sorted({d.route for d in rows if d.route})),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(caption, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._update_count()

    def _refilter(self) -> None:
        # Qt hands enums stored in a combo box back as their str values
        state = self.state.currentData()
        states = None if state is None else frozenset(
            {None} if state == "none" else {AccreditationState(state)})
        category = self.category.currentData()
        self.model.set_filter(self.search.text(),
                              category=Category(category) if category else None,
                              states=states, region=self.region.currentData(),
                              route=self.route.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n delegate(s)", "", self.model.rowCount())
                           + (self.tr(" of %1").replace("%1", str(self.model.total))
                              if self.model.rowCount() != self.model.total else ""))

    def _activated(self, index: QModelIndex) -> None:
        delegate_id = self.model.delegate_at(index.row()).id
        self.delegateActivated.emit(delegate_id)
        self.edit_delegate(delegate_id)

    def _after_edit(self) -> None:
        self.changed.emit()

    def add_delegate(self) -> bool:
        """Ask for a new delegate's fields and add it (undo removes it again)."""
        from mmdesk.ui.commands import record
        from mmdesk.ui.delegate_dialog import DelegateDialog

        made, ok = DelegateDialog.edit(self, None, lambda data: delegate_svc.create_delegate(self.store, data))
        if not ok:
            return False
        holder = {"id": made.id, "data": delegate_svc.get_delegate_input(self.store, made.id)[0]}

        def redo() -> None:
            holder["id"] = delegate_svc.create_delegate(self.store, holder["data"]).id

        def undo() -> None:
            delegate_svc.delete_delegate(self.store, holder["id"])

        record(self.stack, self.tr("add %1").replace("%1", made.full_name), redo, undo, self._after_edit)
        self.show_delegate(holder["id"])
        return True

    def edit_delegate(self, delegate_id: int | None = None) -> bool:
        """Edit a delegate (the current row by default); undo puts the fields back."""
        from mmdesk.ui.commands import record
        from mmdesk.ui.delegate_dialog import DelegateDialog

        if delegate_id is None:
            ids = self.selected_ids()
            if not ids:
                return False
            delegate_id = ids[0]
        from mmdesk.domain.errors import EditConflict
        from mmdesk.ui.multidesk import ConflictDialog

        before, version = delegate_svc.get_delegate_input(self.store, delegate_id)

        def save(data: delegate_svc.DelegateInput) -> object:
            try:
                return delegate_svc.update_delegate(self.store, delegate_id, data,
                                                    expected_version=version)
            except EditConflict as exc:
                if exc.theirs is None:
                    raise
                choice, chosen = ConflictDialog.choose(self, data, exc.theirs)
                if not chosen:
                    raise
                if choice == ConflictDialog.THEIRS:
                    return None  # the edit dialog closes; the other desk's version stays
                return delegate_svc.update_delegate(self.store, delegate_id, data,
                                                    expected_version=exc.version)

        saved, ok = DelegateDialog.edit(self, before, save)
        if not ok or saved is None:
            if ok:
                self.changed.emit()  # show the other desk's version
            return False
        after = delegate_svc.get_delegate_input(self.store, delegate_id)[0]
        record(self.stack, self.tr("edit %1").replace("%1", saved.full_name),
               lambda: delegate_svc.update_delegate(self.store, delegate_id, after),
               lambda: delegate_svc.update_delegate(self.store, delegate_id, before),
               self._after_edit)
        return True

    def delete_selected(self) -> bool:
        """Delete the selected delegates after a confirmation (this cannot be undone)."""
        ids = self.selected_ids()
        if not ids:
            return False
        names = [self.model.delegate_at(r).full_name for r in
                 sorted({i.row() for i in self.table.selectionModel().selectedRows()})][:5]
        answer = QMessageBox.question(
            self, self.tr("Delete delegates"),
            self.tr("Delete %n delegate(s) with their accreditations, badges and speaking slots? "
                    "This cannot be undone.", "", len(ids)) + "\n\n" + "\n".join(names)
            + ("\n…" if len(ids) > 5 else ""))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        for delegate_id in ids:
            delegate_svc.delete_delegate(self.store, delegate_id)
        self.changed.emit()
        return True

    def approve_selected(self) -> bool:
        """Approve every nominated accreditation of the selected delegates (all or none)."""
        from mmdesk.domain.enums import AccreditationState as S
        from mmdesk.services import accreditation as acc_svc

        nominated = [a.id for d in self.selected_ids() for a in acc_svc.accreditations_of(self.store, d)
                     if a.state is S.NOMINATED]
        if not nominated:
            QMessageBox.information(self, self.tr("Approve"),
                                    self.tr("None of the selected delegates is waiting for approval."))
            return False
        try:
            acc_svc.bulk_transition(self.store, nominated, S.APPROVED)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Nothing was changed"), str(exc))
            return False
        self.changed.emit()
        return True

    def selected_ids(self) -> list[int]:
        """The delegates selected in the table, in shown order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.delegate_at(r).id for r in rows]

    def show_delegate(self, delegate_id: int) -> None:
        """Select a delegate's row, clearing filters that hide it."""
        row = self.model.row_of(delegate_id)
        if row is None:
            self.search.clear()
            self.category.setCurrentIndex(0)
            self.state.setCurrentIndex(0)
            self.region.setCurrentIndex(0)
            self.route.setCurrentIndex(0)
            row = self.model.row_of(delegate_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))


class EnumDelegate(QStyledItemDelegate):
    """A combo box editor for a column holding one of a vocabulary's values."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices  # (label, value)

    def createEditor(self, parent: QWidget, _option, _index) -> QWidget:  # noqa: ANN001
        combo = QComboBox(parent)
        for caption, value in self.choices:
            combo.addItem(caption, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: ANN001
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
        self.scroll = scroll
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
        self.slot_table.setItemDelegateForColumn(2, EnumDelegate(
            [(labels.role(r), r.value) for r in SlotRole], self))
        self.slot_table.setItemDelegateForColumn(5, EnumDelegate(
            [(labels.mode(m), m.value) for m in SlotMode], self))
        self.slot_table.setItemDelegateForColumn(6, EnumDelegate(
            [(labels.slot_status(x), x.value) for x in SlotStatus], self))
        self.total = QLabel()
        self.edit_button = QPushButton(self.tr("&Edit session…"))
        self.add_speaker = QPushButton(self.tr("&Add speaker…"))
        self.remove_speaker = QPushButton(self.tr("&Remove speaker"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        speaker_buttons = QHBoxLayout()
        for b in (self.add_speaker, self.remove_speaker, self.up, self.down):
            speaker_buttons.addWidget(b)
        speaker_buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.details)
        side_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.day.currentIndexChanged.connect(lambda _: self._show_day())
        self.grid.sessionClicked.connect(self.show_session)
        self.grid.sessionActivated.connect(lambda sid: self.edit_session(sid))
        self.grid.sessionMoved.connect(self._moved)
        self.grid.createRequested.connect(lambda start, end, room: self.new_session(start, end, room))
        self.new_button.clicked.connect(lambda: self.new_session())
        self.edit_button.clicked.connect(lambda: self.edit_session())
        self.add_speaker.clicked.connect(self.add_slot)
        self.remove_speaker.clicked.connect(self.remove_slot)
        self.up.clicked.connect(lambda: self.move_slot(-1))
        self.down.clicked.connect(lambda: self.move_slot(+1))
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
            self.day.addItem(d.strftime("%A %d %B %Y"), d)
        self.day.setCurrentIndex(max(0, self.day.findData(keep)))
        self.day.setVisible(len(days) > 1)
        self.day_label.setVisible(len(days) > 1)
        self.day.blockSignals(False)
        self._sessions = programme_svc.list_sessions(self.store)
        self._rooms = programme_svc.list_rooms(self.store)
        self._show_day()
        if self._current is not None:
            self.show_session(self._current)
        self._show_buttons()

    def _show_day(self) -> None:
        day: date | None = self.day.currentData()
        if day is None and self._event is not None:
            day = self._event.start_date
        if day is not None:
            self.grid.set_programme(day, self._rooms, self._sessions)
            self.grid.resize(self.grid.sizeHint())

    def _show_buttons(self) -> None:
        on = self._current is not None
        for b in (self.edit_button, self.add_speaker, self.remove_speaker, self.up, self.down):
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
            self._show_buttons()
            return
        self._current = session_id
        self.grid.select(session_id)
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
        saved, ok = SessionDialog.edit(self, self.store, self._rooms, before, current.moderator,
                                       lambda data: programme_svc.update_session(
                                           self.store, session_id, data, expected_version=current.version))
        if not ok:
            return False
        after = programme_svc.session_input(saved)
        record(self.stack, self.tr("edit %1").replace("%1", saved.title),
               lambda: programme_svc.update_session(self.store, session_id, after),
               lambda: programme_svc.update_session(self.store, session_id, before),
               self._after(session_id))
        return True

    def new_session(self, start: datetime | None = None, end: datetime | None = None,
                    room_id: int | None = None) -> bool:
        """Create a session (from a drag on the grid, or the button) in a dialog."""
        from mmdesk.ui.session_dialog import SessionDialog

        day = self.day.currentData() or (self._event.start_date if self._event else date.today())
        start = start or datetime.combine(day, datetime.min.time()).replace(hour=9)
        end = end or start + timedelta(hours=1)
        initial = programme_svc.SessionInput(self.tr("New session"), "side_event", start, end,
                                             room_id=room_id, status="tbc")
        made, ok = SessionDialog.edit(self, self.store, self._rooms, initial, None,
                                      lambda data: programme_svc.create_session(self.store, data))
        if not ok:
            return False
        holder = {"id": made.id, "data": programme_svc.session_input(made)}

        def redo() -> None:
            holder["id"] = programme_svc.create_session(self.store, holder["data"]).id

        record(self.stack, self.tr("add %1").replace("%1", made.title), redo,
               lambda: programme_svc.delete_session(self.store, holder["id"]), self._after(made.id))
        return True

    def _slot_edited(self, slot_id: int, field: str, value: object) -> None:
        slot = next(x for x in self.slots.all_slots() if x.id == slot_id)
        old = {"role": slot.role.value, "minutes": slot.minutes, "mode": slot.mode.value,
               "status": slot.status.value}[field]
        try:
            programme_svc.update_slot(self.store, slot_id, **{field: value})
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        record(self.stack, self.tr("change %1 of %2").replace("%1", field).replace("%2", slot.delegate_name),
               lambda: programme_svc.update_slot(self.store, slot_id, **{field: value}),
               lambda: programme_svc.update_slot(self.store, slot_id, **{field: old}),
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


class WarningsPage(QWidget):
    """The rules' findings; double-click jumps to the session or the delegate."""

    sessionRequested = Signal(int)
    delegateRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingTableModel(self)
        self.summary = QLabel()
        self.table = _table(self.model)
        self.table.setColumnWidth(0, 80)
        self.table.setColumnWidth(1, 180)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(self._activated)

    def set_report(self, report: Report) -> None:
        self.model.set_findings(report.findings)
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("%1 error(s), %2 warning(s)").replace("%1", str(report.errors))
                             .replace("%2", str(report.warnings)))

    def _activated(self, index: QModelIndex) -> None:
        f = self.model.finding_at(index.row())
        if f.session_ids:
            self.sessionRequested.emit(f.session_ids[0])
        elif f.delegate_id is not None:
            self.delegateRequested.emit(f.delegate_id)

