"""Small dialogs; each is a classmethod returning (value, accepted) so tests can patch exec."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mmdesk.ui import labels


class SavingDialog(QDialog):
    """A dialog whose OK saves through a function that may refuse: the refusal is shown in
    the dialog, which stays open, and nothing is saved."""

    def __init__(self, parent: QWidget | None, save: Callable[[Any], object]) -> None:
        super().__init__(parent)
        self._save = save
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold")
        self.error.hide()
        self.result_value: object = None

    def value(self) -> Any:
        """The fields as typed (subclasses say what)."""
        raise NotImplementedError

    def lay_out(self, form: QLayout, *extras: QWidget) -> QDialogButtonBox:
        """The dialog's body: the form, any extra widgets, the refusal line, then OK and
        Cancel (returned, for a dialog that renames OK)."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in extras:
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        return buttons

    def accept(self) -> None:
        from mmdesk.domain.errors import MmdeskError

        try:
            self.result_value = self._save(self.value())
        except MmdeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def run(self) -> tuple[object, bool]:
        """(what save returned, accepted)."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        return self.result_value, accepted


class ReasonDialog(QDialog):
    """Asks for a reason (a rejection needs one); OK stays disabled while it is empty."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, required: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.required = required
        self.text.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.required or bool(self.text.toPlainText().strip()))

    @classmethod
    def get_reason(cls, parent: QWidget | None, title: str, prompt: str,
                   required: bool = True) -> tuple[str, bool]:
        """The reason typed and whether the dialog was accepted."""
        dialog = cls(parent, title, prompt, required)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.text.toPlainText().strip(), accepted


@dataclass(frozen=True)
class BadgeOptions:
    """What to print: the layout, only badges never printed, only the selected delegates."""

    layout: str
    only_new: bool
    selection_only: bool


class BadgeOptionsDialog(QDialog):
    """Layout and scope of a badge batch."""

    LAYOUTS = (("a6", "A6 badge (105 × 148 mm)"), ("a7", "A7 badge (74 × 105 mm)"),
               ("id1", "ID-1 card (85.6 × 54 mm)"), ("a4-4up", "4 A6 badges on A4, crop marks"),
               ("a4-8up", "8 A7 badges on A4, crop marks"))

    def __init__(self, parent: QWidget | None, selected: int, last_layout: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print badges"))
        self.layout_box = QComboBox()
        for key, caption in self.LAYOUTS:
            self.layout_box.addItem(labels.layout_name(key, caption), key)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(last_layout)))
        self.only_new = QCheckBox(self.tr("Only delegates whose badge was never printed"))
        self.only_new.setChecked(True)
        self.selection = QCheckBox(self.tr("Only the %n selected delegate(s)", "", selected))
        self.selection.setEnabled(selected > 0)
        self.selection.setChecked(selected > 0)
        note = QLabel(self.tr("Only approved delegates get a badge. A badge printed again gets a "
                              "new serial and the old badge stops opening doors."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Layout"), self.layout_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.only_new)
        layout.addWidget(self.selection)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def options(self) -> BadgeOptions:
        return BadgeOptions(self.layout_box.currentData(), self.only_new.isChecked(),
                            self.selection.isChecked())

    @classmethod
    def get_options(cls, parent: QWidget | None, selected: int, last_layout: str = "a6"
                    ) -> tuple[BadgeOptions, bool]:
        """The chosen options and whether the dialog was accepted."""
        dialog = cls(parent, selected, last_layout)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.options(), accepted
