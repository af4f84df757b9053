"""The main window: a side bar of pages, menus, a status bar with the store and its counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from mmdesk import __version__
from mmdesk.domain.errors import MmdeskError, NotFound
from mmdesk.services import backup as backup_svc
from mmdesk.services.checks import run_checks
from mmdesk.services.events import get_event
from mmdesk.store.database import Store
from mmdesk.ui.desk_pages import AccreditationPage, CheckInPage
from mmdesk.ui.pages import DelegatesPage, ProgrammePage, WarningsPage


class MainWindow(QMainWindow):
    """The organizers' desk: Delegates, Programme, Accreditation, Check-in and Warnings pages."""

    PAGES = ("delegates", "programme", "accreditation", "checkin", "warnings")

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or QSettings("mmdesk", "mmdesk")
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        self.delegates = DelegatesPage(store)
        self.programme = ProgrammePage(store)
        self.accreditation = AccreditationPage(store)
        self.checkin = CheckInPage(store, self.settings)
        self.warnings = WarningsPage()
        for page, caption in ((self.delegates, self.tr("Delegates")),
                              (self.programme, self.tr("Programme")),
                              (self.accreditation, self.tr("Accreditation")),
                              (self.checkin, self.tr("Check-in desk")),
                              (self.warnings, self.tr("Warnings"))):
            self.stack.addWidget(page)
            QListWidgetItem(caption, self.sidebar)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        self.status_store = QLabel()
        self.status_counts = QLabel()
        self.statusBar().addWidget(self.status_store, 1)
        self.statusBar().addPermanentWidget(self.status_counts)
        self._menus()
        self.programme.changed.connect(self.refresh)
        self.accreditation.changed.connect(self.refresh)
        self.warnings.sessionRequested.connect(self.show_session)
        self.warnings.delegateRequested.connect(self.show_delegate)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.refresh()

    def _menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        self.action_open = QAction(self.tr("&Open database…"), self)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self.open_database)
        self.action_new = QAction(self.tr("&New database…"), self)
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self.new_database)
        self.action_backup = QAction(self.tr("&Back up…"), self)
        self.action_backup.triggered.connect(self.back_up)
        quit_ = QAction(self.tr("&Quit"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        for a in (self.action_open, self.action_new, self.action_backup):
            file.addAction(a)
        file.addSeparator()
        file.addAction(quit_)
        view = self.menuBar().addMenu(self.tr("&View"))
        for i, name in enumerate((self.tr("Delegates"), self.tr("Programme"), self.tr("Accreditation"),
                                  self.tr("Check-in desk"), self.tr("Warnings"))):
            a = QAction(name, self)
            a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            a.triggered.connect(lambda _=False, row=i: self.sidebar.setCurrentRow(row))
            view.addAction(a)
        help_ = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About mmdesk"), self)
        about.triggered.connect(self.about)
        help_.addAction(about)

    # -- state

    def refresh(self) -> None:
        """Read the store again: tables, programme, warnings and the status bar."""
        self.status_store.setText(self.tr("Database: %1").replace("%1", self.store.description))
        try:
            event = get_event(self.store)
        except NotFound:
            self.setWindowTitle("mmdesk")
            self.status_counts.setText(self.tr("No event yet: run `mmdesk demo` or import a programme"))
            return
        self.setWindowTitle(f"{event.short_name or event.name} — mmdesk")
        self.delegates.reload()
        self.programme.reload(event)
        self.accreditation.reload()
        self.checkin.reload()
        report = run_checks(self.store)
        self.warnings.set_report(report)
        item = self.sidebar.item(self.PAGES.index("warnings"))
        item.setText(self.tr("Warnings (%1)").replace("%1", str(len(report.findings))))
        item.setForeground(Qt.GlobalColor.darkRed if report.errors else Qt.GlobalColor.black)
        self.status_counts.setText(
            self.tr("%1 delegates · %2 sessions · %3 errors, %4 warnings")
            .replace("%1", str(self.delegates.model.total))
            .replace("%2", str(len(self.programme._sessions)))
            .replace("%3", str(report.errors)).replace("%4", str(report.warnings))
        )

    def show_page(self, name: str) -> None:
        self.sidebar.setCurrentRow(self.PAGES.index(name))

    def show_session(self, session_id: int) -> None:
        self.show_page("programme")
        self.programme.show_session(session_id)

    def show_delegate(self, delegate_id: int) -> None:
        self.show_page("delegates")
        self.delegates.show_delegate(delegate_id)

    # -- actions

    def switch_store(self, store: Store) -> None:
        """Use another store from now on (File > Open / New)."""
        old, self.store = self.store, store
        for page in (self.delegates, self.programme, self.accreditation, self.checkin):
            page.store = store
        old.close()
        self.settings.setValue("store/last", store.description)
        self.refresh()

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "",
                                              self.tr("mmdesk databases (*.sqlite3 *.db);;All files (*)"))
        if path:
            self._open(path)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), "forum.sqlite3",
                                              self.tr("mmdesk databases (*.sqlite3)"))
        if path:
            if Path(path).exists():
                QMessageBox.warning(self, self.tr("New database"),
                                    self.tr("%1 exists already; choose a new name.").replace("%1", path))
                return
            self._open(path)

    def _open(self, path: str) -> None:
        try:
            store = Store.open(path)
        except MmdeskError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the database"), str(exc))
            return
        self.switch_store(store)

    def back_up(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the database"),
                                              "mmdesk-backup.sqlite3", self.tr("SQLite (*.sqlite3)"))
        if not path:
            return
        try:
            written = backup_svc.backup(self.store, Path(path))
        except MmdeskError as exc:
            QMessageBox.critical(self, self.tr("Backup failed"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(written)), 8000)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About mmdesk"),
                          self.tr("mmdesk %1\nThe organizers' desk for a Mayoral Forum on Human "
                                  "Mobility, Migration and Development.").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
