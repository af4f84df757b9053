"""The window in French and Spanish: chosen from the menu or the system locale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from mmdesk.store.database import Store
from mmdesk.ui import i18n
from mmdesk.ui.main_window import MainWindow


@pytest.mark.parametrize("lang, delegates, file_menu, state", [
    ("fr", "Délégués", "&Fichier", "badge retiré"),
    ("es", "Delegados", "&Archivo", "credencial recogida"),
])
def test_the_window_speaks_french_and_spanish(qtbot, demo: Store, tmp_path: Path, lang: str,  # noqa: ANN001
                                              delegates: str, file_menu: str, state: str) -> None:
    app = QApplication.instance()
    installed = i18n.install(app, lang)
    try:
        assert installed, "the translations were not found or not built"
        window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        assert window.sidebar.item(0).text() == delegates
        assert window.menuBar().actions()[0].text() == file_menu
        m = window.delegates.model
        shown = {m.data(m.index(r, c)) for r in range(m.rowCount()) for c in range(m.columnCount())}
        assert state in shown  # accreditation states in the table, translated too
    finally:
        for t in installed:
            app.removeTranslator(t)
        QLocale.setDefault(QLocale("en"))


def test_language_comes_from_the_menu_else_the_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      window: MainWindow) -> None:
    settings = QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_EC")))
    assert i18n.chosen_language(settings) == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.chosen_language(settings) == "en"
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.set_language("fr")
    assert i18n.chosen_language(window.settings) == "fr"
    assert window.language_actions["fr"].isChecked() and not window.language_actions["en"].isChecked()
