"""The window's pages: Delegates and Warnings (Programme: ui/programme_page.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import AccreditationState, Category
from mmdesk.domain.errors import MmdeskError
from mmdesk.domain.regions import region_name
from mmdesk.services import delegates as delegate_svc
from mmdesk.services.checks import Report
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.lazy import Reader
from mmdesk.ui.models import DelegateTableModel, FindingTableModel
from mmdesk.ui.row_models import Prepared


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class DelegatesPage(QWidget):
    """All delegates with type-to-search and filters; add, edit (double-click), delete,
    approve the selection."""

    delegateActivated = Signal(int)
    changed = Signal()
    loaded = Signal()  # every delegate is in the table (after a reload)

    def __init__(self, store: Store, stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack or QUndoStack(self)
        self.model = DelegateTableModel(parent=self)
        self.reader = Reader(self)
        self._loading = False
        self._pending: set[int] = set()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, city, organisation, country, e-mail…"))
        self.search.setClearButtonEnabled(True)
        # as wide as its hint in the window's language (French and Spanish say it longer)
        hint = self.search.placeholderText()
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(hint) + 24)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for c in Category:
            self.category.addItem(labels.category(c), c)
        self.state = QComboBox()
        self.state.addItem(self.tr("Any accreditation"), None)
        for s in AccreditationState:
            self.state.addItem(labels.state(s), s)
        self.state.addItem(labels.state(None), "none")
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), None)
        self.route = QComboBox()
        self.route.addItem(self.tr("All routes"), None)
        for combo in (self.category, self.state, self.region, self.route):
            # long category and route names must not set the window's width
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.count = QLabel()
        # the search and the count on one row, the four filters below it sharing the whole width:
        # in one row with the search, French and Spanish "All …" items were clipped at 1280 px
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        self.filters = QHBoxLayout()
        for combo in (self.category, self.state, self.region, self.route):
            self.filters.addWidget(combo, 1)
        self._fit_filters()
        self.table = _table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((230, 200, 220, 120, 120, 170, 110, 220)):
            self.table.setColumnWidth(col, width)
        self.add_button = QPushButton(self.tr("&New delegate…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.approve_button = QPushButton(self.tr("A&pprove selected"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.record_button = QPushButton(self.tr("Acc&reditation…"))
        self.record_button.setToolTip(self.tr("The selected delegate's record: nominate on a route, "
                                              "documents, state, badges and check-ins"))
        self.calendar_button = QPushButton(self.tr("&Calendar…"))
        self.calendar_button.setToolTip(self.tr("The selected delegate's own sessions as an .ics calendar"))
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.approve_button,
                  self.record_button, self.export_button, self.calendar_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.filters)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.add_button.clicked.connect(self.add_delegate)
        self.edit_button.clicked.connect(lambda: self.edit_delegate())
        self.delete_button.clicked.connect(self.delete_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.record_button.clicked.connect(lambda: self.show_record())
        self.search.textChanged.connect(lambda text: self._refilter())
        self.category.currentIndexChanged.connect(lambda _: self._refilter())
        self.state.currentIndexChanged.connect(lambda _: self._refilter())
        self.region.currentIndexChanged.connect(lambda _: self._refilter())
        self.route.currentIndexChanged.connect(lambda _: self._refilter())
        self.table.doubleClicked.connect(self._activated)

    # rows read at once when a large store opens: the first screen, before the rest
    FIRST_SCREEN = 80

    def reload(self) -> None:
        """Read every delegate again from the store: at once on a small store; on a large one
        the first screen at once (when the table is empty) and the rest off the GUI thread."""
        from mmdesk.ui.lazy import is_large, once_painted

        self._pending = set()
        if not is_large(self.store):
            self._loaded(self._read(self.store))
            return
        if not self.model.total:
            self.model.set_rows(delegate_svc.list_delegates(self.store, limit=self.FIRST_SCREEN))
            self.count.setText(self.tr("Loading delegates…"))
        self._loading = True

        def read_the_rest() -> None:
            store = self.store  # the store open when the read starts
            self.reader.run(lambda: self._read(store), self._loaded, failed=self._failed)

        # the window opening: its first screen paints before the rest is read
        once_painted(self.table.viewport(), "delegates", read_the_rest)

    def _read(self, store: Store) -> tuple[Prepared, list[str], list[str]]:
        """Every delegate, made ready for the table (off the GUI thread on a large store)."""
        rows = delegate_svc.list_delegates(store)
        return (self.model.prepare(rows), sorted({d.region for d in rows if d.region}),
                sorted({d.route for d in rows if d.route}))

    def _fit_filters(self) -> None:
        """Share the filters' row by each filter's longest choice (a long route name gets more
        room than "All categories"), so that each choice shows whole while the row has room."""
        for i, combo in enumerate((self.category, self.state, self.region, self.route)):
            if self.filters.indexOf(combo) == i:
                widest = max((combo.fontMetrics().horizontalAdvance(combo.itemText(n))
                              for n in range(combo.count())), default=0)
                self.filters.setStretch(i, max(1, widest + 40))

    def _failed(self, error: Exception) -> None:
        self._loading = False
        self.count.setText(self.tr("Delegates not read: %1").replace("%1", str(error)))

    def _loaded(self, read: tuple[Prepared, list[str], list[str]]) -> None:
        prepared, regions, routes = read
        self._loading = False
        self.model.set_prepared(prepared)
        for combo, caption, values in ((self.region, self.tr("All regions"), regions),
                                       (self.route, self.tr("All routes"), routes)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(caption, None)
            for value in values:
                combo.addItem(region_name(value) if combo is self.region else value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._fit_filters()
        self._update_count()
        pending, self._pending = self._pending, set()
        if pending:  # changed while the whole list was on its way
            self.update_delegates(pending)
        self.loaded.emit()

    def update_delegates(self, ids: set[int] | frozenset[int],
                         states_of: set[int] | frozenset[int] = frozenset()) -> None:
        """Read these delegates again and put them in place (an edit, another desk's change):
        only their rows change; ids no longer stored leave the table. For `states_of` (their
        nominations moved: an approval) only the accreditation state and route are read."""
        known = [d for d in (self.model.get(i) for i in states_of if i not in ids) if d is not None]
        ids = set(ids) | (set(states_of) - {d.id for d in known})
        if not ids and not known:
            return
        if self._loading:
            self._pending |= ids | {d.id for d in known}
        rows = delegate_svc.get_delegates(self.store, ids) if ids else []
        if known:
            best = delegate_svc.states_of(self.store, [d.id for d in known])
            rows += [replace(d, state=best.get(d.id, (None, None))[0], route=best.get(d.id, (None, None))[1])
                     for d in known]
        self.model.update_rows(rows, gone=ids - {d.id for d in rows})
        for combo, values in ((self.region, {d.region for d in rows if d.region}),
                              (self.route, {d.route for d in rows if d.route})):
            for value in sorted(v for v in values if combo.findData(v) < 0):
                combo.addItem(region_name(value) if combo is self.region else value, value)
        self._update_count()

    def _refilter(self) -> None:
        # Qt hands enums stored in a combo box back as their str values
        state = self.state.currentData()
        states = None if state is None else frozenset(
            {None} if state == "none" else {AccreditationState(state)})
        category = self.category.currentData()
        self.model.set_filter(self.search.text(),
                              category=Category(category) if category else None,
                              states=states, region=self.region.currentData(),
                              route=self.route.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n delegate(s)", "", self.model.rowCount())
                           + (self.tr(" of %1").replace("%1", str(self.model.total))
                              if self.model.rowCount() != self.model.total else ""))

    def _activated(self, index: QModelIndex) -> None:
        delegate_id = self.model.delegate_at(index.row()).id
        self.delegateActivated.emit(delegate_id)
        self.edit_delegate(delegate_id)

    def _after_edit(self) -> None:
        self.changed.emit()

    def add_delegate(self) -> bool:
        """Ask for a new delegate's fields and add it (undo removes it again)."""
        from mmdesk.ui.commands import record
        from mmdesk.ui.delegate_dialog import DelegateDialog
        from mmdesk.ui.forum_dialog import require_forum

        if not require_forum(self, self.store):
            return False
        made, ok = DelegateDialog.edit(self, None,
                                       lambda data: delegate_svc.create_delegate(self.store, data))
        if not ok:
            return False
        data = delegate_svc.get_delegate_input(self.store, made.id)[0]
        holder = {"id": made.id}

        def redo() -> None:
            holder["id"] = delegate_svc.create_delegate(self.store, data).id

        def undo() -> None:
            delegate_svc.delete_delegate(self.store, holder["id"])

        record(self.stack, self.tr("add %1").replace("%1", made.full_name), redo, undo, self._after_edit)
        self.show_delegate(holder["id"])
        return True

    def edit_delegate(self, delegate_id: int | None = None) -> bool:
        """Edit a delegate (the current row by default); undo puts the fields back."""
        from mmdesk.ui.commands import record
        from mmdesk.ui.delegate_dialog import DelegateDialog

        if delegate_id is None:
            ids = self.selected_ids()
            if not ids:
                return False
            delegate_id = ids[0]
        from mmdesk.domain.errors import EditConflict
        from mmdesk.ui.multidesk import ConflictDialog

        before, version = delegate_svc.get_delegate_input(self.store, delegate_id)

        def save(data: delegate_svc.DelegateInput) -> delegate_svc.DelegateView | None:
            try:
                return delegate_svc.update_delegate(self.store, delegate_id, data,
                                                    expected_version=version)
            except EditConflict as exc:
                if not isinstance(exc.theirs, delegate_svc.DelegateInput):  # None: deleted meanwhile
                    raise
                choice, chosen = ConflictDialog.choose(self, data, exc.theirs)
                if not chosen:
                    raise
                if choice == ConflictDialog.THEIRS:
                    return None  # the edit dialog closes; the other desk's version stays
                return delegate_svc.update_delegate(self.store, delegate_id, data,
                                                    expected_version=exc.version)

        saved, ok = DelegateDialog.edit(self, before, save, lambda: self.show_record(delegate_id),
                                        photo=(self.store, delegate_id))
        if not ok or saved is None:
            if ok:
                self.changed.emit()  # show the other desk's version
            return False
        after = delegate_svc.get_delegate_input(self.store, delegate_id)[0]
        record(self.stack, self.tr("edit %1").replace("%1", saved.full_name),
               lambda: delegate_svc.update_delegate(self.store, delegate_id, after),
               lambda: delegate_svc.update_delegate(self.store, delegate_id, before),
               self._after_edit)
        return True

    def delete_selected(self) -> bool:
        """Delete the selected delegates after a confirmation (this cannot be undone)."""
        ids = self.selected_ids()
        if not ids:
            return False
        names = [self.model.delegate_at(r).full_name for r in
                 sorted({i.row() for i in self.table.selectionModel().selectedRows()})][:5]
        answer = QMessageBox.question(
            self, self.tr("Delete delegates"),
            self.tr("Delete %n delegate(s) with their accreditations, badges and speaking slots? "
                    "This cannot be undone.", "", len(ids)) + "\n\n" + "\n".join(names)
            + ("\n…" if len(ids) > 5 else ""))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        delegate_svc.delete_delegates(self.store, ids)  # one transaction: all or none
        self.changed.emit()
        return True

    def approve_selected(self) -> bool:
        """Approve every nominated accreditation of the selected delegates (all or none)."""
        from mmdesk.domain.enums import AccreditationState as S
        from mmdesk.services import accreditation as acc_svc

        nominated = [a.id for d in self.selected_ids() for a in acc_svc.accreditations_of(self.store, d)
                     if a.state is S.NOMINATED]
        if not nominated:
            QMessageBox.information(self, self.tr("Approve"),
                                    self.tr("None of the selected delegates is waiting for approval."))
            return False
        try:
            acc_svc.bulk_transition(self.store, nominated, S.APPROVED)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Nothing was changed"), str(exc))
            return False
        self.changed.emit()
        return True

    def show_record(self, delegate_id: int | None = None) -> bool:
        """The person's record: accreditations, documents, badges, check-ins, invitations."""
        from mmdesk.ui.person_record import PersonRecordDialog

        ids = [delegate_id] if delegate_id is not None else self.selected_ids()[:1]
        if not ids:
            QMessageBox.information(self, self.tr("Accreditation"), self.tr("Select one delegate first."))
            return False
        changed, _ = PersonRecordDialog.show_record(self, self.store, ids[0])
        if changed:
            self.changed.emit()
        return changed

    def selected_ids(self) -> list[int]:
        """The delegates selected in the table, in shown order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.delegate_at(r).id for r in rows]

    def show_delegate(self, delegate_id: int) -> None:
        """Select a delegate's row, clearing filters that hide it."""
        row = self.model.row_of(delegate_id)
        if row is None:
            self.search.clear()
            self.category.setCurrentIndex(0)
            self.state.setCurrentIndex(0)
            self.region.setCurrentIndex(0)
            self.route.setCurrentIndex(0)
            row = self.model.row_of(delegate_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))


def findings_words(report: Report) -> str:
    """The rules' findings counted as the side bar counts them ("Warnings (6)"), errors among
    them: "6 warnings, 2 of them errors" — the page's summary and the status bar say this."""
    # tr() on the class: lupdate reads a plural so whatever its count is written as (PySide6's
    # stubs type tr as an instance method)
    words = WarningsPage.tr("%n warning(s)", "every finding, errors included", len(report.findings))  # type: ignore[arg-type, unused-ignore]
    if report.errors:
        words += WarningsPage.tr(", %n of them error(s)", "", report.errors)  # type: ignore[arg-type, unused-ignore]
    return words


class WarningsPage(QWidget):
    """The rules' findings; double-click jumps to the session or the delegate."""

    sessionRequested = Signal(int)
    delegateRequested = Signal(int)
    reported = Signal(object)  # the new Report, once the rules have run

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingTableModel(self)
        self.report: Report | None = None
        self.reader = Reader(self)
        self._again: Store | None = None
        self.summary = QLabel()
        self.table = _table(self.model)
        self.table.setColumnWidth(0, 80)
        self.table.setColumnWidth(1, 180)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(self._activated)

    def recompute(self, store: Store, *, inline: bool = False) -> None:
        """Run the rules over the store again, off the GUI thread unless inline; the table and
        `reported` follow when they are done. Asked again while they run: once more after."""
        from mmdesk.services.checks import run_checks

        if self.reader.busy and not inline:
            self._again = store
            return
        self._again = None
        if self.report is None:
            self.summary.setText(self.tr("Checking the programme…"))

        def done(report: Report) -> None:
            self.set_report(report)
            if self._again is not None:
                self.recompute(self._again)

        self.reader.run(lambda: run_checks(store), done, failed=self._failed, inline=inline)

    def _failed(self, error: Exception) -> None:
        self.summary.setText(self.tr("The rules could not run: %1").replace("%1", str(error)))
        if self._again is not None:
            self.recompute(self._again)

    def set_report(self, report: Report) -> None:
        self.report = report
        self.model.set_findings(report.findings)
        self.table.resizeRowsToContents()
        self.summary.setText(findings_words(report))
        self.reported.emit(report)

    def _activated(self, index: QModelIndex) -> None:
        f = self.model.finding_at(index.row())
        if f.session_ids:
            self.sessionRequested.emit(f.session_ids[0])
        elif f.delegate_id is not None:
            self.delegateRequested.emit(f.delegate_id)

