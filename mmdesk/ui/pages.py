"""The window's pages: Delegates, Programme, Warnings."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import AccreditationState, Category
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import delegates as delegate_svc
from mmdesk.services import programme as programme_svc
from mmdesk.services.checks import Report
from mmdesk.services.events import EventView
from mmdesk.store.database import Store
from mmdesk.ui import labels
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
    """All delegates with type-to-search and filters; double-click opens a delegate."""

    delegateActivated = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
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
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.category, 1)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.region, 1)
        bar.addWidget(self.count)
        self.table = _table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((230, 200, 220, 120, 120, 170, 110, 220)):
            self.table.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.search.textChanged.connect(lambda text: self._refilter())
        self.category.currentIndexChanged.connect(lambda _: self._refilter())
        self.state.currentIndexChanged.connect(lambda _: self._refilter())
        self.region.currentIndexChanged.connect(lambda _: self._refilter())
        self.table.doubleClicked.connect(self._activated)

    def reload(self) -> None:
        """Read every delegate again from the store."""
        rows = delegate_svc.list_delegates(self.store)
        self.model.set_rows(rows)
        current = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("All regions"), None)
        for region in sorted({d.region for d in rows if d.region}):
            self.region.addItem(region, region)
        index = self.region.findData(current)
        self.region.setCurrentIndex(max(0, index))
        self.region.blockSignals(False)
        self._update_count()

    def _refilter(self) -> None:
        # Qt hands enums stored in a combo box back as their str values
        state = self.state.currentData()
        states = None if state is None else frozenset(
            {None} if state == "none" else {AccreditationState(state)})
        category = self.category.currentData()
        self.model.set_filter(self.search.text(),
                              category=Category(category) if category else None,
                              states=states, region=self.region.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n delegate(s)", "", self.model.rowCount())
                           + (self.tr(" of %1").replace("%1", str(self.model.total))
                              if self.model.rowCount() != self.model.total else ""))

    def _activated(self, index: QModelIndex) -> None:
        self.delegateActivated.emit(self.model.delegate_at(index.row()).id)

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
            row = self.model.row_of(delegate_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))


class ProgrammePage(QWidget):
    """The day as a grid; a session's detail with its speaking slots in order."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
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
        self.total = QLabel()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.details)
        side_layout.addWidget(QLabel(self.tr("Speaking order")))
        side_layout.addWidget(self.slot_table, 1)
        side_layout.addWidget(self.total)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        self.day_label = QLabel(self.tr("Day"))
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Drag a session to move it; click it to see its speakers.")))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._event: EventView | None = None
        self._sessions: list[programme_svc.SessionView] = []
        self._current: int | None = None
        self.day.currentIndexChanged.connect(lambda _: self._show_day())
        self.grid.sessionClicked.connect(self.show_session)
        self.grid.sessionMoved.connect(self._moved)

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

    def _show_day(self) -> None:
        day: date | None = self.day.currentData()
        if day is None and self._event is not None:
            day = self._event.start_date
        if day is not None:
            self.grid.set_programme(day, self._rooms, self._sessions)
            self.grid.resize(self.grid.sizeHint())

    def show_session(self, session_id: int) -> None:
        """Show one session's detail and speaking order."""
        s = next((x for x in self._sessions if x.id == session_id), None)
        if s is None:
            self._current = None
            self.title.clear()
            self.details.clear()
            self.slots.set_slots([], 0)
            self.total.clear()
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

    def _moved(self, session_id: int, start: datetime, room_id: int | None) -> None:
        try:
            programme_svc.move_session(self.store, session_id, start, room_id, keep_room=False)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Session not moved"), str(exc))
            return
        self._current = session_id
        self.changed.emit()


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

