"""Accreditation and Check-in desk pages on the demo forum, offscreen, keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.services import accreditation as acc
from mmdesk.services.delegates import search_delegates
from mmdesk.services.keys import code_for_delegate
from mmdesk.store.database import Store
from mmdesk.ui.dialogs import ReasonDialog
from mmdesk.ui.main_window import MainWindow


def _select(page, names: list[str]) -> None:  # noqa: ANN001
    model = page.table.selectionModel()
    model.clearSelection()
    for row in range(page.rows.rowCount()):
        if any(n in page.rows.row_at(row).delegate for n in names):
            model.select(page.rows.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_routes_show_quota_used_and_left(window: MainWindow) -> None:
    window.show_page("accreditation")
    page = window.accreditation
    routes = {page.routes.route_at(r).name: r for r in range(page.routes.rowCount())}
    row = routes["Partner: Mayors Migration Council"]
    cells = [page.routes.data(page.routes.index(row, c)) for c in range(6)]
    assert cells[1] == "Partner organisation" and cells[3:] == ["10", "6", "4"]
    page.route_table.selectRow(routes["Ghana national delegation"])
    page._pick_route(routes["Ghana national delegation"])
    assert [page.rows.row_at(r).delegate for r in range(page.rows.rowCount())] == ["Mayor Elizabeth Sackey"]


def test_bulk_approve_from_a_filtered_list(window: MainWindow, demo: Store) -> None:
    window.show_page("accreditation")
    page = window.accreditation
    page.state.setCurrentIndex(page.state.findData(S.NOMINATED))
    assert {page.rows.row_at(r).delegate for r in range(page.rows.rowCount())} == {
        "Councillor Nkosenhle Madlala", "Mayor Totò Martello"}
    # both still wait for a document their route asks for: nothing moves
    _select(page, ["Madlala", "Martello"])
    with pytest.MonkeyPatch.context() as mp:
        shown = []
        mp.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
        assert page.move_selected(S.APPROVED) is False
    assert shown == ["Totò Martello: documents not received: Nomination letter; nothing was changed"]
    assert page.rows.rowCount() == 2
    # tick each one's missing document in the checklist, then approve both
    from PySide6.QtWidgets import QCheckBox

    for name in ("Madlala", "Martello"):
        _select(page, [name])
        layout = page.documents_layout
        boxes = [layout.itemAt(i).widget() for i in range(layout.count())]
        assert all(isinstance(b, QCheckBox) for b in boxes)
        missing = [b for b in boxes if not b.isChecked()]
        assert len(missing) == 1
        missing[0].setChecked(True)
    _select(page, ["Madlala", "Martello"])
    assert page.move_selected(S.APPROVED) is True
    assert page.rows.rowCount() == 0  # the nominated filter is now empty
    assert search_delegates(demo, "martello")[0].state is S.APPROVED
    assert window.warnings.model.rowCount() == 5  # two "not yet approved" warnings cleared


def test_reject_needs_a_reason_and_keeps_history(window: MainWindow, demo: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("accreditation")
    page = window.accreditation
    _select(page, ["Martello"])
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: 0)  # cancelled
    assert page.move_selected(S.REJECTED) is False
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: (self.text.setPlainText("Late nomination"), 1)[1])
    assert page.move_selected(S.REJECTED) is True
    history = [page.history.item(i).text() for i in range(page.history.count())]
    assert history[-1].endswith("test desk: nominated → rejected — Late nomination")


def test_reason_dialog_ok_is_disabled_until_a_reason(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = ReasonDialog(None, "Reject", "Why?", required=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.text.setPlainText("Missing documents")
    assert ok.isEnabled()


def test_scanning_shows_green_amber_red(window: MainWindow, demo: Store) -> None:
    window.show_page("checkin")
    page = window.checkin
    code = code_for_delegate(demo, search_delegates(demo, "plante")[0].id)
    page.input.setFocus()
    QTest.keyClicks(page.input, code)  # a scanner types the code…
    QTest.keyClick(page.input, Qt.Key.Key_Return)  # …and Enter
    assert page.result.property("outcome") == "admitted"
    assert "Mayor Valérie Plante" in page.result.text()
    assert "#2e7d32" in page.result.styleSheet()
    assert page.input.text() == "" and page.input.hasFocus()
    QTest.keyClicks(page.input, code)
    QTest.keyClick(page.input, Qt.Key.Key_Return)
    assert page.result.property("outcome") == "already_checked_in"
    assert "#ffb300" in page.result.styleSheet() and page.force.isEnabled()
    QTest.keyClick(page, Qt.Key.Key_F8)  # admit anyway, from the keyboard
    assert page.result.property("outcome") == "admitted" and "forced" in page.result.text()
    QTest.keyClicks(page.input, code[:-3] + "AAA")
    QTest.keyClick(page.input, Qt.Key.Key_Return)
    assert page.result.property("outcome") == "refused" and "forged" in page.result.text()
    assert "#c62828" in page.result.styleSheet()
    assert page.recent.count() == 4
    assert page.recent.item(0).text().split("  ")[1].startswith("✘")


def test_door_page_applies_room_rules(window: MainWindow, demo: Store) -> None:
    page = window.checkin
    page.room.setCurrentIndex(page.room.findData("Bilateral Room"))
    code = code_for_delegate(demo, search_delegates(demo, "plante")[0].id)
    page.input.setText(code)
    result = page.submit()
    assert result is not None and result.outcome.value == "refused"
    assert "zone 'Restricted'" in page.result.text()


def _type(page, text: str) -> None:  # noqa: ANN001
    page.input.setFocus()
    for ch in text:
        QTest.keyClick(page.input, ch)
    QTest.keyClick(page.input, Qt.Key.Key_Return)


def test_a_typed_name_or_number_never_admits_at_an_unstaffed_desk(window: MainWindow, demo: Store) -> None:
    a = acc.accreditations_of(demo, search_delegates(demo, "goyeneche")[0].id)[0]
    acc.transition(demo, a.id, S.BADGE_ISSUED)
    page = window.checkin
    assert not page.staffed.isChecked()
    _type(page, "Goyeneche")
    assert page.result.property("outcome") == "refused" and "staffed desk" in page.result.text()
    _type(page, acc.accreditations_of(demo, a.delegate_id)[0].badge_serial)  # a QR holding the number
    assert page.result.property("outcome") == "refused"
    page.room.setCurrentIndex(page.room.findData("Plenary Hall"))
    assert not page.staffed.isEnabled()  # a door is never staffed for names


def test_a_staffed_desk_admits_a_typed_name_only_once_the_operator_confirms(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.ui.desk_pages import PickDialog

    a = acc.accreditations_of(demo, search_delegates(demo, "goyeneche")[0].id)[0]
    acc.transition(demo, a.id, S.BADGE_ISSUED)
    page = window.checkin
    page.staffed.setChecked(True)
    assert page.settings.value("desk/staffed") == "true"
    seen: list[tuple[list[str], bool]] = []

    def cancel(self: PickDialog) -> int:
        seen.append(([self.people.item(i).text() for i in range(self.people.count())],
                     self.admit.isEnabled()))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(PickDialog, "exec", cancel)
    _type(page, "Fabiana Goyeneche")
    assert seen[-1][0][0].startswith("Ms. Fabiana Goyeneche") and seen[-1][1]  # preselected
    assert page.result.property("outcome") == "not_confirmed" and page.recent.count() == 0
    _type(page, "Maria")  # only part of Pablo Mariani's name: listed, not preselected
    assert seen[-1][0] == [seen[-1][0][0]] and "partial match" in seen[-1][0][0] and not seen[-1][1]
    monkeypatch.setattr(PickDialog, "exec", lambda self: (self.accept(), 1)[1])
    _type(page, "Mayor Rio")  # two people: nothing chosen, nothing admitted
    assert page.result.property("outcome") == "not_confirmed"
    _type(page, "Fabiana Goyeneche")
    assert page.result.property("outcome") == "admitted"
    assert "confirmed by test desk" in page.result.text()
    assert "(confirmed by test desk)" in page.recent.item(0).text()


def test_importing_a_verification_kit_from_the_desk_page(window: MainWindow, demo: Store, tmp_path,  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from mmdesk.services.keys import verification_kit

    plante = search_delegates(demo, "plante")[0].id
    acc.transition(demo, acc.accreditations_of(demo, plante)[0].id, S.BADGE_ISSUED, reason="lost")
    kit = verification_kit(demo).as_json()
    kit["written_at"] = "2019-01-01T00:00:00Z"  # before that reprint: a stale kit
    (tmp_path / "kit.json").write_text(json.dumps(kit), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append("warning: " + a[2]))
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "kit.json"), ""))
    page = window.checkin
    assert page.import_kit() is True
    assert shown[-1].startswith("warning: Revocation list as of 2019-01-01 00:00 UTC")  # older: flagged
    assert page.import_kit(str(tmp_path / "bad.json")) is False
    assert "not a verification kit" in shown[-1]
    code = code_for_delegate(demo, search_delegates(demo, "plante")[0].id)
    page.input.setText(code)
    page.submit()
    assert page.result.property("outcome") == "admitted" and "⚠" in page.result.text()


def test_hidden_accreditation_page_loads_when_shown(window: MainWindow) -> None:
    page = window.accreditation
    assert page.rows.rowCount() == 0  # nothing read while hidden (70,000 rows wait)
    window.show_page("accreditation")
    assert page.rows.rowCount() == 30


# ---------------------------------------------------------------- the registration desk (issue 16)


def pdf_printer(path) -> QPrinter:  # noqa: ANN001
    """A printer writing a PDF: the page the desk hands over, readable by the test."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _card_state(demo: Store, delegate_id: int):  # noqa: ANN202
    from mmdesk.services.desk import desk_card

    return desk_card(demo, delegate_id)


def test_a_walk_in_is_registered_approved_and_printed_from_the_keyboard(
        window: MainWindow, demo: Store, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from mmdesk.ui.walkin_dialog import WalkInDialog
    from tests.printing.conftest import pages, qr_codes

    window.show_page("checkin")
    page = window.checkin

    def type_in(self: WalkInDialog) -> int:
        self.show()
        qtbot.waitExposed(self)
        focus = self.focusWidget  # the dialog's own focus, keys sent where the operator types
        assert focus() is self.given
        for text in ("Ana", "Walker", "City of Quito", "Ecuador"):  # given, family, organisation, country
            QTest.keyClicks(focus(), text)
            QTest.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is self.category
        QTest.keyClick(focus(), Qt.Key.Key_Tab)  # category as it is
        QTest.keyClick(focus(), Qt.Key.Key_Tab)  # no e-mail
        assert focus() is self.route and self.approve.isChecked()  # a route the desk approves on
        QTest.keyClick(focus(), Qt.Key.Key_Return)  # Register and print
        return self.result()

    monkeypatch.setattr(WalkInDialog, "exec", type_in)
    target = tmp_path / "walkin.pdf"
    assert page.new_walk_in(pdf_printer(target)) is True
    card = page.card.card
    assert card is not None and card.name == "Ana Walker" and card.country == "Ecuador"
    assert card.state is S.BADGE_ISSUED and card.serial
    assert pages(target) == 1  # the printed page carries the issued badge's code
    assert qr_codes(target, 0) == [code_for_delegate(demo, card.delegate_id)]
    assert page.result.property("outcome") == "printed"
    assert card.serial in page.card.badge.text()


def test_a_walk_in_on_a_route_the_desk_does_not_approve_goes_to_the_queue(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.ui.walkin_dialog import WalkInDialog

    def media(self: WalkInDialog) -> int:
        self.given.setText("Bo")
        self.family.setText("Press")
        self.route.setCurrentIndex(self.route.findText("Media", Qt.MatchFlag.MatchStartsWith))
        assert not self.approve.isEnabled() and "queue" in self.rule.text()
        self.accept()
        return self.result()

    monkeypatch.setattr(WalkInDialog, "exec", media)
    page = window.checkin
    assert page.new_walk_in() is True
    assert page.card.card.state is S.NOMINATED and not page.card.print_button.isEnabled()
    assert page.result.property("outcome") == "queued"


def test_closing_the_preview_without_printing_issues_no_serial(
        window: MainWindow, demo: Store, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from mmdesk.ui.badge_printing import BadgePreviewDialog

    approved = next(r for r in acc.list_accreditations(demo) if r.state is S.APPROVED)
    page = window.checkin
    assert page.settings.value("desk/printer", "") in ("", None)  # no printer: a preview first
    page.show_person(approved.delegate_id)
    assert page.card.print_button.isEnabled()
    shown: list[int] = []
    monkeypatch.setattr(BadgePreviewDialog, "exec",
                        lambda self: shown.append(self.page_count) or QDialog.DialogCode.Rejected.value)
    assert page.print_badge() is False
    assert shown == [1] and _card_state(demo, approved.delegate_id).serial is None
    # the Accreditation page's button prints too (it no longer issues without printing)
    window.show_page("accreditation")
    _select(window.accreditation, [approved.delegate])
    assert window.accreditation.print_selected() is False
    assert _card_state(demo, approved.delegate_id).state is S.APPROVED
    # Save PDF… in the preview: the serial is issued as the file is written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kept.pdf"), ""))
    monkeypatch.setattr(BadgePreviewDialog, "exec", lambda self: (self.save_pdf(), 1)[1])
    assert window.accreditation.print_selected() is True
    assert (tmp_path / "kept.pdf").exists() and _card_state(demo, approved.delegate_id).serial


def test_a_reprint_asks_a_reason_and_revokes_the_old_serial(
        window: MainWindow, demo: Store, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from mmdesk.services.person import person_record
    from mmdesk.ui.desk_card import ReprintDialog

    row = next(r for r in acc.list_accreditations(demo) if r.state is S.BADGE_ISSUED)
    page = window.checkin
    page.show_person(row.delegate_id)
    assert page.card.reprint_button.isEnabled() and not page.card.print_button.isEnabled()
    monkeypatch.setattr(ReprintDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert page.reprint_badge(pdf_printer(tmp_path / "no.pdf")) is False
    assert _card_state(demo, row.delegate_id).serial == row.badge_serial  # cancelled: nothing

    def damaged(self: ReprintDialog) -> int:
        from PySide6.QtWidgets import QLabel

        assert any(row.badge_serial in label.text() for label in self.findChildren(QLabel))
        self.reason.setCurrentIndex(self.reason.findData("damaged"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReprintDialog, "exec", damaged)
    assert page.reprint_badge(pdf_printer(tmp_path / "again.pdf")) is True
    new = _card_state(demo, row.delegate_id)
    assert new.serial not in (None, row.badge_serial) and new.state is S.BADGE_ISSUED
    badges = {b.serial: b for a in person_record(demo, row.delegate_id).accreditations for b in a.badges}
    assert badges[row.badge_serial].revoked_reason == "reprinted: damaged"
    assert (tmp_path / "again.pdf").stat().st_size > 1000


def test_handing_over_marks_collected_and_the_dashboard_follows(
        window: MainWindow, demo: Store, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from mmdesk.services.dashboard import figures

    rows = [r for r in acc.list_accreditations(demo) if r.state is S.BADGE_ISSUED]
    window.show_page("dashboard")
    before = figures(demo).badges_collected
    assert f"<b>{before}</b> collected" in window.dashboard.summary.text()
    window.show_page("checkin")
    page = window.checkin
    page.reload()
    waiting = page.waiting.count()
    assert page.waiting_label.text().endswith(str(waiting)) and waiting == len(rows)
    page.show_person(rows[0].delegate_id)
    page.input.setFocus()
    QTest.keyClick(page.input, Qt.Key.Key_F9)  # Handed over, from the keyboard
    assert _card_state(demo, rows[0].delegate_id).state is S.BADGE_COLLECTED
    assert not page.card.hand_over_button.isEnabled()
    qtbot.waitUntil(lambda: page.waiting.count() == waiting - 1)  # once the desk is idle
    # a scan at the pick-up table
    page.mode.setCurrentIndex(page.mode.findData("pickup"))
    assert page.settings.value("desk/mode") == "pickup"
    _type(page, code_for_delegate(demo, rows[1].delegate_id))
    assert page.result.property("outcome") == "handed_over"
    assert _card_state(demo, rows[1].delegate_id).state is S.BADGE_COLLECTED
    assert page.recent.count() == 0  # handing over admits no one
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: f"<b>{before + 2}</b> collected" in window.dashboard.summary.text())


def test_a_delegations_head_collects_for_everyone_at_the_desk(
        window: MainWindow, demo: Store, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from mmdesk.services.badges import BadgeBatch
    from mmdesk.services.desk import WalkIn, walk_in
    from mmdesk.ui.pickup_dialog import DelegationPickUpDialog

    mates = [walk_in(demo, WalkIn(g, "Delegate", "Host and secretariat", organisation="Testville"),
                     approve=True) for g in ("Uno", "Dos", "Tres")]
    batch = BadgeBatch(demo, delegate_ids=[m.delegate_id for m in mates])
    batch.draw_now(tmp_path / "b.pdf")
    batch.issue()
    seen: list[int] = []

    def all_of_them(self: DelegationPickUpDialog) -> int:
        seen.append(self.people.count())
        self.people.item(2).setCheckState(Qt.CheckState.Unchecked)  # one stays for later
        self.accept()
        return self.result()

    monkeypatch.setattr(DelegationPickUpDialog, "exec", all_of_them)
    page = window.checkin
    page.show_person(mates[0].delegate_id)
    assert page.delegation_pick_up() == 2 and seen == [3]
    states = [_card_state(demo, m.delegate_id).state for m in mates]
    assert states.count(S.BADGE_COLLECTED) == 2 and states.count(S.BADGE_ISSUED) == 1


def test_the_badge_desk_finds_without_admitting_and_prints_at_once_on_its_printer(
        window: MainWindow, demo: Store, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    from mmdesk.ui import checkin_page
    from mmdesk.ui.badge_printing import BadgePreviewDialog, DeskPrinterDialog
    from mmdesk.ui.checkin_page import CheckInPage

    def choose(self: DeskPrinterDialog) -> int:
        self.printer.addItem("Card printer", "Card printer")
        self.printer.setCurrentIndex(self.printer.findData("Card printer"))
        self.layout_box.setCurrentIndex(self.layout_box.findData("id1-photo"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(DeskPrinterDialog, "exec", choose)
    window.show_page("checkin")
    page = window.checkin
    assert page.choose_printer() is True
    again = CheckInPage(demo, QSettings(page.settings.fileName(), QSettings.Format.IniFormat))
    assert "Card printer" in again.printer_button.text() and "id1-photo" in again.printer_button.text()
    again.deleteLater()
    page.mode.setCurrentIndex(page.mode.findData("badges"))
    approved = next(r for r in acc.list_accreditations(demo) if r.state is S.APPROVED)
    name = approved.delegate.split(" ", 1)[1] if approved.delegate.startswith(("Mayor", "Ms", "Mr")) \
        else approved.delegate
    _type(page, name)
    assert page.card.card is not None and page.card.card.delegate_id == approved.delegate_id
    assert page.recent.count() == 0  # found, not admitted
    made: list[str] = []
    monkeypatch.setattr(checkin_page, "desk_qprinter",
                        lambda n, layout: made.append(n) or pdf_printer(tmp_path / "card.pdf"))
    monkeypatch.setattr(BadgePreviewDialog, "exec", lambda self: pytest.fail("no dialog at a set desk"))
    QTest.keyClick(page.input, Qt.Key.Key_F5)
    assert made == ["Card printer"] and _card_state(demo, approved.delegate_id).serial
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(tmp_path / "card.pdf"))
    width, height = pdf[0].get_size()
    pdf.close()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (86, 54)  # a CR80 card, landscape


def test_a_photo_from_a_file_shows_on_the_card_and_the_camera_button_only_with_a_camera(
        window: MainWindow, demo: Store, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from io import BytesIO

    from PIL import Image

    from mmdesk.ui import desk_card
    from mmdesk.ui.desk_card import PhotoDialog

    row = next(r for r in acc.list_accreditations(demo) if r.state is S.APPROVED)
    data = BytesIO()
    Image.new("RGB", (900, 1200), (120, 80, 60)).save(data, "PNG")
    (tmp_path / "face.png").write_bytes(data.getvalue())
    (tmp_path / "notes.png").write_bytes(b"not a picture")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))

    def take(self: PhotoDialog) -> int:
        assert self.camera_button.isHidden() == (not desk_card.camera_available())
        assert self.from_file(str(tmp_path / "notes.png")) is False and warned
        assert self.from_file(str(tmp_path / "face.png")) is True
        assert self.remove_button.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PhotoDialog, "exec", take)
    page = window.checkin
    page.show_person(row.delegate_id)
    assert page.card.photo.pixmap().isNull()
    assert page.edit_photo() is True
    assert not page.card.photo.pixmap().isNull()  # the face to compare with
    assert page.card.card.photo is not None


def test_routes_show_the_nomination_workbooks_sent_and_returned(window: MainWindow, demo: Store,
                                                                tmp_path) -> None:  # noqa: ANN001
    from mmdesk.services.nomination_workbook import export_nominations

    window.show_page("accreditation")
    page = window.accreditation
    routes = {page.routes.route_at(r).name: r for r in range(page.routes.rowCount())}
    ghana = routes["Ghana national delegation"]
    assert page.routes.headerData(6, Qt.Orientation.Horizontal) == "Workbooks"
    assert page.routes.data(page.routes.index(ghana, 6)) == ""
    export_nominations(demo, "Ghana national delegation", tmp_path / "ghana.xlsx")  # another desk sends it
    export_nominations(demo, "Ghana national delegation", tmp_path / "ghana-2.xlsx")
    window.poll_changes()
    sent = page.routes.route_at(ghana).workbooks.last_sent
    assert sent is not None
    assert page.routes.data(page.routes.index(ghana, 6)) == f"sent 2 ({sent.day} {sent:%b})"
    assert "returned" in page.routes.data(page.routes.index(ghana, 6), Qt.ItemDataRole.ToolTipRole)
    others = [page.routes.data(page.routes.index(r, 6)) for r in routes.values() if r != ghana]
    assert others and all(x == "" for x in others)


def test_the_pick_list_shows_each_face_to_compare(window: MainWindow, demo: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Two people answer to "Mayor Rio": the one with a photo shows it, the other shows none."""
    from io import BytesIO

    from PIL import Image

    from mmdesk.services import photos
    from mmdesk.ui.desk_pages import PickDialog

    listed: list[list[tuple[int, bool]]] = []

    def look(self: PickDialog) -> int:
        listed.append([(int(self.people.item(i).data(Qt.ItemDataRole.UserRole)),
                        not self.people.item(i).icon().isNull()) for i in range(self.people.count())])
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(PickDialog, "exec", look)
    page = window.checkin
    page.staffed.setChecked(True)
    _type(page, "Mayor Rio")
    assert len(listed[-1]) >= 2 and not any(face for _, face in listed[-1])  # no photos yet
    out = BytesIO()
    Image.new("RGB", (140, 180), (40, 90, 160)).save(out, "JPEG")
    first = listed[-1][0][0]
    photos.set_photo(demo, first, out.getvalue())
    _type(page, "Mayor Rio")
    assert [(who, face) for who, face in listed[-1] if face] == [(first, True)]
    assert page.result.property("outcome") == "not_confirmed"
