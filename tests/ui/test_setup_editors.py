"""The forum set-up dialogs one by one (issue 14): forum settings, rooms, routes, a person's
record, sessions deleted and duplicated, the grid's day, and a window on an empty store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QGroupBox, QMessageBox

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import RouteKind
from mmdesk.services import accreditation as acc_svc
from mmdesk.services import programme as programme_svc
from mmdesk.services import venue as venue_svc
from mmdesk.services.delegates import search_delegates
from mmdesk.services.events import get_event
from mmdesk.store.database import Store
from mmdesk.ui.dialogs import BadgeOptionsDialog, ReasonDialog
from mmdesk.ui.forum_dialog import ForumDialog
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.person_record import NominateDialog, PersonRecordDialog
from mmdesk.ui.rooms_editor import RoomDialog, RoomsEditor
from mmdesk.ui.routes_editor import RouteDialog, RoutesEditor
from mmdesk.ui.session_dialog import DelegatePicker, SessionDialog


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Every QMessageBox.question answered with button; the questions asked are returned."""
    asked: list[str] = []

    def ask(_parent, _title, text, *_a, **_k) -> QMessageBox.StandardButton:  # noqa: ANN001, ANN002, ANN003
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", ask)
    return asked


# -- a window on an empty store


@pytest.fixture
def empty_window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    store = Store.open(db_path)
    w = MainWindow(store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    w.store.close()


def test_every_page_and_dialog_on_an_empty_store_says_the_next_step(
        empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: warned.append(text))
    for name in window.PAGES:  # a page's showEvent raised on an empty store
        window.show_page(name)
        assert window.forum.banner.isVisible()
    assert "New forum" in window.forum.banner_text.text()
    assert "New forum" in window.programme.empty.text()
    assert "New forum" in window.accreditation.empty.text()
    assert "No forum yet" in window.windowTitle()
    assert not window.forum.action_rooms.isEnabled() and window.forum.action_new_forum.isEnabled()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    # New delegate, New session, Nominate: the next step in words, no dialog on a missing forum
    assert window.delegates.add_delegate() is False
    assert window.programme.new_session() is False
    assert window.accreditation.nominate() is False
    assert window.forum.settings() is False and window.forum.edit_rooms() is False
    assert window.forum.edit_routes() is False
    assert len(asked) == 6 and all("File › New forum" in q for q in asked)
    # the dialogs that make sense without a forum open and close cleanly
    for cls in (ForumDialog, BadgeOptionsDialog):
        monkeypatch.setattr(cls, "exec", lambda self: 0)
    assert window.forum.new_forum() is False
    assert window.print_badges() is False
    dialog = SessionDialog(window, window.store, [], programme_svc.SessionInput(
        "x", "plenary", *_hours()), None, lambda data: None)
    dialog.close()
    picker = DelegatePicker(window, window.store, "Pick", as_speaker=False)
    picker.search.setText("anyone")
    assert picker.results.count() == 0
    # the set-up dialogs the window only opens once a forum exists still open empty
    rooms, routes = RoomsEditor(window, window.store), RoutesEditor(window, window.store)
    assert rooms.table.rowCount() == routes.table.rowCount() == 0
    nominate = NominateDialog(window, window.store, None)
    nominate.search.setText("anyone")
    assert nominate.route.count() == 0 and nominate.results.count() == 0
    nominate.accept()
    assert nominate.error.text()  # says what is missing; nothing saved
    for dialog in (rooms, routes, nominate, picker):
        dialog.close()


def _hours():  # noqa: ANN202
    from datetime import datetime

    return datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10)


def test_new_forum_on_an_empty_store_then_the_pages_fill(empty_window: MainWindow,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    errors: list[str] = []

    def fill(self: ForumDialog) -> int:
        self.accept()  # no name: refused inside the dialog
        errors.append(self.error.text())
        self.name.setText("Mayoral Forum 2026")
        self.first_day.setDate(QDate(2026, 12, 2))
        self.last_day.setDate(QDate(2026, 12, 1))  # before the first day: refused
        self.accept()
        errors.append(self.error.text())
        self.last_day.setDate(QDate(2026, 12, 3))
        self.time_zone.setEditText("Europe/Atlantis")
        self.accept()
        errors.append(self.error.text())
        self.time_zone.setCurrentIndex(self.time_zone.findData("Africa/Accra"))
        self.accept()
        return 1

    monkeypatch.setattr(ForumDialog, "exec", fill)
    assert window.forum.new_forum() is True
    assert all(errors) and len(set(errors)) == 3
    event = get_event(window.store)
    assert (event.name, event.start_date, event.end_date, event.time_zone) == (
        "Mayoral Forum 2026", date(2026, 12, 2), date(2026, 12, 3), "Africa/Accra")
    assert not window.forum.banner.isVisible() and window.windowTitle().startswith("Mayoral Forum 2026")
    assert window.programme.day.count() == 2
    assert "New session" in window.programme.empty.text()


def test_the_new_forum_dialog_proposes_the_machine_time_zone(qtbot) -> None:  # noqa: ANN001
    from mmdesk.ui.forum_dialog import machine_time_zone

    dialog = ForumDialog(None, None, lambda data: None)
    qtbot.addWidget(dialog)
    assert dialog.time_zone.currentText() == machine_time_zone()
    assert dialog.time_zone.count() > 300  # every IANA zone, searchable


def test_forum_settings_refuse_days_that_would_orphan_sessions(window: MainWindow, demo: Store,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    before = get_event(demo)
    seen: list[str] = []

    def later(self: ForumDialog) -> int:
        self.first_day.setDate(QDate(before.start_date).addDays(30))
        self.last_day.setDate(QDate(before.end_date).addDays(30))
        self.accept()
        seen.append(self.error.text())
        self.first_day.setDate(QDate(before.start_date))
        self.last_day.setDate(QDate(before.end_date).addDays(1))  # one more day: fine
        self.short_name.setText("MMF Quito")
        self.accept()
        return 1

    monkeypatch.setattr(ForumDialog, "exec", later)
    assert window.forum.settings() is True
    assert "would fall outside" in seen[0] and "Move or delete them first" in seen[0]
    after = get_event(demo)
    assert (after.short_name, after.end_date) == ("MMF Quito", before.end_date.replace(
        day=before.end_date.day + 1))
    assert window.windowTitle().startswith("MMF Quito")


# -- rooms


def test_rooms_editor_adds_edits_orders_and_refuses_to_delete_a_used_room(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    rooms = venue_svc.list_rooms(demo)
    used = next(r for r in rooms if r.sessions)

    def add(self: RoomDialog) -> int:
        self.name.setText("Press room")
        self.capacity.setValue(40)
        assert self.zone.findText("plenary") >= 0 or self.zone.count() > 1  # known zones offered
        self.zone.setEditText("press")
        self.accept()
        return 1

    def rename(self: RoomDialog) -> int:
        assert self.name.text() == "Press room"
        self.name.setText("Press briefing room")
        self.capacity.setValue(0)  # not known
        self.accept()
        return 1

    def manage(self: RoomsEditor) -> int:
        monkeypatch.setattr(RoomDialog, "exec", add)
        assert self.add()
        monkeypatch.setattr(RoomDialog, "exec", rename)
        assert self.edit()
        last = self.table.rowCount() - 1
        assert not self.down_button.isEnabled() and self.up_button.isEnabled()
        assert self.move_room(-1)
        assert self.current().name == "Press briefing room"
        self.table.selectRow([r.id for r in self.rooms].index(used.id))
        answer(monkeypatch, QMessageBox.StandardButton.Yes)
        assert self.delete() is False
        assert self.message.isVisibleTo(self) and str(used.sessions) in self.message.text()
        assert last == len(rooms)
        return 0

    monkeypatch.setattr(RoomsEditor, "exec", manage)
    assert window.forum.edit_rooms() is True
    after = venue_svc.list_rooms(demo)
    assert [r.name for r in after][-2:] == ["Press briefing room", rooms[-1].name]
    press = next(r for r in after if r.name == "Press briefing room")
    assert (press.capacity, press.access_zone) == (None, "press")
    assert used.id in [r.id for r in after]
    assert "press" in venue_svc.access_zones(demo)


# -- routes


def test_routes_editor_national_delegation_needs_its_state_and_a_used_route_stays(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    routes = acc_svc.list_routes(demo)
    used = next(r for r in routes if r.used)
    errors: list[str] = []

    def add(self: RouteDialog) -> int:
        self.name.setText("Delegation of Ecuador")
        self.kind.setCurrentIndex(self.kind.findData(RouteKind.NATIONAL_DELEGATION.value))
        assert not self.member_state.isHidden() and self.partner.isHidden()
        self.accept()
        errors.append(self.error.text())
        self.member_state.setCurrentIndex(self.member_state.findData("EC"))
        self.quota.setValue(5)
        self.policy.setCurrentIndex(self.policy.findData("flag"))
        self.documents.setPlainText("Note verbale\nPassport copy")
        self.new_zones.setText("restricted, vip")
        self.accept()
        return 1

    def manage(self: RoutesEditor) -> int:
        monkeypatch.setattr(RouteDialog, "exec", add)
        assert self.add()
        self.table.selectRow([r.id for r in self.routes].index(used.id))
        answer(monkeypatch, QMessageBox.StandardButton.Yes)
        assert self.delete() is False
        assert "stays" in self.message.text() or str(used.used) in self.message.text()
        return 0

    monkeypatch.setattr(RoutesEditor, "exec", manage)
    assert window.forum.edit_routes() is True
    assert "Member State" in errors[0]
    made = next(r for r in acc_svc.list_routes(demo) if r.name == "Delegation of Ecuador")
    assert (made.member_state, made.quota, made.quota_policy.value) == ("EC", 5, "flag")
    assert made.required_documents == ("Note verbale", "Passport copy")
    assert set(made.zones) == {"restricted", "vip"}
    assert used.id in [r.id for r in acc_svc.list_routes(demo)]


# -- a person's record and the Accreditation page


def test_person_record_nominates_ticks_moves_and_shows_history(window: MainWindow, demo: Store,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    martello = search_delegates(demo, "martello")[0]
    media = next(r for r in acc_svc.list_routes(demo) if r.kind is RouteKind.MEDIA)
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: self.text.setPlainText("changed plans") or 1)

    def nominate(self: NominateDialog) -> int:
        assert self.search.isHidden()  # the person is known
        self.route.setCurrentIndex(self.route.findData(media.id))
        self.accept()
        return 1

    monkeypatch.setattr(NominateDialog, "exec", nominate)
    dialog = PersonRecordDialog(window, demo, martello.id)
    before = len(dialog.record.accreditations)
    assert dialog.nominate()
    new = next(a for a in dialog.record.accreditations if a.route_id == media.id)
    assert len(dialog.record.accreditations) == before + 1 and new.state is S.NOMINATED
    assert (new.id, S.APPROVED) in dialog.move_buttons
    assert (new.id, S.BADGE_COLLECTED) not in dialog.move_buttons  # only the moves allowed now
    assert dialog.move_accreditation(new.id, S.WITHDRAWN)
    new = next(a for a in dialog.record.accreditations if a.id == new.id)
    assert new.state is S.WITHDRAWN and new.reason == "changed plans"
    assert [h.to_state for h in new.history] == [S.NOMINATED, S.WITHDRAWN]
    first = dialog.record.accreditations[0]
    for (acc_id, name), box in dialog.document_boxes.items():
        if acc_id == first.id:
            box.setChecked(True)
            assert acc_svc.documents(demo, first.id)[name] is True
    assert {"Check-ins", "Invited to"} <= {b.title() for b in dialog.findChildren(QGroupBox)}
    dialog.close()


def test_accreditation_page_searches_sorts_and_fits_1280_pixels(window: MainWindow) -> None:
    window.resize(1280, 800)
    window.show_page("accreditation")
    page = window.accreditation
    for w in (page.search, page.nominate_button, page.record_button, page.collected):
        assert w.isVisible()
    total = page.rows.rowCount()
    page.search.setText("montevideo")
    assert 0 < page.rows.rowCount() < total
    assert all("montevideo" in " ".join(filter(None, (r.delegate, r.organisation))).lower()
               or r.country == "UY" for r in (page.rows.row_at(i) for i in range(page.rows.rowCount())))
    page.search.clear()
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by state
    states = [list(S).index(page.rows.row_at(i).state) for i in range(page.rows.rowCount())]
    assert states == sorted(states, reverse=True)
    header = page.table.horizontalHeader()
    visible = page.table.viewport().width()
    for col in (4, 5, 6):  # State, Documents, Badge
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= visible + 1


# -- sessions


def test_single_click_enables_the_session_actions_and_delete_is_undoable(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("programme")
    page = window.programme
    s = next(x for x in page._sessions if x.slots and x.starts_at.date() == page.day.currentData())
    assert not page.edit_button.isEnabled()
    QTest.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.point_for(s.id))
    assert page._current == s.id
    for b in (page.edit_button, page.add_speaker, page.delete_button, page.duplicate_button):
        assert b.isEnabled()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert page.delete_session() is False and programme_svc.get_session(demo, s.id)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert s.title in asked[0]
    assert page.delete_session() is True
    assert s.title not in [x.title for x in programme_svc.list_sessions(demo)]
    assert not page.edit_button.isEnabled()
    window.action_undo.trigger()
    back = next(x for x in programme_svc.list_sessions(demo) if x.title == s.title)
    assert [(x.delegate_id, x.role) for x in back.slots] == [(x.delegate_id, x.role) for x in s.slots]
    assert (back.starts_at, back.room_id) == (s.starts_at, s.room_id)
    window.action_redo.trigger()
    assert s.title not in [x.title for x in programme_svc.list_sessions(demo)]


def test_duplicate_then_undo(window: MainWindow, demo: Store) -> None:
    page = window.programme
    s = page._sessions[0]
    page.show_session(s.id)
    n = len(programme_svc.list_sessions(demo))
    assert page.duplicate_session() is True
    assert len(programme_svc.list_sessions(demo)) == n + 1
    window.action_undo.trigger()
    assert len(programme_svc.list_sessions(demo)) == n


def test_the_grid_shows_the_day_whole_and_the_detail_follows_the_day(window: MainWindow,
                                                                    demo: Store) -> None:
    page = window.programme
    first, last = page.grid.span()
    assert first <= time(8, 0) and last >= time(22, 0)
    event = get_event(demo)
    if len(event.days) < 2:  # the demo forum is one day: give it a second through the window
        from mmdesk.services import forum as forum_svc

        data = forum_svc.event_input(event)
        data.end_date = event.start_date.replace(day=event.start_date.day + 1)
        forum_svc.update_event(demo, data)
        window.refresh()
    s = page._sessions[0]
    page.show_session(s.id)
    page.day.setCurrentIndex(1)
    assert page._current is None and page.title.text() == ""
    assert not page.edit_button.isEnabled()


def test_invitees_are_listed_added_and_removed_in_the_session_dialog(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.programme
    s = page._sessions[0]
    plante = search_delegates(demo, "plante")[0]
    programme_svc.invite(demo, s.id, [plante.id])

    def picker(self: DelegatePicker) -> int:
        self.search.setText("rajah")
        return 1

    def fill(self: SessionDialog) -> int:
        assert [self.invitees.item(i).text() for i in range(self.invitees.count())] == [plante.full_name]
        self.access.setCurrentIndex(self.access.findData("invitation"))
        assert self.invite_button.isEnabled()
        self.invite_button.click()
        self.invitees.item(0).setSelected(True)
        self.uninvite_button.click()
        self.accept()
        return 1

    monkeypatch.setattr(DelegatePicker, "exec", picker)
    monkeypatch.setattr(SessionDialog, "exec", fill)
    assert page.edit_session(s.id) is True
    invited = programme_svc.invitees(demo, s.id)
    assert [n for _, n in invited] == [search_delegates(demo, "rajah")[0].full_name]
    page.show_session(s.id)
    assert "invitation only" in page.details.text() and "Rajah" in page.details.text()
    window.action_undo.trigger()  # the invitation list comes back with the fields
    assert [n for _, n in programme_svc.invitees(demo, s.id)] == [plante.full_name]
    window.action_redo.trigger()
    rajah = search_delegates(demo, "rajah")[0]
    assert [n for _, n in programme_svc.invitees(demo, s.id)] == [rajah.full_name]


def test_editors_list_the_demo_venue_and_routes(qtbot, demo: Store) -> None:  # noqa: ANN001
    rooms, routes = RoomsEditor(None, demo), RoutesEditor(None, demo)
    for dialog in (rooms, routes):
        qtbot.addWidget(dialog)
        assert isinstance(dialog, QDialog)
    assert [rooms.table.item(r, 0).text() for r in range(rooms.table.rowCount())] == [
        r.name for r in venue_svc.list_rooms(demo)]
    assert routes.table.rowCount() == len(acc_svc.list_routes(demo))
    assert not rooms.edit_button.isEnabled()  # nothing selected yet
    rooms.table.selectRow(0)
    assert rooms.edit_button.isEnabled() and not rooms.up_button.isEnabled()


def test_file_new_database_leads_to_the_new_forum_dialog(window: MainWindow, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "imrf.sqlite3"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))

    def fill(self: ForumDialog) -> int:
        assert self.windowTitle() == "New forum"
        self.name.setText("IMRF 2022")
        self.first_day.setDate(QDate(2022, 5, 17))
        self.last_day.setDate(QDate(2022, 5, 18))
        self.accept()
        assert not self.error.text()
        return 1

    monkeypatch.setattr(ForumDialog, "exec", fill)
    window.action_new.trigger()
    assert window.store.description.endswith("imrf.sqlite3")
    assert get_event(window.store).name == "IMRF 2022"
    assert window.windowTitle().startswith("IMRF 2022") and not window.forum.banner.isVisible()


def test_load_the_demo_from_the_empty_window(empty_window: MainWindow) -> None:
    window = empty_window
    window.forum.banner_demo.click()
    assert get_event(window.store).city == "Quito"
    assert not window.forum.banner.isVisible() and not window.forum.action_load_demo.isEnabled()
    assert window.delegates.model.total > 0 and window.programme._sessions


def test_reprinting_from_the_record_asks_first_and_revokes_the_old_serial(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.ui.badge_printing import BadgePreviewDialog
    from mmdesk.ui.desk_card import ReprintDialog

    row = next(r for r in acc_svc.list_accreditations(demo) if r.state is S.BADGE_ISSUED)
    dialog = PersonRecordDialog(window, demo, row.delegate_id)
    monkeypatch.setattr(ReprintDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert dialog.move_accreditation(row.id, S.BADGE_ISSUED) is False  # no reason: nothing
    monkeypatch.setattr(ReprintDialog, "exec", lambda self: QDialog.DialogCode.Accepted.value)  # "lost"
    monkeypatch.setattr(BadgePreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert dialog.move_accreditation(row.id, S.BADGE_ISSUED) is False  # preview closed: nothing issued
    assert next(a for a in acc_svc.accreditations_of(demo, row.delegate_id)
                if a.id == row.id).badge_serial == row.badge_serial
    monkeypatch.setattr(BadgePreviewDialog, "exec", lambda self: (self.batch.issue(), 1)[1])  # printed
    assert dialog.move_accreditation(row.id, S.BADGE_ISSUED) is True
    acc = next(a for a in dialog.record.accreditations if a.id == row.id)
    old = next(b for b in acc.badges if b.serial == row.badge_serial)
    assert old.revoked_at is not None and acc.badge_serial not in (None, row.badge_serial)
    assert old.revoked_reason == "reprinted: lost"
    dialog.close()


def test_the_delegate_dialog_opens_the_persons_record(window: MainWindow, demo: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.ui.delegate_dialog import DelegateDialog

    plante = search_delegates(demo, "plante")[0]
    opened: list[int] = []
    monkeypatch.setattr(PersonRecordDialog, "exec", lambda self: opened.append(self.delegate_id) or 0)

    def fill(self: DelegateDialog) -> int:
        assert self.record_button.isVisibleTo(self)
        self.record_button.click()
        return 0

    monkeypatch.setattr(DelegateDialog, "exec", fill)
    assert window.delegates.edit_delegate(plante.id) is False
    assert opened == [plante.id]
