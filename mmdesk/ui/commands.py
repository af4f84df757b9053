"""Undo and redo of edits to delegates, sessions and slots (QUndoStack commands).

Each command holds two calls to the services: one that does the edit and one that
takes it back. An edit is made when the user confirms it (so a refused edit never
reaches the stack); pushing it then records it without doing it twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack


class ServiceCommand(QUndoCommand):
    """An edit already made, with the calls that redo and undo it."""

    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object],
                 after: Callable[[], object]) -> None:
        super().__init__(text)
        self._redo, self._undo, self._after = redo, undo, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # done when the user confirmed it
            self._first = False
        else:
            self._redo()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()


def record(stack: QUndoStack, text: str, redo: Callable[[], object], undo: Callable[[], object],
           after: Callable[[], object]) -> None:
    """Put an edit that was just made on the undo stack."""
    stack.push(ServiceCommand(text, redo, undo, after))
