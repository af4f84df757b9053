"""Badges to a printer or a file, issued in the very step that hands the pages over: the desk's
printer and layout (remembered per desk, no dialog once set), the page size a card or label
printer wants, and a preview whose Close issues nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSettings, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.errors import MmdeskError
from mmdesk.printing.layouts import Layout, available_layouts, load_layout
from mmdesk.ui import labels
from mmdesk.ui.file_actions import file_action
from mmdesk.ui.preview import PdfPreviewDialog

if TYPE_CHECKING:  # the badge service loads ReportLab and the QR encoder: only when printing
    import pypdfium2

    from mmdesk.services.badges import BadgeBatch

#: the resolution badges are rendered at for a printer (card and label printers print 300 dpi)
DPI = 300


def desk_layout(settings: QSettings) -> str:
    """The badge layout this desk prints (a6 until one is chosen)."""
    key = str(settings.value("desk/layout", "a6") or "a6")
    return key if key in available_layouts() else "a6"


def desk_printer(settings: QSettings) -> str:
    """The printer this desk prints on ("" until one is chosen: a preview first)."""
    return str(settings.value("desk/printer", "") or "")


def page_for(printer: QPrinter, layout: Layout) -> None:
    """Set the printer's page to the layout's: its PDF page, or the page a card printer's driver
    names (ID-1 on a CR80 printer: 54 × 85.6 mm, landscape); no margins."""
    if layout.printer_page is not None:
        w, h, landscape = layout.printer_page
    else:
        w, h, landscape = layout.page_width / 72 * 25.4, layout.page_height / 72 * 25.4, False
    size = QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter, layout.name,
                     QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def desk_qprinter(name: str, layout: Layout) -> QPrinter:
    """A printer for the desk's named printer, set to the layout's page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setResolution(DPI)
    page_for(printer, layout)
    return printer


def page_image(page: pypdfium2.PdfPage, scale: float) -> QImage:
    """A PDF page as an image Qt paints without converting it (32-bit, white background)."""
    bitmap = page.render(scale=scale, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
    try:
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB32)
    finally:
        bitmap.close()
    return image


def print_and_issue(printer: QPrinter, batch: BadgeBatch) -> None:
    """Paint the drawn batch on the printer and issue its serials before the job is ended; if
    the pages cannot be handed over, or the serials not issued, the job is aborted and
    nothing is issued (MmdeskError says why)."""
    if batch.path is None:
        raise MmdeskError("the badges were not drawn", code="badges.not-drawn")
    import pypdfium2  # only when a page is printed

    pdf = pypdfium2.PdfDocument(str(batch.path))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise MmdeskError("the printer could not be opened: nothing was issued",
                              code="badges.printer-not-opened")
        scale = min(printer.resolution(), DPI) / 72  # a badge needs no more; the printer scales
        for i in range(len(pdf)):
            if i:
                printer.newPage()
            area = painter.viewport()
            image = page_image(pdf[i], scale)
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
        try:
            batch.issue()
        except MmdeskError:
            printer.abort()
            raise
        if not painter.end():
            raise MmdeskError("the printer did not take the page", code="badges.printer-refused-page")
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()


class BadgePreviewDialog(PdfPreviewDialog):
    """The preview of drawn badges: Print… and Save PDF… issue the serials as they hand the
    pages over; Close issues nothing."""

    def __init__(self, parent: QWidget | None, batch: BadgeBatch, title: str, suggested_name: str) -> None:
        assert batch.path is not None
        super().__init__(parent, batch.path, title, suggested_name)
        self.batch = batch
        self.layout_ = batch.layout

    def print_pdf(self, printer: QPrinter | None = None) -> bool:
        """Print the badges (the print dialog first) and issue them."""
        if self.batch.issued:
            QMessageBox.information(self, self.tr("Badges"), self.tr("These badges were issued already."))
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setResolution(DPI)
            page_for(printer, self.layout_)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            print_and_issue(printer, self.batch)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))
            return False
        self.accept()
        return True

    def save_pdf(self) -> Path | None:
        """Save the badges as a PDF and issue them."""
        if self.batch.issued:
            return super().save_pdf()
        ran = file_action(self, self.batch.issue_to_file, title=self.tr("Save PDF"),
                          filters=self.tr("PDF (*.pdf)"), save_as=self.suggested_name, suffix=".pdf",
                          failure=self.tr("Not saved"), also=(OSError,))
        if ran is None:
            return None
        self.accept()
        return ran[0]

    @classmethod
    def show_batch(cls, parent: QWidget | None, batch: BadgeBatch, title: str,
                   suggested_name: str) -> tuple[bool, bool]:
        """Show the preview until closed: (whether the badges were issued, accepted)."""
        dialog = cls(parent, batch, title, suggested_name)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return batch.issued, accepted


class DeskPrinterDialog(QDialog):
    """The desk's printer (or a preview first) and badge layout, remembered for this desk."""

    PREVIEW = ""

    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desk printer"))
        self.printer = QComboBox()
        self.printer.addItem(self.tr("No printer: preview first"), self.PREVIEW)
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        current = desk_printer(settings)
        if current and self.printer.findData(current) < 0:
            self.printer.addItem(self.tr("%1 (not found now)").replace("%1", current), current)
        self.printer.setCurrentIndex(max(0, self.printer.findData(current)))
        self.layout_box = QComboBox()
        for key in available_layouts():
            self.layout_box.addItem(labels.layout_name(key, load_layout(key).name), key)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(desk_layout(settings))))
        form = QFormLayout()
        form.addRow(self.tr("&Printer"), self.printer)
        form.addRow(self.tr("&Layout"), self.layout_box)
        hint = QLabel(self.tr("Card printers: the ID-1 layouts (CR80, 54 × 85.6 mm). Label printers: "
                              "62 × 100 mm (Brother QL) or 4 × 3 in (Zebra). With a printer chosen, "
                              "Print badge prints at once, without a dialog."))
        hint.setWordWrap(True)
        ok_cancel = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(ok_cancel.Ok | ok_cancel.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, str]:
        """(printer name or "" for a preview, layout key)."""
        return str(self.printer.currentData() or ""), str(self.layout_box.currentData())

    @classmethod
    def choose(cls, parent: QWidget | None, settings: QSettings) -> tuple[tuple[str, str], bool]:
        """Ask, and remember the choice in the desk's settings when accepted."""
        dialog = cls(parent, settings)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            printer, layout = dialog.chosen()
            settings.setValue("desk/printer", printer)
            settings.setValue("desk/layout", layout)
        return dialog.chosen(), accepted
