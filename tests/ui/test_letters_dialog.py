"""File › Print › Letters…: the dialog's choices reach the batch; who was left out is said."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mmdesk.services.letters import letter_register
from mmdesk.store.database import Store
from mmdesk.ui.letters_dialog import LettersDialog
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.preview import PdfPreviewDialog
from tests.printing.conftest import pages, pdftext


def _choose(kind: str, language: str | None, selection: bool):  # noqa: ANN202
    def accept(self: LettersDialog) -> int:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.language_box.setCurrentIndex(self.language_box.findData(language))
        (self.selection if selection else self.everyone).setChecked(True)
        return 1
    return accept


def test_the_menu_prints_letters_for_the_selection_in_a_language(window: MainWindow, demo: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.letter_actions.action.text() == "L&etters…"
    window.delegates.search.setText("Aki-Sawyerr")
    window.delegates.table.selectAll()
    assert len(window.delegates.selected_ids()) == 1
    seen: dict[str, Path] = {}
    monkeypatch.setattr(LettersDialog, "exec", _choose("confirmation", "es", True))
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: seen.setdefault("path", self.path) and 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: pytest.fail("nobody was left out"))
    window.letter_actions.action.trigger()
    assert pages(seen["path"]) == 1
    text = pdftext(seen["path"])
    assert "Confirmación de participación" in text and "Yvonne Aki-Sawyerr" in text
    assert [(e.number, e.kind, e.language) for e in letter_register(demo)] == [(1, "confirmation", "es")]


def test_a_batch_says_who_was_left_out_and_a_refusal_prints_nothing(window: MainWindow, demo: Store,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append("warning: " + text))
    monkeypatch.setattr(LettersDialog, "exec", _choose("invitation", None, False))
    assert window.letter_actions.print_letters() is True
    assert said[0].startswith("26 letter(s) printed; 4 delegate(s) left out:")
    assert "Mr. Mouhamadou Bamba Ka: not accredited (rejected)" in said[0]
    monkeypatch.setattr(LettersDialog, "exec", _choose("attendance", None, False))
    assert window.letter_actions.print_letters() is False
    assert said[1].startswith("warning: no attendance letter printed: 30 delegates left out")
    assert len(letter_register(demo)) == 26


def test_cancel_prints_nothing(window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LettersDialog, "exec", lambda self: 0)
    assert window.letter_actions.print_letters() is False
    assert letter_register(demo) == []
