"""Handing badges over: a delegation's head collecting for everyone (a ticked list of the
delegation's printed badges), and the list of badges not yet collected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.errors import MmdeskError
from mmdesk.services.desk import PickUp, delegation_badges, hand_over
from mmdesk.store.database import Store


class DelegationPickUpDialog(QDialog):
    """The badges of a person's delegation: those waiting are ticked; Hand over marks them
    collected, by the person collecting them."""

    def __init__(self, parent: QWidget | None, store: Store, delegate_id: int, collector: str) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Delegation pick-up"))
        self.rows = delegation_badges(store, delegate_id)
        self.people = QListWidget()
        for p in self.rows:
            item = QListWidgetItem(self._line(p))
            item.setData(Qt.ItemDataRole.UserRole, p.accreditation_id)
            if p.collected:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self.collector = QLineEdit(collector)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Hand over"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        waiting = sum(not p.collected for p in self.rows)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n printed badge(s) of this delegation waiting:", "", waiting)))
        layout.addWidget(self.people, 1)
        layout.addWidget(QLabel(self.tr("Collected by")))
        layout.addWidget(self.collector)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok.setEnabled(waiting > 0)
        self.resize(520, 420)
        self.handed = 0

    def _line(self, p: PickUp) -> str:
        parts = [p.name]
        if p.organisation:
            parts.append(p.organisation)
        parts.append(self.tr("badge %1").replace("%1", p.serial or "—"))
        if p.collected:
            parts.append(self.tr("handed over already"))
        return " · ".join(parts)

    def chosen(self) -> list[int]:
        """The accreditations ticked and still waiting."""
        out = []
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled and item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def accept(self) -> None:
        """Mark the ticked badges collected (all or none)."""
        try:
            self.handed = hand_over(self.store, self.chosen(), collected_by=self.collector.text())
        except MmdeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    @classmethod
    def hand_over(cls, parent: QWidget | None, store: Store, delegate_id: int,
                  collector: str) -> tuple[int, bool]:
        """(how many badges were handed over, accepted)."""
        dialog = cls(parent, store, delegate_id, collector)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.handed, accepted
