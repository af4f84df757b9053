"""Accreditation and Check-in desk pages on the demo forum, offscreen, keyboard only."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

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


def test_typing_a_name_at_the_desk(window: MainWindow, demo: Store) -> None:
    a = acc.accreditations_of(demo, search_delegates(demo, "goyeneche")[0].id)[0]
    acc.transition(demo, a.id, S.BADGE_ISSUED)
    page = window.checkin
    for ch in "Goyeneche":
        QTest.keyClick(page.input, ch)
    QTest.keyClick(page.input, Qt.Key.Key_Return)
    assert page.result.property("outcome") == "admitted"


def test_hidden_accreditation_page_loads_when_shown(window: MainWindow) -> None:
    page = window.accreditation
    assert page.rows.rowCount() == 0  # nothing read while hidden (70,000 rows wait)
    window.show_page("accreditation")
    assert page.rows.rowCount() == 30
