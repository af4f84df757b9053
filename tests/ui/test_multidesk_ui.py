"""The window beside other desks: their changes appear, a clash shows both versions,
a lost server is said plainly, File › Connect opens a server."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.delegates import (
    DelegateInput,
    create_delegate,
    get_delegate,
    get_delegate_input,
    search_delegates,
    update_delegate,
)
from mmdesk.store.database import Store, StoreError
from mmdesk.ui.delegate_dialog import DelegateDialog
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.multidesk import ConflictDialog, ConnectDialog


def names(window: MainWindow) -> set[str]:
    m = window.delegates.model
    return {m.delegate_at(r).full_name for r in range(m.rowCount())}


def test_another_desks_new_delegate_appears_within_seconds(qtbot, demo_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/seconds", 0.2)
    store = Store.open(demo_path)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert "Aminata Touré" not in names(window)
    other = Store.open(demo_path)  # another desk (or `mmdesk import` on the same file)
    create_delegate(other, DelegateInput(given_name="Aminata", family_name="Touré", city="Dakar",
                                         country="SN"))
    qtbot.waitUntil(lambda: "Aminata Touré" in names(window), timeout=5000)
    # a check-in at another door shows on the desk page without reloading the lists
    (goyeneche,) = search_delegates(other, "Goyeneche")
    reloads: list[int] = []
    window.delegates.reload = lambda *a, **k: reloads.append(1)  # type: ignore[method-assign]
    CheckInDesk(other, "North door").scan("Fabiana Goyeneche", at=datetime(2019, 11, 20, 9, 0))
    recent = window.checkin.recent
    qtbot.waitUntil(lambda: any("North door" in recent.item(i).text()
                                for i in range(recent.count())), timeout=5000)
    assert reloads == []
    other.close()
    store.close()


def test_a_clash_shows_both_versions_and_the_user_chooses(window: MainWindow, demo: Store,
                                                          demo_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (plante,) = search_delegates(demo, "plante")
    other = Store.open(demo_path)
    shown: dict[str, object] = {}

    def edit_while_other_desk_saves(self: DelegateDialog) -> int:
        self.position.setText("Mairesse de Montréal")
        theirs, version = get_delegate_input(other, plante.id)
        theirs.position = "Mayor (re-elected)"
        theirs.phone = "+1 514 555 0100"
        update_delegate(other, plante.id, theirs, expected_version=version)
        self.accept()
        return 1 if self.result() else 0

    def pick(choice: str):  # noqa: ANN202
        def exec_(self: ConflictDialog) -> int:
            shown["differing"] = list(self.differing)
            shown["cells"] = [(self.table.item(r, 1).text(), self.table.item(r, 2).text())
                              for r in range(self.table.rowCount())]
            (self.keep_mine if choice == "mine" else self.keep_theirs).click()
            return QDialog.DialogCode.Accepted.value
        return exec_

    monkeypatch.setattr(DelegateDialog, "exec", edit_while_other_desk_saves)
    monkeypatch.setattr(ConflictDialog, "exec", pick("theirs"))
    assert window.delegates.edit_delegate(plante.id) is False
    assert sorted(shown["differing"]) == ["phone", "position"]
    assert ("Mairesse de Montréal", "Mayor (re-elected)") in shown["cells"]
    assert get_delegate(demo, plante.id).position == "Mayor (re-elected)"  # theirs stayed
    # again, and this time the user keeps their own version: saved knowingly over theirs
    monkeypatch.setattr(ConflictDialog, "exec", pick("mine"))
    assert window.delegates.edit_delegate(plante.id) is True
    assert get_delegate(demo, plante.id).position == "Mairesse de Montréal"
    other.close()


def test_a_lost_store_is_said_in_the_status_bar_and_comes_back(window: MainWindow,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real = window.store.revisions

    def gone() -> dict[str, int]:
        raise StoreError("the database server at venue cannot be reached; nothing was saved")

    monkeypatch.setattr(window.store, "revisions", gone)
    window.poll_changes()
    assert window.offline and window.status_offline.isVisible()
    assert "nothing is saved" in window.status_offline.text()
    monkeypatch.setattr(window.store, "revisions", real)
    window.poll_changes()
    assert not window.offline and not window.status_offline.isVisible()


def test_connect_opens_the_server_named_in_the_dialog(window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []

    def unreachable(self: ConnectDialog) -> int:
        self.url.setText("postgresql+psycopg://desk:secret@127.0.0.1:1/forum")
        assert (self.host.text(), self.port.value(), self.database.text()) == ("127.0.0.1", 1, "forum")
        self.accept()
        errors.append(self.error.text())
        return 0

    monkeypatch.setattr(ConnectDialog, "exec", unreachable)
    before = window.store
    window.connect_server()
    assert window.store is before
    assert errors and errors[0].startswith("cannot open the database postgresql+psycopg://desk:***@")
    assert "secret" not in errors[0]


@pytest.mark.postgres
def test_every_page_works_on_the_server(qtbot, pg_demo: Store, pg_demo_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/seconds", 0.2)
    window = MainWindow(pg_demo, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.delegates.model.rowCount() == 30
    window.show_page("programme")
    assert len(window.programme.grid._sessions) == 13
    window.show_page("accreditation")
    assert window.accreditation.rows.rowCount() == 30
    window.show_page("checkin")
    window.checkin.input.setText("Fabiana Goyeneche")
    assert window.checkin.submit() is not None
    window.show_page("warnings")
    assert window.warnings.model.rowCount() == 7
    assert "mmdesk_t_" in window.status_store.text() and "***" not in window.status_store.text()
    # a second desk on the same server: its new delegate shows here within seconds
    other = Store.open(pg_demo_url)
    create_delegate(other, DelegateInput(given_name="Bukola", family_name="Adébáyọ̀", city="Lagos",
                                         country="NG"))
    other.close()
    qtbot.waitUntil(lambda: "Bukola Adébáyọ̀" in names(window), timeout=5000)


@pytest.mark.postgres
def test_file_connect_switches_the_window_to_the_server(window: MainWindow, pg_demo_url: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def connect(self: ConnectDialog) -> int:
        self.url.setText(pg_demo_url)
        self.accept()
        return 1 if self.result() else 0

    monkeypatch.setattr(ConnectDialog, "exec", connect)
    window.connect_server()
    assert window.store.url.get_backend_name() == "postgresql"
    assert window.delegates.model.rowCount() == 30
    assert window.settings.value("server/database") == window.store.url.database
    assert "password" not in " ".join(window.settings.allKeys()).lower()
