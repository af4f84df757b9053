"""Accreditation and Check-in desk pages on the demo forum, offscreen, keyboard only."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
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
        assert page.move(S.APPROVED) is False
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
    assert page.move(S.APPROVED) is True
    assert page.rows.rowCount() == 0  # the nominated filter is now empty
    assert search_delegates(demo, "martello")[0].state is S.APPROVED
    assert window.warnings.model.rowCount() == 5  # two "not yet approved" warnings cleared


def test_reject_needs_a_reason_and_keeps_history(window: MainWindow, demo: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("accreditation")
    page = window.accreditation
    _select(page, ["Martello"])
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: 0)  # cancelled
    assert page.move(S.REJECTED) is False
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: (self.text.setPlainText("Late nomination"), 1)[1])
    assert page.move(S.REJECTED) is True
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
