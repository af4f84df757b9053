"""The pick list of a staffed desk: the people a typed name or number found, for the operator
to compare with the person in front of them and pick one (nothing is taken on a partial match)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.services.checkin import Candidate, Lookup
from mmdesk.ui import labels

#: the size of a face in the pick list (the badge photo's 7:9)
FACE_W, FACE_H = 49, 63


class PickDialog(QDialog):
    """The people a typed name or number found: the operator compares and picks one to admit.
    Whole-word matches come first; a single one is preselected, a partial one never is."""

    def __init__(self, parent: QWidget | None, found: Lookup, *, show_only: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm who this is"))
        self.found = found
        self.people = QListWidget()
        self.people.setIconSize(QSize(FACE_W, FACE_H))
        for c in found.candidates:
            item = QListWidgetItem(self._line(c))
            item.setData(Qt.ItemDataRole.UserRole, c.delegate_id)
            face = QPixmap()
            if c.photo and face.loadFromData(QByteArray(c.photo)):
                # the face beside the name: the operator compares it with the person
                item.setIcon(QIcon(face.scaled(FACE_W, FACE_H, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation)))
            self.people.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.admit = self.buttons.addButton(self.tr("&Show this person") if show_only
                                            else self.tr("&Admit this person"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.prompt = QLabel(found.message())
        self.prompt.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.people)
        layout.addWidget(QLabel(self.tr("Check the person in front of you before admitting.") if not show_only
                                else self.tr("Check the person in front of you before printing or "
                                             "handing over a badge.")))
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
    def pick(cls, parent: QWidget | None, found: Lookup, *, show_only: bool = False
             ) -> tuple[int | None, bool]:
        """The delegate the operator picked and whether they confirmed."""
        dialog = cls(parent, found, show_only=show_only)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen(), accepted and dialog.chosen() is not None
