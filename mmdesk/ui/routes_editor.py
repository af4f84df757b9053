"""Forum › Accreditation routes…: how delegates are accredited — kind, nominating body,
quota and what happens past it, the documents asked for, the zones the badge opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.countries import country_name
from mmdesk.domain.enums import QuotaPolicy, RouteKind
from mmdesk.domain.errors import MmdeskError, NotFound
from mmdesk.services import accreditation as acc_svc
from mmdesk.services import venue as venue_svc
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.widgets import country_combo, country_value

T = TypeVar("T")


class RouteDialog(SavingDialog):
    """One route's fields. The Member State is asked for a national delegation, the
    organisation for a partner route; a quota of 0 means no quota."""

    def __init__(self, parent: QWidget | None, zones: list[str], initial: acc_svc.RouteView | None,
                 save: Callable[[acc_svc.RouteInput], object]) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Edit route") if initial else self.tr("New accreditation route"))
        self.name = QLineEdit(initial.name if initial else "")
        self.name.setPlaceholderText(self.tr("e.g. National delegation of Ghana"))
        self.kind = QComboBox()
        for k in RouteKind:
            self.kind.addItem(labels.route_kind(k), k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(initial.kind.value if initial else
                                                            RouteKind.OWN_AUTHORITY.value)))
        self.member_state = country_combo(initial.member_state if initial else None)
        self.partner = QLineEdit(initial.partner or "" if initial else "")
        self.partner.setPlaceholderText(self.tr("e.g. UCLG"))
        self.body = QLineEdit(initial.nominating_body or "" if initial else "")
        self.body.setPlaceholderText(self.tr("who sends the nominations (optional)"))
        self.quota = QSpinBox()
        self.quota.setRange(0, 1_000_000)
        self.quota.setSpecialValueText(self.tr("no quota"))
        self.quota.setValue((initial.quota or 0) if initial else 0)
        self.policy = QComboBox()
        self.policy.addItem(self.tr("refuse further nominations"), QuotaPolicy.REFUSE.value)
        self.policy.addItem(self.tr("accept them, flagged as over quota"), QuotaPolicy.FLAG.value)
        self.policy.setCurrentIndex(max(0, self.policy.findData(
            initial.quota_policy.value if initial else QuotaPolicy.REFUSE.value)))
        self.documents = QPlainTextEdit("\n".join(initial.required_documents) if initial else "")
        self.documents.setPlaceholderText(self.tr("one a line, e.g. Letter of nomination"))
        self.documents.setTabChangesFocus(True)
        self.documents.setFixedHeight(70)
        self.zones = QListWidget()
        self.zones.setFixedHeight(90)
        chosen = set(initial.zones) if initial else set()
        for zone in sorted(set(zones) | chosen):
            item = QListWidgetItem(zone)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if zone in chosen else Qt.CheckState.Unchecked)
            self.zones.addItem(item)
        self.new_zones = QLineEdit()
        self.new_zones.setPlaceholderText(self.tr("other zones, separated by commas"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget in (
            (self.tr("Name"), self.name), (self.tr("Kind"), self.kind),
            (self.tr("Member State"), self.member_state), (self.tr("Organisation"), self.partner),
            (self.tr("Nominating body"), self.body), (self.tr("Quota"), self.quota),
            (self.tr("Past the quota"), self.policy), (self.tr("Required documents"), self.documents),
            (self.tr("Zones the badge opens"), self.zones), ("", self.new_zones),
        ):
            self.form.addRow(caption, widget)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.quota.valueChanged.connect(lambda v: self.policy.setEnabled(v > 0))
        self.policy.setEnabled(self.quota.value() > 0)
        self._kind_changed()
        self.lay_out(self.form)
        self.setMinimumWidth(520)

    def _kind_changed(self) -> None:
        kind = RouteKind(self.kind.currentData())
        self.form.setRowVisible(self.member_state, kind is RouteKind.NATIONAL_DELEGATION)
        self.form.setRowVisible(self.partner, kind is RouteKind.PARTNER_ORGANISATION)

    def checked_zones(self) -> list[str]:
        """The zones ticked, then any typed."""
        ticked = [self.zones.item(i).text() for i in range(self.zones.count())
                  if self.zones.item(i).checkState() == Qt.CheckState.Checked]
        typed = [z.strip() for z in self.new_zones.text().split(",") if z.strip()]
        return ticked + [z for z in typed if z not in ticked]

    def value(self) -> acc_svc.RouteInput:
        kind = RouteKind(self.kind.currentData())
        return acc_svc.RouteInput(
            name=self.name.text(), kind=kind, nominating_body=self.body.text() or None,
            member_state=country_value(self.member_state) if kind is RouteKind.NATIONAL_DELEGATION
            else None,
            partner=self.partner.text() or None if kind is RouteKind.PARTNER_ORGANISATION else None,
            quota=self.quota.value() or None, quota_policy=self.policy.currentData(),
            required_documents=[d.strip() for d in self.documents.toPlainText().splitlines()
                                if d.strip()],
            zones=self.checked_zones(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, zones: list[str], initial: acc_svc.RouteView | None,
            save: Callable[[acc_svc.RouteInput], T]) -> tuple[T, bool]:
        """(what save returned, accepted; the value means nothing when not accepted)."""
        made, ok = cls(parent, zones, initial, save).run()
        return cast(T, made), ok


class RoutesEditor(QDialog):
    """Every route with its quota used; add, edit, delete (refused while it is used)."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accreditation routes"))
        self.store = store
        self.changed = False
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Route"), self.tr("Kind"), self.tr("Nominated by"), self.tr("Quota"),
            self.tr("Used"), self.tr("Zones")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add route…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        side = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.table.itemSelectionChanged.connect(self._buttons)
        self.routes: list[acc_svc.RouteView] = []
        self.reload()
        self.resize(820, 420)

    def reload(self, select: int | None = None) -> None:
        """Read the routes again, selecting one by id."""
        try:
            self.routes = acc_svc.list_routes(self.store)
        except NotFound:  # no forum yet (the window asks for one before opening this)
            self.routes = []
        self.table.setRowCount(len(self.routes))
        for row, r in enumerate(self.routes):
            by = r.partner or (country_name(r.member_state) if r.member_state else None) \
                or r.nominating_body or ""
            quota = "—" if r.quota is None else (
                str(r.quota) + (self.tr(" (flag)") if r.quota_policy is QuotaPolicy.FLAG else ""))
            for col, text in enumerate((r.name, labels.route_kind(r.kind), by, quota, str(r.used),
                                        ", ".join(r.zones))):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if r.id == select:
                self.table.selectRow(row)
        self._buttons()

    def current(self) -> acc_svc.RouteView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.routes[rows[0].row()] if rows else None

    def _buttons(self) -> None:
        on = self.current() is not None
        self.edit_button.setEnabled(on)
        self.delete_button.setEnabled(on)

    def _say(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def add(self) -> bool:
        """A new route."""
        made, ok = RouteDialog.ask(self, venue_svc.access_zones(self.store), None,
                                   lambda data: acc_svc.create_route(self.store, data))
        if not ok:
            return False
        self.changed = True
        self._say(None)
        self.reload(made.id)
        return True

    def edit(self) -> bool:
        """Change the selected route."""
        route = self.current()
        if route is None:
            return False
        _, ok = RouteDialog.ask(self, venue_svc.access_zones(self.store), route,
                                lambda data: acc_svc.update_route(self.store, route.id, data))
        if not ok:
            return False
        self.changed = True
        self._say(None)
        self.reload(route.id)
        return True

    def delete(self) -> bool:
        """Delete the selected route (refused, with the reason, while accreditations use it)."""
        route = self.current()
        if route is None:
            return False
        answer = QMessageBox.question(self, self.tr("Delete route"),
                                      self.tr("Delete the route %1?").replace("%1", route.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            acc_svc.delete_route(self.store, route.id)
        except MmdeskError as exc:
            self._say(self.tr("Not deleted: %1").replace("%1", str(exc)))
            return False
        self.changed = True
        self._say(None)
        self.reload()
        return True

    @classmethod
    def manage(cls, parent: QWidget | None, store: Store) -> tuple[bool, bool]:
        """(whether anything changed, accepted)."""
        dialog = cls(parent, store)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.changed, accepted
