"""An in-app preview of a printed PDF (pages rendered by PDFium), then print or save it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.errors import MmdeskError
from mmdesk.files import atomic_write
from mmdesk.ui.file_actions import choose_file

if TYPE_CHECKING:
    import pypdfium2

PREVIEW_PAGES = 12


def _qimage(page: pypdfium2.PdfPage, scale: float) -> QImage:
    pil = page.render(scale=scale).to_pil().convert("RGB")
    data = pil.tobytes("raw", "RGB")
    return QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()


class PdfPreviewDialog(QDialog):
    """Shows the first pages of a PDF; Print… sends it to a printer, Save PDF… keeps a copy."""

    def __init__(self, parent: QWidget | None, path: Path, title: str, suggested_name: str) -> None:
        super().__init__(parent)
        self.path, self.suggested_name = path, suggested_name
        self.setWindowTitle(title)
        self.resize(900, 1000)
        import pypdfium2  # the PDF renderer: only when a preview opens

        pdf = pypdfium2.PdfDocument(str(path))
        try:
            self.page_count = len(pdf)
            pages = QWidget()
            column = QVBoxLayout(pages)
            for i in range(min(self.page_count, PREVIEW_PAGES)):
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(_qimage(pdf[i], 1.3)))
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                label.setStyleSheet("background: white; border: 1px solid #bdbdbd")
                column.addWidget(label)
            if self.page_count > PREVIEW_PAGES:
                more = self.page_count - PREVIEW_PAGES
                # the base class's context: a subclass's self.tr() misses the plural forms
                # (tr() on the class: PySide6's stubs type it as an instance method)
                column.addWidget(QLabel(PdfPreviewDialog.tr("… and %n more page(s)", "", more)))  # type: ignore[arg-type, unused-ignore]
        finally:
            pdf.close()
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #eceff1; }")
        self.summary = QLabel(PdfPreviewDialog.tr("%n page(s)", "", self.page_count))  # type: ignore[arg-type, unused-ignore]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def save_pdf(self) -> Path | None:
        target = choose_file(self, self.tr("Save PDF"), self.tr("PDF (*.pdf)"), save_as=self.suggested_name,
                             suffix=".pdf")
        if target is None:
            return None
        try:
            with atomic_write(target) as tmp:
                shutil.copyfile(self.path, tmp)
        except (MmdeskError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Not saved"), str(exc))
            return None
        return target

    def print_pdf(self, printer: QPrinter | None = None) -> bool:
        """Print every page, each rendered at the printer's resolution."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(self.path))
        painter = QPainter()
        try:
            if not painter.begin(printer):
                QMessageBox.critical(self, self.tr("Not printed"),
                                     self.tr("The printer could not be opened."))
                return False
            for i in range(len(pdf)):
                if i:
                    printer.newPage()
                area = painter.viewport()
                scale = printer.resolution() / 72
                image = _qimage(pdf[i], scale)
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
            return True
        finally:
            if painter.isActive():
                painter.end()
            pdf.close()

    @classmethod
    def show_pdf(cls, parent: QWidget | None, path: Path, title: str,
                 suggested_name: str) -> tuple[None, bool]:
        """Show the preview until closed."""
        dialog = cls(parent, path, title, suggested_name)
        return None, dialog.exec() == QDialog.DialogCode.Accepted
