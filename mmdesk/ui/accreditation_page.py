"""The Accreditation page as the window shows it: the desk's page (ui/desk_pages.py) with
Nominate…, a search field, sorting by any column, the person's record on a double-click,
Mark collected, columns that fit a 1280-pixel screen, and the next step on an empty store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import NotFound
from mmdesk.services import forum as forum_svc
from mmdesk.store.database import Store
from mmdesk.ui import desk_pages


def _layout_holding(widget: QWidget) -> QBoxLayout | None:
    """The box layout that holds a widget directly (searched under its parent's layout)."""
    parent = widget.parentWidget()
    todo: list[QLayout] = [parent.layout()] if parent is not None and parent.layout() else []
    while todo:
        layout = todo.pop()
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is widget:
                return layout if isinstance(layout, QBoxLayout) else None
            if item.layout() is not None:
                todo.append(item.layout())
    return None


class AccreditationPage(desk_pages.AccreditationPage):
    """Routes with quota used/left; nominations searched, sorted, nominated and moved."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search delegate, organisation, country, route, badge…"))
        self.search.setClearButtonEnabled(True)
        self.nominate_button = QPushButton(self.tr("&Nominate…"))
        self.record_button = QPushButton(self.tr("Re&cord…"))
        self.record_button.setToolTip(self.tr("Every accreditation, document, badge and check-in of "
                                              "the selected delegate (or double-click a row)"))
        self.collected = QPushButton(self.tr("Mark co&llected"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-size: 12pt; color: #37474f; padding: 6px")
        self.empty.hide()
        filters = _layout_holding(self.show_all)
        if filters is not None:
            filters.insertWidget(0, self.search, 2)
        buttons = _layout_holding(self.approve)
        if buttons is not None:
            buttons.insertWidget(0, self.nominate_button)
            buttons.insertWidget(1, self.record_button)
            buttons.addWidget(self.collected)
        self.layout().insertWidget(0, self.empty)
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
        self.collected.clicked.connect(lambda: self.move(S.BADGE_COLLECTED))
        self.table.doubleClicked.connect(lambda index: self.show_record(self.rows.row_at(index.row())
                                                                        .delegate_id))

    def _load(self) -> None:
        """Routes and nominations; on a store with no forum, the next step instead."""
        try:
            super()._load()
        except NotFound:
            self.routes.set_routes([])
            self.rows.set_rows([])
            self._say(self.tr("No forum yet — File › New forum… creates it; then add accreditation "
                              "routes in Forum › Accreditation routes…"))
            return
        if not self.routes.rowCount():
            self._say(self.tr("No accreditation routes yet — add them in Forum › Accreditation "
                              "routes…, then nominate delegates with Nominate…"))
        elif not self.rows.total_count():
            self._say(self.tr("No one nominated yet — press Nominate…, or import delegates with a "
                              "route column (File › Import delegates…)."))
        else:
            self._say(None)

    def _say(self, text: str | None) -> None:
        self.empty.setText(text or "")
        self.empty.setVisible(bool(text))

    def _reload_rows(self) -> None:
        super()._reload_rows()
        self._count()

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
            self.changed.emit()
            self.reload()
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
            self.changed.emit()
            self.reload()
        return changed
