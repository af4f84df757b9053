"""The main window: a side bar of pages, menus, a status bar with the store and its counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mmdesk import __version__
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import backup as backup_svc
from mmdesk.store.database import Store
from mmdesk.ui.accreditation_page import AccreditationPage
from mmdesk.ui.dashboard import DashboardPage
from mmdesk.ui.desk_pages import CheckInPage
from mmdesk.ui.endorsements import EndorsementsPage
from mmdesk.ui.file_actions import choose_file, file_action, temp_pdf
from mmdesk.ui.forum_actions import ForumActions
from mmdesk.ui.pages import DelegatesPage, WarningsPage
from mmdesk.ui.programme_page import ProgrammePage


class MainWindow(QMainWindow):
    """The organizers' desk: Delegates, Programme, Accreditation, Check-in and Warnings pages."""

    PAGES = ("delegates", "programme", "accreditation", "checkin", "warnings", "dashboard",
             "endorsements")

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or QSettings("mmdesk", "mmdesk")
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        self.undo_stack = QUndoStack(self)
        self.delegates = DelegatesPage(store, self.undo_stack)
        self.programme = ProgrammePage(store, self.undo_stack)
        self.accreditation = AccreditationPage(store)
        self.checkin = CheckInPage(store, self.settings)
        self.warnings = WarningsPage()
        self.dashboard = DashboardPage(store)
        self.endorsements = EndorsementsPage(store)
        self.forum = ForumActions(self)
        for page, caption in ((self.delegates, self.tr("Delegates")),
                              (self.programme, self.tr("Programme")),
                              (self.accreditation, self.tr("Accreditation")),
                              (self.checkin, self.tr("Check-in desk")),
                              (self.warnings, self.tr("Warnings")),
                              (self.dashboard, self.tr("Dashboard")),
                              (self.endorsements, self.tr("Endorsements"))):
            self.stack.addWidget(page)
            QListWidgetItem(caption, self.sidebar)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.addWidget(self.forum.banner)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        self.status_store = QLabel()
        self.status_counts = QLabel()
        self.statusBar().addWidget(self.status_store, 1)
        self.statusBar().addPermanentWidget(self.status_counts)
        self._menus()
        from mmdesk.ui.window_sync import StoreFollower  # targeted updates (issue 19)

        self.follower = StoreFollower(self)
        self.programme.changed.connect(self.poll_changes)
        self.delegates.changed.connect(self.poll_changes)
        self.delegates.export_button.clicked.connect(lambda: self.export_delegates())
        self.delegates.calendar_button.clicked.connect(lambda: self.export_calendar())
        self.accreditation.changed.connect(self.poll_changes)
        self.checkin.scanned.connect(self.poll_changes)  # printed, handed over: the dashboard follows
        self.warnings.sessionRequested.connect(self.show_session)
        self.warnings.delegateRequested.connect(self.show_delegate)
        # a rotating copy of the embedded store every few minutes (nothing lost)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(int(str(self.settings.value("backup/minutes", 10))) * 60_000)
        self.backup_timer.timeout.connect(self.auto_backup)
        self.backup_timer.start()
        # other desks' changes (another window, the command line, a desk on the same server)
        # show within a few seconds: the store's change counters are polled
        self._seen: dict[str, int] = {}
        self.offline = False
        self.status_offline = QLabel()
        self.status_offline.setStyleSheet("color: white; background: #c62828; padding: 2px 6px;")
        self.status_offline.hide()
        self.statusBar().addPermanentWidget(self.status_offline)
        self.sync_timer = QTimer(self)
        # a poll is one small read (the change counters), so once a second costs nothing
        self.sync_timer.setInterval(int(float(str(self.settings.value("sync/seconds", 1))) * 1000))
        self.sync_timer.timeout.connect(self.poll_changes)
        self.sync_timer.start()
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.refresh()
        self.remind_closing()

    def _menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        file.addAction(self.forum.action_new_forum)
        file.addSeparator()
        self.action_open = QAction(self.tr("&Open database…"), self)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self.open_database)
        self.action_new = QAction(self.tr("&New database…"), self)
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self.new_database)
        self.action_connect = QAction(self.tr("&Connect to server…"), self)
        self.action_connect.triggered.connect(self.connect_server)
        self.action_privacy = QAction(self.tr("Data &protection…"), self)
        self.action_privacy.triggered.connect(self.data_protection)
        self.action_backup = QAction(self.tr("&Back up…"), self)
        self.action_backup.triggered.connect(self.back_up)
        quit_ = QAction(self.tr("&Quit"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        for a in (self.action_open, self.action_new, self.action_connect, self.action_backup):
            file.addAction(a)
        file.addSeparator()
        self.action_import_delegates = QAction(self.tr("&Import delegates…"), self)
        self.action_import_delegates.triggered.connect(lambda: self.import_delegates())
        self.action_import_programme = QAction(self.tr("Import p&rogramme…"), self)
        self.action_import_programme.triggered.connect(lambda: self.import_programme())
        self.action_export_delegates = QAction(self.tr("&Export delegates…"), self)
        self.action_export_delegates.triggered.connect(lambda: self.export_delegates())
        self.action_export_programme = QAction(self.tr("Export programme (.xlsx or .ics)…"), self)
        self.action_export_programme.triggered.connect(lambda: self.export_programme())
        for a in (self.action_import_delegates, self.action_import_programme,
                  self.action_export_delegates, self.action_export_programme):
            file.addAction(a)
        from mmdesk.ui.forum_workbook_actions import add_forum_workbook_actions

        add_forum_workbook_actions(self, file)  # export, import, template of the forum workbook
        file.addSeparator()
        printing = file.addMenu(self.tr("&Print"))
        self.action_print_badges = QAction(self.tr("&Badges…"), self)
        self.action_print_badges.setShortcut(QKeySequence.StandardKey.Print)
        self.action_print_badges.triggered.connect(self.print_badges)
        printing.addAction(self.action_print_badges)
        printing.addSeparator()
        self.document_actions: dict[str, QAction] = {}
        for key, caption in (("programme", self.tr("&Programme")), ("doorsigns", self.tr("&Door signs")),
                             ("itinerary", self.tr("&Itineraries")), ("runsheet", self.tr("&Run-sheets")),
                             ("tentcards", self.tr("&Tent cards")),
                             ("participants", self.tr("List of &participants"))):
            action = QAction(caption, self)
            action.triggered.connect(lambda _=False, k=key: self.print_document(k))
            printing.addAction(action)
            self.document_actions[key] = action
        from mmdesk.ui.letters_dialog import LetterActions  # File › Print › Letters… (issue 21)
        self.letter_actions = LetterActions(self, printing)
        printing.addSeparator()
        print_language = printing.addMenu(self.tr("Printed &language"))
        self.print_language_actions: dict[str, QAction] = {}
        saved = str(self.settings.value("print/languages", "") or "")
        for code, caption in (("", self.tr("The event's language")), ("en", "English"),
                              ("fr", "Français"), ("es", "Español"), ("en,fr", "English + Français"),
                              ("en,es", "English + Español"), ("es,fr", "Español + Français")):
            action = QAction(caption, self, checkable=True)
            action.setChecked(code == saved)
            action.triggered.connect(lambda _=False, c=code: self.set_print_languages(c))
            print_language.addAction(action)
            self.print_language_actions[code] = action
        file.addSeparator()
        file.addAction(self.action_privacy)
        file.addSeparator()
        file.addAction(quit_)
        self.forum.add_menu(self.menuBar())
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(self.action_undo)
        edit.addAction(self.action_redo)
        view = self.menuBar().addMenu(self.tr("&View"))
        for i, name in enumerate((self.tr("Delegates"), self.tr("Programme"), self.tr("Accreditation"),
                                  self.tr("Check-in desk"), self.tr("Warnings"), self.tr("Dashboard"),
                                  self.tr("Endorsements"))):
            a = QAction(name, self)
            a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            a.triggered.connect(lambda _=False, row=i: self.sidebar.setCurrentRow(row))
            view.addAction(a)
        view.addSeparator()
        language = view.addMenu(self.tr("&Language"))
        from mmdesk.ui.i18n import LANGUAGES, chosen_language

        current = chosen_language(self.settings)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            a = QAction(name, self, checkable=True)
            a.setChecked(code == current)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            language.addAction(a)
            self.language_actions[code] = a
        help_ = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About mmdesk"), self)
        about.triggered.connect(self.about)
        help_.addAction(about)
        from mmdesk.ui.releases import ProgrammeMenu  # Programme › Release version…, What changed… (issue 20)

        self.programme_menu = ProgrammeMenu(self)

    # -- state

    def refresh(self) -> None:
        """Read the store again: every page (long reads off the GUI thread), warnings, status bar."""
        self.follower.read_all()

    def remind_closing(self) -> None:
        """Once, on opening a store: the date for keeping personal data has passed."""
        from mmdesk.services.privacy import closing_due

        try:
            due = closing_due(self.store)
        except MmdeskError:  # no event yet, or the store cannot be reached
            return
        if due:
            self.statusBar().showMessage(self.tr("The date for keeping personal data has passed: "
                                                 "close the event in File › Data protection."), 15000)

    def poll_changes(self) -> None:
        """Show what changed since the last look: this desk's edits (called at once) and other
        desks' (every few seconds); only the rows and counts a change touches are read again."""
        self.follower.poll()

    def _set_offline(self, offline: bool) -> None:
        if offline == self.offline:
            return
        self.offline = offline
        self.status_offline.setText(self.tr("Cannot reach the database: nothing is saved until "
                                            "it answers again. Retrying…"))
        self.status_offline.setVisible(offline)

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
        self.undo_stack.clear()  # edits of the old store cannot be undone in the new one
        for page in (self.delegates, self.programme, self.accreditation, self.checkin, self.dashboard,
                     self.endorsements):
            page.store = store
        old.close()
        self.follower.watch_store()
        self.settings.setValue("store/last", store.description)
        self.refresh()
        self.remind_closing()

    def open_database(self) -> None:
        path = choose_file(self, self.tr("Open database"),
                           self.tr("mmdesk databases (*.sqlite3 *.db);;All files (*)"))
        if path:
            self._open(str(path))

    def new_database(self) -> None:
        chosen = choose_file(self, self.tr("New database"), self.tr("mmdesk databases (*.sqlite3)"),
                             save_as="forum.sqlite3")
        if chosen:
            path = str(chosen)
            if chosen.exists():
                QMessageBox.warning(self, self.tr("New database"),
                                    self.tr("%1 exists already; choose a new name.").replace("%1", path))
                return
            if self._open(path):
                from mmdesk.services.forum import has_event

                if not has_event(self.store):
                    self.forum.new_forum()

    def _open(self, path: str) -> bool:
        try:
            store = Store.open(path)
        except MmdeskError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the database"), str(exc))
            return False
        self.switch_store(store)
        return True

    def set_language(self, code: str) -> None:
        """Remember the window's language; it applies when mmdesk is next opened."""
        from mmdesk.ui.i18n import SETTING

        self.settings.setValue(SETTING, code)
        for c, a in self.language_actions.items():
            a.setChecked(c == code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("mmdesk will speak this language when you next open it."))

    def data_protection(self) -> None:
        """File › Data protection: the keeping date, closing the event, the log of sensitive exports."""
        from mmdesk.ui.privacy import PrivacyDialog

        closed, _ = PrivacyDialog.manage(self, self.store)
        if closed:
            self.refresh()

    def print_languages(self) -> list[str] | None:
        """The languages badges and documents print in (None: the event's first)."""
        saved = str(self.settings.value("print/languages", "") or "")
        return saved.split(",") if saved else None

    def set_print_languages(self, codes: str) -> None:
        """File › Print › Printed language."""
        self.settings.setValue("print/languages", codes)
        for c, a in self.print_language_actions.items():
            a.setChecked(c == codes)

    def connect_server(self) -> None:
        """File › Connect to server: work on the forum's shared PostgreSQL store."""
        from mmdesk.ui.multidesk import ConnectDialog

        store, ok = ConnectDialog.open_server(self, self.settings)
        if ok and store is not None:
            self.switch_store(store)

    def back_up(self) -> None:
        ran = file_action(self, lambda path: backup_svc.backup(self.store, path),
                          title=self.tr("Back up the database"), save_as="mmdesk-backup.sqlite3",
                          filters=self.tr("SQLite (*.sqlite3)"), failure=self.tr("Backup failed"),
                          critical=True)
        if ran is None:
            return
        written = ran[1]
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(written)), 8000)

    # -- spreadsheets

    def import_delegates(self, path: str | None = None) -> bool:
        """Pick a file, correct the recognised columns, check, then import all or nothing."""
        from mmdesk.ui.exchange_dialogs import ImportWizard

        ran = file_action(self, lambda chosen: ImportWizard.import_file(self, self.store, chosen), given=path,
                          title=self.tr("Import delegates"), filters=self.tr("Delegate lists (*.xlsx *.csv)"),
                          failure=self.tr("Cannot import"))
        if ran is None:
            return False
        report, ok = ran[1]
        if not ok or report is None:
            return False
        self.refresh()
        from mmdesk.report_words import import_summary

        self.statusBar().showMessage(import_summary(report), 10000)  # in the window's language
        return True

    def export_delegates(self, target: str | None = None) -> bool:
        """Choose columns and scope, then write .xlsx or .csv off the GUI thread."""
        from mmdesk.services.exchange import export_delegates
        from mmdesk.ui.exchange_dialogs import ExportDialog
        from mmdesk.ui.jobs import run_job

        model = self.delegates.model
        choice, ok = ExportDialog.choose(self, self.store, model.rowCount(), model.total,
                                         len(self.delegates.selected_ids()))
        if not ok:
            return False
        chosen = choose_file(self, self.tr("Export delegates"),
                             self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"), given=target,
                             save_as="delegates.xlsx")
        if chosen is None:
            return False
        ids = {"all": None, "shown": model.visible_ids(),
               "selected": self.delegates.selected_ids()}[choice.scope]
        store = self.store
        done, error = run_job(self, self.tr("Exporting…"), lambda: export_delegates(
            store, chosen, choice.columns, ids=ids, sensitive=choice.sensitive))
        if not done:
            if error:
                QMessageBox.warning(self, self.tr("Not exported"), error)
            return False
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(chosen)), 8000)
        return True

    def import_programme(self, path: str | None = None) -> bool:
        """Read the drafting sheet: sessions created or updated, rooms added, names matched."""
        from mmdesk.services.exchange import import_programme

        chosen = choose_file(self, self.tr("Import programme"), self.tr("Programme sheets (*.xlsx)"),
                             given=path)
        if chosen is None:
            return False
        try:
            report = import_programme(self.store, chosen)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Programme not imported"), str(exc))
            return False
        self.refresh()
        from mmdesk.report_words import programme_summary

        text = programme_summary(report)
        if report.unmatched:
            text += "\n\n" + "\n".join(self.tr("line %1: no delegate called %2").replace("%1", str(line))
                                         .replace("%2", name) for line, name in report.unmatched[:20])
        QMessageBox.information(self, self.tr("Programme imported"), text)
        return True

    def export_programme(self, target: str | None = None, delegate_id: int | None = None) -> bool:
        """The programme as .xlsx (the drafting sheet) or .ics (a calendar)."""
        from mmdesk.services.exchange import export_programme

        ran = file_action(
            self, lambda path: export_programme(self.store, path, delegate_id=delegate_id), given=target,
            title=self.tr("Export programme"), save_as="programme.ics" if delegate_id else "programme.xlsx",
            filters=self.tr("Calendar (*.ics)") if delegate_id else
            self.tr("Excel workbook (*.xlsx);;Calendar (*.ics)"), failure=self.tr("Not exported"))
        if ran is None:
            return False
        chosen, n = ran
        self.statusBar().showMessage(
            self.tr("%n session(s) exported to %1", "", n).replace("%1", str(chosen)), 8000)
        return True

    def export_calendar(self, target: str | None = None) -> bool:
        """The selected delegate's own calendar: sessions they speak at or are invited to."""
        ids = self.delegates.selected_ids()
        if len(ids) != 1:
            QMessageBox.information(self, self.tr("Calendar"), self.tr("Select one delegate first."))
            return False
        return self.export_programme(target, delegate_id=ids[0])

    # -- printing

    def _tmp_pdf(self, name: str) -> Path:
        return temp_pdf(name)

    def print_badges(self) -> bool:
        """Choose layout and scope, draw the batch with progress and Cancel, then preview it."""
        from mmdesk.services.badges import BadgeBatch
        from mmdesk.ui.badge_printing import BadgePreviewDialog
        from mmdesk.ui.dialogs import BadgeOptionsDialog
        from mmdesk.ui.jobs import run_job

        selected = self.delegates.selected_ids() if self.stack.currentWidget() is self.delegates else []
        options, ok = BadgeOptionsDialog.get_options(self, len(selected),
                                                     str(self.settings.value("print/layout", "a6")))
        if not ok:
            return False
        self.settings.setValue("print/layout", options.layout)
        target = self._tmp_pdf("badges.pdf")
        chosen = selected if options.selection_only else None
        store = self.store
        batch = BadgeBatch(store, layout=options.layout, only_new=options.only_new, delegate_ids=chosen,
                           languages=self.print_languages())
        done, error = run_job(self, self.tr("Printing badges…"), lambda: batch.draw(target))
        if not done:
            if error:
                QMessageBox.warning(self, self.tr("No badges printed"), error)
            return False
        # issued only as the preview prints or saves them (issue 16): Close issues nothing
        if BadgePreviewDialog.show_batch(self, batch, self.tr("Badges"), "badges.pdf")[0]:
            self.refresh()
        return True

    def print_document(self, what: str) -> bool:
        """Print a schedule or paper (for the selected delegates where it is per person)."""
        from mmdesk.services.documents import print_document
        from mmdesk.ui.jobs import run_job
        from mmdesk.ui.preview import PdfPreviewDialog

        selected = self.delegates.selected_ids() if self.stack.currentWidget() is self.delegates else []
        per_person = what in ("itinerary", "tentcards") and selected
        target = self._tmp_pdf(f"{what}.pdf")
        store = self.store
        languages = self.print_languages()

        def steps() -> Iterator[tuple[int, int]]:
            yield 0, 1
            print_document(store, what, target, selected if per_person else None,
                           languages=languages)
            yield 1, 1

        done, error = run_job(self, self.tr("Printing…"), steps)
        if not done:
            if error:
                QMessageBox.warning(self, self.tr("Not printed"), error)
            return False
        PdfPreviewDialog.show_pdf(self, target, self.document_actions[what].text().replace("&", ""),
                                  f"{what}.pdf")
        return True

    def auto_backup(self) -> None:
        """Take the periodic copy; a failure is shown in the status bar, never in the way."""
        try:
            written = backup_svc.auto_backup(self.store, "periodic")
        except (MmdeskError, OSError) as exc:
            self.statusBar().showMessage(
                self.tr("Automatic backup failed: %1").replace("%1", str(exc)), 15000)
            return
        if written:
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", written.name), 5000)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About mmdesk"),
                          self.tr("mmdesk %1\nThe organizers' desk for a Mayoral Forum on Human "
                                  "Mobility, Migration and Development.").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
