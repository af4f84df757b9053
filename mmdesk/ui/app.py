"""Starting the window: the Qt application, the store, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from mmdesk import __version__
from mmdesk.domain.errors import MmdeskError
from mmdesk.store.database import Store


def _report(kind: type[BaseException], exc: BaseException, tb: object) -> None:
    """Errors escaping a button or menu: one plain message instead of a silent traceback."""
    if isinstance(exc, MmdeskError):  # a refusal, a lost server, a busy file
        QMessageBox.warning(QApplication.activeWindow(), "mmdesk", str(exc))
        return
    sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]
    first = (str(exc).strip().splitlines() or [kind.__name__])[0]
    QMessageBox.critical(QApplication.activeWindow(), "mmdesk",
                         QApplication.translate("app", "Something went wrong: %1\nNothing was "
                                                "saved by the action that failed.").replace("%1", first))


def run_window(db: str | None = None) -> int:
    """Open the store (default, --db or MMDESK_DB) in the main window; returns the exit code."""
    from mmdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("mmdesk")
    app.setOrganizationName("mmdesk")
    app.setApplicationVersion(__version__)
    from PySide6.QtCore import QSettings

    from mmdesk.ui import i18n

    i18n.install(app, i18n.chosen_language(QSettings("mmdesk", "mmdesk")))
    try:
        store = Store.open(db)
    except MmdeskError as exc:
        QMessageBox.critical(None, "mmdesk", str(exc))
        return 1
    sys.excepthook = _report
    window = MainWindow(store)
    window.show()
    code = app.exec()
    window.store.close()
    return code
