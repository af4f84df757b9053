"""Pages that read the store only when they are shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


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
