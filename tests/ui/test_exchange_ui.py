"""Importing and exporting from the window."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from mmdesk.services.delegates import list_delegates, search_delegates
from mmdesk.store.database import Store
from mmdesk.ui.exchange_dialogs import ExportDialog, ImportWizard
from mmdesk.ui.main_window import MainWindow


def test_wizard_recognises_columns_lets_them_be_corrected_and_imports(
        window: MainWindow, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "list.csv"
    with open(source, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["First Name", "Last Name", "Employer", "Country"],
                                  ["Aminata", "Touré", "Mairie de Bamako", "Mali"],
                                  ["Kofi", "Mensah", "Kumasi Metropolitan Assembly", "Ghana"]])
    seen = {}

    def run(self: ImportWizard) -> int:
        fields = [c.currentData() for c in self.combos]
        seen["recognised"] = fields
        self.combos[2].setCurrentIndex(self.combos[2].findData("organisation"))  # the user corrects it
        self.restart()  # as showing the wizard does
        self.next()
        seen["check"] = self.check_page.text.toPlainText()
        self.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", run)
    assert window.import_delegates(str(source)) is True
    assert seen["recognised"] == ["given_name", "family_name", None, "country"]
    assert seen["check"].startswith("2 row(s): would import 2")
    toure = search_delegates(demo, "toure")[0]
    assert (toure.organisation, toure.country) == ("Mairie de Bamako", "ML")
    assert window.delegates.model.total == 32


def test_wizard_shows_problems_and_imports_nothing(window: MainWindow, demo: Store, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "bad.csv"
    with open(source, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["First Name", "Last Name", "Country"], ["Ada", "Lovelace", "Atlantis"]])
    seen = {}

    def run(self: ImportWizard) -> int:
        self.restart()
        self.next()
        seen["complete"] = self.check_page.isComplete()
        seen["text"] = self.check_page.text.toPlainText()
        return 0

    monkeypatch.setattr(ImportWizard, "exec", run)
    assert window.import_delegates(str(source)) is False
    assert seen["complete"] is False and "line 2: unknown country: 'Atlantis'" in seen["text"]
    assert len(list_delegates(demo)) == 30


def test_export_the_selection_with_chosen_columns(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window.delegates.search.setText("uganda")
    window.delegates.table.selectAll()

    def choose(self: ExportDialog) -> int:
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            keep = item.data(Qt.ItemDataRole.UserRole) in ("family_name", "city", "email")
            item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
        self.selected.setChecked(True)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", choose)
    target = tmp_path / "uganda.xlsx"
    assert window.export_delegates(str(target)) is True
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(target).active.iter_rows()]
    assert rows == [["Family name", "City", "E-mail"], ["Lukwago", "Kampala", None], ["Rulinda", "Entebbe", None]]


def test_programme_and_a_delegates_calendar_from_the_window(window: MainWindow, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import icalendar
    from PySide6.QtWidgets import QMessageBox

    sheet = tmp_path / "programme.xlsx"
    assert window.export_programme(str(sheet)) is True
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    assert window.import_programme(str(sheet)) is True
    window.delegates.search.setText("aki-sawyerr")
    window.delegates.table.selectAll()
    calendar = tmp_path / "yvonne.ics"
    assert window.export_calendar(str(calendar)) is True
    events = icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == [
        "Closing Plenary", "Mayoral meeting with the GFMD Chair",
        "Roundtable session: How Mayors see and shape the World in 2019"]
