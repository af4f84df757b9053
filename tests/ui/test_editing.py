"""Editing from the window: dialogs that validate, drag to create, slots reordered, undo/redo."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from mmdesk.services import programme as prog
from mmdesk.services.delegates import get_delegate, search_delegates
from mmdesk.store.database import Store
from mmdesk.ui.delegate_dialog import DelegateDialog
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.session_dialog import DelegatePicker, SessionDialog


def type_into(widget, text: str) -> None:  # noqa: ANN001
    """One key event per character (pytest-qt's keyClicks dies on non-ASCII text)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
        else:
            widget.insert(ch)


def test_edit_dialog_validates_then_saves_and_undo_reverts(window: MainWindow, demo: Store,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    plante = search_delegates(demo, "plante")[0]
    attempts: list[str] = []

    def fill(self: DelegateDialog) -> int:
        self.email.setText("not an address")
        self.accept()  # refused: the dialog stays open and says why
        attempts.append(self.error.text())
        assert self.isVisible() or not self.result()
        self.email.clear()
        type_into(self.email, "valerie.plante@montreal.ca")
        self.position.clear()
        type_into(self.position, "Mairesse de Montréal")
        self.accept()
        return 1

    monkeypatch.setattr(DelegateDialog, "exec", fill)
    assert window.delegates.edit_delegate(plante.id) is True
    assert attempts == ["not an e-mail address: 'not an address'"]
    saved = get_delegate(demo, plante.id)
    assert (saved.email, saved.position) == ("valerie.plante@montreal.ca", "Mairesse de Montréal")
    assert window.action_undo.isEnabled()
    window.action_undo.trigger()
    reverted = get_delegate(demo, plante.id)
    assert (reverted.email, reverted.position) == (None, "Mayor of Montréal")
    window.action_redo.trigger()
    assert get_delegate(demo, plante.id).position == "Mairesse de Montréal"


def test_new_delegate_needs_a_name_and_a_known_country(window: MainWindow, demo: Store,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []

    def fill(self: DelegateDialog) -> int:
        self.accept()
        errors.append(self.error.text())
        type_into(self.given, "Aminata")
        type_into(self.family, "Touré")
        self.country.setEditText("Atlantis")
        self.accept()
        errors.append(self.error.text())
        self.country.setCurrentIndex(self.country.findData("ML"))
        self.accept()
        return 1

    monkeypatch.setattr(DelegateDialog, "exec", fill)
    assert window.delegates.add_delegate() is True
    assert errors[0] == "a delegate needs a given or a family name"
    assert errors[1].startswith("unknown country: 'Atlantis'")
    (made,) = search_delegates(demo, "toure")
    assert made.country_name == "Mali"
    assert window.delegates.model.total == 31
    window.action_undo.trigger()
    assert search_delegates(demo, "toure") == [] and window.delegates.model.total == 30


def test_delete_asks_first(window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    window.delegates.search.setText("rajah")
    window.delegates.table.selectAll()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert window.delegates.delete_selected() is False and search_delegates(demo, "rajah")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert window.delegates.delete_selected() is True and not search_delegates(demo, "rajah")
    assert window.warnings.model.rowCount() == 6  # his "withdrawn speaker" error is gone


def test_approve_selected_from_the_delegates_page(window: MainWindow, demo: Store,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.services import accreditation as acc

    martello = search_delegates(demo, "martello")[0]
    a = acc.accreditations_of(demo, martello.id)[0]
    acc.set_document(demo, a.id, "Nomination letter", True)
    window.delegates.search.setText("martello")
    window.delegates.table.selectAll()
    assert window.delegates.approve_selected() is True
    assert search_delegates(demo, "martello")[0].state.value == "approved"


def test_drag_on_empty_space_creates_a_session(window: MainWindow, demo: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("programme")
    grid = window.programme.grid
    room = next(r for r in grid._rooms if r.name == "Sala Pichincha")
    col_x = grid.TIME_WIDTH + grid._rooms.index(room) * grid.COLUMN_WIDTH + 40
    top = int(grid._y(datetime(2019, 11, 20, 10, 0)))
    bottom = int(grid._y(datetime(2019, 11, 20, 11, 0)))
    seen = {}

    def fill(self: SessionDialog) -> int:
        seen["start"], seen["end"] = self.starts.dateTime().toPython(), self.ends.dateTime().toPython()
        seen["room"] = self.room.currentData()
        self.title.setText("Side event: cities and climate mobility")
        self.accept()
        return 1

    monkeypatch.setattr(SessionDialog, "exec", fill)
    from PySide6.QtCore import QPoint

    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=QPoint(col_x, top))
    QTest.mouseMove(grid, QPoint(col_x, bottom))
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=QPoint(col_x, bottom))
    assert (seen["start"], seen["end"], seen["room"]) == (
        datetime(2019, 11, 20, 10, 0), datetime(2019, 11, 20, 11, 0), room.id)
    made = [s for s in prog.list_sessions(demo) if s.title.startswith("Side event: cities")]
    assert len(made) == 1 and made[0].room == "Sala Pichincha"
    window.action_undo.trigger()
    assert not [s for s in prog.list_sessions(demo) if s.title.startswith("Side event: cities")]


def _open_roundtable(window: MainWindow) -> int:
    window.show_page("programme")
    rt = next(s for s in window.programme._sessions if s.title.startswith("Roundtable session"))
    window.programme.show_session(rt.id)
    return rt.id


def test_dragging_a_slot_row_reorders_and_persists(window: MainWindow, demo: Store) -> None:
    session_id = _open_roundtable(window)
    model = window.programme.slots
    names = [model.slot_at(r).delegate_name for r in range(model.rowCount())]
    # drag the last row (Skeldon) onto the first place, as the view's drop would
    data = model.mimeData([model.index(5, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    after = [x.delegate_name for x in prog.get_session(demo, session_id).slots]
    assert after == [names[5], *names[:5]]
    assert [model.slot_at(r).delegate_name for r in range(model.rowCount())] == after
    window.action_undo.trigger()
    assert [x.delegate_name for x in prog.get_session(demo, session_id).slots] == names


def test_keyboard_moves_a_speaker_down(window: MainWindow, demo: Store) -> None:
    session_id = _open_roundtable(window)
    window.programme.slot_table.selectRow(0)
    first = window.programme.slots.slot_at(0).delegate_name
    assert window.programme.move_slot(+1) is True
    assert prog.get_session(demo, session_id).slots[1].delegate_name == first


def test_slot_fields_edit_in_place(window: MainWindow, demo: Store) -> None:
    session_id = _open_roundtable(window)
    model = window.programme.slots
    assert model.setData(model.index(0, 3), 20) is True  # minutes
    assert model.setData(model.index(0, 2), "keynote") is True  # role
    slot = prog.get_session(demo, session_id).slots[0]
    assert (slot.minutes, slot.role.value) == (20, "keynote")
    assert "76 / 90" in window.programme.slots.data(window.programme.slots.index(5, 4))
    window.action_undo.trigger()
    window.action_undo.trigger()
    slot = prog.get_session(demo, session_id).slots[0]
    assert (slot.minutes, slot.role.value) == (12, "panellist")


def test_adding_a_speaker_with_the_picker(window: MainWindow, demo: Store,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    session_id = _open_roundtable(window)

    def choose(self: DelegatePicker) -> int:
        type_into(self.search, "sáiz")
        assert self.results.count() == 1
        self.minutes.setValue(6)
        return 1

    monkeypatch.setattr(DelegatePicker, "exec", choose)
    assert window.programme.add_slot() is True
    slots = prog.get_session(demo, session_id).slots
    assert (slots[-1].delegate_name, slots[-1].minutes, slots[-1].position) == ("Ms. Emilia Sáiz", 6, 7)
    window.action_undo.trigger()
    assert len(prog.get_session(demo, session_id).slots) == 6


def test_session_dialog_refuses_an_end_before_the_start(window: MainWindow, demo: Store,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    session_id = _open_roundtable(window)
    errors: list[str] = []

    def fill(self: SessionDialog) -> int:
        self.ends.setDateTime(self.starts.dateTime().addSecs(-600))
        self.accept()
        errors.append(self.error.text())
        self.ends.setDateTime(self.starts.dateTime().addSecs(7200))
        self.status.setCurrentIndex(self.status.findData("tbc"))
        self.accept()
        return 1

    monkeypatch.setattr(SessionDialog, "exec", fill)
    assert window.programme.edit_session(session_id) is True
    assert "before it starts" in errors[0]
    s = prog.get_session(demo, session_id)
    assert (s.minutes, s.status.value) == (120, "tbc")
