"""The refusals of printing badges from the window, in the organizer's language."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtPrintSupport import QPrinter

from mmdesk import i18n
from mmdesk.domain.errors import MmdeskError
from mmdesk.ui import badge_printing

SAID = {
    "fr": ("les badges n’ont pas été dessinés", "l’imprimante n’a pas pu être ouverte : rien n’a été émis",
           "l’imprimante n’a pas accepté la page"),
    "es": ("las credenciales no se dibujaron", "no se pudo abrir la impresora: no se emitió nada",
           "la impresora no aceptó la página"),
}


def _one_page(path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    c.drawString(72, 72, "badge")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("code", ["fr", "es"])
def test_a_badge_print_that_fails_says_why_in_the_language(qtbot, tmp_path: Path,  # noqa: ANN001
                                                          monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    i18n.set_language(code)
    not_drawn, not_opened, not_taken = SAID[code]
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    issued: list[bool] = []
    batch = SimpleNamespace(path=None, issue=lambda: issued.append(True))
    with pytest.raises(MmdeskError) as info:
        badge_printing.print_and_issue(printer, batch)  # type: ignore[arg-type]
    assert str(info.value) == not_drawn and info.value.code == "badges.not-drawn"
    batch.path = _one_page(tmp_path / "badges.pdf")
    with monkeypatch.context() as m, pytest.raises(MmdeskError) as info:
        m.setattr(badge_printing.QPainter, "begin", lambda self, device: False)
        badge_printing.print_and_issue(printer, batch)  # type: ignore[arg-type]
    assert str(info.value) == not_opened and not issued
    with monkeypatch.context() as m, pytest.raises(MmdeskError) as info:
        m.setattr(badge_printing.QPainter, "end", lambda self: False)
        badge_printing.print_and_issue(printer, batch)  # type: ignore[arg-type]
    assert str(info.value) == not_taken
