"""The Accreditation page (the Check-in desk page lives in ui/checkin_page.py, its card in
ui/desk_card.py, the walk-in in ui/walkin_dialog.py; re-exported here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import MmdeskError
from mmdesk.i18n import translate_message
from mmdesk.services import accreditation as acc_svc
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.checkin_page import NEUTRAL, CheckInPage  # noqa: E402 F401 - re-exported
from mmdesk.ui.dialogs import ReasonDialog
from mmdesk.ui.lazy import LazyPage
from mmdesk.ui.models import AccreditationTableModel, RouteTableModel
from mmdesk.ui.pages import _table
from mmdesk.ui.pick_dialog import PickDialog  # noqa: F401 - re-exported
from mmdesk.ui.widgets import clear_layout


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
        self.issue = QPushButton(self.tr("&Print badges…"))
        self.issue.setToolTip(self.tr("Print the selected approved delegates' badges; a badge is "
                                      "issued only when printed or saved"))
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
        self.approve.clicked.connect(lambda: self.move_selected(S.APPROVED))
        self.reject.clicked.connect(lambda: self.move_selected(S.REJECTED))
        self.withdraw.clicked.connect(lambda: self.move_selected(S.WITHDRAWN))
        self.issue.clicked.connect(lambda: self.print_selected())

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
        clear_layout(self.documents_layout)
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
            self.history.addItem(f"{labels.moment(when)}  {h.actor}: {was} → {labels.state(h.to_state)}{why}")
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

    def move_selected(self, target: S) -> bool:
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

    def print_selected(self) -> bool:
        """Draw the selected delegates' badges and preview them: a serial is issued only when
        the preview prints or saves them (Close issues nothing)."""
        chosen = self.selected()
        if not chosen:
            QMessageBox.information(self, self.tr("Accreditation"),
                                    self.tr("Select one or more nominations first."))
            return False
        settings = getattr(self.window(), "settings", None)
        layout = str(settings.value("print/layout", "a6")) if isinstance(settings, QSettings) else "a6"
        issued = print_badges_of(self, self.store, sorted({r.delegate_id for r in chosen}), layout)
        if issued:
            self.changed.emit()
        return issued

    def _reload_keeping_selection(self) -> None:
        keep = {r.id for r in self.selected()}
        self.routes.set_routes(acc_svc.list_routes(self.store))
        self._reload_rows()
        model = self.table.selectionModel()
        for row in range(self.rows.rowCount()):
            if self.rows.row_at(row).id in keep:
                model.select(self.rows.index(row, 0),
                             model.SelectionFlag.Select | model.SelectionFlag.Rows)


def print_badges_of(parent: QWidget, store: Store, delegate_ids: list[int], layout: str = "a6",
                    languages: str | list[str] | None = None, reason: str | None = None) -> bool:
    """Draw these delegates' badges (with progress and Cancel) and preview them; a serial is
    issued only when the preview prints or saves them (a badge it replaces is revoked, with
    the reason given). Whether they were issued."""
    import tempfile
    from pathlib import Path

    from mmdesk.services.badges import BadgeBatch
    from mmdesk.ui.badge_printing import BadgePreviewDialog
    from mmdesk.ui.jobs import run_job

    batch = BadgeBatch(store, layout=layout, delegate_ids=delegate_ids, languages=languages, reason=reason)
    target = Path(tempfile.mkdtemp(prefix="mmdesk-print-")) / "badges.pdf"
    done, error = run_job(parent, QCoreApplication.translate("AccreditationPage", "Drawing badges…"),
                          lambda: batch.draw(target))
    if not done:
        if error:
            QMessageBox.warning(parent, QCoreApplication.translate("AccreditationPage", "No badges printed"),
                                error)
        return False
    title = QCoreApplication.translate("AccreditationPage", "Badges")
    issued, _ = BadgePreviewDialog.show_batch(parent, batch, title, "badges.pdf")
    target.unlink(missing_ok=True)
    return issued


__all__ = ["NEUTRAL", "AccreditationPage", "CheckInPage", "PickDialog", "print_badges_of"]
