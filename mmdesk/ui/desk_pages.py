"""Accreditation and Check-in desk pages."""

from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import CheckInOutcome
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import accreditation as acc_svc
from mmdesk.services.checkin import CheckInDesk, ScanResult, recent_scans
from mmdesk.services.programme import list_rooms
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import ReasonDialog
from mmdesk.ui.lazy import LazyPage
from mmdesk.ui.models import AccreditationTableModel, RouteTableModel
from mmdesk.ui.pages import _table


class AccreditationPage(LazyPage):
    """Routes with quota used/left; nominations by route and state; approve or reject many."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.routes = RouteTableModel(self)
        self.route_table = _table(self.routes)
        self.route_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.route_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.route_table.horizontalHeader().setStretchLastSection(False)
        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        for s in S:
            self.state.addItem(labels.state(s), s)
        self.show_all = QPushButton(self.tr("All routes"))
        self.rows = AccreditationTableModel(self)
        self.table = _table(self.rows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for col, width in enumerate((240, 220, 70, 260, 170, 90)):
            self.table.setColumnWidth(col, width)
        self.approve = QPushButton(self.tr("&Approve"))
        self.reject = QPushButton(self.tr("&Reject…"))
        self.withdraw = QPushButton(self.tr("&Withdraw…"))
        self.issue = QPushButton(self.tr("&Issue badge"))
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("State")))
        filters.addWidget(self.state)
        filters.addWidget(self.show_all)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.approve, self.reject, self.withdraw, self.issue):
            buttons.addWidget(b)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.documents = QGroupBox(self.tr("Documents received"))
        self.documents_layout = QVBoxLayout(self.documents)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.documents)
        side_layout.addWidget(QLabel(self.tr("History")))
        side_layout.addWidget(self.history, 1)
        lower = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addLayout(buttons)
        lower.addWidget(left)
        lower.addWidget(side)
        lower.setStretchFactor(0, 5)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.route_table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._route_id: int | None = None
        self.route_table.clicked.connect(lambda index: self._pick_route(index.row()))
        self.show_all.clicked.connect(lambda: self._pick_route(None))
        self.state.currentIndexChanged.connect(lambda _: self._reload_rows())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.approve.clicked.connect(lambda: self.move(S.APPROVED))
        self.reject.clicked.connect(lambda: self.move(S.REJECTED))
        self.withdraw.clicked.connect(lambda: self.move(S.WITHDRAWN))
        self.issue.clicked.connect(lambda: self.move(S.BADGE_ISSUED))

    def _load(self) -> None:
        """Routes and nominations, keeping the selection."""
        self._reload_keeping_selection()
        self.route_table.resizeColumnsToContents()

    def _pick_route(self, row: int | None) -> None:
        self._route_id = None if row is None else self.routes.route_at(row).id
        if row is None:
            self.route_table.clearSelection()
        self._reload_rows()

    def _reload_rows(self) -> None:
        state = self.state.currentData()  # Qt hands the enum back as its str value
        rows = acc_svc.list_accreditations(self.store, route_id=self._route_id,
                                           states=[S(state)] if state else None)
        self.rows.set_rows(rows)
        self.count.setText(self.tr("%n nomination(s)", "", len(rows)))
        self._show_selected()

    def selected(self) -> list[acc_svc.AccreditationRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows.row_at(r) for r in rows]

    def _show_selected(self) -> None:
        chosen = self.selected()
        self.history.clear()
        while self.documents_layout.count():
            item = self.documents_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if len(chosen) != 1:
            self.documents.setVisible(False)
            return
        row = chosen[0]
        for h in acc_svc.history(self.store, row.id):
            was = labels.state(h.from_state) if h.from_state else self.tr("(new)")
            why = f" — {h.reason}" if h.reason else ""
            when = h.at.replace(tzinfo=timezone.utc).astimezone()  # stored in UTC, shown locally
            self.history.addItem(f"{when:%d %b %H:%M}  {h.actor}: {was} → {labels.state(h.to_state)}{why}")
        checklist = acc_svc.documents(self.store, row.id)
        self.documents.setVisible(bool(checklist))
        for name, received in checklist.items():
            box = QCheckBox(name)
            box.setChecked(received)
            box.toggled.connect(lambda on, n=name, i=row.id: self._tick(i, n, on))
            self.documents_layout.addWidget(box)

    def _tick(self, accreditation_id: int, document: str, received: bool) -> None:
        try:
            acc_svc.set_document(self.store, accreditation_id, document, received)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Documents"), str(exc))
        self._reload_keeping_selection()

    def move(self, target: S) -> bool:
        """Move every selected nomination (asking a reason where one is wanted)."""
        chosen = self.selected()
        if not chosen:
            QMessageBox.information(self, self.tr("Accreditation"),
                                    self.tr("Select one or more nominations first."))
            return False
        reason = None
        if target in (S.REJECTED, S.WITHDRAWN):
            title = self.tr("Reject") if target is S.REJECTED else self.tr("Withdraw")
            reason, ok = ReasonDialog.get_reason(
                self, title, self.tr("Reason for %n nomination(s):", "", len(chosen)),
                required=target is S.REJECTED)
            if not ok:
                return False
        try:
            acc_svc.bulk_transition(self.store, [r.id for r in chosen], target, reason=reason)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Nothing was changed"), str(exc))
            return False
        self.changed.emit()  # the window reloads every page, this one keeping its selection
        return True

    def _reload_keeping_selection(self) -> None:
        keep = {r.id for r in self.selected()}
        self.routes.set_routes(acc_svc.list_routes(self.store))
        self._reload_rows()
        model = self.table.selectionModel()
        for row in range(self.rows.rowCount()):
            if self.rows.row_at(row).id in keep:
                model.select(self.rows.index(row, 0),
                             model.SelectionFlag.Select | model.SelectionFlag.Rows)


class CheckInPage(QWidget):
    """The desk: one big input for a scanned code or a name, a big coloured result, recent scans."""

    scanned = Signal()

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.desk_name = QLineEdit(str(settings.value("desk/name", self.tr("Registration desk"))))
        self.room = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("This desk"), self.desk_name)
        form.addRow(self.tr("Door of"), self.room)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Scan a badge, or type a name or the badge's six-digit number, then Enter"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        self.input.setFont(big)
        self.result = QLabel(self.tr("Ready"))
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setMinimumHeight(180)
        huge = QFont(self.font())
        huge.setPointSizeF(huge.pointSizeF() * 2.2)
        huge.setBold(True)
        self.result.setFont(huge)
        self.result.setStyleSheet("background: #eceff1; color: #37474f; border-radius: 8px; padding: 16px")
        self.force = QPushButton(self.tr("Admit &anyway (F8)"))
        self.force.setEnabled(False)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, activated=self.force.click)
        self.recent = QListWidget()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.input)
        layout.addWidget(self.result)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.force)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Recent scans")))
        layout.addWidget(self.recent, 1)
        self._desk: CheckInDesk | None = None
        self._last: tuple[str, ScanResult] | None = None
        self.input.returnPressed.connect(self.submit)
        self.force.clicked.connect(self.force_last)
        self.desk_name.editingFinished.connect(self._desk_changed)
        self.room.currentIndexChanged.connect(lambda _: self._desk_changed())

    def reload(self) -> None:
        """Rooms for the door selector and the recent scans."""
        keep = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem(self.tr("Venue entry (no room)"), None)
        for r in list_rooms(self.store):
            zone = f" — {r.access_zone}" if r.access_zone else ""
            self.room.addItem(f"{r.name}{zone}", r.name)
        self.room.setCurrentIndex(max(0, self.room.findData(keep)))
        self.room.blockSignals(False)
        self._desk = None
        self.show_recent()

    def _desk_changed(self) -> None:
        self.settings.setValue("desk/name", self.desk_name.text())
        self._desk = None

    def desk(self) -> CheckInDesk:
        if self._desk is None:
            self._desk = CheckInDesk(self.store, self.desk_name.text() or "desk", self.room.currentData())
        return self._desk

    def submit(self) -> ScanResult | None:
        """Check in what is in the input (a scanner types the code and Enter)."""
        text = self.input.text().strip()
        self.input.clear()
        if not text:
            return None
        try:
            result = self.desk().scan(text)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Check-in"), str(exc))
            return None
        self._show(text, result)
        return result

    def force_last(self) -> ScanResult | None:
        """Admit again the delegate the last scan found already checked in."""
        if self._last is None or self._last[1].outcome is not CheckInOutcome.ALREADY:
            return None
        result = self.desk().scan(self._last[0], force=True)
        self._show(self._last[0], result)
        return result

    def _show(self, text: str, result: ScanResult) -> None:
        bg, fg = labels.OUTCOME_COLOURS[result.outcome]
        self.result.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 8px; padding: 16px")
        lines = [labels.outcome(result.outcome)]
        if result.delegate:
            lines.append(result.delegate + (f" · {result.affiliation}" if result.affiliation else ""))
        lines.append(result.reason)
        self.result.setText("\n".join(lines))
        self.result.setProperty("outcome", result.outcome.value)
        self._last = (text, result)
        self.force.setEnabled(result.outcome is CheckInOutcome.ALREADY)
        self.show_recent()
        self.input.setFocus()
        self.scanned.emit()

    def show_recent(self) -> None:
        """The latest scans at every desk, newest first."""
        self.recent.clear()
        for r in recent_scans(self.store, limit=30):
            mark = {CheckInOutcome.ADMITTED: "✔", CheckInOutcome.ALREADY: "↺",
                    CheckInOutcome.REFUSED: "✘"}[r.outcome]
            forced = self.tr(" (forced)") if r.forced else ""
            self.recent.addItem(f"{r.at:%H:%M:%S}  {mark} {r.delegate or '—'}{forced} · "
                                f"{r.desk} · {r.reason or ''}")
