"""The window's import of delegates, off the GUI thread, with the search index built in a
thread of its own: found by the window's search once done, nothing left when cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmdesk.services.backup import list_backups
from mmdesk.services.delegates import search_delegates
from mmdesk.store.database import Store
from mmdesk.ui import jobs
from mmdesk.ui.exchange_dialogs import ImportWizard
from mmdesk.ui.main_window import MainWindow
from tests.conftest import dump
from tests.helpers import assert_search_index_sound


def _file(path: Path, n: int) -> Path:
    path.write_text("Given name,Family name,City,E-mail\n" + "".join(
        f"Ana{i},Nowak-Quintana,Łódź,ana{i}@lodz.example\n" for i in range(n)), encoding="utf-8")
    return path


def _through_the_wizard(monkeypatch: pytest.MonkeyPatch, seen: dict[str, str]) -> None:
    def run(self: ImportWizard) -> int:
        self.restart()
        self.next()  # the dry run, in the worker thread
        seen["check"] = self.check_page.text.toPlainText()
        self.accept()  # the import, in the worker thread
        seen["after"] = self.check_page.text.toPlainText()
        return 1 if self.result_report is not None else 0

    monkeypatch.setattr(ImportWizard, "exec", run)


def test_people_imported_in_the_window_are_found_by_its_search(
        window: MainWindow, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, str] = {}
    _through_the_wizard(monkeypatch, seen)
    assert window.import_delegates(str(_file(tmp_path / "list.csv", 1500))) is True
    assert seen["check"].startswith("1500 rows: would import 1500")
    window.delegates.search.setText("nowak-quintana lodz")
    assert window.delegates.model.rowCount() == 1500
    window.delegates.search.setText("ana1499@lodz")
    assert window.delegates.model.rowCount() == 1
    assert len(list_backups(demo)) == 1
    assert_search_index_sound(demo)


@pytest.mark.parametrize("rows", [1500, 400])  # cancelled while checking / once every row is written
def test_an_import_cancelled_from_the_progress_dialog_leaves_nothing(
        window: MainWindow, demo: Store, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        rows: int) -> None:
    source = _file(tmp_path / "list.csv", rows)
    seen: dict[str, str] = {}
    _through_the_wizard(monkeypatch, seen)
    before = dump(demo_path)
    cancelling = {"on": False}
    real_work = jobs._Worker.run

    def work(self: jobs._Worker) -> None:
        if cancelling["on"]:
            self.cancelled.set()  # Cancel pressed: seen at the job's first step
        real_work(self)

    monkeypatch.setattr(jobs._Worker, "run", work)
    real_run = ImportWizard.run

    def run(self: ImportWizard, dry_run: bool) -> object:
        cancelling["on"] = not dry_run  # during the import, not the check
        return real_run(self, dry_run)

    monkeypatch.setattr(ImportWizard, "run", run)
    assert window.import_delegates(str(source)) is False
    assert seen["after"] == "Cancelled: nothing was imported."
    assert dump(demo_path) == before
    assert list_backups(demo) == []
    assert search_delegates(demo, "nowak-quintana") == []
    assert_search_index_sound(demo)
