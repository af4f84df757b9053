"""New walk-in…: a person who arrives unregistered, taken at the desk with the keyboard alone
(tab from field to field, Enter registers) and, on a route the desk may approve, approved
and printed in the same flow; on any other route they wait in the accreditation queue."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import Category
from mmdesk.domain.errors import MmdeskError
from mmdesk.services.desk import WalkIn, WalkInDone, walk_in, walk_in_routes
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.widgets import country_combo, country_value


@dataclass(frozen=True)
class WalkInResult:
    """The walk-in registered, and whether the operator wants the badge printed now."""

    done: WalkInDone
    print_now: bool


class WalkInDialog(QDialog):
    """The walk-in's name, organisation, country, category, e-mail (optional) and route."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("New walk-in"))
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.organisation = QLineEdit()
        self.country = country_combo(None)
        self.category = QComboBox()
        for c in Category:
            self.category.addItem(labels.category(c), c.value)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("optional"))
        self.route = QComboBox()
        self.routes = walk_in_routes(store)
        for r in self.routes:
            self.route.addItem(r.name + (self.tr(" — approved here") if r.approves else
                                         self.tr(" — to the accreditation queue")), r.id)
        self.approve = QCheckBox(self.tr("&Approve and print the badge now"))
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #546e7a")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Given name"), self.given)
        form.addRow(self.tr("&Family name"), self.family)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("C&ountry"), self.country)
        form.addRow(self.tr("Ca&tegory"), self.category)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Route"), self.route)
        form.addRow("", self.approve)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Re&gister"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.ok.setAutoDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rule)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for a, b in ((self.given, self.family), (self.family, self.organisation),
                     (self.organisation, self.country), (self.country, self.category),
                     (self.category, self.email), (self.email, self.route), (self.route, self.approve),
                     (self.approve, self.ok)):
            QWidget.setTabOrder(a, b)
        self.route.currentIndexChanged.connect(lambda _: self._route_changed())
        self._route_changed()
        self.given.setFocus()
        self.result_: WalkInResult | None = None

    def _route_changed(self) -> None:
        i = self.route.currentIndex()
        approves = 0 <= i < len(self.routes) and self.routes[i].approves
        self.approve.setEnabled(approves)
        self.approve.setChecked(approves)
        self.rule.setText(
            self.tr("The desk approves on this route: the badge prints at once.") if approves else
            self.tr("The desk does not approve on this route (a quota, documents, or another body "
                    "decides): the walk-in waits in the accreditation queue."))
        self.ok.setText(self.tr("Register and &print") if approves else self.tr("Re&gister"))

    def value(self) -> WalkIn:
        """The walk-in as typed (checked by the service)."""
        return WalkIn(given_name=self.given.text(), family_name=self.family.text(),
                      route=str(self.route.currentData() or ""),
                      organisation=self.organisation.text() or None,
                      country=country_value(self.country), category=str(self.category.currentData()),
                      email=self.email.text() or None)

    def accept(self) -> None:
        """Register; a refusal is shown here and nothing is changed."""
        if self.route.currentData() is None:
            self._say(self.tr("The event has no accreditation route yet: add one first."))
            return
        approve = self.approve.isEnabled() and self.approve.isChecked()
        try:
            done = walk_in(self.store, self.value(), approve=approve)
        except MmdeskError as exc:
            self._say(str(exc))
            return
        self.result_ = WalkInResult(done, approve)
        super().accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @classmethod
    def register(cls, parent: QWidget | None, store: Store) -> tuple[WalkInResult | None, bool]:
        """(the walk-in registered, accepted)."""
        dialog = cls(parent, store)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_, accepted and dialog.result_ is not None
