"""The window's forum set-up: File › New forum…, the Forum menu (Settings…, Rooms and
zones…, Accreditation routes…, Load the demo forum) and the banner a store with no forum
shows above every page with the next step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenuBar, QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:
    from mmdesk.ui.main_window import MainWindow


class ForumActions(QObject):
    """Creating and setting up the window's forum; the window refreshes after each change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action_new_forum = QAction(self.tr("New &forum…"), window)
        self.action_new_forum.triggered.connect(lambda: self.new_forum())
        self.action_settings = QAction(self.tr("&Settings…"), window)
        self.action_settings.triggered.connect(lambda: self.settings())
        self.action_rooms = QAction(self.tr("&Rooms and zones…"), window)
        self.action_rooms.triggered.connect(lambda: self.edit_rooms())
        self.action_routes = QAction(self.tr("&Accreditation routes…"), window)
        self.action_routes.triggered.connect(lambda: self.edit_routes())
        self.action_load_demo = QAction(self.tr("Load the &demo forum"), window)
        self.action_load_demo.triggered.connect(lambda: self.load_demo())
        self.banner = QWidget()
        self.banner.setObjectName("emptyBanner")
        self.banner.setStyleSheet("#emptyBanner { background: #e3f2fd; border: 1px solid #90caf9; "
                                  "border-radius: 6px; }")
        self.banner_text = QLabel(self.tr("No forum yet in this database. Start your own forum with "
                                          "File › New forum…, or look around the demo forum first."))
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet("font-size: 12pt; color: #0d47a1")
        self.banner_new = QPushButton(self.tr("New forum…"))
        self.banner_demo = QPushButton(self.tr("Load the demo"))
        self.banner_new.clicked.connect(lambda: self.new_forum())
        self.banner_demo.clicked.connect(lambda: self.load_demo())
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_new)
        row.addWidget(self.banner_demo)
        self.banner.hide()

    def add_menu(self, bar: QMenuBar) -> None:
        """The Forum menu."""
        menu = bar.addMenu(self.tr("F&orum"))
        for a in (self.action_settings, self.action_rooms, self.action_routes):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.action_load_demo)

    def show_state(self, has_forum: bool) -> None:
        """Enable what fits a store with (or without) a forum; without one, empty every page
        and say the next step above them."""
        self.banner.setVisible(not has_forum)
        for a in (self.action_settings, self.action_rooms, self.action_routes):
            a.setEnabled(has_forum)
        self.action_new_forum.setEnabled(not has_forum)
        self.action_load_demo.setEnabled(not has_forum)
        if has_forum:
            return
        w = self.window
        w.setWindowTitle(self.tr("No forum yet — mmdesk"))
        w.status_counts.setText(self.tr("No forum yet — File › New forum…"))
        w.delegates.model.set_rows([])
        w.delegates._update_count()
        w.programme.clear(self.tr("No forum yet — File › New forum… sets its days; then add rooms "
                                  "(Forum › Rooms and zones…) and sessions here."))
        w.accreditation.reload()
        w.dashboard.reload()
        w.endorsements.reload()
        w.warnings.model.set_findings([])
        w.warnings.summary.setText(self.tr("No forum yet — File › New forum…"))
        w.sidebar.item(w.PAGES.index("warnings")).setText(self.tr("Warnings"))

    def new_forum(self) -> bool:
        """File › New forum…: name, days, venue, time zone and languages of this store's forum."""
        from mmdesk.services.forum import has_event
        from mmdesk.ui.forum_dialog import ForumDialog

        w = self.window
        if has_event(w.store):
            QMessageBox.information(w, self.tr("New forum"), self.tr(
                "This database holds a forum already; a new forum goes into a new database "
                "(File › New database…). Its settings are in Forum › Settings…"))
            return False
        _, ok = ForumDialog.new_forum(w, w.store)
        if ok:
            w.refresh()
            w.statusBar().showMessage(self.tr("Forum created. Next: its rooms (Forum › Rooms and "
                                              "zones…) and accreditation routes."), 15000)
        return bool(ok)

    def settings(self) -> bool:
        """Forum › Settings…: the forum's fields; days that would orphan sessions are refused."""
        from mmdesk.ui.forum_dialog import ForumDialog, require_forum

        w = self.window
        if not require_forum(w, w.store):
            return False
        _, ok = ForumDialog.edit(w, w.store)
        if ok:
            w.refresh()
        return bool(ok)

    def edit_rooms(self) -> bool:
        """Forum › Rooms and zones…"""
        from mmdesk.ui.forum_dialog import require_forum
        from mmdesk.ui.rooms_editor import RoomsEditor

        w = self.window
        if not require_forum(w, w.store):
            return False
        changed, _ = RoomsEditor.manage(w, w.store)
        if changed:
            w.refresh()
        return changed

    def edit_routes(self) -> bool:
        """Forum › Accreditation routes…"""
        from mmdesk.ui.forum_dialog import require_forum
        from mmdesk.ui.routes_editor import RoutesEditor

        w = self.window
        if not require_forum(w, w.store):
            return False
        changed, _ = RoutesEditor.manage(w, w.store)
        if changed:
            w.refresh()
        return changed

    def load_demo(self) -> bool:
        """Load the demo forum (Quito 2019) into this empty store."""
        from mmdesk.services.demo import load_demo_steps
        from mmdesk.ui.jobs import run_job

        w = self.window
        store = w.store

        def steps() -> Iterator[tuple[int, int]]:
            for done, total, _ in load_demo_steps(store):
                yield done, total

        done, error = run_job(w, self.tr("Loading the demo forum…"), steps)
        if not done:
            if error:
                QMessageBox.warning(w, self.tr("Demo not loaded"), error)
            return False
        w.refresh()
        return True
