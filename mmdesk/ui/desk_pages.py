"""Accreditation and Check-in desk pages."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.badge_codes import looks_like_code
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import CheckInOutcome
from mmdesk.domain.errors import MmdeskError
from mmdesk.i18n import translate_message
from mmdesk.services import accreditation as acc_svc
from mmdesk.services.checkin import Candidate, CheckInDesk, Lookup, ScanResult, clean_scan, recent_scans
from mmdesk.services.keys import import_kit
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
        from mmdesk.services.clock import event_zone, from_utc

        zone = event_zone(self.store)
        self.history.setToolTip(self.tr("Times in the event's time zone (%1)").replace("%1", zone.key))
        for h in acc_svc.history(self.store, row.id):
            was = labels.state(h.from_state) if h.from_state else self.tr("(new)")
            why = f" — {translate_message(h.reason)}" if h.reason else ""
            when = from_utc(h.at, zone)  # stored in UTC, shown on the event's clock like check-ins
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


# the result box before a scan, and after a look-up that admitted no one
NEUTRAL = "background: #eceff1; color: #37474f; border-radius: 8px; padding: 16px"


class CheckInPage(QWidget):
    """The desk: one big input for a scanned code or a name, a big coloured result, recent scans."""

    scanned = Signal()

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.desk_name = QLineEdit(str(settings.value("desk/name", self.tr("Registration desk"))))
        self.room = QComboBox()
        self.staffed = QCheckBox(self.tr("Staffed: a typed name or badge number brings the person up "
                                         "for me to confirm"))
        self.staffed.setChecked(str(settings.value("desk/staffed", "false")).lower() == "true")
        self.import_kit_button = QPushButton(self.tr("Import verification &kit…"))
        form = QFormLayout()
        form.addRow(self.tr("This desk"), self.desk_name)
        form.addRow(self.tr("Door of"), self.room)
        form.addRow(self.tr("Desk"), self.staffed)
        form.addRow(self.tr("Revocations"), self.import_kit_button)
        self.input = QLineEdit()
        self._placeholder()
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
        self._last: tuple[str, ScanResult, int | None] | None = None
        self.input.returnPressed.connect(self.submit)
        self.force.clicked.connect(self.force_last)
        self.desk_name.editingFinished.connect(self._desk_changed)
        self.room.currentIndexChanged.connect(lambda _: self._desk_changed())
        self.staffed.toggled.connect(lambda _: self._desk_changed())
        self.import_kit_button.clicked.connect(lambda: self.import_kit())

    def is_staffed(self) -> bool:
        """A staffed registration desk (never a room door): typed text is looked up."""
        return self.staffed.isChecked() and self.room.currentData() is None

    def _placeholder(self) -> None:
        self.staffed.setEnabled(self.room.currentData() is None)
        self.input.setPlaceholderText(
            self.tr("Scan a badge, or type a name or the badge's six-digit number, then Enter")
            if self.is_staffed() else self.tr("Scan a badge (only its signed code admits here)"))

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
        self._placeholder()
        self._desk = None
        self.show_recent()

    def _desk_changed(self) -> None:
        self.settings.setValue("desk/name", self.desk_name.text())
        self.settings.setValue("desk/staffed", "true" if self.staffed.isChecked() else "false")
        self._placeholder()
        self._desk = None

    def desk(self) -> CheckInDesk:
        if self._desk is None:
            self._desk = CheckInDesk(self.store, self.desk_name.text() or "desk", self.room.currentData(),
                                     staffed=self.is_staffed())
        return self._desk

    def submit(self) -> ScanResult | None:
        """Check in what is in the input (a scanner types the code and Enter). At a staffed desk
        a typed name or number brings up the person(s) found; only the operator's pick admits."""
        text = self.input.text().strip()
        self.input.clear()
        if not text:
            return None
        try:
            if self.is_staffed() and not looks_like_code(clean_scan(text)):
                return self._look_up(text)
            result = self.desk().scan(text)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Check-in"), str(exc))
            return None
        self._show(text, result)
        return result

    def _look_up(self, text: str) -> ScanResult | None:
        found = self.desk().look_up(text)
        if not found.candidates:
            self.result.setStyleSheet(NEUTRAL)
            self.result.setText(self.tr("No one found") + "\n" + translate_message(found.reason))
            self.result.setProperty("outcome", "not_found")
            self.input.setFocus()
            return None
        delegate_id, accepted = PickDialog.pick(self, found)
        if not accepted or delegate_id is None:
            self.result.setStyleSheet(NEUTRAL)
            self.result.setText(self.tr("Not admitted") + "\n" + translate_message(found.reason))
            self.result.setProperty("outcome", "not_confirmed")
            self.input.setFocus()
            return None
        result = self.desk().admit_confirmed(delegate_id, text)
        self._show(text, result, confirmed=delegate_id)
        return result

    def import_kit(self, path: str | None = None) -> bool:
        """Take a verification kit's revocations (mmdesk export keys at the main desk)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import verification kit"), "",
                                                  self.tr("Verification kit (*.json)"))
            if not path:
                return False
        from pathlib import Path

        try:
            done = import_kit(self.store, Path(path))
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Nothing was changed"), str(exc))
            return False
        self._desk = None  # the door's warning follows the new list
        text = self.tr("Revocation list as of %1 UTC: %2 badge(s) revoked here now, %3 already revoked.") \
            .replace("%1", f"{done.written_at:%Y-%m-%d %H:%M}").replace("%2", str(done.revoked)) \
            .replace("%3", str(done.already))
        if done.warning:
            QMessageBox.warning(self, self.tr("Verification kit"), text + "\n\n" + done.warning)
        else:
            QMessageBox.information(self, self.tr("Verification kit"), text)
        return True

    def force_last(self) -> ScanResult | None:
        """Admit again the delegate the last scan found already checked in."""
        if self._last is None or self._last[1].outcome is not CheckInOutcome.ALREADY:
            return None
        text, last, confirmed = self._last
        if confirmed is not None:  # a person the operator confirmed: admitted again the same way
            result = self.desk().admit_confirmed(confirmed, text, force=True)
        else:
            result = self.desk().scan(text, force=True)
        self._show(text, result, confirmed=confirmed)
        return result

    def _show(self, text: str, result: ScanResult, *, confirmed: int | None = None) -> None:
        bg, fg = labels.OUTCOME_COLOURS[result.outcome]
        self.result.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 8px; padding: 16px")
        lines = [labels.outcome(result.outcome)]
        if result.delegate:
            lines.append(result.delegate + (f" · {result.affiliation}" if result.affiliation else ""))
        lines.append(translate_message(result.reason))
        if result.warning and result.outcome is not CheckInOutcome.REFUSED:
            lines.append("⚠ " + translate_message(result.warning))
        self.result.setText("\n".join(lines))
        self.result.setProperty("outcome", result.outcome.value)
        self._last = (text, result, confirmed)
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
            if r.confirmed_by:
                forced += self.tr(" (confirmed by %1)").replace("%1", r.confirmed_by)
            self.recent.addItem(f"{r.at:%H:%M:%S}  {mark} {r.delegate or '—'}{forced} · "
                                f"{r.desk} · {translate_message(r.reason or '')}")


class PickDialog(QDialog):
    """The people a typed name or number found: the operator compares and picks one to admit.
    Whole-word matches come first; a single one is preselected, a partial one never is."""

    def __init__(self, parent: QWidget | None, found: Lookup) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm who this is"))
        self.found = found
        self.people = QListWidget()
        for c in found.candidates:
            item = QListWidgetItem(self._line(c))
            item.setData(Qt.ItemDataRole.UserRole, c.delegate_id)
            self.people.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.admit = self.buttons.addButton(self.tr("&Admit this person"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.prompt = QLabel(translate_message(found.reason))
        self.prompt.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.people)
        layout.addWidget(QLabel(self.tr("Check the person in front of you before admitting.")))
        layout.addWidget(self.buttons)
        self.people.currentRowChanged.connect(lambda _: self._update())
        self.people.itemDoubleClicked.connect(lambda _: self.accept())
        if found.single is not None:
            self.people.setCurrentRow(0)
        self._update()

    def _line(self, c: Candidate) -> str:
        parts = [c.name]
        if c.affiliation:
            parts.append(c.affiliation)
        parts.append(labels.state(c.state) if c.state else self.tr("no accreditation"))
        parts.append(self.tr("badge %1").replace("%1", c.serial) if c.serial else self.tr("no badge"))
        if not c.exact:
            parts.append(self.tr("partial match"))
        return " · ".join(parts)

    def _update(self) -> None:
        self.admit.setEnabled(self.people.currentItem() is not None)

    def chosen(self) -> int | None:
        """The delegate picked (None when none is)."""
        item = self.people.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def pick(cls, parent: QWidget | None, found: Lookup) -> tuple[int | None, bool]:
        """The delegate the operator picked and whether they confirmed."""
        dialog = cls(parent, found)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen(), accepted and dialog.chosen() is not None
