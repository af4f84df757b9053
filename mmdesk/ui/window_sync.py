"""The main window kept in step with the store: after this desk's edits (at once) and other
desks' changes (polled), only the rows and counts a change touches are read again; the rules
of the Warnings page run off the GUI thread on a large store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer

from mmdesk.domain.errors import MmdeskError, NotFound
from mmdesk.services.changes import Changes, changes_since
from mmdesk.services.checks import Report
from mmdesk.services.events import EventView, get_event
from mmdesk.ui.lazy import forget_first_paint, is_large, once_painted
from mmdesk.ui.pages import findings_words

if TYPE_CHECKING:
    from mmdesk.ui.main_window import MainWindow

#: what each part of the window shows, by the tables it reads
PROGRAMME = frozenset({"sessions", "speaking_slots", "invitations", "rooms", "programme_versions"})
NAMES = frozenset({"organisations", "accreditation_routes"})  # shown on many delegate rows
RULES = frozenset({"sessions", "speaking_slots", "invitations", "rooms", "delegates", "accreditations",
                   "badges", "accreditation_routes", "events"})
DASHBOARD = frozenset({"delegates", "accreditations", "badges", "check_ins", "sessions", "speaking_slots",
                       "accreditation_routes", "organisations", "events"})
ENDORSEMENTS = frozenset({"declarations", "endorsements", "organisations"})


class StoreFollower(QObject):
    """Reads what changed since the window last looked and updates just that."""

    #: on a large store, the counts and rules wait this long after the last change (a burst of
    #: edits runs them once, and they do not slow the edits down meanwhile)
    SETTLE_MS = 400
    #: a write seen on disk is read this long after (a burst of writes is read once)
    NUDGE_MS = 30

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.large = False
        self._later: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SETTLE_MS)
        self._timer.timeout.connect(self._settled)
        window.warnings.reported.connect(self.show_report)
        window.delegates.loaded.connect(self.show_counts)
        # another desk writing the same SQLite file (another window, the command line) is seen
        # at once: the file system says when the file or its write-ahead log changes, and the
        # poll (one small read) follows a moment later; the timer's poll stays for servers
        self._watcher = QFileSystemWatcher(self)
        self._nudge = QTimer(self)
        self._nudge.setSingleShot(True)
        self._nudge.setInterval(self.NUDGE_MS)
        self._nudge.timeout.connect(self.poll)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self.watch_store()

    def watch_store(self) -> None:
        """Watch the window's SQLite file and its write-ahead log (nothing for a server)."""
        path = self.window.store.file
        if path is None:
            return
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        wanted = [str(p) for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
        self._watcher.addPaths([*wanted, str(path.parent)])

    def _touched(self, _path: str) -> None:
        path = self.window.store.file
        if path is not None:  # a log made or replaced since: watch it again
            wal = str(path.with_name(path.name + "-wal"))
            if wal not in self._watcher.files() and (path.parent / (path.name + "-wal")).exists():
                self._watcher.addPath(wal)
        if not self._nudge.isActive():
            self._nudge.start()

    def read_all(self) -> None:
        """Every page read again (a store opened, a forum created, the store back on line)."""
        w = self.window
        try:
            w._seen = w.store.revisions()
        except MmdeskError:
            w._set_offline(True)
            return
        w._set_offline(False)
        w.status_store.setText(QCoreApplication.translate("MainWindow", "Database: %1")
                               .replace("%1", w.store.description))
        try:
            event = get_event(w.store)
        except NotFound:
            w.forum.show_state(False)
            return
        w.forum.show_state(True)
        w.setWindowTitle(f"{event.short_name or event.name} — mmdesk")
        self.large = is_large(w.store)
        w.delegates.reload()
        w.accreditation.reload()
        w.dashboard.reload()
        w.endorsements.reload()
        if self.large:
            # a large store opening: the delegate table's first screen paints before the
            # programme, the check-in desk and the rules read the store
            once_painted(w.delegates.table.viewport(), "rest", lambda: self._read_rest(event))
        else:
            forget_first_paint(w.delegates.table.viewport(), "rest")  # (an older forum's)
            self._read_rest(event)

    def _read_rest(self, event: EventView) -> None:
        """What the first screen does not show: the programme, the check-in desk, the rules;
        then the counts of them all."""
        w = self.window
        w.programme.reload(event)
        w.checkin.reload()
        self.recheck()
        self.show_counts()

    def poll(self) -> None:
        """Look at the store's change counters; read what moved (this desk's edit or another's)."""
        w = self.window
        try:
            now = w.store.revisions()
        except MmdeskError:
            w._set_offline(True)
            return
        if w.offline:
            self.read_all()  # back: read everything again
            return
        if now == w._seen:
            return
        try:
            changes = changes_since(w.store, w._seen, now)
        except MmdeskError:
            w._set_offline(True)
            return
        w._seen = now
        self.apply(changes)

    def apply(self, c: Changes) -> None:
        """Update the pages a change touches: rows by id where the store says which."""
        w = self.window
        if "events" in c.tables:
            self.read_all()  # the forum itself (its days, name, closing): rare, read everything
            return
        names = bool(c.tables & NAMES)
        if names or c.whole & {"delegates", "accreditations"}:
            w.delegates.reload()
        elif c.delegate_ids:  # edited rows read again; others (nominations moved) their state only
            w.delegates.update_delegates(c.edited_delegate_ids, c.delegate_ids - c.edited_delegate_ids)
        if names or c.whole & {"delegates", "accreditations", "badges"}:
            w.accreditation.reload()
        elif c.accreditation_ids or c.edited_delegate_ids:
            w.accreditation.update_nominations(c.accreditation_ids, c.edited_delegate_ids)
        later = set()
        if c.tables & {"accreditations", "accreditation_routes", "nomination_workbooks"}:
            later.add("routes")  # quota used and left, workbooks sent and returned
        if c.tables & PROGRAMME or (c.delegate_ids and w.programme.involves(c.delegate_ids)):
            try:
                w.programme.reload(get_event(w.store))
            except NotFound:
                pass
        if "rooms" in c.tables:
            w.checkin.reload()
        elif "check_ins" in c.tables:
            w.checkin.show_recent()
        if c.tables & DASHBOARD:
            later.add("dashboard")
        if c.tables & ENDORSEMENTS:
            w.endorsements.reload()
        if c.tables & RULES:
            later.add("rules")
        self._later |= later
        if self.large:
            self._timer.start()
        else:
            self._settled()
        self.show_counts()

    def _settled(self) -> None:
        """The counts and rules a change asked for, once changes have settled."""
        w = self.window
        later, self._later = self._later, set()
        if "routes" in later:
            w.accreditation.update_routes()
        if "dashboard" in later:
            w.dashboard.reload()
        if "rules" in later:
            self.recheck()

    def recheck(self) -> None:
        """The rules again: off the GUI thread on a large store (the page fills in after)."""
        w = self.window
        w.warnings.recompute(w.store, inline=not self.large)

    def show_report(self, report: Report) -> None:
        """The Warnings entry of the side bar and the status bar, once the rules have run."""
        w = self.window
        item = w.sidebar.item(w.PAGES.index("warnings"))
        item.setText(QCoreApplication.translate("MainWindow", "Warnings (%1)")
                     .replace("%1", str(len(report.findings))))
        item.setForeground(Qt.GlobalColor.darkRed if report.errors else Qt.GlobalColor.black)
        self.show_counts()

    def show_counts(self) -> None:
        """Delegates, sessions, errors and warnings in the status bar (as far as known)."""
        w = self.window
        report = w.warnings.report
        if w.delegates._loading or report is None:
            return  # said when the delegates and the rules are all in
        w.status_counts.setText(
            QCoreApplication.translate("MainWindow", "%1 delegates · %2 sessions · %3")
            .replace("%1", str(w.delegates.model.total))
            .replace("%2", str(len(w.programme._sessions)))
            .replace("%3", findings_words(report)))
