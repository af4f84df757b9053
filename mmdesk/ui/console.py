"""The live session: the moderator's full-screen console and the room's confidence monitor.

Keyboard alone: Space (or Enter, →) gives the floor to the next speaker (the first one at the
start), P pauses and resumes, F queues a floor intervention, D sets each delegation's total,
M shows or hides the confidence monitor, R prints the record, F11 toggles full screen, Esc
closes. The clock is a function (the forum's wall clock by default), so a test drives it with a
fake one and calls tick().
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.console import Light, LiveSession, Turn
from mmdesk.domain.errors import MmdeskError
from mmdesk.services.console import (
    ConsoleSession,
    add_floor_intervention,
    event_clock,
    live_session,
    load_console,
    record_turn,
    set_delegation_minutes,
)
from mmdesk.store.database import Store

if TYPE_CHECKING:
    from mmdesk.ui.session_dialog import DelegatePicker

COLOURS = {Light.GREEN: "#2e7d32", Light.AMBER: "#f9a825", Light.RED: "#c62828", Light.IDLE: "#37474f"}


def countdown(left: timedelta) -> str:
    """4:05 while there is time, +0:35 once over."""
    seconds = int(left.total_seconds())
    sign = "+" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


def _role(value: str) -> str:
    from mmdesk.domain.enums import SlotRole
    from mmdesk.ui import labels

    try:
        return labels.role(SlotRole(value))
    except ValueError:
        return value.replace("_", " ")


def _big(size: int, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font


def floor_picker() -> type[DelegatePicker]:
    """The searchable delegate picker, its role fixed to a floor intervention of 3 minutes."""
    from mmdesk.domain.enums import SlotRole
    from mmdesk.ui.session_dialog import DelegatePicker

    class FloorPicker(DelegatePicker):
        """Who asks for the floor, and for how long."""

        def __init__(self, parent: QWidget | None, store: Store, title: str, as_speaker: bool) -> None:
            super().__init__(parent, store, title, as_speaker)
            self.role.setCurrentIndex(self.role.findData(SlotRole.FLOOR_INTERVENTION.value))
            self.role.setEnabled(False)
            self.minutes.setValue(3)

    return FloorPicker


class ConfidenceMonitor(QWidget):
    """The room's screen: the current speaker, their countdown and who is next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Confidence monitor"))
        self.speaker = QLabel()
        self.speaker.setFont(_big(40))
        self.speaker.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setFont(_big(160))
        self.next = QLabel()
        self.next.setFont(_big(28, bold=False))
        self.next.setWordWrap(True)
        layout = QVBoxLayout(self)
        for label in (self.speaker, self.clock, self.next):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, 1 if label is self.clock else 0)
        self.light = Light.IDLE
        self.resize(960, 540)

    def show_state(self, live: LiveSession, now: datetime) -> None:
        """Paint what the room sees now."""
        turn, upcoming = live.speaker(), live.next_speaker()
        self.light = live.light(now)
        self.setStyleSheet(f"background: {COLOURS[self.light]}; color: white;")
        if turn is None:
            self.speaker.setText(self.tr("Session finished") if live.finished else "")
            self.clock.setText("")
        else:
            self.speaker.setText(turn.name)
            self.clock.setText(countdown(live.remaining(now)))
        self.next.setText(self.tr("Next: %1").replace("%1", upcoming.name) if upcoming else "")


class ModeratorConsole(QWidget):
    """The moderator's view of a session being run: speaker, countdown, queue, delegations."""

    def __init__(self, store: Store, session_id: int, clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.data: ConsoleSession = load_console(store, session_id)
        self.live: LiveSession = live_session(self.data)
        self.clock = clock or event_clock(store)
        self.setWindowTitle(self.tr("Live session — %1").replace("%1", self.data.title))
        self.header = QLabel(f"{self.data.title} · {self.data.room or ''} · "
                             f"{self.data.starts_at:%H:%M}–{self.data.ends_at:%H:%M}")
        self.header.setFont(_big(16))
        self.header.setWordWrap(True)
        self.now_label = QLabel()
        self.now_label.setFont(_big(16, bold=False))
        self.speaker = QLabel()
        self.speaker.setFont(_big(32))
        self.speaker.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setFont(_big(96))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = QLabel()
        self.state.setFont(_big(14, bold=False))
        self.next_label = QLabel()
        self.next_label.setFont(_big(18, bold=False))
        self.queue = QTableWidget(0, 5)
        self.queue.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Part"), self.tr("Min"),
                                              self.tr("From"), self.tr("To")])
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.queue.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.queue.verticalHeader().hide()
        self.queue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queue.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.delegations = QTableWidget(0, 2)
        self.delegations.setHorizontalHeaderLabels([self.tr("Delegation"), self.tr("Time left")])
        self.delegations.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.delegations.verticalHeader().hide()
        self.delegations.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keys = QLabel(self.tr("Space: start / next speaker · P: pause · F: floor intervention · "
                                   "D: time per delegation · M: confidence monitor · R: print the record · "
                                   "F11: full screen · Esc: close"))
        self.keys.setWordWrap(True)
        self.end_label = QLabel()
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.now_label)
        left.addLayout(top)
        left.addWidget(self.speaker)
        left.addWidget(self.countdown, 1)
        left.addWidget(self.state)
        left.addWidget(self.next_label)
        right = QVBoxLayout()
        right.addWidget(self.queue, 3)
        right.addWidget(self.end_label)
        right.addWidget(self.delegations, 2)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.keys)
        self.monitor = ConfidenceMonitor()
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1200, 760)
        self.tick()

    # -- what the moderator does

    def advance(self) -> Turn | None:
        """Start the session, or give the floor to the next speaker; the times are saved."""
        now = self.clock()
        ending = self.live.speaker()
        if ending is None and self.live.finished:
            return None
        turn = self.live.next(now) if ending is not None else self.live.start(now)
        try:
            if ending is not None:
                self._save(ending, now)
            if turn is not None:
                self._save(turn, now)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Times not saved"), str(exc))
        self.tick()
        return turn

    def pause(self) -> None:
        """Pause or resume the current speaker's clock."""
        self.live.pause(self.clock())
        self.tick()

    def add_floor(self) -> bool:
        """Queue a floor intervention (a delegate and their minutes), saved as a speaking slot."""
        chosen, ok = floor_picker().pick(self, self.store, self.tr("Floor intervention"))
        if not ok or chosen is None:
            return False
        delegate_id, _role, minutes, _mode = chosen
        try:
            slot_id = add_floor_intervention(self.store, self.data.id, delegate_id, minutes)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not added"), str(exc))
            return False
        fresh = {t.slot_id: t for t in load_console(self.store, self.data.id).turns}
        added = fresh[slot_id]
        self.live.add_floor(added.name, minutes, delegate_id=delegate_id, delegation=added.delegation,
                            slot_id=slot_id)
        self.tick()
        return True

    def set_delegation_time(self) -> bool:
        """Ask for each delegation's total of minutes (0: no limit)."""
        current = self.live.delegation_minutes or 0
        minutes, ok = QInputDialog.getInt(self, self.tr("Time per delegation"),
                                          self.tr("Minutes each delegation may speak in total (0: no limit)"),
                                          current, 0, 600)
        if not ok:
            return False
        try:
            set_delegation_minutes(self.store, self.data.id, minutes or None)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self.live.delegation_minutes = minutes or None
        self.tick()
        return True

    def print_record(self) -> bool:
        """Print the session's record so far (planned against actual) and show it."""
        from mmdesk.services.console import print_session_record
        from mmdesk.ui.file_actions import temp_pdf
        from mmdesk.ui.preview import PdfPreviewDialog

        target = temp_pdf("record.pdf")
        try:
            print_session_record(self.store, self.data.id, target)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))
            return False
        PdfPreviewDialog.show_pdf(self, target, self.tr("Session record"), "record.pdf")
        return True

    def toggle_monitor(self) -> None:
        """Show or hide the confidence monitor (on a second screen where there is one)."""
        if self.monitor.isVisible():
            self.monitor.hide()
            return
        screens = self.screen().virtualSiblings() if self.screen() else []
        other = next((s for s in screens if s is not self.screen()), None)
        if other is not None:
            self.monitor.setGeometry(other.geometry())
            self.monitor.showFullScreen()
        else:
            self.monitor.show()
        self.tick()

    def _save(self, turn: Turn, now: datetime) -> None:
        if turn.slot_id is None:
            return
        seconds = int(self.live.spoken(turn, now).total_seconds()) if turn.ended_at else None
        record_turn(self.store, turn.slot_id, turn.started_at, turn.ended_at, seconds)

    # -- what it shows

    def tick(self) -> None:
        """Paint the console (and the monitor) for the clock's now."""
        now = self.clock()
        live = self.live
        turn, upcoming = live.speaker(), live.next_speaker()
        light = live.light(now)
        self.now_label.setText(f"{now:%H:%M:%S}")
        self.countdown.setStyleSheet(f"color: white; background: {COLOURS[light]}; border-radius: 8px;")
        if turn is None:
            self.speaker.setText(self.tr("Session finished") if live.finished
                                 else self.tr("Press Space to give the floor to the first speaker"))
            self.countdown.setText("")
            self.state.setText("")
        else:
            self.speaker.setText(turn.name)
            self.countdown.setText(countdown(live.remaining(now)))
            if live.paused:
                self.state.setText(self.tr("Paused — P resumes"))
            elif light is Light.RED:
                self.state.setText(self.tr("Over time"))
            elif light is Light.AMBER:
                self.state.setText(self.tr("Last minute"))
            else:
                self.state.setText(self.tr("%1 min allotted").replace("%1", str(turn.minutes)))
        self.next_label.setText(self.tr("Next: %1").replace("%1", upcoming.name) if upcoming
                                else self.tr("Nobody after this speaker"))
        plan = live.schedule(now)
        self.queue.setRowCount(len(plan))
        grey, bold = Qt.GlobalColor.gray, _big(10)
        for row, p in enumerate(plan):
            values = [p.turn.name, _role(p.turn.role), str(p.turn.minutes),
                      f"{p.starts:%H:%M}", f"{p.ends:%H:%M}"]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if p.state == "done":
                    item.setForeground(grey)
                elif p.state == "speaking":
                    item.setFont(bold)
                self.queue.setItem(row, col, item)
        end = live.expected_end(now)
        late = int((end - self.data.ends_at).total_seconds() // 60)
        text = self.tr("Expected end %1").replace("%1", f"{end:%H:%M}")
        if late > 0:
            text += " · " + self.tr("%1 min over the session's end").replace("%1", str(late))
        self.end_label.setText(text)
        names = live.delegations()
        rows = [(n, live.delegation_left(n, now)) for n in names] if live.delegation_minutes else []
        self.delegations.setVisible(bool(rows))
        self.delegations.setRowCount(len(rows))
        for row, (name, left) in enumerate(rows):
            self.delegations.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(countdown(left) if left is not None else "")
            if left is not None and left < timedelta():
                item.setForeground(Qt.GlobalColor.red)
            self.delegations.setItem(row, 1, item)
        if self.monitor.isVisible():
            self.monitor.show_state(live, now)

    # -- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right,
                   Qt.Key.Key_N):
            self.advance()
        elif key == Qt.Key.Key_P:
            self.pause()
        elif key == Qt.Key.Key_F:
            self.add_floor()
        elif key == Qt.Key.Key_D:
            self.set_delegation_time()
        elif key == Qt.Key.Key_M:
            self.toggle_monitor()
        elif key == Qt.Key.Key_R:
            self.print_record()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.monitor.close()
        super().closeEvent(event)

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, session_id: int,
            clock: Callable[[], datetime] | None = None, full_screen: bool = True) -> ModeratorConsole:
        """Open the console (full screen) for a session; it stays open until Esc."""
        console = cls(store, session_id, clock, parent)
        console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if full_screen:
            console.showFullScreen()
        else:
            console.show()
        console.activateWindow()
        console.setFocus()
        return console
