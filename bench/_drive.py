"""The scripted user inside the window process that bench/bench_window.py starts.

Loaded by bench/_hook/sitecustomize.py when MMDESK_BENCH=1, before mmdesk is imported.
It waits for `mmdesk.ui.main_window` to be imported and wraps `MainWindow.__init__`, so
that the first window made gets a driver: the wall-clock time the delegate table first
paints with rows, then a user's session played through the window's own widgets and
methods, each step timed until the table shows the result and has repainted. The
figures go as JSON to the file named by MMDESK_BENCH_OUT; then the window closes.

Anything the window does not have (a search box, a method renamed by a change in
progress) gives a null figure and a line in "notes", never a crash.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import re
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

TARGET = "mmdesk.ui.main_window"
DELEGATE_QUERIES = ("lodz", "montreal", "wang", "محمد", "goyeneche")
ACCREDITATION_QUERIES = ("dvorak", "milano", "gomez")
SORT_COLUMNS = (4, 2, 0, 3)
WAIT_S = float(os.environ.get("MMDESK_BENCH_WAIT", "120"))  # the longest one step may take
QUIET_S = 1.5  # a page's lists unchanged this long: filled

_driver: Driver | None = None


def install() -> None:
    """Watch for the main window's module; import nothing of Qt or mmdesk now."""
    sys.meta_path.insert(0, _Finder())


class _Finder(importlib.abc.MetaPathFinder):
    """Runs the real module, then wraps its MainWindow (once)."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != TARGET:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        real = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            real(module)
            _wrap(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _wrap(module: Any) -> None:
    cls = getattr(module, "MainWindow", None)
    if cls is None:
        _write({"notes": ["mmdesk.ui.main_window has no MainWindow: nothing measured"]})
        return
    made = cls.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        global _driver
        if _driver is not None:  # a second window (File › Open): not driven
            made(self, *args, **kwargs)
            return
        _driver = Driver(self)  # watches paints from the start: the window may paint in __init__
        made(self, *args, **kwargs)
        _driver.constructed()

    cls.__init__ = __init__


def _write(result: dict[str, Any]) -> None:
    out = os.environ.get("MMDESK_BENCH_OUT")
    if out:
        with open(out + ".part", "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
        os.replace(out + ".part", out)
    else:
        print(json.dumps(result, ensure_ascii=False), flush=True)


def now() -> float:
    return time.perf_counter()


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


class Driver:
    """One user's session in the window; figures in self.result."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        self.window = window
        self.app = QApplication.instance()
        self.result: dict[str, Any] = {"notes": [], "details": {}}
        self.notes: list[str] = self.result["notes"]
        self.details: dict[str, Any] = self.result["details"]
        self.page: Any = None
        self.view: Any = None
        self._built = self._painted = False
        self._silence_dialogs()
        driver = self

        class PaintWatch(QObject):
            """Notes the first paint of the delegate table showing rows (an application-wide
            filter, removed at once: the table may be made and painted inside __init__)."""

            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint and driver.is_table_viewport(obj):
                    driver.app.removeEventFilter(self)
                    driver.result["table_paint_started_at"] = time.time()
                    QTimer.singleShot(0, driver.table_painted)  # runs once this paint is done
                return False

        self._watch = PaintWatch()
        self.app.installEventFilter(self._watch)
        self._deadline = QTimer()
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._never_painted)
        self._deadline.start(int(WAIT_S * 3000))

    def is_table_viewport(self, obj: Any) -> bool:
        """Is this the delegate table's viewport, with rows to show?"""
        if self.view is None:
            try:
                page = getattr(self.window, "delegates", None)
            except RuntimeError:  # the window's Qt part is not made yet
                return False
            if page is None:
                return False
            self.view = self._table_of(page)
            if self.view is None:
                return False
            self.page = page
        model = self.view.model()
        return obj is self.view.viewport() and model is not None and model.rowCount() > 0

    def constructed(self) -> None:
        """MainWindow.__init__ has returned: the session may start once the table has painted."""
        self._built = True
        if self.page is None:
            self.page = getattr(self.window, "delegates", None)
            self.view = self._table_of(self.page)
        if self.view is None:
            from PySide6.QtCore import QTimer

            self.app.removeEventFilter(self._watch)
            self.notes.append("no delegate table found (window.delegates.table): nothing measured")
            QTimer.singleShot(0, self.finish)
        elif self._painted:
            self._start()

    # -- helpers

    @staticmethod
    def _table_of(page: Any) -> Any:
        from PySide6.QtWidgets import QTableView

        if page is None:
            return None
        table = getattr(page, "table", None)
        if isinstance(table, QTableView):
            return table
        found = page.findChildren(QTableView)
        return found[0] if found else None

    def _silence_dialogs(self) -> None:
        """No message box may stop the script: each is noted instead and answered Yes/OK."""
        from PySide6.QtWidgets import QMessageBox

        def told(kind: str) -> Callable[..., Any]:
            def box(parent: Any, title: str, text: str = "", *rest: Any, **kw: Any) -> Any:
                self.notes.append(f"message box ({kind}) {title}: {str(text)[:160]}")
                return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
            return box

        for kind in ("information", "warning", "critical", "question"):
            setattr(QMessageBox, kind, staticmethod(told(kind)))

    def spin(self, seconds: float = 0.0) -> None:
        """Let the window run its event loop for a while (at least once)."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
        loop.exec()

    def wait_until(self, pred: Callable[[], bool], timeout: float = WAIT_S) -> bool:
        """Run the event loop until pred() holds (checked every millisecond)."""
        deadline = now() + timeout
        self.app.processEvents()
        while not pred():
            if now() > deadline:
                return False
            self.spin(0.001)
        return True

    def watch(self, model: Any) -> list[int]:
        """A counter of the model's change signals (a refilter or sort must tell the view)."""
        seen = [0]

        def bump(*_: Any) -> None:
            seen[0] += 1

        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(bump)
        self._bumps = getattr(self, "_bumps", []) + [(model, bump)]
        return seen

    def unwatch(self) -> None:
        for model, bump in getattr(self, "_bumps", []):
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved, model.dataChanged):
                try:
                    signal.disconnect(bump)
                except (RuntimeError, TypeError):
                    pass
        self._bumps = []

    def column(self, view: Any, caption: str, default: int) -> int:
        from PySide6.QtCore import Qt

        model = view.model()
        for c in range(model.columnCount()):
            if str(model.headerData(c, Qt.Orientation.Horizontal) or "").strip() == caption:
                return c
        self.notes.append(f"no column {caption!r}: column {default} used")
        return default

    def ident_at(self, view: Any, row: int) -> Any:
        """The delegate id a row of the delegate table shows (its UserRole, else the page's model)."""
        from PySide6.QtCore import Qt

        ident = view.model().index(row, 0).data(Qt.ItemDataRole.UserRole)
        if ident is None and hasattr(getattr(self.page, "model", None), "delegate_at"):
            ident = self.page.model.delegate_at(row).id
        return ident

    def text_at(self, view: Any, row: int, col: int) -> str:
        model = view.model()
        if row >= model.rowCount():
            return ""
        return str(model.index(row, col).data() or "")

    def type_keys(self, box: Any, view: Any, queries: tuple[str, ...], full: int, label: str) -> list[float]:
        """Type each query one key at a time; each key timed until the table's model has
        signalled its new rows and the table has repainted."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        times: list[float] = []
        quiet = 0
        for query in queries:
            box.clear()
            if not self.wait_until(lambda: view.model().rowCount() == full, 30):
                self.notes.append(f"{label}: clearing the box did not bring back all {full} rows")
            self.spin(0.02)
            for ch in query:
                seen = self.watch(view.model())
                t = now()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    self.app.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
                if not self.wait_until(lambda seen=seen: seen[0] > 0, 2.0):
                    quiet += 1
                view.viewport().repaint()
                times.append(now() - t)
                self.unwatch()
        box.clear()
        self.wait_until(lambda: view.model().rowCount() == full, 30)
        if quiet:
            self.notes.append(f"{label}: {quiet} key(s) gave no model signal within 2 s (timed as such)")
        return times

    def sort(self, view: Any, label: str) -> list[float]:
        from PySide6.QtCore import Qt

        if not view.isSortingEnabled():
            self.notes.append(f"{label}: the table cannot be sorted (sorting not enabled)")
            return []
        header = view.horizontalHeader()
        times = []
        columns = [c for c in SORT_COLUMNS if c < view.model().columnCount()]
        for c in columns:
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                seen = self.watch(view.model())
                t = now()
                header.setSortIndicator(c, order)  # what a click on the column's header does
                if not self.wait_until(lambda seen=seen: seen[0] > 0, 30):
                    self.notes.append(f"{label}: sorting column {c} gave no model signal")
                view.viewport().repaint()
                times.append(now() - t)
                self.unwatch()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.wait_until(lambda: True)
        return times

    def show(self, page: Any) -> None:
        """Click the page's entry in the side bar."""
        stack, sidebar = self.window.stack, self.window.sidebar
        sidebar.setCurrentRow(stack.indexOf(page))

    # -- the session

    def _never_painted(self) -> None:
        if "table_painted_at" not in self.result:
            self.notes.append("the delegate table never painted with rows")
            self.finish()

    def table_painted(self) -> None:
        self._deadline.stop()
        self.result["table_painted_at"] = time.time()
        self.result["rows_at_launch"] = self.view.model().rowCount()
        self._painted = True
        if self._built:
            self._start()

    def _start(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.session)

    def session(self) -> None:
        steps = [self.all_rows, self.page_first_visits, self.keystrokes, self.sorts, self.edits,
                 self.accreditation, self.remote_change]
        try:
            for step in steps:
                try:
                    step()
                except Exception as exc:  # noqa: BLE001 - one figure lost, not the others
                    self.notes.append(f"{step.__name__} failed: {type(exc).__name__}: {exc}")
                    self.details.setdefault("tracebacks", []).append(traceback.format_exc(limit=6))
                    self.unwatch()
        finally:
            self.finish()

    def finish(self) -> None:
        _write(self.result)
        try:
            self.window.close()
        finally:
            self.app.quit()

    def all_rows(self) -> None:
        """A table may paint its first screen before the rest: wait for every delegate (the
        session plays on the whole table)."""
        expected = int(os.environ.get("MMDESK_BENCH_DELEGATES", "0"))
        if not expected:
            self.notes.append("MMDESK_BENCH_DELEGATES not set: the session may start on a partial table")
            return
        if self.wait_until(lambda: self.view.model().rowCount() >= expected):
            self.view.viewport().repaint()
            self.result["table_all_rows_at"] = time.time()
        else:
            self.notes.append(f"the delegate table never held all {expected} delegates "
                              f"({self.view.model().rowCount()} rows)")

    def filled(self, page: Any, start: float) -> tuple[float, int]:
        """When a page's lists stopped growing (no change of their row counts for QUIET_S):
        (seconds from start to their last change, rows then)."""
        from PySide6.QtWidgets import QAbstractItemView

        views = [v for v in page.findChildren(QAbstractItemView) if v.model() is not None]
        state = {"rows": sum(v.model().rowCount() for v in views), "at": now()}

        def settled() -> bool:
            rows = sum(v.model().rowCount() for v in views)
            if rows != state["rows"]:
                state.update(rows=rows, at=now())
            return now() - state["at"] >= QUIET_S

        if not self.wait_until(settled, WAIT_S):
            self.notes.append(f"{page.__class__.__name__}: its lists kept changing for {WAIT_S:.0f} s")
        return state["at"] - start, state["rows"]

    def page_first_visits(self) -> None:
        """Each page's first show, from the side-bar click to the page painted; and to its
        lists filled, where they fill after the first paint."""
        from PySide6.QtWidgets import QTableView

        stack, sidebar = self.window.stack, self.window.sidebar
        visits, fills = {}, {}
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is stack.currentWidget():
                continue
            name = re.sub(r"\s*\(\d+\)$", "", sidebar.item(i).text()) if sidebar.item(i) else str(i)
            t = now()
            sidebar.setCurrentRow(i)
            self.app.processEvents()
            page.repaint()
            visits[name] = ms(now() - t)
            rows = [v.model().rowCount() for v in page.findChildren(QTableView)
                    if v.model() is not None and v.isVisible()]
            self.details.setdefault("page_rows_at_first_paint", {})[name] = rows
            took, _ = self.filled(page, t)
            fills[name] = max(visits[name], ms(took))
        self.show(self.page)
        self.app.processEvents()
        self.details["page_first_visit_ms"] = visits
        self.details["page_filled_ms"] = fills
        self.result["page_first_visit_ms_max"] = max(visits.values()) if visits else None
        self.result["page_filled_ms_max"] = max(fills.values()) if fills else None

    def keystrokes(self) -> None:
        from PySide6.QtWidgets import QLineEdit

        box = getattr(self.page, "search", None)
        if not isinstance(box, QLineEdit):
            self.notes.append("no delegate search box (window.delegates.search)")
            return
        full = self.view.model().rowCount()
        times = self.type_keys(box, self.view, DELEGATE_QUERIES, full, "delegate search")
        self.details["keystroke_ms"] = [ms(t) for t in times]
        self.result["keystroke_ms_p95"] = ms(_p95(times))

    def sorts(self) -> None:
        times = self.sort(self.view, "delegate table")
        self.details["sort_ms"] = [ms(t) for t in times]
        self.result["sort_ms_p95"] = ms(_p95(times)) if times else None

    def edits(self) -> None:
        """Edit a delegate as the dialog does: the page's edit_delegate() opens the real dialog,
        whose exec() is played (type a new position, OK); timed from OK to the row shown."""
        from PySide6.QtWidgets import QDialog

        n = int(os.environ.get("MMDESK_BENCH_EDITS", "12"))
        view, page = self.view, self.page
        col = self.column(view, "Position", 1)
        try:
            from mmdesk.ui.delegate_dialog import DelegateDialog
        except ImportError as exc:
            self.notes.append(f"edits: no delegate dialog ({exc})")
            return
        if not hasattr(page, "edit_delegate"):
            self.notes.append("edits: the delegates page has no edit_delegate()")
            return
        started: list[float] = []

        def play(dialog: Any) -> Any:
            field = getattr(dialog, "position", None)
            if field is None:
                raise RuntimeError("the delegate dialog has no position field")
            field.setText(wanted)
            started.append(now())  # OK clicked
            dialog.accept()
            if dialog.result() != QDialog.DialogCode.Accepted:
                self.notes.append(f"edits: the dialog refused: {dialog.error.text()[:160]}")
                return QDialog.DialogCode.Rejected
            return QDialog.DialogCode.Accepted

        real_exec = DelegateDialog.exec
        DelegateDialog.exec = play
        times = []
        edited: list[tuple[int, Any, str]] = []  # (row, delegate, text before) for the undo
        try:
            for i in range(n):
                row = 2 * i
                ident = self.ident_at(view, row)
                edited.append((row, ident, self.text_at(view, row, col)))
                wanted = f"Bench edit {i} {time.time():.3f}"
                started.clear()
                if not page.edit_delegate(ident):
                    self.notes.append(f"edits: edit_delegate({ident}) did not save")
                    continue
                shown = self.wait_until(lambda row=row, wanted=wanted, ident=ident:
                                        self.text_at(view, row, col) == wanted
                                        and self.ident_at(view, row) == ident)
                if not shown:
                    self.notes.append(f"edits: row {row} never showed the edit")
                    continue
                view.viewport().repaint()
                times.append(now() - started[0])
        finally:
            DelegateDialog.exec = real_exec
        self.details["edit_refresh_ms"] = [ms(t) for t in times]
        self.result["edit_refresh_ms_p95"] = ms(_p95(times)) if times else None
        self.undos(view, col, edited)

    def undos(self, view: Any, col: int, edited: list[tuple[int, Any, str]]) -> None:
        """Edit › Undo of the edits just made, last first: timed from the action to the row
        showing its text before the edit."""
        undo = getattr(self.window, "action_undo", None)
        if undo is None:
            self.notes.append("undo: the window has no Undo action")
            self.result["undo_refresh_ms_p95"] = None
            return
        times = []
        for row, ident, before in reversed(edited):
            t = now()
            undo.trigger()
            if not self.wait_until(lambda row=row, ident=ident, before=before:
                                   self.text_at(view, row, col) == before
                                   and self.ident_at(view, row) == ident):
                self.notes.append(f"undo: row {row} never showed {before!r} again")
                continue
            view.viewport().repaint()
            times.append(now() - t)
        self.details["undo_refresh_ms"] = [ms(t) for t in times]
        self.result["undo_refresh_ms_p95"] = ms(_p95(times)) if times else None

    def accreditation(self) -> None:
        from PySide6.QtWidgets import QLineEdit

        page = getattr(self.window, "accreditation", None)
        view = self._table_of(page)
        if view is None:
            self.notes.append("no Accreditation page with a table (window.accreditation.table)")
            return
        self.show(page)
        expected = int(os.environ.get("MMDESK_BENCH_NOMINATIONS", "0"))
        if not self.wait_until(lambda: view.model().rowCount() >= max(1, expected)):
            self.notes.append(f"the Accreditation table never showed all {expected} nominations "
                              f"({view.model().rowCount()} rows)")
            if not view.model().rowCount():
                return
        full = view.model().rowCount()
        self.details["nominations_listed"] = full
        box = getattr(page, "search", None)
        if not isinstance(box, QLineEdit):
            boxes = [b for b in page.findChildren(QLineEdit) if b.isVisible()]
            box = boxes[0] if boxes else None
        if box is None:
            self.result["accreditation_filter_ms_p95"] = None
            self.notes.append("accreditation_filter_ms_p95: the Accreditation page has no search box")
        else:
            times = self.type_keys(box, view, ACCREDITATION_QUERIES, full, "accreditation search")
            self.details["accreditation_filter_ms"] = [ms(t) for t in times]
            self.result["accreditation_filter_ms_p95"] = ms(_p95(times))
        times = self.sort(view, "accreditation table")
        self.details["accreditation_sort_ms"] = [ms(t) for t in times]
        self.result["accreditation_sort_ms_p95"] = ms(_p95(times)) if times else None
        self.approvals(page, view)

    def approvals(self, page: Any, view: Any) -> None:
        """Select nominations (ready: every document received) and click Approve."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        button = getattr(page, "approve", None)
        if button is None:
            self.notes.append("approvals: the Accreditation page has no approve button")
            return
        state_col = self.column(view, "State", 4)
        docs_col = self.column(view, "Documents", 5)
        name_col = 0

        def ready(row: int) -> bool:
            if self.text_at(view, row, state_col) != "nominated":
                return False
            docs = self.text_at(view, row, docs_col).replace(" ", "")
            if "/" in docs:
                got, need = docs.split("/", 1)
                return got == need
            return True

        model = view.model()
        eligible = [r for r in range(model.rowCount()) if ready(r)]
        self.details["nominations_ready"] = len(eligible)
        n = int(os.environ.get("MMDESK_BENCH_APPROVALS", "12"))
        if len(eligible) < n + 1000:
            self.notes.append(f"approvals: only {len(eligible)} nominations ready to approve")
        singles, bulk = eligible[:n], eligible[n:n + 1000]
        approved = "approved"

        def shows(rows: list[int], names: list[str]) -> bool:
            return all(self.text_at(view, r, state_col).startswith(approved)
                       and self.text_at(view, r, name_col) == name
                       for r, name in zip(rows, names, strict=True))

        times = []
        selection = view.selectionModel()
        for row in singles:
            name = self.text_at(view, row, name_col)
            view.scrollTo(model.index(row, 0))
            view.selectRow(row)
            self.app.processEvents()
            t = now()
            button.click()
            if not self.wait_until(lambda row=row, name=name: shows([row], [name])):
                self.notes.append(f"approvals: row {row} never showed approved")
                continue
            view.viewport().repaint()
            times.append(now() - t)
        self.details["approve_refresh_ms"] = [ms(t) for t in times]
        self.result["approve_refresh_ms_p95"] = ms(_p95(times)) if times else None
        if not bulk:
            self.result["bulk_approve_1000_ms"] = None
            return
        selection = view.selectionModel()
        chosen = QItemSelection()
        start = prev = bulk[0]
        for r in bulk[1:] + [None]:
            if r is not None and r == prev + 1:
                prev = r
                continue
            chosen.select(model.index(start, 0), model.index(prev, model.columnCount() - 1))
            if r is not None:
                start = prev = r
        view.scrollTo(model.index(bulk[0], 0))
        selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)
        self.app.processEvents()
        picked = len({i.row() for i in selection.selectedRows()})
        if picked != len(bulk):
            self.notes.append(f"bulk approve: {picked} rows selected, not {len(bulk)}")
        probe = [bulk[0], bulk[len(bulk) // 2], bulk[-1]]
        names = [self.text_at(view, r, name_col) for r in probe]
        all_names = [self.text_at(view, r, name_col) for r in bulk]
        profile_to = os.environ.get("MMDESK_BENCH_PROFILE_BULK")  # a cProfile of the bulk approval
        profiler = None
        if profile_to:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        t = now()
        button.click()
        if self.wait_until(lambda: shows(probe, names)):
            view.viewport().repaint()
            took = ms(now() - t)
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(profile_to)
            self.details["bulk_approve"] = {"rows": len(bulk), "ms": took}
            self.result["bulk_approve_1000_ms"] = took if len(bulk) == 1000 else None
            if len(bulk) < 1000:
                self.notes.append(f"bulk_approve_1000_ms: only {len(bulk)} nominations left to approve "
                                  f"(timed in details.bulk_approve)")
            if not shows(bulk, all_names):
                self.notes.append("bulk approve: not every one of the selected rows shows approved")
        else:
            self.result["bulk_approve_1000_ms"] = None
            self.notes.append("bulk approve: the rows never showed approved")

    def remote_change(self) -> None:
        """Another process changes a delegate; timed from its commit to the row shown here."""

        db = os.environ.get("MMDESK_BENCH_DB")
        if not db:
            self.notes.append("remote change: MMDESK_BENCH_DB not set")
            return
        self.show(self.page)
        view = self.view
        self.wait_until(lambda: view.model().rowCount() > 0)
        col = self.column(view, "Position", 1)
        env = {k: v for k, v in os.environ.items() if not k.startswith("MMDESK_BENCH")}
        code = ("import sys, time\n"
                "from mmdesk.services import delegates as d\n"
                "from mmdesk.store.database import Store\n"
                "store = Store.open(sys.argv[1]); i = int(sys.argv[2])\n"
                "data, _ = d.get_delegate_input(store, i); data.position = sys.argv[3]\n"
                "d.update_delegate(store, i, data); print(time.time(), flush=True); store.close()\n")
        times = []
        for i in range(int(os.environ.get("MMDESK_BENCH_REMOTE", "3"))):
            row = 1 + 2 * i
            ident = self.ident_at(view, row)
            wanted = f"Remote edit {i} {time.time():.3f}"
            child = subprocess.Popen([sys.executable, "-c", code, db, str(ident), wanted], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            shown = self.wait_until(lambda row=row, wanted=wanted, ident=ident:
                                    self.text_at(view, row, col) == wanted
                                    and self.ident_at(view, row) == ident)
            view.viewport().repaint()
            seen_at = time.time()
            out, err = child.communicate(timeout=60)
            if child.returncode != 0 or not out.strip():
                self.notes.append(f"remote change: the other process failed: {err.strip()[-200:]}")
                continue
            if not shown:
                self.notes.append(f"remote change: row {row} never showed the other desk's edit")
                continue
            times.append(seen_at - float(out.split()[-1]))
        self.details["remote_change_refresh_ms"] = [ms(t) for t in times]
        self.details["sync_poll_ms"] = getattr(getattr(self.window, "sync_timer", None), "interval",
                                               lambda: None)()
        self.result["remote_change_refresh_ms"] = ms(sorted(times)[len(times) // 2]) if times else None


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * 95 // 100))
    return ordered[rank - 1]
