"""The dashboard, the endorsement register and data protection, from the window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.delegates import search_delegates
from mmdesk.store.database import Store
from mmdesk.ui.endorsements import EndorsementDialog
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.privacy import PrivacyDialog


def test_dashboard_counts_draws_check_ins_and_exports(
    window: MainWindow, demo: Store, tmp_path: Path
) -> None:
    from mmdesk.services.keys import code_for_delegate  # only a signed code admits (issue 15)

    CheckInDesk(demo, "Main door").scan(code_for_delegate(demo, search_delegates(demo, "Zanuso")[0].id),
                                        at=datetime(2019, 11, 20, 8, 30))
    window.refresh()
    window.show_page("dashboard")
    page = window.dashboard
    assert "<b>30</b> delegates" in page.summary.text() and "<b>1</b> admitted" in page.summary.text()
    assert page.chart.hours == [(datetime(2019, 11, 20, 8), 1)]
    genders = {page.by_gender.item(r, 0).text(): page.by_gender.item(r, 1).text()
               for r in range(page.by_gender.rowCount())}
    assert genders == {"Women": "15", "Men": "15"}
    shot = page.grab()
    assert not shot.isNull() and shot.width() > 300
    assert page.export(str(tmp_path / "f.xlsx"))
    assert openpyxl.load_workbook(tmp_path / "f.xlsx")["Summary"]["B2"].value == 30


def test_recording_an_endorsement_and_printing_the_list(window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("endorsements")
    page = window.endorsements
    assert page.table.rowCount() == 7

    def fill(self: EndorsementDialog) -> int:
        self.organisation.setText("Alcaldía de Bogotá")
        self.country.setText("Colombia")
        self.by.setText("Alcaldesa Claudia López")
        self.whole.setChecked(False)
        self.accept()  # no area ticked: refused, the dialog says why
        assert self.error.text()
        self.area_boxes[1].setChecked(True)
        self.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(EndorsementDialog, "exec", fill)
    assert page.record()
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names[0] == "Alcaldía de Bogotá" and len(names) == 8
    assert page.table.item(0, 1).text() == "Colombia"
    assert page.print_list(str(tmp_path / "s.pdf")) and (tmp_path / "s.pdf").stat().st_size > 1000
    assert page.export(str(tmp_path / "s.xlsx"))


def test_closing_the_event_from_the_window(window: MainWindow, demo: Store,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def close_it(self: PrivacyDialog) -> int:
        assert "Not closed" not in self.status.text()
        self.until.setDate(QDate(2020, 1, 31))
        self._show()
        assert self.close_button.isEnabled()
        assert self.close_event()
        return 0

    monkeypatch.setattr(PrivacyDialog, "exec", close_it)
    window.action_privacy.trigger()
    assert search_delegates(demo, "Plante") == []
    assert window.delegates.model.rowCount() == 30  # the people are counted still, without names
