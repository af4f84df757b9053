"""The window's one way to "choose a file, run the service, report": a file asked for (or given
by the caller or a test), the service run on it under the wait cursor, a refusal shown in one
box; and the temporary PDF a print is previewed from."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from mmdesk.domain.errors import MmdeskError

T = TypeVar("T")


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a file is read or written."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def choose_file(parent: QWidget | None, title: str, filters: str, *, given: str | Path | None = None,
                save_as: str | None = None, suffix: str | None = None) -> Path | None:
    """The file to work on: given (no dialog) if the caller has one, else an Open dialog or,
    with save_as (the name suggested), a Save dialog. None when cancelled. suffix (".xlsx") is
    added to a name that does not end with it."""
    if given is None:
        if save_as is None:
            given, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        else:
            given, _ = QFileDialog.getSaveFileName(parent, title, save_as, filters)
    if not given:
        return None
    name = str(given)
    if suffix and not name.lower().endswith(suffix):
        name += suffix
    return Path(name)


def show_problems(parent: QWidget | None, title: str, text: str, lines: list[str]) -> None:
    """A refusal with its problems: the first 8 in the box, all of them under Show Details."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("\n".join(lines[:8]))
    box.setDetailedText("\n".join(lines))
    box.exec()


def file_action(parent: QWidget | None, run: Callable[[Path], T], *, title: str, filters: str,
                failure: str, given: str | Path | None = None, save_as: str | None = None,
                suffix: str | None = None, wait: bool = False, critical: bool = False,
                refused: Callable[[MmdeskError], bool] | None = None,
                also: tuple[type[Exception], ...] = ()) -> tuple[Path, T] | None:
    """Choose a file (see choose_file) and run the service on it: (the file, what run returned),
    or None when cancelled or refused. A refusal (MmdeskError, or one of the exceptions in also,
    e.g. OSError) is said in one box titled failure (critical: the red one), unless refused takes
    the MmdeskError and returns True (it showed it itself). wait: the wait cursor while the
    service runs."""
    path = choose_file(parent, title, filters, given=given, save_as=save_as, suffix=suffix)
    if path is None:
        return None
    caught: tuple[type[Exception], ...] = (MmdeskError, *also)
    try:
        with busy() if wait else nullcontext():
            return path, run(path)
    except caught as exc:
        if refused is not None and isinstance(exc, MmdeskError) and refused(exc):
            return None
        if critical:
            QMessageBox.critical(parent, failure, str(exc))
        else:
            QMessageBox.warning(parent, failure, str(exc))
        return None


def temp_pdf(name: str, prefix: str = "mmdesk-print-") -> Path:
    """Where a print is written before its preview: name in a new private temporary folder."""
    return Path(tempfile.mkdtemp(prefix=prefix)) / name
