"""File › Print › Letters…: visa support letters, invitations, confirmations and certificates
of attendance, for the selected delegates or everyone a kind applies to (services/letters.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mmdesk.ui.file_actions import temp_pdf

if TYPE_CHECKING:
    from mmdesk.services.letters import LetterBatch
    from mmdesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class LetterOptions:
    """What the dialog chose: the kind, the language (None: each delegate's), the selection only."""

    kind: str
    language: str | None
    selection_only: bool


class LettersDialog(QDialog):
    """The kind of letter, its language, and who gets one."""

    def __init__(self, parent: QWidget | None, selected: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print letters"))
        self.setMinimumWidth(460)
        self.kind_box = QComboBox()
        for key, caption in (("visa", self.tr("Visa support letters")),
                             ("invitation", self.tr("Letters of invitation")),
                             ("confirmation", self.tr("Confirmations of participation")),
                             ("attendance", self.tr("Certificates of attendance"))):
            self.kind_box.addItem(caption, key)
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Each delegate's language"), None)
        for code, caption in (("en", "English"), ("fr", "Français"), ("es", "Español")):
            self.language_box.addItem(caption, code)
        self.selection = QRadioButton(self.tr("The %n selected delegate(s)", "", selected))
        self.everyone = QRadioButton(self.tr("Everyone the letter applies to"))
        group = QButtonGroup(self)
        group.addButton(self.selection)
        group.addButton(self.everyone)
        self.selection.setEnabled(selected > 0)
        (self.selection if selected > 0 else self.everyone).setChecked(True)
        note = QLabel(self.tr("Letters go to approved delegates, certificates of attendance to people "
                              "admitted at the venue; a visa letter needs the passport data. Each letter "
                              "gets a number in the register and is logged with the sensitive exports."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind_box)
        form.addRow(self.tr("Language"), self.language_box)
        Button = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(Button.Ok | Button.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.selection)
        layout.addWidget(self.everyone)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def options(self) -> LetterOptions:
        return LetterOptions(self.kind_box.currentData(), self.language_box.currentData(),
                             self.selection.isChecked())

    @classmethod
    def get_options(cls, parent: QWidget | None, selected: int) -> tuple[LetterOptions, bool]:
        """The chosen options and whether the dialog was accepted."""
        dialog = cls(parent, selected)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.options(), accepted


class LetterActions(QObject):
    """File › Print › Letters…: the menu entry, the dialog, the batch off the GUI thread, the preview."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("L&etters…"), window)
        self.action.triggered.connect(lambda: self.print_letters())
        menu.addAction(self.action)

    def print_letters(self) -> bool:
        """Ask what to print, print it with progress, say who was left out, then preview it."""
        from mmdesk.services.letters import print_letters
        from mmdesk.ui.jobs import run_job
        from mmdesk.ui.preview import PdfPreviewDialog

        window = self.window
        selected = window.delegates.selected_ids() if window.stack.currentWidget() is window.delegates else []
        options, ok = LettersDialog.get_options(window, len(selected))
        if not ok:
            return False
        name = f"letters-{options.kind}.pdf"
        target = temp_pdf(name, prefix="mmdesk-letters-")
        store = window.store
        done: list[LetterBatch] = []

        def steps() -> Iterator[tuple[int, int]]:
            yield 0, 1
            done.append(print_letters(store, target, options.kind, language=options.language,
                                      delegate_ids=selected if options.selection_only else None))
            yield 1, 1

        finished, error = run_job(window, self.tr("Printing letters…"), steps)
        if not finished or not done:
            if error:
                QMessageBox.warning(window, self.tr("No letters printed"), error)
            return False
        batch = done[0]
        if batch.left_out:
            lines = [f"{x.name}: {x.message()}" for x in batch.left_out[:15]]
            if len(batch.left_out) > 15:
                lines.append("…")
            QMessageBox.information(window, self.tr("Some delegates were left out"),
                                    self.tr("%n letter(s) printed;", "", len(batch.issued)) + " "
                                    + self.tr("%n delegate(s) left out:", "", len(batch.left_out))
                                    + "\n\n" + "\n".join(lines))
        PdfPreviewDialog.show_pdf(window, target, self.tr("Letters"), name)
        return True
