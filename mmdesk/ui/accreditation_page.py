"""The Accreditation page as the window shows it: the desk's page (ui/desk_pages.py) with
Nominate…, a search field, sorting by any column, the person's record on a double-click,
Mark collected, columns that fit a 1280-pixel screen, and the next step on an empty store."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import NotFound
from mmdesk.services import accreditation as acc_svc
from mmdesk.services import forum as forum_svc
from mmdesk.store.database import Store
from mmdesk.ui import desk_pages
from mmdesk.ui.lazy import Reader, is_large
from mmdesk.ui.row_models import Prepared


def _layout_holding(widget: QWidget) -> QBoxLayout | None:
    """The box layout that holds a widget directly (searched under its parent's layout)."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    todo: list[QLayout] = [top] if top is not None else []
    while todo:
        layout = todo.pop()
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            if item.widget() is widget:
                return layout if isinstance(layout, QBoxLayout) else None
            inner = item.layout()
            if inner is not None:
                todo.append(inner)
    return None


class AccreditationPage(desk_pages.AccreditationPage):
    """Routes with quota used/left; nominations searched, sorted, nominated and moved."""

    loaded = Signal()  # every nomination is in the table (after a reload)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search delegate, organisation, country, route, badge…"))
        self.search.setClearButtonEnabled(True)
        # as wide as its hint in the window's language (French and Spanish say it longer)
        hint = self.search.placeholderText()
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(hint) + 24)
        self.nominate_button = QPushButton(self.tr("&Nominate…"))
        self.record_button = QPushButton(self.tr("Re&cord…"))
        self.record_button.setToolTip(self.tr("Every accreditation, document, badge and check-in of "
                                              "the selected delegate (or double-click a row)"))
        self.collected = QPushButton(self.tr("Mark co&llected"))
        self.reader = Reader(self)
        self.route_reader = Reader(self)
        self._large = False
        self._loading = False
        self._pending: tuple[set[int], set[int]] = (set(), set())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the nominations are being read
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-size: 12pt; color: #37474f; padding: 6px")
        self.empty.hide()
        filters = _layout_holding(self.show_all)
        if filters is not None:
            filters.insertWidget(0, self.search, 2)
            filters.insertWidget(filters.indexOf(self.count), self.progress)
        buttons = _layout_holding(self.approve)
        if buttons is not None:
            buttons.insertWidget(0, self.nominate_button)
            buttons.insertWidget(1, self.record_button)
            buttons.addWidget(self.collected)
        page_layout = self.layout()
        if isinstance(page_layout, QBoxLayout):
            page_layout.insertWidget(0, self.empty)
        # State, Documents and Badge stay in view at 1280 px: the name and route stretch,
        # the short columns take what their text needs
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # by route until a header is clicked
        self.table.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        stretch, fixed = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive
        for col, (mode, width) in enumerate(((stretch, 0), (stretch, 0), (fixed, 60), (stretch, 0),
                                             (fixed, 150), (fixed, 90), (fixed, 80))):
            header.setSectionResizeMode(col, mode)
            if width:
                self.table.setColumnWidth(col, width)
        self.search.textChanged.connect(self.rows.set_query)
        self.search.textChanged.connect(lambda _: self._count())
        self.nominate_button.clicked.connect(lambda: self.nominate())
        self.record_button.clicked.connect(lambda: self.show_record())
        self.collected.clicked.connect(lambda: self.move_selected(S.BADGE_COLLECTED))
        self.table.doubleClicked.connect(lambda index: self.show_record(self.rows.row_at(index.row())
                                                                        .delegate_id))

    def _load(self) -> None:
        """Routes at once; nominations at once on a small store, else off the GUI thread with
        a progress bar (the page paints at once); on a store with no forum, the next step."""
        try:
            routes = acc_svc.list_routes(self.store)
        except NotFound:
            self.routes.set_routes([])
            self.rows.set_rows([])
            self._say(self.tr("No forum yet — File › New forum… creates it; then add accreditation "
                              "routes in Forum › Accreditation routes…"))
            return
        self.routes.set_routes(routes)
        self.route_table.resizeColumnsToContents()
        self._scope()
        store = self.store
        self._loading, self._pending = True, (set(), set())
        self._large = is_large(store)
        if self._large:
            self.progress.show()
            self.count.setText(self.tr("Reading the nominations…"))
            self.reader.run(lambda: self.rows.prepare(acc_svc.list_accreditations(store)), self._rows_read,
                            failed=self._read_failed)
        else:
            self.reader.run(lambda: self.rows.prepare(acc_svc.list_accreditations(store)), self._rows_read,
                            inline=True)

    def _read_failed(self, error: Exception) -> None:
        self._loading = False
        self.progress.hide()
        self.count.setText(self.tr("Nominations not read: %1").replace("%1", str(error)))

    def _rows_read(self, prepared: Prepared) -> None:
        """The nominations are here: shown, keeping the selection and the changes made meanwhile."""
        keep = [r.id for r in self.selected()]
        self._loading = False
        self.progress.hide()
        self.rows.set_prepared(prepared)
        self._select(keep)
        self._count()
        if not self.routes.rowCount():
            self._say(self.tr("No accreditation routes yet — add them in Forum › Accreditation "
                              "routes…, then nominate delegates with Nominate…"))
        elif not self.rows.total_count():
            self._say(self.tr("No one nominated yet — press Nominate…, or import delegates with a "
                              "route column (File › Import delegates…)."))
        else:
            self._say(None)
        (ids, delegates), self._pending = self._pending, (set(), set())
        if ids or delegates:
            self.update_nominations(ids, delegates)
        self.loaded.emit()

    def _select(self, ids: list[int]) -> None:
        model = self.table.selectionModel()
        for ident in ids:
            row = self.rows.row_of(ident)
            if row is not None:
                model.select(self.rows.index(row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows)

    def _say(self, text: str | None) -> None:
        self.empty.setText(text or "")
        self.empty.setVisible(bool(text))

    def _scope(self) -> None:
        state = self.state.currentData()  # Qt hands the enum back as its str value
        self.rows.set_scope(self._route_id, frozenset({S(state)}) if state else None)

    def _reload_rows(self) -> None:
        """Another route or state chosen: the rows read already are narrowed (no reading)."""
        self._scope()
        self._count()
        self._show_selected()

    def _reload_keeping_selection(self) -> None:
        """After a document was ticked: the selected nominations and the routes' counts."""
        self.update_nominations({r.id for r in self.selected()}, set())

    def update_nominations(self, ids: set[int] | frozenset[int], delegate_ids: set[int] | frozenset[int]
                           ) -> None:
        """Read again the nominations with these ids and those of these delegates: only those
        rows change (nothing is read on a page not read yet)."""
        if self._stale:
            return  # read whole when next shown
        if self._loading:
            self._pending[0].update(ids)
            self._pending[1].update(delegate_ids)
        rows = acc_svc.list_accreditations(self.store, ids=ids, delegate_ids=delegate_ids)
        got = {r.id for r in rows}
        gone = {i for i in ids if i not in got}
        missing = set(delegate_ids) - {r.delegate_id for r in rows}
        if missing:  # delegates deleted (their nominations went with them), or never nominated
            gone |= {r.id for r in self.rows.all_rows() if r.delegate_id in missing}
        self.rows.update_rows(rows, gone=gone)
        self._count()
        selection = self.table.selectionModel().selection()
        if sum(selection.at(i).height() for i in range(selection.size())) <= 1:  # the one chosen
            self._show_selected()

    def update_routes(self) -> None:
        """The routes' quota used and left, read again (a page not read yet waits; a large
        store counts off the GUI thread)."""
        if self._stale:
            return
        store = self.store
        self.route_reader.run(lambda: acc_svc.list_routes(store), self.routes.update_routes,
                              failed=lambda _: None, inline=not self._large)

    def _count(self) -> None:
        shown, total = self.rows.rowCount(), self.rows.total_count()
        self.count.setText(self.tr("%n nomination(s)", "", shown)
                           + (self.tr(" of %1").replace("%1", str(total)) if shown != total else ""))

    def nominate(self) -> bool:
        """Put a delegate forward on a route (the selected row's delegate, or one searched)."""
        from mmdesk.ui.forum_dialog import require_forum
        from mmdesk.ui.person_record import NominateDialog

        if not forum_svc.has_event(self.store) and not require_forum(self, self.store):
            return False
        _, ok = NominateDialog.nominate(self, self.store)
        if ok:
            self.changed.emit()  # the window reads the new nomination's row
        return bool(ok)

    def show_record(self, delegate_id: int | None = None) -> bool:
        """The person's record (the selected row's delegate by default)."""
        from mmdesk.ui.person_record import PersonRecordDialog

        if delegate_id is None:
            chosen = self.selected()
            if not chosen:
                QMessageBox.information(self, self.tr("Accreditation"),
                                        self.tr("Select one or more nominations first."))
                return False
            delegate_id = chosen[0].delegate_id
        changed, _ = PersonRecordDialog.show_record(self, self.store, delegate_id)
        if changed:
            self.changed.emit()  # the window reads the rows it changed
        return changed
