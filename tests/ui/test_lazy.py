"""Work that waits for a widget's first paint (a large store's first screen before the rest)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mmdesk.ui.lazy import after_first_paint


def test_the_rest_runs_once_after_the_first_paint(qtbot) -> None:  # noqa: ANN001
    label = QLabel("first screen")
    qtbot.addWidget(label)
    ran: list[bool] = []
    after_first_paint(label, "rest", lambda: ran.append(label.isVisible()))
    qtbot.wait(50)
    assert ran == []  # never shown, never painted: nothing read yet
    label.show()
    qtbot.waitUntil(lambda: ran == [True], timeout=5_000)
    label.repaint()
    label.setText("again")
    label.repaint()
    qtbot.wait(50)
    assert ran == [True]


def test_asked_again_before_the_paint_only_the_latest_runs_and_a_forgotten_one_never(qtbot) -> None:  # noqa: ANN001
    from mmdesk.ui.lazy import forget_first_paint

    label = QLabel("first screen")
    qtbot.addWidget(label)
    ran: list[str] = []
    after_first_paint(label, "delegates", lambda: ran.append("old store"))
    after_first_paint(label, "delegates", lambda: ran.append("new store"))
    after_first_paint(label, "rest", lambda: ran.append("rest"))
    forget_first_paint(label, "rest")  # read at once instead
    label.show()
    qtbot.waitUntil(lambda: ran == ["new store"], timeout=5_000)
    qtbot.wait(50)
    assert ran == ["new store"]
