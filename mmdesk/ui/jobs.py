"""Long work off the GUI thread: a generator of (done, total) driven by a worker thread,
shown in a progress dialog with Cancel. Cancel closes the generator, whose own clean-up
(a transaction not committed, partial files removed) leaves everything as it was."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterator

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

Steps = Iterator[tuple[int, int]]


def _close(steps: Steps) -> None:
    if isinstance(steps, Generator):
        steps.close()


class _Worker(QObject):
    progress = Signal(int, int)
    finished = Signal(bool, str)  # completed, error message ("" when none)

    def __init__(self, make: Callable[[], Steps]) -> None:
        super().__init__()
        self._make = make
        self.cancelled = threading.Event()

    def run(self) -> None:
        steps: Steps | None = None
        try:
            steps = self._make()
            for done, total in steps:
                self.progress.emit(done, total)
                if self.cancelled.is_set():
                    _close(steps)  # GeneratorExit runs the job's clean-up
                    self.finished.emit(False, "")
                    return
            self.finished.emit(True, "")
        except Exception as exc:  # shown to the user in one sentence
            if steps is not None:
                _close(steps)
            self.finished.emit(False, str(exc) or type(exc).__name__)


class Job(QObject):
    """Runs one generator in a QThread and reports to a progress dialog.

    A QObject of the GUI thread, so the worker's signals reach its slots queued,
    on the GUI thread, where the dialog may be touched.
    """

    def __init__(self, parent: QWidget | None, title: str, make: Callable[[], Steps]) -> None:
        super().__init__()
        self.dialog = QProgressDialog(title, QApplication.translate("Job", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker_thread = QThread()  # not .thread: that is QObject.thread()
        self.worker = _Worker(make)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.dialog.canceled.connect(self.worker.cancelled.set)
        self.completed: bool | None = None
        self.error = ""

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _finished(self, completed: bool, error: str) -> None:
        self.completed, self.error = completed, error
        self.worker_thread.quit()

    def run(self) -> bool:
        """Start, keep the window responsive until the job ends; True if it completed."""
        self.worker_thread.start()
        while self.completed is None:
            QApplication.processEvents()
            if self.dialog.wasCanceled():
                self.worker.cancelled.set()
            self.worker_thread.wait(15)
        self.worker_thread.wait()
        self.dialog.close()
        return bool(self.completed)


def run_job(parent: QWidget | None, title: str, make: Callable[[], Steps]) -> tuple[bool, str]:
    """Run a job with a progress dialog; (completed, error message)."""
    job = Job(parent, title, make)
    ok = job.run()
    return ok, job.error

