"""The window follows the store row by row: an edit, an approval, an undo, a delete or another
desk's change updates the rows it touches (no table is read again), and on a large store the
long reads and the rules run off the GUI thread while the window paints at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.services import accreditation as acc_svc
from mmdesk.services.delegates import (
    DelegateInput,
    create_delegate,
    get_delegate_input,
    search_delegates,
    update_delegate,
)
from mmdesk.store.database import Store
from mmdesk.ui import lazy
from mmdesk.ui.delegate_dialog import DelegateDialog
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.models import DelegateTableModel


def watch(model) -> list[str]:  # noqa: ANN001 - any table model
    """The model's signals, by name, and the rows dataChanged named."""
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.layoutChanged.connect(lambda *_: seen.append("layout"))
    model.rowsInserted.connect(lambda _, a, b: seen.append(f"inserted {a}-{b}"))
    model.rowsRemoved.connect(lambda _, a, b: seen.append(f"removed {a}-{b}"))
    model.dataChanged.connect(lambda a, b, *_: seen.append(f"changed {a.row()}-{b.row()}"))
    return seen


def ready(store: Store, nominations: list[int]) -> None:
    """Every document of these nominations received (as another desk would tick them)."""
    for ident in nominations:
        for name, received in acc_svc.documents(store, ident).items():
            if not received:
                acc_svc.set_document(store, ident, name, True)


def rows_of(model: DelegateTableModel) -> dict[int, object]:
    return {model.delegate_at(r).id: model.delegate_at(r) for r in range(model.rowCount())}


def test_an_edit_and_its_undo_change_that_row_only(window: MainWindow, demo: Store,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    plante = search_delegates(demo, "plante")[0]
    model = window.delegates.model
    before = rows_of(model)
    row = model.row_of(plante.id)

    def fill(self: DelegateDialog) -> int:
        self.position.setText("Mairesse de Montréal")
        self.accept()
        return 1

    monkeypatch.setattr(DelegateDialog, "exec", fill)
    reads: list[int] = []
    monkeypatch.setattr(window.delegates, "reload", lambda: reads.append(1))
    seen = watch(model)
    assert window.delegates.edit_delegate(plante.id) is True
    assert seen == [f"changed {row}-{row}"]
    assert model.data(model.index(row, 1)) == "Mairesse de Montréal"
    after = rows_of(model)
    assert all(after[i] is before[i] for i in before if i != plante.id)  # the other rows untouched
    window.action_undo.trigger()
    assert model.data(model.index(row, 1)) == "Mayor of Montréal"
    assert seen == [f"changed {row}-{row}"] * 2
    assert reads == []  # no table read again


def test_an_approval_changes_its_nomination_and_its_delegate(window: MainWindow, demo: Store) -> None:
    window.show_page("accreditation")
    page = window.accreditation
    rows = page.rows
    row = next(r for r in range(rows.rowCount()) if "Martello" in rows.row_at(r).delegate)
    nomination = rows.row_at(row)
    assert nomination.state is S.NOMINATED
    ready(demo, [nomination.id])
    window.poll_changes()
    used = {r.id: r.used for r in acc_svc.list_routes(demo)}
    page.table.selectRow(row)
    seen, delegates_seen = watch(rows), watch(window.delegates.model)
    page.approve.click()
    assert seen == [f"changed {row}-{row}"]
    assert rows.row_at(row).id == nomination.id and rows.row_at(row).state is S.APPROVED
    delegate_row = window.delegates.model.row_of(nomination.delegate_id)
    assert delegates_seen == [f"changed {delegate_row}-{delegate_row}"]
    assert window.delegates.model.delegate_at(delegate_row).state is S.APPROVED
    # withdrawn at another desk: the row follows, and the route's place is free again
    acc_svc.transition(demo, nomination.id, S.WITHDRAWN, reason="cannot travel")
    window.poll_changes()
    assert rows.row_at(row).state is S.WITHDRAWN
    routes = page.routes
    route = next(r for r in range(routes.rowCount()) if routes.route_at(r).id == nomination.route_id)
    assert routes.route_at(route).used == used[nomination.route_id] - 1


def test_a_deleted_delegate_leaves_both_tables(window: MainWindow, demo: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.show_page("accreditation")
    sackey = search_delegates(demo, "sackey")[0]
    nominations = window.accreditation.rows.total_count()
    window.show_page("delegates")
    row = window.delegates.model.row_of(sackey.id)
    window.delegates.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = watch(window.delegates.model)
    assert window.delegates.delete_selected() is True
    assert seen == [f"removed {row}-{row}"]
    assert window.delegates.model.row_of(sackey.id) is None
    assert window.delegates.model.total == 29
    assert all(r.delegate_id != sackey.id for r in window.accreditation.rows.all_rows())
    assert window.accreditation.rows.total_count() == nominations - 1


def test_another_desks_edit_shows_in_its_row(qtbot, demo_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/seconds", 0.1)
    store = Store.open(demo_path)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    model = window.delegates.model
    other = Store.open(demo_path)  # another desk on the same file
    plante = search_delegates(other, "plante")[0]
    row = model.row_of(plante.id)
    seen = watch(model)
    data, _ = get_delegate_input(other, plante.id)
    data.position = "Mairesse de Montréal"
    update_delegate(other, plante.id, data)
    qtbot.waitUntil(lambda: model.data(model.index(row, 1)) == "Mairesse de Montréal", timeout=20_000)
    assert seen == [f"changed {row}-{row}"]
    made = create_delegate(other, DelegateInput(given_name="Aminata", family_name="Touré", country="SN"))
    qtbot.waitUntil(lambda: model.row_of(made.id) is not None, timeout=20_000)
    assert "reset" not in seen
    other.close()
    store.close()


def test_a_large_store_paints_first_and_fills_in_off_the_gui_thread(
        qtbot, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(lazy, "LARGE", 1)  # the demo's 30 delegates count as many
    monkeypatch.setattr("mmdesk.ui.pages.DelegatesPage.FIRST_SCREEN", 5)
    window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.delegates.model.rowCount() == 5  # the first screen, at once
    qtbot.waitUntil(lambda: window.delegates.model.rowCount() == 30, timeout=20_000)
    assert window.delegates.count.text().startswith("30 delegate")
    # the rules run off the GUI thread; the Warnings page fills in when they are done
    qtbot.waitUntil(lambda: window.warnings.model.rowCount() == 7, timeout=20_000)
    assert window.sidebar.item(4).text() == "Warnings (7)"
    qtbot.waitUntil(lambda: "30 delegates" in window.status_counts.text(), timeout=20_000)
    # Accreditation paints at once with a busy bar, then shows every nomination
    window.show_page("accreditation")
    page = window.accreditation
    qtbot.waitUntil(lambda: page.rows.total_count() == 30, timeout=20_000)
    assert page.progress.isHidden()
    page.search.setText("goyeneche")
    assert page.rows.rowCount() == 1
    for name in ("dashboard", "endorsements"):
        window.show_page(name)
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=20_000)
    assert window.dashboard.progress.isHidden()
    qtbot.waitUntil(lambda: window.endorsements.choice.count() > 0 or "No declaration"
                    in window.endorsements.areas.text(), timeout=20_000)


def test_the_rules_run_again_after_a_change_off_the_gui_thread(
        qtbot, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(lazy, "LARGE", 1)
    window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.warnings.model.rowCount() == 7, timeout=20_000)
    window.show_page("accreditation")
    qtbot.waitUntil(lambda: window.accreditation.rows.total_count() == 30, timeout=20_000)
    waiting = [r.id for r in window.accreditation.rows.all_rows()
               if any(n in r.delegate for n in ("Madlala", "Martello"))]
    ready(demo, waiting)
    acc_svc.bulk_transition(demo, waiting, S.APPROVED)
    window.poll_changes()
    # the two "not yet approved" warnings cleared
    qtbot.waitUntil(lambda: window.warnings.model.rowCount() == 5, timeout=20_000)
    assert window.sidebar.item(4).text() == "Warnings (5)"
    assert all(window.accreditation.rows.get(i).state is S.APPROVED for i in waiting)


def test_another_desks_edit_on_the_same_file_shows_without_waiting_for_the_poll(
        qtbot, demo_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/seconds", 3600)  # the timer's poll would come in an hour
    store = Store.open(demo_path)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    model = window.delegates.model
    other = Store.open(demo_path)  # the command line, or another window on the same file
    plante = search_delegates(other, "plante")[0]
    row = model.row_of(plante.id)
    data, _ = get_delegate_input(other, plante.id)
    data.position = "Mairesse de Montréal"
    update_delegate(other, plante.id, data)
    qtbot.waitUntil(lambda: model.data(model.index(row, 1)) == "Mairesse de Montréal", timeout=10_000)
    other.close()
    store.close()


def test_a_large_store_reads_the_other_pages_once_the_first_screen_has_painted(
        qtbot, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(lazy, "LARGE", 1)
    monkeypatch.setattr("mmdesk.ui.pages.DelegatesPage.FIRST_SCREEN", 5)
    window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    qtbot.wait(50)
    assert window.delegates.model.rowCount() == 5  # the first screen
    assert window.programme._sessions == []  # nothing else read before it has painted
    window.show()
    qtbot.waitUntil(lambda: len(window.programme._sessions) > 0, timeout=20_000)
    qtbot.waitUntil(lambda: window.delegates.model.rowCount() == 30, timeout=20_000)
    qtbot.waitUntil(lambda: "30 delegates" in window.status_counts.text(), timeout=20_000)


def test_a_large_store_read_twice_before_the_first_paint_is_read_once(
        qtbot, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from mmdesk.ui.pages import DelegatesPage

    monkeypatch.setattr(lazy, "LARGE", 1)
    window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.delegates.reload()  # another desk's change polled before the window shows
    reads: list[Store] = []
    real = DelegatesPage._read
    monkeypatch.setattr(DelegatesPage, "_read",
                        lambda self, store: (reads.append(store), real(self, store))[1])
    window.show()
    qtbot.waitUntil(lambda: window.delegates.model.rowCount() == 30, timeout=20_000)
    qtbot.wait(300)
    assert len(reads) == 1  # every delegate read once, not once a reload


def test_a_store_opened_before_the_first_paint_is_the_one_shown(
        qtbot, demo: Store, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import sqlite3

    monkeypatch.setattr(lazy, "LARGE", 1)
    other_path = tmp_path / "other.sqlite3"
    source, copy = sqlite3.connect(demo_path), sqlite3.connect(other_path)
    source.backup(copy)
    source.close()
    copy.execute("UPDATE delegates SET family_name = 'Zzyzx' WHERE id = (SELECT min(id) FROM delegates)")
    copy.commit()
    copy.close()
    other = Store.open(other_path)
    window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.switch_store(other)
    window.show()
    model = window.delegates.model
    qtbot.waitUntil(lambda: model.rowCount() == 30, timeout=20_000)
    qtbot.wait(500)  # (an older read, if any, would land now)
    assert "Zzyzx" in [model.row_at(i).family_name for i in range(model.rowCount())]
    window.store.close()
