"""Programme versions in the window: Programme › Release version…, What changed…, and the
change sheet for the information desk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.errors import MmdeskError, NotFound
from mmdesk.domain.programme_changes import ChangeCode, ProgrammeChange
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.models import ListTableModel
from mmdesk.ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from mmdesk.printing.words import Words
    from mmdesk.services.releases import ChangeReport, VersionView

Index = QModelIndex | QPersistentModelIndex


def _words() -> Words:
    """The window's language, for the changes' words (English, French or Spanish)."""
    from mmdesk.printing.words import Words

    language = QLocale().name()[:2]
    return Words((language if language in ("en", "fr", "es") else "en",))


def _stamp(at: Any) -> str:
    return QLocale().toString(at, "d MMM yyyy HH:mm")


class ReleaseDialog(SavingDialog):
    """Programme › Release version…: a note, and what the new version will be."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        # the releases' services are imported when first used: they load the printing code
        # (ReportLab, the QR encoder), which the window's first screen does not need
        from mmdesk.services.releases import changes_since, list_versions, release_programme

        super().__init__(parent, lambda note: release_programme(store, note))
        self.setWindowTitle(self.tr("Release programme version"))
        versions = list_versions(store)
        if versions:
            last = versions[-1]
            changed = len(changes_since(store).changes)
            summary = (self.tr("Version %1 was released on %2 by %3; %n change(s) since then.", "", changed)
                       .replace("%1", str(last.number)).replace("%2", _stamp(last.released_local))
                       .replace("%3", last.released_by))
            summary += "\n" + self.tr("This release will be version %1.").replace("%1", str(last.number + 1))
        else:
            summary = self.tr("No version has been released yet: this release will be version 1.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. after the mayors' confirmations"))
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.note)
        buttons = self.lay_out(form, self.summary)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Release"))
        self.setMinimumWidth(460)

    def value(self) -> str:
        return self.note.text()

    @classmethod
    def release(cls, parent: QWidget | None, store: Store) -> tuple[VersionView | None, bool]:
        """The version released (None when cancelled) and whether the dialog was accepted."""
        from mmdesk.services.releases import VersionView

        value, accepted = cls(parent, store).run()
        return (value if isinstance(value, VersionView) else None), accepted


class ChangeTableModel(ListTableModel[ProgrammeChange]):
    """The changes between two versions: when, session, room and what changed."""

    HEADERS = (QT_TRANSLATE_NOOP("ChangeTableModel", "When"),
               QT_TRANSLATE_NOOP("ChangeTableModel", "Session"),
               QT_TRANSLATE_NOOP("ChangeTableModel", "Room"),
               QT_TRANSLATE_NOOP("ChangeTableModel", "Change"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words = _words()

    def set_changes(self, changes: tuple[ProgrammeChange, ...]) -> None:
        """Show these changes."""
        self._set(changes)

    def change_at(self, row: int) -> ProgrammeChange:
        return self._items[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        from mmdesk.printing.changes import describe

        c: ProgrammeChange = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (QLocale().toString(labels.qdatetime(c.starts_at), "ddd d MMM HH:mm"), c.title,
                    c.room or "—", describe(c, self.words))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (
                c.code is ChangeCode.SESSION_REMOVED
                or (c.code is ChangeCode.SESSION_STATUS_CHANGED and c.after == "cancelled")):
            from PySide6.QtGui import QColor

            return QColor("#c62828")
        return None


class ChangesDialog(QDialog):
    """What changed since version N: pick the versions, read the list, print the change sheet."""

    NOW = -1

    def __init__(self, parent: QWidget | None, store: Store, versions: list[VersionView],
                 since: int | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.versions = versions
        self.report: ChangeReport | None = None
        self.since_box = QComboBox()
        self.until_box = QComboBox()
        for v in versions:
            caption = self.tr("Version %1 of %2").replace("%1", str(v.number)).replace(
                "%2", _stamp(v.released_local)) + (f" — {v.note}" if v.note else "")
            self.since_box.addItem(caption, v.number)
        self.since_box.setCurrentIndex(max(0, self.since_box.findData(since or versions[-1].number)))
        self.model = ChangeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        fit, fixed, stretch = (QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Interactive,
                               QHeaderView.ResizeMode.Stretch)
        for column, mode in enumerate((fit, fixed, fit, stretch)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(1, 300)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828; font-weight: bold")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Since"), self.since_box)
        form.addRow(self.tr("Up to"), self.until_box)
        self.print_button = QPushButton(self.tr("&Print change sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self._fill_until()
        self.since_box.currentIndexChanged.connect(self._since_changed)
        self.until_box.currentIndexChanged.connect(self.reload)
        self.reload()

    def _fill_until(self) -> None:
        since = self.since_box.currentData()
        self.until_box.blockSignals(True)
        self.until_box.clear()
        self.until_box.addItem(self.tr("The programme as it is now"), self.NOW)
        for v in self.versions:
            if v.number > since:
                self.until_box.addItem(self.tr("Version %1 of %2").replace("%1", str(v.number))
                                       .replace("%2", _stamp(v.released_local)), v.number)
        self.until_box.blockSignals(False)

    def _since_changed(self) -> None:
        self._fill_until()
        self.reload()

    def _range(self) -> tuple[int, int | None]:
        until = self.until_box.currentData()
        return self.since_box.currentData(), (None if until in (None, self.NOW) else until)

    def reload(self) -> None:
        """Read the changes between the chosen versions again."""
        since, until = self._range()
        self.setWindowTitle(self.tr("What changed since version %1").replace("%1", str(since)))
        from mmdesk.services.releases import changes_since

        try:
            self.report = changes_since(self.store, since, until)
        except MmdeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.model.set_changes(self.report.changes)
        n = len(self.report.changes)
        self.summary.setText(self.tr("%n change(s)", "", n) if n else self.tr("No change."))

    def print_sheet(self) -> bool:
        """Print the change sheet of the chosen versions and show it."""
        from mmdesk.ui.file_actions import temp_pdf
        from mmdesk.ui.preview import PdfPreviewDialog

        since, until = self._range()
        target = temp_pdf("changes.pdf")
        languages = None
        window = self.parent()
        if window is not None and hasattr(window, "print_languages"):
            languages = window.print_languages()
        from mmdesk.services.releases import print_change_sheet

        try:
            print_change_sheet(self.store, target, since, until, languages=languages)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))
            return False
        PdfPreviewDialog.show_pdf(self, target, self.tr("Change sheet"), "changes.pdf")
        return True

    @classmethod
    def show_changes(cls, parent: QWidget | None, store: Store, since: int | None = None
                     ) -> tuple[ChangeReport | None, bool]:
        """Show the changes until closed; (the last report shown, False) — or (None, False)
        with a message where no version was released yet."""
        from mmdesk.services.releases import list_versions

        try:
            versions = list_versions(store)
        except NotFound as exc:  # no forum yet
            QMessageBox.information(parent, QCoreApplication.translate("ChangesDialog", "What changed"),
                                    str(exc))
            return None, False
        if not versions:
            QMessageBox.information(
                parent, QCoreApplication.translate("ChangesDialog", "No version released yet"),
                QCoreApplication.translate(
                    "ChangesDialog", "No programme version has been released yet. Release one first "
                    "(Programme › Release version…); later changes are listed against it."))
            return None, False
        dialog = cls(parent, store, versions, since)
        dialog.exec()
        return dialog.report, False


class ProgrammeMenu(QObject):
    """The window's Programme menu: release a version, what changed, the change sheet."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("P&rogramme"), window)
        self.action_release = QAction(self.tr("&Release version…"), window)
        self.action_release.triggered.connect(self.release)
        self.action_changes = QAction(self.tr("&What changed…"), window)
        self.action_changes.triggered.connect(self.changes)
        self.action_live = QAction(self.tr("&Live session…"), window)
        self.action_live.triggered.connect(lambda: self.live())
        self.menu.addAction(self.action_release)
        self.menu.addAction(self.action_changes)
        self.menu.addSeparator()
        self.menu.addAction(self.action_live)
        self.console: QWidget | None = None
        bar = window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        if menus:  # before Help, the last menu
            bar.insertMenu(menus[-1], self.menu)
        else:
            bar.addMenu(self.menu)

    def _store(self) -> Store:
        return self.window.store  # type: ignore[attr-defined]

    def release(self) -> bool:
        """Release a version (with a note); the status bar says which."""
        try:
            version, accepted = ReleaseDialog.release(self.window, self._store())
        except MmdeskError as exc:  # no forum yet
            QMessageBox.information(self.window, self.tr("Release version"), str(exc))
            return False
        if not accepted or version is None:
            return False
        self.window.statusBar().showMessage(
            self.tr("Programme version %1 released").replace("%1", str(version.number)), 8000)
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()
        return True

    def changes(self) -> bool:
        """Show what changed since the latest version."""
        report, _ = ChangesDialog.show_changes(self.window, self._store())
        return report is not None

    def live(self, session_id: int | None = None) -> QWidget | None:
        """Open the moderator's console for the session shown on the Programme page (or one
        chosen from the programme)."""
        from PySide6.QtWidgets import QInputDialog

        from mmdesk.services.programme import list_sessions
        from mmdesk.ui.console import ModeratorConsole

        store = self._store()
        if session_id is None:
            session_id = getattr(getattr(self.window, "programme", None), "_current", None)
        if session_id is None:
            try:
                sessions = [s for s in list_sessions(store) if s.slots]
            except MmdeskError as exc:
                QMessageBox.information(self.window, self.tr("Live session"), str(exc))
                return None
            if not sessions:
                QMessageBox.information(self.window, self.tr("Live session"),
                                        self.tr("No session has speakers yet."))
                return None
            items = [f"{labels.moment(s.starts_at)} · {s.title}" for s in sessions]
            chosen, ok = QInputDialog.getItem(self.window, self.tr("Live session"),
                                              self.tr("Session to run"), items, 0, False)
            if not ok:
                return None
            session_id = sessions[items.index(chosen)].id
        try:
            self.console = ModeratorConsole.run(self.window, store, session_id)
        except MmdeskError as exc:
            QMessageBox.warning(self.window, self.tr("Live session"), str(exc))
            return None
        return self.console
