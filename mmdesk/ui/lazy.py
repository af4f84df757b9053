"""Pages that read the store only when they are shown, and reads off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

#: From this many delegates on, long reads run off the GUI thread (the page paints at once
#: and fills in); below it they are quick enough to run where they are asked for.
LARGE = 2000


def is_large(store: Any) -> bool:
    """Does this store hold enough delegates for long reads to go off the GUI thread?"""
    from mmdesk.domain.errors import MmdeskError
    from mmdesk.services.delegates import count_all

    try:
        return count_all(store) >= LARGE
    except MmdeskError:
        return False


class Reader(QObject):
    """Runs one read at a time for its owner in a worker thread and hands the result to the
    GUI thread. Each read opens its own DB session (the services do, per call). A read asked
    for while another runs supersedes it: only the newest result is applied.

    `inline=True` reads at once on the calling thread (small stores, tests of the rest).
    """

    _done = Signal(int, object, object)  # ticket, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        self._waiting: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None] | None]] = {}
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """A read is on its way."""
        return bool(self._waiting)

    def run(self, read: Callable[[], Any], apply: Callable[[Any], None], *,
            failed: Callable[[Exception], None] | None = None, inline: bool = False) -> None:
        """read() off the GUI thread, then apply(result) on it (failed(error) if read raised)."""
        self._ticket += 1
        ticket = self._ticket
        self._waiting[ticket] = (apply, failed)
        if inline:
            self._work(ticket, read, deliver=self._deliver)
            return
        threading.Thread(target=self._work, args=(ticket, read), daemon=True,
                         name="mmdesk-read").start()

    def _work(self, ticket: int, read: Callable[[], Any],
              deliver: Callable[[int, object, object], None] | None = None) -> None:
        try:
            result, error = read(), None
        except Exception as exc:  # handed to the GUI thread, said there
            result, error = None, exc
        try:
            (deliver or self._done.emit)(ticket, result, error)
        except RuntimeError:  # the owner was deleted meanwhile (the window closed)
            pass

    def _deliver(self, ticket: int, result: object, error: object) -> None:
        apply, failed = self._waiting.pop(ticket, (None, None))
        if apply is None or ticket != self._ticket:
            return  # superseded by a newer read
        if isinstance(error, Exception):
            if failed is None:
                raise error
            failed(error)
            return
        apply(result)


def after_first_paint(widget: QWidget, key: str, run: Callable[[], None]) -> None:
    """run() once `widget` has painted, on the GUI thread: a large store's first screen shows
    before the rest is read (a read running meanwhile would hold the interpreter while the
    table asks for its cells). Asked again for the same key before that paint (the store
    read again, or another store opened), only the latest run() runs, once."""
    waiting = widget.findChild(_FirstPaint, _FirstPaint.name(key))
    if waiting is not None and waiting.run is not None:
        waiting.run = run
    else:
        _FirstPaint(widget, key, run)


def once_painted(widget: QWidget, key: str, run: Callable[[], None]) -> None:
    """run() at once where the widget's window shows already, else after its first paint
    (after_first_paint); either way what waited under this key before is dropped."""
    if widget.window().isVisible():
        forget_first_paint(widget, key)
        run()
    else:
        after_first_paint(widget, key, run)


def forget_first_paint(widget: QWidget, key: str) -> None:
    """What waits for the first paint under this key will not run (read at once instead)."""
    waiting = widget.findChild(_FirstPaint, _FirstPaint.name(key))
    if waiting is not None:
        waiting.run = None


class _FirstPaint(QObject):
    """Watches one widget for its next paint, then runs once (see after_first_paint)."""

    def __init__(self, widget: QWidget, key: str, run: Callable[[], None]) -> None:
        super().__init__(widget)
        self.setObjectName(self.name(key))
        self.run: Callable[[], None] | None = run
        widget.installEventFilter(self)

    @staticmethod
    def name(key: str) -> str:
        return f"mmdesk-first-paint-{key}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._done)  # once this paint is done (not if deleted)
        return False

    def _done(self) -> None:
        run, self.run = self.run, None
        self.setObjectName("")
        self.deleteLater()
        if run is not None:
            run()


class LazyPage(QWidget):
    """A page whose reload() on a hidden page waits until it is next shown: the window
    should not wait for pages nobody looks at (70,000 nominations, the collation table).
    Subclasses read the store in _load()."""

    _stale = True

    def reload(self) -> None:
        """Read the store again now if the page is shown, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        self._stale = False
        self._load()

    def _load(self) -> None:
        raise NotImplementedError
