"""Small dialogs; each is a classmethod returning (value, accepted) so tests can patch exec."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


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
