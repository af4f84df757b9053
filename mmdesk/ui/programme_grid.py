"""The day as a room × time grid: sessions as blocks coloured by kind, dragged to move."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mmdesk.domain.enums import SessionStatus
from mmdesk.services.programme import SessionView
from mmdesk.services.venue import RoomView
from mmdesk.ui import labels

SNAP_MINUTES = 5


@dataclass
class _Drag:
    session: SessionView
    grab_offset_minutes: float
    start_pos: QPoint
    current: QPoint
    moved: bool = False


class ProgrammeGrid(QWidget):
    """Rooms as columns, time down the side; click opens, drag moves (time and room)."""

    sessionClicked = Signal(int)
    sessionActivated = Signal(int)  # double-click: edit it
    sessionMoved = Signal(int, datetime, object)  # id, new start, new room id (or None)
    createRequested = Signal(datetime, datetime, object)  # start, end, room id (or None)

    TIME_WIDTH = 56
    HEADER_HEIGHT = 34
    COLUMN_WIDTH = 170
    PIXELS_PER_MINUTE = 1.6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rooms: list[RoomView] = []
        self._sessions: list[SessionView] = []
        self._day = date.today()
        self._first = time(8, 0)
        self._last = time(20, 0)
        self._selected: int | None = None
        self._drag: _Drag | None = None
        self._create: tuple[QPoint, QPoint] | None = None  # dragging out a new session
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data

    def set_programme(self, day: date, rooms: list[RoomView], sessions: list[SessionView]) -> None:
        """Show one day whole: every room in the venue's column order, the day's sessions, from
        08:00 to 22:00 or from the day's first session to its last, whichever is wider."""
        self._day = day
        todays = [s for s in sessions if s.starts_at.date() == day]
        self._rooms = list(rooms)  # the organizer's column order (Forum › Rooms and zones)
        unplaced = any(s.room_id is None for s in todays)
        if unplaced or not self._rooms:
            self._rooms = [*self._rooms, RoomView(-1, self.tr("No room"), None, None)]
        self._sessions = todays
        starts = [s.starts_at.time() for s in todays] + [time(8, 0)]
        ends = [s.ends_at.time() if s.ends_at.date() == day else time(23, 59) for s in todays] + [time(22, 0)]
        self._first = time(min(starts).hour, 0)
        last_end = max(ends)
        if last_end.minute == 0 and last_end.second == 0:
            self._last = last_end
        else:
            self._last = time(last_end.hour + 1, 0) if last_end.hour < 23 else time(23, 59)
        self.updateGeometry()
        self.update()

    def span(self) -> tuple[time, time]:
        """The first and last hour line the grid shows for its day."""
        return self._first, self._last

    def select(self, session_id: int | None) -> None:
        self._selected = session_id
        self.update()

    # -- geometry

    def sizeHint(self) -> QSize:
        minutes = self._minutes_of(self._last)
        return QSize(self.TIME_WIDTH + self.COLUMN_WIDTH * max(1, len(self._rooms)) + 1,
                     int(self.HEADER_HEIGHT + minutes * self.PIXELS_PER_MINUTE) + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _minutes_of(self, t: time) -> float:
        first = datetime.combine(self._day, self._first)
        return (datetime.combine(self._day, t) - first).total_seconds() / 60

    def _y(self, when: datetime) -> float:
        first = datetime.combine(self._day, self._first)
        return self.HEADER_HEIGHT + (when - first).total_seconds() / 60 * self.PIXELS_PER_MINUTE

    def _column(self, room_id: int | None) -> int:
        rid = -1 if room_id is None else room_id
        for i, r in enumerate(self._rooms):
            if r.id == rid:
                return i
        return 0

    def block_rect(self, s: SessionView) -> QRectF:
        """Where a session's block is drawn."""
        x = self.TIME_WIDTH + self._column(s.room_id) * self.COLUMN_WIDTH
        top, bottom = self._y(s.starts_at), self._y(s.ends_at)
        return QRectF(x + 3, top + 1, self.COLUMN_WIDTH - 6, max(12.0, bottom - top - 2))

    def session_at(self, pos: QPoint) -> SessionView | None:
        """The session whose block is under a point (the shortest where blocks overlap)."""
        hits = [s for s in self._sessions if self.block_rect(s).contains(pos)]
        return min(hits, key=lambda s: s.ends_at - s.starts_at) if hits else None

    def time_at(self, y: float) -> datetime:
        """The wall-clock time at a height, snapped to 5 minutes."""
        minutes = (y - self.HEADER_HEIGHT) / self.PIXELS_PER_MINUTE
        minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        return datetime.combine(self._day, self._first) + timedelta(minutes=minutes)

    def room_at(self, x: float) -> RoomView | None:
        col = int((x - self.TIME_WIDTH) // self.COLUMN_WIDTH)
        return self._rooms[col] if 0 <= col < len(self._rooms) else None

    # -- painting

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        self._paint_frame(p)
        for s in self._sessions:
            if self._drag and self._drag.moved and s.id == self._drag.session.id:
                continue
            self._paint_block(p, s, self.block_rect(s))
        if self._create is not None:
            start, end, room = self._create_span()
            if room is not None:
                col = self._rooms.index(room)
                x = self.TIME_WIDTH + col * self.COLUMN_WIDTH
                p.setPen(QPen(QColor("#1565c0"), 1.5, Qt.PenStyle.DashLine))
                p.setBrush(QBrush(QColor(21, 101, 192, 40)))
                p.drawRoundedRect(QRectF(x + 3, self._y(start), self.COLUMN_WIDTH - 6,
                                         self._y(end) - self._y(start)), 4, 4)
                p.drawText(QRectF(x + 6, self._y(start) + 2, self.COLUMN_WIDTH - 12, 16),
                           Qt.AlignmentFlag.AlignLeft, f"{start:%H:%M}–{end:%H:%M}")
        if self._drag and self._drag.moved:
            rect = self._drag_rect()
            p.setOpacity(0.75)
            self._paint_block(p, self._drag.session, rect)
            p.setOpacity(1.0)
            when = self.time_at(rect.top() - 1)
            p.setPen(QPen(QColor("#1565c0")))
            p.drawText(QRectF(rect.left(), rect.top() - 16, rect.width(), 16),
                       Qt.AlignmentFlag.AlignLeft, when.strftime("%H:%M"))
        p.end()

    def _paint_frame(self, p: QPainter) -> None:
        grid = QColor("#d0d0d0")
        text = self.palette().text().color()
        height = self.sizeHint().height()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        for i, room in enumerate(self._rooms):
            x = self.TIME_WIDTH + i * self.COLUMN_WIDTH
            p.setPen(QPen(grid))
            p.drawLine(x, 0, x, height)
            p.setPen(QPen(text))
            caption = room.name if room.capacity is None else f"{room.name} ({room.capacity})"
            p.drawText(QRectF(x + 4, 0, self.COLUMN_WIDTH - 8, self.HEADER_HEIGHT),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                       caption)
        p.setFont(self.font())
        t = datetime.combine(self._day, self._first)
        end = datetime.combine(self._day, self._last)
        while t <= end:
            y = self._y(t)
            p.setPen(QPen(grid if t.minute == 0 else QColor("#eeeeee")))
            p.drawLine(self.TIME_WIDTH, int(y), self.width(), int(y))
            if t.minute == 0:
                p.setPen(QPen(text))
                p.drawText(QRectF(0, y - 8, self.TIME_WIDTH - 6, 16),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, t.strftime("%H:%M"))
            t += timedelta(minutes=30)
        p.setPen(QPen(grid))
        p.drawLine(0, self.HEADER_HEIGHT, self.width(), self.HEADER_HEIGHT)

    def _paint_block(self, p: QPainter, s: SessionView, rect: QRectF) -> None:
        colour = QColor(labels.KIND_COLOURS[s.kind])
        if s.status is SessionStatus.CANCELLED:
            colour = QColor("#f5f5f5")
        p.setPen(QPen(QColor("#1565c0"), 2.5) if s.id == self._selected else QPen(colour.darker(140)))
        p.setBrush(QBrush(colour))
        p.drawRoundedRect(rect, 4, 4)
        if s.status is SessionStatus.TBC:  # tentative: hatched, dashed border
            p.setBrush(QBrush(colour.darker(115), Qt.BrushStyle.BDiagPattern))
            p.setPen(QPen(colour.darker(170), 1, Qt.PenStyle.DashLine))
            p.drawRoundedRect(rect, 4, 4)
        p.setPen(QPen(QColor("#212121")))
        head = f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"
        if s.status is SessionStatus.TBC:
            head += " · " + labels.session_status(s.status)
        elif s.status is SessionStatus.CANCELLED:
            head += " · " + labels.session_status(s.status)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        inner = rect.adjusted(5, 2, -5, -2)
        p.drawText(inner, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, head)
        if inner.height() > 18:
            title = QFont(self.font())
            title.setBold(True)
            title.setStrikeOut(s.status is SessionStatus.CANCELLED)
            p.setFont(title)
            p.drawText(inner.adjusted(0, 15, 0, 0),
                       Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                       s.title)
        p.setFont(self.font())

    # -- mouse

    def _drag_rect(self) -> QRectF:
        assert self._drag is not None
        d = self._drag
        length = (d.session.ends_at - d.session.starts_at).total_seconds() / 60
        start = self.time_at(d.current.y() - d.grab_offset_minutes * self.PIXELS_PER_MINUTE)
        room = self.room_at(d.current.x())
        col = self._rooms.index(room) if room else self._column(d.session.room_id)
        x = self.TIME_WIDTH + col * self.COLUMN_WIDTH
        top = self._y(start)
        return QRectF(x + 3, top + 1, self.COLUMN_WIDTH - 6, length * self.PIXELS_PER_MINUTE - 2)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        s = self.session_at(event.position().toPoint())
        if s is not None:
            self.sessionActivated.emit(s.id)

    def _create_span(self) -> tuple[datetime, datetime, RoomView | None]:
        assert self._create is not None
        a, b = self._create
        start, end = sorted((self.time_at(a.y()), self.time_at(b.y())))
        if end - start < timedelta(minutes=15):
            end = start + timedelta(minutes=30)
        return start, end, self.room_at(a.x())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        s = self.session_at(pos)
        if s is None:
            if pos.x() > self.TIME_WIDTH and pos.y() > self.HEADER_HEIGHT and self.room_at(pos.x()):
                self._create = (pos, pos)  # drag out a new session on empty space
            return
        offset = (pos.y() - self._y(s.starts_at)) / self.PIXELS_PER_MINUTE
        self._drag = _Drag(s, offset, pos, pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._create is not None:
            self._create = (self._create[0], pos)
            self.update()
            return
        if self._drag is None:
            self.setCursor(Qt.CursorShape.OpenHandCursor if self.session_at(pos)
                           else Qt.CursorShape.ArrowCursor)
            return
        self._drag.current = pos
        if (pos - self._drag.start_pos).manhattanLength() > 6:
            self._drag.moved = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._create is not None:
            self._create = (self._create[0], event.position().toPoint())
            start, end, room = self._create_span()
            self._create = None
            self.update()
            if room is not None:
                self.createRequested.emit(start, end, None if room.id == -1 else room.id)
            return
        drag, self._drag = self._drag, None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if drag is None:
            return
        if not drag.moved:
            self.select(drag.session.id)
            self.sessionClicked.emit(drag.session.id)
            return
        drag.current = event.position().toPoint()
        self._drag = drag
        rect = self._drag_rect()
        self._drag = None
        start = self.time_at(rect.top() - 1)
        room = self.room_at(drag.current.x())
        room_id: Any = drag.session.room_id if room is None else (None if room.id == -1 else room.id)
        self.update()
        if start != drag.session.starts_at or room_id != drag.session.room_id:
            self.sessionMoved.emit(drag.session.id, start, room_id)

    def point_for(self, session_id: int, *, at: datetime | None = None,
                  room_id: int | None = None) -> QPoint:
        """Where a session's block is (its top-left corner + a few pixels), or where it would be
        at another time and room: for tests that drag a block."""
        s = next(x for x in self._sessions if x.id == session_id)
        rect = self.block_rect(s)
        if at is None and room_id is None:
            return QPoint(int(rect.left() + 10), int(rect.top() + 10))
        col = self._column(room_id if room_id is not None else s.room_id)
        y = self._y(at or s.starts_at)
        return QPoint(int(self.TIME_WIDTH + col * self.COLUMN_WIDTH + 13), int(y + 10))
