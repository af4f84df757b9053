"""File › Export forum workbook…, Import forum workbook…, Forum workbook template…"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from mmdesk.services.venue import list_rooms
from mmdesk.ui import forum_workbook_actions as actions
from mmdesk.ui.main_window import MainWindow


def _file_menu_texts(window: MainWindow) -> list[str]:
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == "File":
            return [a.text() for a in menu_action.menu().actions()]
    raise AssertionError("no File menu")


def test_the_file_menu_has_the_three_entries(window: MainWindow) -> None:
    texts = _file_menu_texts(window)
    for action in (window.action_export_forum_workbook, window.action_import_forum_workbook,
                   window.action_forum_workbook_template):
        assert action.text() in texts


def test_export_then_import_back_through_the_menu(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "forum"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action_export_forum_workbook.trigger()
    written = tmp_path / "forum.xlsx"
    assert written.exists()
    assert "7 room(s), 12 route(s), 13 session(s), 30 delegate(s)" in window.statusBar().currentMessage()

    book = load_workbook(written)
    book["Rooms"]["B2"] = 14
    book.save(written)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window.action_import_forum_workbook.trigger()
    assert shown and shown[0].splitlines()[:2] == ["The forum was updated.", "Rooms: 0 created, 7 updated"]
    assert list_rooms(window.store)[0].capacity == 14


def test_a_refused_workbook_lists_its_problems(window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    written = tmp_path / "forum.xlsx"
    assert actions.export_forum_workbook(window, str(written))
    book = load_workbook(written)
    book["Routes"]["B3"] = "embassy"
    book.save(written)
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    before = [(r.name, r.capacity) for r in list_rooms(window.store)]
    assert not actions.import_forum_workbook(window, str(written))
    (box,) = seen
    assert box.text() == "Nothing was imported: 1 problem(s) in the workbook."
    assert box.detailedText().startswith("Routes, line 3: unknown route kind 'embassy'")
    assert [(r.name, r.capacity) for r in list_rooms(window.store)] == before


def test_the_template_in_the_language_picked(window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Español", True))
    target = str(tmp_path / "plantilla.xlsx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    window.action_forum_workbook_template.trigger()
    assert load_workbook(tmp_path / "plantilla.xlsx").sheetnames == [
        "Foro", "Salas", "Vías", "Programa", "Delegados", "Notas"]


def test_cancelled_dialogs_do_nothing(window: MainWindow, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert not actions.forum_workbook_template(window)
    assert not actions.export_forum_workbook(window)
    assert not actions.import_forum_workbook(window)
    assert list(tmp_path.glob("*.xlsx")) == []


def test_a_routes_nominations_workbook_out_and_back(window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ghana.xlsx"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Ghana national delegation", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action_export_nominations.trigger()
    assert "Ghana national delegation" in window.statusBar().currentMessage()
    book = load_workbook(target)
    book["Nominations"].append(["Mr", "Kofi", "Mensah", None, None, "Kumasi", "Ghana", "City official"])
    book.save(target)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window.action_import_nominations.trigger()
    assert shown == ["Route Ghana national delegation: 1 nominated (1 new), 0 already on the route."]
