"""The window on the demo forum, offscreen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtTest import QTest

from mmdesk.domain.rules import Rule
from mmdesk.services.programme import get_session
from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow


def test_every_page_opens_on_the_demo(window: MainWindow) -> None:
    assert window.delegates.model.rowCount() == 30
    window.show_page("programme")
    assert window.stack.currentWidget() is window.programme
    assert len(window.programme.grid._sessions) == 13
    window.show_page("accreditation")
    assert window.accreditation.rows.rowCount() == 30
    assert window.accreditation.routes.rowCount() == 12
    window.show_page("checkin")
    assert window.checkin.room.count() == 8  # the venue entry and seven rooms
    assert window.checkin.input.hasFocus() or window.checkin.input.isVisible()
    window.show_page("warnings")
    assert window.warnings.model.rowCount() == 7
    assert window.sidebar.item(4).text() == "Warnings (7)"
    assert "30 delegates" in window.status_counts.text()
    assert window.windowTitle().startswith("Mayoral Forum 2019")


def test_typing_in_search_filters_the_table(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    for ch in "lodz montréal":  # one key event per character (non-ASCII safe)
        QTest.keyClick(window.delegates.search, ch) if ch.isascii() else \
            window.delegates.search.insert(ch)
    assert window.delegates.model.rowCount() == 0  # no one is in both
    window.delegates.search.setText("")
    for ch in "montréal":
        QTest.keyClick(window.delegates.search, ch) if ch.isascii() else \
            window.delegates.search.insert(ch)
    assert window.delegates.model.rowCount() == 1
    assert "1 delegate" in window.delegates.count.text()


def test_dragging_a_session_moves_it_and_raises_a_room_clash(window: MainWindow, demo: Store) -> None:
    window.show_page("programme")
    grid = window.programme.grid
    pledge = next(s for s in grid._sessions if s.title == "Presentation of the Cities Action Pledge")
    start = grid.point_for(pledge.id)
    target = grid.point_for(pledge.id, at=datetime(2019, 11, 20, 11, 15))
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(grid, start + (target - start) / 2)
    QTest.mouseMove(grid, target)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    moved = get_session(demo, pledge.id)
    assert moved.starts_at == datetime(2019, 11, 20, 11, 15)
    assert moved.ends_at == datetime(2019, 11, 20, 11, 45)
    assert moved.room == "Plenary Hall"
    rules = [window.warnings.model.finding_at(r).rule for r in range(window.warnings.model.rowCount())]
    assert Rule.ROOM_DOUBLE_BOOKED in rules
    assert window.sidebar.item(4).text() == "Warnings (8)"


def test_dragging_across_columns_changes_the_room(window: MainWindow, demo: Store) -> None:
    window.show_page("programme")
    grid = window.programme.grid
    rooms = {r.name: r.id for r in grid._rooms}
    lunch = next(s for s in grid._sessions if s.title == "Lunch")
    start = grid.point_for(lunch.id)
    target = grid.point_for(lunch.id, at=lunch.starts_at, room_id=rooms["Sala Pichincha"])
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(grid, target)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    moved = get_session(demo, lunch.id)
    assert (moved.room, moved.starts_at) == ("Sala Pichincha", lunch.starts_at)


def test_clicking_a_session_shows_its_speaking_order(window: MainWindow) -> None:
    window.show_page("programme")
    grid = window.programme.grid
    rt = next(s for s in grid._sessions if s.title.startswith("Roundtable session"))
    QTest.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.point_for(rt.id))
    assert window.programme.title.text() == rt.title
    assert window.programme.slots.rowCount() == 6
    assert window.programme.total.text().startswith("68 of 90 minutes")


def test_warning_double_click_jumps_to_the_session(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.show_page("warnings")
    view = window.warnings.table
    index = window.warnings.model.index(0, 2)
    rect = view.visualRect(index)
    # Qt sees a double-click only after a first click (press, release, press+dblclick)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.programme
    assert window.programme.title.text().startswith("Arrival cities")


def test_geometry_is_remembered(demo: Store, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    """A size the user gave the window comes back next time.

    The size is derived from the window's own minimum and the screen, never written
    as pixels: fonts and Qt versions change the minimum (796 px wide with PySide6
    6.12 and DejaVu Sans offscreen).
    """
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.show()
    default = w.size()
    smallest = w.minimumSizeHint().expandedTo(w.minimumSize())
    room = w.screen().availableGeometry().size()
    # just above the minimum (inside the 1280 × 800 test screen), not the size a new window gets
    wanted = QSize(min(smallest.width() + 3, room.width()), min(smallest.height() + 17, room.height()))
    w.resize(wanted)
    given = w.size()
    assert given != default
    w.close()
    again = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.size() == given


def test_filter_combos_narrow_the_table(window: MainWindow) -> None:
    from mmdesk.domain.enums import AccreditationState, Category

    page = window.delegates
    page.category.setCurrentIndex(page.category.findData(Category.LOCAL_LEADER))
    assert page.model.rowCount() == 13
    page.state.setCurrentIndex(page.state.findData(AccreditationState.NOMINATED))
    assert page.model.rowCount() == 1  # Totò Martello
    page.category.setCurrentIndex(0)
    page.region.setCurrentIndex(page.region.findData("Africa"))
    assert page.model.rowCount() == 1  # Nkosenhle Madlala
    assert "1 delegate(s) of 30" in page.count.text() or "1 delegate of 30" in page.count.text()
    page.region.setCurrentIndex(0)
    page.state.setCurrentIndex(0)
    page.route.setCurrentIndex(page.route.findData("Partner: Mayors Migration Council"))
    assert page.model.rowCount() == 6
