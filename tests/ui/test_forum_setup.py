"""An organizer's own forum from an empty file, through the window only (issue 14): the
wizard, the rooms and routes editors, sessions with co-chairs, speakers and invitees,
delegates typed in, nominated, approved and rejected, badges printed, a check-in and a badge
collected — asserted through the services afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import QuotaPolicy, RouteKind, SessionAccess, SlotRole
from mmdesk.services import accreditation as acc_svc
from mmdesk.services import person as person_svc
from mmdesk.services import programme as programme_svc
from mmdesk.services import venue as venue_svc
from mmdesk.services.delegates import list_delegates
from mmdesk.services.events import get_event
from mmdesk.services.keys import code_for_delegate
from mmdesk.store.database import Store
from mmdesk.ui.delegate_dialog import DelegateDialog
from mmdesk.ui.dialogs import BadgeOptionsDialog, ReasonDialog
from mmdesk.ui.forum_dialog import ForumDialog
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.person_record import NominateDialog, PersonRecordDialog
from mmdesk.ui.preview import PdfPreviewDialog
from mmdesk.ui.rooms_editor import RoomDialog, RoomsEditor
from mmdesk.ui.routes_editor import RouteDialog, RoutesEditor
from mmdesk.ui.session_dialog import DelegatePicker, SessionDialog


def type_into(widget, text: str) -> None:  # noqa: ANN001
    """One key event per character (pytest-qt's keyClicks dies on non-ASCII text)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
        else:
            widget.insert(ch)


@pytest.fixture
def empty(db_path: Path) -> Iterator[Store]:
    """A new store file with no forum in it."""
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def empty_window(qtbot, empty: Store, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    """The window over a new, empty store."""
    w = MainWindow(empty, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def queue(monkeypatch: pytest.MonkeyPatch, cls: type, fills: list[Callable]) -> list[Callable]:
    """Patch cls.exec to run the next fill (which fills and accepts the dialog) each time."""
    pending = list(fills)

    def run(self) -> int:  # noqa: ANN001
        fill = pending.pop(0)
        code = fill(self)
        if code is None:  # the fill accepted through OK (the dialog saved or said why not)
            return 1 if self.result() else 0
        return code

    monkeypatch.setattr(cls, "exec", run)
    return pending


def ok(self) -> None:  # noqa: ANN001
    self.accept()


def yes(*_a, **_k) -> QMessageBox.StandardButton:  # noqa: ANN002, ANN003
    return QMessageBox.StandardButton.Yes


def forum_fill(self: ForumDialog) -> None:
    type_into(self.name, "International Migration Review Forum 2022")
    type_into(self.short_name, "IMRF 2022")
    type_into(self.city, "New York")
    self.country.setCurrentIndex(self.country.findData("US"))
    type_into(self.venue, "United Nations Headquarters")
    self.first_day.setDate(QDate(2022, 5, 17))
    self.last_day.setDate(QDate(2022, 5, 18))
    self.time_zone.setCurrentIndex(self.time_zone.findData("America/New_York"))
    self.languages.setText("en, fr, es")
    self.accept()


def room(name: str, capacity: int, zone: str) -> Callable[[RoomDialog], None]:
    def fill(self: RoomDialog) -> None:
        type_into(self.name, name)
        self.capacity.setValue(capacity)
        self.zone.setEditText(zone)
        self.accept()
    return fill


def route(name: str, kind: RouteKind, *, state: str | None = None, partner: str | None = None,
          quota: int = 0, documents: str = "", zones: str = "") -> Callable[[RouteDialog], None]:
    def fill(self: RouteDialog) -> None:
        type_into(self.name, name)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        if state:
            self.member_state.setCurrentIndex(self.member_state.findData(state))
        if partner:
            type_into(self.partner, partner)
        self.quota.setValue(quota)
        self.documents.setPlainText(documents)
        known = {self.zones.item(i).text(): self.zones.item(i) for i in range(self.zones.count())}
        for zone in zones.split(","):
            if zone in known:
                known[zone].setCheckState(Qt.CheckState.Checked)
            else:
                type_into(self.new_zones, zone)
        self.accept()
    return fill


def delegate(given: str, family: str, country: str, organisation: str = "") -> Callable:
    def fill(self: DelegateDialog) -> None:
        type_into(self.given, given)
        type_into(self.family, family)
        self.country.setCurrentIndex(self.country.findData(country))
        if organisation:
            type_into(self.organisation, organisation)
        self.accept()
    return fill


def pick(query: str) -> Callable[[DelegatePicker], int]:
    def fill(self: DelegatePicker) -> int:
        self.search.setText(query)
        assert self.results.count() >= 1
        return 1
    return fill


def select_nominations(window: MainWindow, *names: str) -> None:
    page = window.accreditation
    page.table.clearSelection()
    model = page.table.selectionModel()
    for row in range(page.rows.rowCount()):
        if any(n in page.rows.row_at(row).delegate for n in names):
            model.select(page.rows.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def build_forum(window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The IMRF 2022 set up through the window: wizard, rooms, routes, five delegates."""
    monkeypatch.setattr(QMessageBox, "question", yes)
    queue(monkeypatch, ForumDialog, [forum_fill])
    assert window.forum.banner.isVisible()
    window.forum.banner_new.click()
    assert not window.forum.banner.isVisible()

    rooms = queue(monkeypatch, RoomDialog, [
        room("General Assembly Hall", 1800, "plenary"), room("Conference Room 4", 120, "restricted"),
        room("ECOSOC Chamber", 400, "plenary")])

    def rooms_editor(self: RoomsEditor) -> int:
        for _ in range(3):
            assert self.add()
        self.table.selectRow(2)  # ECOSOC Chamber becomes the second column
        assert self.move_room(-1)
        return 0

    queue(monkeypatch, RoomsEditor, [rooms_editor])
    assert window.forum.action_rooms.isEnabled()
    window.forum.action_rooms.trigger()
    assert not rooms

    queue(monkeypatch, RouteDialog, [
        route("Own authority", RouteKind.OWN_AUTHORITY, zones="plenary"),
        route("National delegation of Ghana", RouteKind.NATIONAL_DELEGATION, state="GH",
              documents="Note verbale", zones="plenary,restricted"),
        route("UCLG", RouteKind.PARTNER_ORGANISATION, partner="UCLG", quota=20, zones="plenary"),
        route("Media", RouteKind.MEDIA, zones="press")])

    def routes_editor(self: RoutesEditor) -> int:
        for _ in range(4):
            assert self.add()
        return 0

    queue(monkeypatch, RoutesEditor, [routes_editor])
    window.forum.action_routes.trigger()

    queue(monkeypatch, DelegateDialog, [
        delegate("Yvonne", "Aki-Sawyerr", "SL", "Freetown City Council"),
        delegate("Kwame", "Mensah", "GH", "Government of Ghana"),
        delegate("Ada", "Colau", "ES", "UCLG"),
        delegate("Marta", "Pérez", "US", "The Daily Migrant"),
        delegate("Tom", "Rejected", "GB")])
    for _ in range(5):
        assert window.delegates.add_delegate()


def test_an_imrf_like_forum_from_an_empty_file_through_the_window(
        empty_window: MainWindow, empty: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    window, store = empty_window, empty
    build_forum(window, store, monkeypatch)
    event = get_event(store)
    assert (event.short_name, event.venue, event.time_zone, event.languages) == (
        "IMRF 2022", "United Nations Headquarters", "America/New_York", ("en", "fr", "es"))
    assert event.days == [date(2022, 5, 17), date(2022, 5, 18)]
    assert [(r.name, r.capacity, r.access_zone) for r in venue_svc.list_rooms(store)] == [
        ("General Assembly Hall", 1800, "plenary"), ("ECOSOC Chamber", 400, "plenary"),
        ("Conference Room 4", 120, "restricted")]
    routes = {r.name: r for r in acc_svc.list_routes(store)}
    assert routes["National delegation of Ghana"].member_state == "GH"
    assert routes["National delegation of Ghana"].required_documents == ("Note verbale",)
    assert (routes["UCLG"].partner, routes["UCLG"].quota, routes["UCLG"].quota_policy) == (
        "UCLG", 20, QuotaPolicy.REFUSE)
    assert routes["Media"].zones == ("press",)
    ids = {d.family_name: d.id for d in list_delegates(store)}
    assert set(ids) == {"Aki-Sawyerr", "Mensah", "Colau", "Pérez", "Rejected"}

    # nominate: from the Accreditation page (search) and from a person's record
    window.show_page("accreditation")

    def nominate(query: str, route_name: str) -> Callable[[NominateDialog], None]:
        def fill(self: NominateDialog) -> None:
            if self.delegate_id is None:
                self.search.setText(query)
            self.route.setCurrentIndex(self.route.findData(routes[route_name].id))
            self.accept()
        return fill

    queue(monkeypatch, NominateDialog, [
        nominate("aki-sawyerr", "Own authority"), nominate("mensah", "National delegation of Ghana"),
        nominate("colau", "UCLG"), nominate("rejected", "Own authority"),
        nominate("", "Media")])
    for _ in range(4):
        assert window.accreditation.nominate()

    def record(self: PersonRecordDialog) -> int:
        assert self.nominate()  # Marta Pérez on the media route
        return 0

    queue(monkeypatch, PersonRecordDialog, [record])
    window.delegates.show_delegate(ids["Pérez"])
    assert window.delegates.show_record()

    # approve: Mensah's route wants the note verbale first, ticked in his record
    def tick_then_approve(self: PersonRecordDialog) -> int:
        (acc,) = self.record.accreditations
        assert not self.move_accreditation(acc.id, S.APPROVED)
        assert "Note verbale" in self.message.text()
        self.document_boxes[(acc.id, "Note verbale")].setChecked(True)
        assert self.move_accreditation(acc.id, S.APPROVED)
        return 0

    queue(monkeypatch, PersonRecordDialog, [tick_then_approve])
    assert window.accreditation.show_record(ids["Mensah"])
    window.accreditation.reload()
    select_nominations(window, "Aki-Sawyerr", "Colau", "Pérez")
    assert window.accreditation.move_selected(S.APPROVED)
    queue(monkeypatch, ReasonDialog, [lambda self: self.text.setPlainText("not a local authority")
                                      or 1])
    select_nominations(window, "Rejected")
    assert window.accreditation.move_selected(S.REJECTED)

    # sessions: an opening plenary with co-chairs and a host picked from the delegates, and an
    # invitation-only roundtable on day 2 with two invitees
    window.show_page("programme")
    hall, ecosoc = (r.id for r in venue_svc.list_rooms(store)[:2])

    def session(title: str, kind: str, start: datetime, end: datetime, room_id: int,
                access: SessionAccess, invitees: list[str], co_chairs: str) -> Callable:
        def fill(self: SessionDialog) -> None:
            self.title.setText(title)
            self.kind.setCurrentIndex(self.kind.findData(kind))
            self.starts.setDateTime(QDateTime(start))
            self.ends.setDateTime(QDateTime(end))
            self.room.setCurrentIndex(self.room.findData(room_id))
            self.co_chairs.setText(co_chairs)
            self.pick_host.click()
            self.access.setCurrentIndex(self.access.findData(access.value))
            for _ in invitees:
                self.invite_button.click()
            self.accept()
        return fill

    queue(monkeypatch, DelegatePicker, [pick("aki-sawyerr"), pick("mensah"), pick("colau"),
                                        pick("mensah"), pick("aki-sawyerr")])
    queue(monkeypatch, SessionDialog, [
        session("Opening plenary", "plenary", datetime(2022, 5, 17, 10), datetime(2022, 5, 17, 13),
                hall, SessionAccess.OPEN, [], "Governments of Bangladesh and Turkey"),
        session("Roundtable 1", "roundtable", datetime(2022, 5, 18, 10), datetime(2022, 5, 18, 12),
                ecosoc, SessionAccess.INVITATION, ["mensah", "colau"], "Ghana")])
    assert window.programme.new_session()
    assert window.programme.new_session()
    opening, roundtable = programme_svc.list_sessions(store)
    assert opening.host == "Yvonne Aki-Sawyerr" and opening.co_chairs == (
        "Governments of Bangladesh and Turkey",)
    assert roundtable.access is SessionAccess.INVITATION and roundtable.host == "Kwame Mensah"
    assert {n for _, n in programme_svc.invitees(store, roundtable.id)} == {"Kwame Mensah",
                                                                             "Ada Colau"}
    # speakers on the opening plenary: a single click on its block, then Add speaker
    window.programme.show_session(opening.id)
    assert window.programme.add_speaker.isEnabled()
    queue(monkeypatch, DelegatePicker, [pick("aki-sawyerr")])
    assert window.programme.add_slot()
    assert [(s.delegate_name, s.role) for s in programme_svc.get_session(store, opening.id).slots] == [
        ("Yvonne Aki-Sawyerr", SlotRole.PANELLIST)]
    window.programme.show_session(roundtable.id)
    assert window.programme.day.currentData() == date(2022, 5, 18)
    assert "Ada Colau" in window.programme.details.text()

    # badges for everyone approved, a check-in at the door, a badge collected
    queue(monkeypatch, BadgeOptionsDialog, [lambda self: 1])
    queue(monkeypatch, PdfPreviewDialog, [lambda self: (self.batch.issue(), 0)[1]])  # printed
    window.show_page("delegates")
    window.delegates.table.clearSelection()
    assert window.print_badges()
    window.show_page("checkin")
    window.checkin.input.setText(code_for_delegate(store, ids["Mensah"]))
    assert window.checkin.submit().outcome.value == "admitted"
    window.show_page("accreditation")
    select_nominations(window, "Colau")
    window.accreditation.collected.click()

    states = {r.delegate_id: r for r in acc_svc.list_accreditations(store)}
    assert states[ids["Aki-Sawyerr"]].state is S.BADGE_ISSUED
    assert states[ids["Mensah"]].state is S.BADGE_ISSUED
    assert states[ids["Colau"]].state is S.BADGE_COLLECTED
    assert states[ids["Pérez"]].state is S.BADGE_ISSUED
    rejected = states[ids["Rejected"]]
    assert (rejected.state, rejected.reason) == (S.REJECTED, "not a local authority")
    mensah = person_svc.person_record(store, ids["Mensah"])
    assert [c.outcome.value for c in mensah.check_ins] == ["admitted"]
    assert mensah.invitations == ((roundtable.id, "Roundtable 1"),)
    assert mensah.accreditations[0].documents == {"Note verbale": True}
    assert len(mensah.accreditations[0].badges) == 1
