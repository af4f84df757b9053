"""The moderator's console and the confidence monitor, driven by the keyboard and a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from mmdesk.domain.console import Light
from mmdesk.services import programme as prog
from mmdesk.services.console import load_console
from mmdesk.store.database import Store
from mmdesk.ui.console import ModeratorConsole
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.session_dialog import DelegatePicker


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def roundtable(demo: Store) -> int:
    return next(s.id for s in prog.list_sessions(demo) if len(s.slots) >= 4)


def test_keyboard_runs_the_session_and_saves_actual_times(qtbot, demo: Store, roundtable: int) -> None:  # noqa: ANN001
    session = prog.get_session(demo, roundtable)
    clock = FakeClock(session.starts_at)
    console = ModeratorConsole(demo, roundtable, clock)
    qtbot.addWidget(console)
    console.show()
    turns = [x for x in session.slots if x.status.value != "declined"]
    assert "Space" in console.speaker.text()
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert console.speaker.text() == turns[0].delegate_name
    assert console.countdown.text() == f"{turns[0].minutes}:00"
    assert console.next_label.text() == f"Next: {turns[1].delegate_name}"
    clock.advance(turns[0].minutes - 0.5)
    console.tick()
    assert console.live.light(clock()) is Light.AMBER and console.state.text() == "Last minute"
    clock.advance(1)
    console.tick()
    assert console.countdown.text() == "+0:30" and console.state.text() == "Over time"
    # the rest of the queue moved: the next speaker starts now, not at the planned time
    assert console.queue.item(1, 3).text() == f"{clock():%H:%M}"
    qtbot.keyClick(console, Qt.Key.Key_P)
    clock.advance(2)
    console.tick()
    assert console.countdown.text() == "+0:30" and "Paused" in console.state.text()
    qtbot.keyClick(console, Qt.Key.Key_P)
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert console.speaker.text() == turns[1].delegate_name
    saved = {t.slot_id: t for t in load_console(demo, roundtable).turns}
    first = saved[turns[0].id]
    assert first.actual_start == session.starts_at
    assert first.actual_seconds == int((turns[0].minutes + 0.5) * 60)  # the pause is not speaking
    assert saved[turns[1].id].actual_start == clock() and saved[turns[1].id].actual_end is None


def test_floor_intervention_delegation_time_and_monitor(qtbot, demo: Store, roundtable: int,  # noqa: ANN001
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    session = prog.get_session(demo, roundtable)
    clock = FakeClock(session.starts_at)
    console = ModeratorConsole(demo, roundtable, clock)
    qtbot.addWidget(console)
    console.show()
    guest = next(x.delegate_id for s in prog.list_sessions(demo) for x in s.slots
                 if x.delegate_id not in {y.delegate_id for y in session.slots})
    monkeypatch.setattr(DelegatePicker, "pick",
                        classmethod(lambda cls, *a, **k: ((guest, None, 3, None), True)))
    qtbot.keyClick(console, Qt.Key.Key_F)
    names = [console.queue.item(r, 0).text() for r in range(console.queue.rowCount())]
    assert len(names) == len([x for x in session.slots if x.status.value != "declined"]) + 1
    assert any(x.role.value == "floor_intervention" for x in prog.get_session(demo, roundtable).slots)
    monkeypatch.setattr("mmdesk.ui.console.QInputDialog.getInt", lambda *a, **k: (4, True))
    qtbot.keyClick(console, Qt.Key.Key_D)
    assert console.delegations.isVisibleTo(console) and console.delegations.rowCount() >= 1
    qtbot.keyClick(console, Qt.Key.Key_Space)
    clock.advance(5)
    console.tick()
    first = console.live.turns[0]
    left = console.live.delegation_left(first.delegation, clock())
    assert left == timedelta(minutes=-1)
    row = next(r for r in range(console.delegations.rowCount())
               if console.delegations.item(r, 0).text() == first.delegation)
    assert console.delegations.item(row, 1).text() == "+1:00"
    qtbot.keyClick(console, Qt.Key.Key_M)
    assert console.monitor.isVisible()
    assert console.monitor.speaker.text() == first.name
    assert console.monitor.clock.text() == console.countdown.text()
    assert console.monitor.light in (Light.GREEN, Light.AMBER, Light.RED)
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert not console.isVisible() and not console.monitor.isVisible()


def test_programme_menu_opens_the_console_for_the_shown_session(window: MainWindow, demo: Store,
                                                                 roundtable: int) -> None:
    console = window.programme_menu.live(roundtable)
    assert console is not None and console.isVisible()
    assert prog.get_session(demo, roundtable).title in console.windowTitle()
    console.close()


def test_dashboard_shows_speaking_time_planned_and_actual(window: MainWindow, demo: Store,
                                                          roundtable: int) -> None:
    from mmdesk.services.console import record_turn

    turns = load_console(demo, roundtable).turns
    start = turns[0].actual_start or prog.get_session(demo, roundtable).starts_at
    record_turn(demo, turns[0].slot_id, start, start + timedelta(minutes=7), 7 * 60)
    window.show_page("dashboard")
    window.dashboard.reload()
    box = window.dashboard.speaking_time
    rows = [tuple(box.table.item(r, c).text() for c in range(3)) for r in range(box.table.rowCount())]
    assert rows[0][0] == "By gender"
    assert sum(float(a) for g, p, a in rows[1:] if g in ("Women", "Men", "Other", "Not recorded")) == 7
    assert ("By region", "", "") in rows and ("By category", "", "") in rows


def test_the_floor_picker_asks_only_who_and_how_long(qtbot, demo: Store) -> None:  # noqa: ANN001
    from mmdesk.ui.console import floor_picker

    picker = floor_picker()(None, demo, "Floor intervention", True)
    qtbot.addWidget(picker)
    assert picker.role.currentData() == "floor_intervention" and not picker.role.isEnabled()
    assert picker.minutes.value() == 3
