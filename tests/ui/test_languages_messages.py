"""Status-bar messages after typical actions and the refusals a user provokes (message boxes, a
dialog's red line, an editor's note), in French and Spanish: no English sentence, no "(s)", no
English date."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow
from tests.ui import test_languages_ui as base
from tests.ui.language_walk import _say_problems
from tests.ui.test_languages_ui import _demo_words, _sources

speaking = base.speaking  # the language fixture (en, fr, es) and the window at 1280×800
big_window = base.big_window


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box the window shows, as (title, text), answered Yes/OK."""
    said: list[tuple[str, str]] = []

    def box(answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, title: str, text: str, *_a: object,
                 **_k: object) -> QMessageBox.StandardButton:
            said.append((title, text))
            return answer
        return show

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, box(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: said.append((title, text)))
    return said


def test_status_messages_after_typical_actions_speak_the_language(
        big_window: MainWindow, speaking: str, demo: Store, tmp_path: Path, boxes: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.ui import file_actions, main_window
    from mmdesk.ui.exchange_dialogs import ImportWizard

    data = _demo_words(demo)
    english = _sources(speaking) if speaking != "en" else {}
    shown: list[str] = []
    bar = big_window.statusBar()
    bar.messageChanged.connect(lambda text: shown.append(text) if text else None)
    targets = iter([tmp_path / "backup.sqlite3", tmp_path / "programme.xlsx"])

    def choose(*_a: object, given: str | None = None, **_k: object) -> Path:
        return Path(given) if given else next(targets)

    monkeypatch.setattr(file_actions, "choose_file", choose)
    monkeypatch.setattr(main_window, "choose_file", choose)
    big_window.back_up()
    big_window.export_programme(str(tmp_path / "programme.xlsx"))
    sheet = tmp_path / "list.csv"
    sheet.write_text("First Name,Last Name,Employer,Country\nAminata,Touré,Mairie de Bamako,Mali\n"
                     "Kofi,Mensah,Kumasi Metropolitan Assembly,Ghana\n", encoding="utf-8")

    def run(self: ImportWizard) -> int:
        self.restart()
        self.next()
        self.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", run)
    big_window.import_delegates(str(sheet))
    from mmdesk.ui.forum_workbook_actions import export_forum_workbook, import_forum_workbook

    assert export_forum_workbook(big_window, str(tmp_path / "forum.xlsx"))
    assert import_forum_workbook(big_window, str(tmp_path / "forum.xlsx"))  # a box with what changed
    big_window.about()
    assert len(shown) >= 4 and len(boxes) >= 2, (shown, boxes)
    found: list[str] = []
    for text in shown:
        found += _say_problems(text, speaking, "status bar", english, data)
    for title, text in boxes:
        found += _say_problems(title, speaking, "message box title", english, data)
        found += _say_problems(text, speaking, f"message box «{title}»", english, data)
    assert not found, "\n".join(dict.fromkeys(found))


def test_refusals_reach_the_user_in_the_language(big_window: MainWindow, speaking: str, demo: Store,
                                                 boxes: list[tuple[str, str]], qtbot,  # noqa: ANN001
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.services import delegates as delegate_svc
    from mmdesk.services import programme as programme_svc
    from mmdesk.ui.delegate_dialog import DelegateDialog
    from mmdesk.ui.rooms_editor import RoomsEditor

    data = _demo_words(demo)
    english = _sources(speaking) if speaking != "en" else {}
    said: list[tuple[str, str]] = []
    # a room in use cannot be deleted
    editor = RoomsEditor(big_window, demo)
    qtbot.addWidget(editor)
    used = {s.room for s in programme_svc.list_sessions(demo)}
    row = next(r for r in range(editor.table.rowCount()) if editor.table.item(r, 0).text() in used)
    editor.table.selectRow(row)
    assert editor.delete() is False
    said.append(("delete a room in use", editor.message.text()))
    # a route with accreditations on it cannot be deleted either
    from mmdesk.ui.routes_editor import RoutesEditor

    routes = RoutesEditor(big_window, demo)
    qtbot.addWidget(routes)
    routes.table.selectRow(0)
    assert routes.delete() is False
    said.append(("delete a route in use", routes.message.text()))
    # a second delegate with an e-mail already used
    taken = next(d for d in delegate_svc.list_delegates(demo) if d.email)

    def duplicate(self: DelegateDialog) -> int:
        value = self.value()
        monkeypatch.setattr(self, "value", lambda: dataclasses.replace(
            value, given_name="Nueva", family_name="Persona", email=taken.email))
        self.accept()
        said.append(("duplicate e-mail", self.error.text()))
        return 0

    monkeypatch.setattr(DelegateDialog, "exec", duplicate)
    big_window.delegates.add_delegate()
    said += boxes
    assert all(text for _, text in said[:3]), said  # each refusal was shown
    found: list[str] = []
    for what, text in said:
        found += _say_problems(text, speaking, what, english, data)
    assert not found, "\n".join(dict.fromkeys(found))


@pytest.mark.parametrize("speaking", ["fr", "es"], indirect=True)
def test_a_session_outside_the_days_is_refused_in_the_language(
        big_window: MainWindow, speaking: str, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.services import programme as programme_svc
    from mmdesk.services.events import get_event
    from mmdesk.ui.session_dialog import SessionDialog

    event = get_event(demo)
    session = programme_svc.list_sessions(demo)[0]
    said: list[str] = []

    def outside(self: SessionDialog) -> int:
        value = self.value()
        late = datetime.combine(event.end_date + timedelta(days=3), value.starts_at.time())
        monkeypatch.setattr(self, "value", lambda: dataclasses.replace(
            value, starts_at=late, ends_at=late + timedelta(hours=1)))
        self.accept()
        said.append(self.error.text())
        return 0

    monkeypatch.setattr(SessionDialog, "exec", outside)
    big_window.programme.edit_session(session.id)
    assert said and said[0] and "2019" in said[0]  # the refusal, with its dates
    found = _say_problems(said[0], speaking, "session outside the days", _sources(speaking),
                          _demo_words(demo))
    assert not found, "\n".join(found)
