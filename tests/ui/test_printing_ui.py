"""Printing from the window: options, a job off the GUI thread with Cancel, preview, print."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.services.delegates import list_delegates
from mmdesk.store.database import Store
from mmdesk.ui.dialogs import BadgeOptionsDialog
from mmdesk.ui.jobs import Job
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.preview import PdfPreviewDialog
from tests.printing.conftest import pages


def test_print_badges_for_the_selection_then_preview(window: MainWindow, demo: Store,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.delegates.search.setText("montevideo")  # the search clears; then select everyone
    window.delegates.search.setText("")
    window.delegates.table.selectAll()
    chosen = window.delegates.selected_ids()
    printable = [d.id for d in list_delegates(demo) if d.id in chosen and
                 d.state in (S.APPROVED, S.BADGE_ISSUED, S.BADGE_COLLECTED)]
    assert 0 < len(printable) < len(chosen)  # some chosen ones are not approved
    seen: dict[str, object] = {}

    def accept_with_layout(self: BadgeOptionsDialog) -> int:
        self.layout_box.setCurrentIndex(self.layout_box.findData("a4-4up"))
        self.only_new.setChecked(False)
        seen["selection"] = self.selection.isChecked()
        return 1

    def look(self: PdfPreviewDialog) -> int:
        seen["pages"], seen["path"] = self.page_count, self.path
        self.batch.issue()  # as Print… does when the pages go to the printer (issue 16)
        return 0

    monkeypatch.setattr(BadgeOptionsDialog, "exec", accept_with_layout)
    monkeypatch.setattr(PdfPreviewDialog, "exec", look)
    assert window.print_badges() is True
    assert seen["selection"] is True
    issued = {d.id for d in list_delegates(demo) if d.state is S.BADGE_ISSUED}
    assert set(printable) <= issued
    assert seen["pages"] == pages(seen["path"]) == -(-len(printable) // 4)  # 4 badges a page
    assert window.settings.value("print/layout") == "a4-4up"


def test_documents_print_from_the_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[int] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: counted.append(self.page_count) or 0)
    window.document_actions["programme"].trigger()
    window.document_actions["participants"].trigger()
    assert counted[0] >= 3 and counted[1] >= 1


def test_the_printed_language_is_chosen_in_the_print_menu(window: MainWindow,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    texts: list[str] = []

    def read(self: PdfPreviewDialog) -> int:
        texts.append(subprocess.run(["pdftotext", str(self.path), "-"], capture_output=True,
                                    text=True).stdout)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", read)
    window.print_language_actions["fr"].trigger()
    assert window.print_language_actions["fr"].isChecked()
    window.document_actions["programme"].trigger()
    window.print_language_actions["es,fr"].trigger()
    window.document_actions["runsheet"].trigger()
    assert "mercredi 20 novembre 2019" in texts[0] and "Modérateur:" in texts[0]
    assert "Moderador / Modérateur: " in texts[1]


def test_preview_prints_every_page(window: MainWindow, tmp_path: Path, qtbot,  # noqa: ANN001
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.services.documents import print_document

    source = tmp_path / "doorsigns.pdf"
    n = print_document(window.store, "doorsigns", source)
    dialog = PdfPreviewDialog(window, source, "Door signs", "doorsigns.pdf")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_pdf(printer) is True
    assert pages(out) == n
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "kept"), "PDF (*.pdf)"))
    assert dialog.save_pdf() == tmp_path / "kept.pdf"
    assert (tmp_path / "kept.pdf").read_bytes() == source.read_bytes()


def test_cancel_stops_the_job_and_runs_its_clean_up(qtbot) -> None:  # noqa: ANN001
    cleaned = threading.Event()
    gate = threading.Event()

    def steps():  # noqa: ANN202
        try:
            for i in range(1000):
                yield i, 1000
                gate.wait(0.01)
        finally:
            cleaned.set()

    from PySide6.QtCore import QTimer

    job = Job(None, "Working…", steps)
    QTimer.singleShot(60, job.dialog.cancel)  # the user presses Cancel, on the GUI thread
    assert job.run() is False
    assert cleaned.is_set() and job.error == ""


def test_a_failing_job_reports_one_sentence(qtbot) -> None:  # noqa: ANN001
    def steps():  # noqa: ANN202
        yield 0, 2
        raise RuntimeError("printer out of paper")

    job = Job(None, "Working…", steps)
    assert job.run() is False and job.error == "printer out of paper"
