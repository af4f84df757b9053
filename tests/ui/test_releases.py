"""Programme › Release version… and What changed…: the dialogs over the demo forum."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mmdesk.services import programme as prog
from mmdesk.services.releases import list_versions, release_programme
from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.preview import PdfPreviewDialog
from mmdesk.ui.releases import ChangesDialog, ReleaseDialog


def test_programme_menu_sits_before_help(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("P&rogramme") == titles.index("&Help") - 1
    assert [a.text() for a in window.programme_menu.menu.actions()] == [
        "&Release version…", "&What changed…", "", "&Live session…"]


def test_release_from_the_window_with_a_note(window: MainWindow, demo: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def fill(self: ReleaseDialog) -> int:
        seen.append(self.summary.text())
        self.note.setText("for the information desk")
        self.accept()
        return 1

    monkeypatch.setattr(ReleaseDialog, "exec", fill)
    window.programme_menu.action_release.trigger()
    assert [(v.number, v.note) for v in list_versions(demo)] == [(1, "for the information desk")]
    assert "this release will be version 1" in seen[0]
    assert "Programme version 1 released" in window.statusBar().currentMessage()

    def again(self: ReleaseDialog) -> int:
        self.accept()  # nothing changed: refused inside the dialog, which stays open
        seen.append(self.error.text())
        return 0

    monkeypatch.setattr(ReleaseDialog, "exec", again)
    assert window.programme_menu.release() is False
    assert "nothing changed since version 1" in seen[-1]
    assert len(list_versions(demo)) == 1


def test_what_changed_lists_the_changes_and_prints_the_sheet(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: infos.append(a[2]))
    assert window.programme_menu.changes() is False
    assert "No programme version has been released yet" in infos[0]
    release_programme(demo)
    session = prog.list_sessions(demo)[2]
    prog.move_session(demo, session.id, session.starts_at + timedelta(minutes=30))
    release_programme(demo)
    data = prog.session_input(prog.get_session(demo, session.id))
    data.status = "cancelled"
    prog.update_session(demo, session.id, data)
    shown: dict[str, object] = {}
    printed: list[str] = []

    def look(self: ChangesDialog) -> int:
        shown["title"] = self.windowTitle()
        shown["rows"] = [self.model.index(r, 3).data() for r in range(self.model.rowCount())]
        # back to version 1: both changes, up to now
        self.since_box.setCurrentIndex(self.since_box.findData(1))
        shown["from1"] = [self.model.change_at(r).code.value for r in range(self.model.rowCount())]
        self.until_box.setCurrentIndex(self.until_box.findData(2))
        shown["1to2"] = [self.model.change_at(r).code.value for r in range(self.model.rowCount())]
        assert self.print_sheet()
        return 0

    def preview(parent: object, path: Path, title: str, name: str) -> tuple[None, bool]:
        from tests.printing.conftest import pdftext

        printed.append(pdftext(path))
        return None, True

    monkeypatch.setattr(ChangesDialog, "exec", look)
    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", preview)
    window.programme_menu.action_changes.trigger()
    assert shown["title"] == "What changed since version 2"
    assert shown["rows"] == ["now cancelled (was confirmed)"]
    assert shown["from1"] == ["session_moved", "session_status_changed"]
    assert shown["1to2"] == ["session_moved"]
    assert "From version 1 of" in printed[0] and "to version 2 of" in printed[0]


def test_an_empty_store_says_the_next_step(qtbot, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    empty = Store.open(db_path)
    try:
        w = MainWindow(empty, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        assert w.programme_menu.release() is False
        assert w.programme_menu.changes() is False
        assert w.programme_menu.live() is None
    finally:
        empty.close()
    assert len(said) == 3 and all("mmdesk forum new" in s or "New forum" in s for s in said)
