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
    assert seen["check"].startswith("2 rows: would import 2")
    toure = search_delegates(demo, "toure")[0]
    assert (toure.organisation, toure.country) == ("Mairie de Bamako", "ML")
    assert window.delegates.model.total == 32


def test_wizard_shows_problems_and_imports_nothing(window: MainWindow, demo: Store, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "bad.csv"
    with open(source, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["First Name", "Last Name", "Accreditation route"],
                                  ["Ada", "Lovelace", "Atlantis"]])
    seen = {}

    def run(self: ImportWizard) -> int:
        self.restart()
        self.next()
        seen["complete"] = self.check_page.isComplete()
        seen["text"] = self.check_page.text.toPlainText()
        return 0

    monkeypatch.setattr(ImportWizard, "exec", run)
    assert window.import_delegates(str(source)) is False
    assert seen["complete"] is False and "line 2: unknown accreditation route 'Atlantis'" in seen["text"]
    assert len(list_delegates(demo)) == 30


def test_wizard_shows_the_sheet_header_row_uncertain_names_and_country_warnings(
        window: MainWindow, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Orders"
    book.active.append(["Order code", "Email", "Status"])
    sheet = book.create_sheet("Attendees")
    sheet["A1"] = "Kumasi delegation"
    sheet.append([])
    for row in (["Name", "E-mail", "Country", "Registration state"],
                ["José Luis Rodríguez Zapatero", "jl@example.es", "España", "Complete"],
                ["Abena Owusu", "abena@example.gh", "Atlantis", "Pending"]):
        sheet.append(row)
    source = tmp_path / "two sheets.xlsx"
    book.save(source)
    seen = {}

    def run(self: ImportWizard) -> int:
        seen["sheet"] = self.sheet.currentText()
        seen["header"] = self.header_line.text()
        seen["notes"] = self.notes.text()
        self.sheet.setCurrentIndex(self.sheet.findData("Orders"))  # the user looks at the other sheet
        seen["orders"] = (self.grid.rowCount(), self.header_line.text())
        self.sheet.setCurrentIndex(self.sheet.findData("Attendees"))
        self.restart()
        self.next()
        seen["check"] = self.check_page.text.toPlainText()
        self.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", run)
    assert window.import_delegates(str(source)) is True
    assert (seen["sheet"], seen["header"]) == ("Attendees", "line 3")
    assert "sheet 'Attendees' read" in seen["notes"]
    assert seen["orders"] == (3, "line 1")
    check = seen["check"]
    assert check.startswith("2 rows: would import 2")
    assert "line 4: name 'José Luis Rodríguez Zapatero' kept whole" in check
    assert "line 5: unknown country 'Atlantis': left empty" in check
    assert "states: complete → approved (1)" in check
    abena = search_delegates(demo, "abena owusu")[0]
    assert abena.country is None and (abena.given_name, abena.family_name) == ("Abena", "Owusu")


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
    assert rows == [
        ["Family name", "City", "E-mail"], ["Lukwago", "Kampala", None], ["Rulinda", "Entebbe", None]
    ]


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


def test_a_hostile_workbook_is_refused_in_one_line_and_the_window_lives(
        window: MainWindow, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import zipfile

    from PySide6.QtWidgets import QMessageBox

    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["First name", "Last name"])
    book.save(good)
    bad = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
            dst.writestr(info.filename, data)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert window.import_delegates(str(bad)) is False
    (message,) = warned
    assert "declares 1,048,576 rows × 16,384 columns" in message and "\n" not in message
    assert len(list_delegates(demo)) == 30
