"""Qt item models over plain rows; filtering and sorting happen in Python (no proxy model)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from mmdesk.domain.enums import AccreditationState, Category, Severity
from mmdesk.domain.rules import Finding, rule_title
from mmdesk.domain.text import fold_variants, strip_marks
from mmdesk.services.accreditation import RouteView
from mmdesk.services.delegates import DelegateView
from mmdesk.services.programme import SlotView
from mmdesk.ui import labels
from mmdesk.ui.row_models import RowTableModel, sort_text
from mmdesk.ui.translatable import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class DelegateTableModel(RowTableModel):
    """All delegates as rows; type-to-search and filters narrow what is shown."""

    COLUMNS: tuple[tuple[str, Callable[[DelegateView], str]], ...] = (
        (QT_TRANSLATE_NOOP("DelegateTableModel", "Name"), lambda d: d.full_name),
        (QT_TRANSLATE_NOOP("DelegateTableModel", "Position"), lambda d: d.position or ""),
        (QT_TRANSLATE_NOOP("DelegateTableModel", "Organisation"), lambda d: d.organisation or ""),
        (QT_TRANSLATE_NOOP("DelegateTableModel", "City"), lambda d: d.city or ""),
        (QT_TRANSLATE_NOOP("DelegateTableModel", "Country"), lambda d: d.country_name),
        (QT_TRANSLATE_NOOP("DelegateTableModel", "Category"), lambda d: labels.category(d.category)),
        (QT_TRANSLATE_NOOP("DelegateTableModel", "Accreditation"), lambda d: labels.state(d.state)),
        (QT_TRANSLATE_NOOP("DelegateTableModel", "Route"), lambda d: d.route or ""),
        (QT_TRANSLATE_NOOP("DelegateTableModel", "E-mail"), lambda d: d.email or ""),
    )

    #: Columns that sort on something else than what they show (names by family name).
    SORT_BY: dict[int, Callable[[DelegateView], Any]] = {
        0: lambda d: sort_text(f"{d.family_name}\x1f{d.given_name}"),
    }

    def __init__(self, rows: Sequence[DelegateView] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._sort = (0, False)
        self._category: Category | None = None
        self._states: frozenset[AccreditationState | None] | None = None
        self._region: str | None = None
        self._route: str | None = None
        self.set_rows(rows)

    def search_key(self, row: DelegateView) -> str:
        return row.search_key

    def set_filter(self, query: str | None = None, *, category: Category | None | str = "keep",
                   states: frozenset[AccreditationState | None] | None | str = "keep",
                   region: str | None = "keep", route: str | None = "keep") -> None:
        """Narrow the rows: words of the query (accent-insensitive), category, states, region,
        accreditation route."""
        if query is not None:
            self._query = query
        if category != "keep":
            self._category = category  # type: ignore[assignment]
        if states != "keep":
            self._states = states  # type: ignore[assignment]
        if region != "keep":
            self._region = region
        if route != "keep":
            self._route = route
        self.refilter()

    def filter_signature(self) -> tuple[Any, ...]:
        return (self._category, self._states, self._region, self._route)

    def accepts(self, d: DelegateView) -> bool:
        return ((self._category is None or d.category is self._category)
                and (self._states is None or d.state in self._states)
                and (self._region is None or d.region == self._region)
                and (self._route is None or d.route == self._route))

    def narrow(self, rows: list[int]) -> list[int]:
        data = self._rows
        cat, states, region, route = self._category, self._states, self._region, self._route
        if cat is not None:
            rows = [i for i in rows if data[i].category is cat]
        if states is not None:
            rows = [i for i in rows if data[i].state in states]
        if region is not None:
            rows = [i for i in rows if data[i].region == region]
        if route is not None:
            rows = [i for i in rows if data[i].route == route]
        return rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[index.column()][1](d)
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        return None

    def delegate_at(self, row: int) -> DelegateView:
        """The delegate shown on a row."""
        return self._rows[self._visible[row]]


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A table over a plain list of items: HEADERS name the columns (translated with tr)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    def _set(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


class SlotTableModel(ListTableModel[SlotView]):
    """A session's speaking slots in order, with the running total of minutes.

    Role, minutes, mode and status are edited in place and rows are dragged to a new
    place; the model holds no database session: it reports edits and new orders by
    signal, and the page saves them through the services.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("SlotTableModel", "#"),
        QT_TRANSLATE_NOOP("SlotTableModel", "Speaker"),
        QT_TRANSLATE_NOOP("SlotTableModel", "Role"),
        QT_TRANSLATE_NOOP("SlotTableModel", "Minutes"),
        QT_TRANSLATE_NOOP("SlotTableModel", "Running total"),
        QT_TRANSLATE_NOOP("SlotTableModel", "Mode"),
        QT_TRANSLATE_NOOP("SlotTableModel", "Status"),
    )
    EDITABLE = {2: "role", 3: "minutes", 5: "mode", 6: "status"}
    MIME = "application/x-mmdesk-slot-rows"

    slotEdited = Signal(int, str, object)  # slot id, field, new value
    reordered = Signal(list)  # slot ids in the new order

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._length = 0

    def set_slots(self, slots: Sequence[SlotView], length_minutes: int) -> None:
        """Show these slots against a session of this length."""
        self.beginResetModel()
        self._items, self._length = list(slots), length_minutes
        self.endResetModel()

    def slot_at(self, row: int) -> SlotView:
        return self._items[row]

    def all_slots(self) -> list[SlotView]:
        """The slots shown, in order."""
        return list(self._items)

    def running_total(self, row: int) -> int:
        return sum(s.minutes for s in self._items[: row + 1] if s.status.value != "declined")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s, col = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            total = self.running_total(index.row())
            return [str(s.position), s.delegate_name, labels.role(s.role), str(s.minutes),
                    f"{total} / {self._length}", labels.mode(s.mode),
                    labels.slot_status(s.status)][col]
        if role == Qt.ItemDataRole.EditRole:
            return {2: s.role.value, 3: s.minutes, 5: s.mode.value, 6: s.status.value}.get(col)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            if self.running_total(index.row()) > self._length:
                return QColor("#c62828")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in self.EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE:
            return False
        slot = self._items[index.row()]
        field = self.EDITABLE[index.column()]
        if field == "minutes":
            value = int(value)
            if value <= 0 or value == slot.minutes:
                return False
        self.slotEdited.emit(slot.id, field, value)
        return True

    # -- drag and drop: rows move within the table

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(self.MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(self.MIME):
            return False
        moved = [int(x) for x in bytes(data.data(self.MIME).data()).decode().split(",") if x]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        self.move_rows(moved, target)
        return False  # the page reloads the slots from the store; Qt must remove nothing

    def move_rows(self, rows: list[int], target: int) -> None:
        """Announce the order with these rows placed before row `target`."""
        ids = [s.id for s in self._items]
        picked = [ids[r] for r in rows]
        before = sum(1 for r in rows if r < target)
        rest = [i for r, i in enumerate(ids) if r not in rows]
        place = max(0, min(len(rest), target - before))
        order = rest[:place] + picked + rest[place:]
        if order != ids:
            self.reordered.emit(order)



class FindingTableModel(ListTableModel[Finding]):
    """The rules' findings, errors first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("FindingTableModel", "Severity"),
        QT_TRANSLATE_NOOP("FindingTableModel", "Rule"),
        QT_TRANSLATE_NOOP("FindingTableModel", "What"),
    )

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self._set(findings)

    def finding_at(self, row: int) -> Finding:
        return self._items[row]

    def counts(self) -> tuple[int, int]:
        """(errors, warnings)."""
        errors = sum(f.severity is Severity.ERROR for f in self._items)
        return errors, len(self._items) - errors

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [labels.severity(f.severity), rule_title(f.rule), f.message][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return labels.SEVERITY_COLOURS[f.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.message
        return None



class RouteTableModel(ListTableModel[RouteView]):
    """Accreditation routes with their quota used and left."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RouteTableModel", "Route"),
        QT_TRANSLATE_NOOP("RouteTableModel", "Kind"),
        QT_TRANSLATE_NOOP("RouteTableModel", "Nominating body"),
        QT_TRANSLATE_NOOP("RouteTableModel", "Quota"),
        QT_TRANSLATE_NOOP("RouteTableModel", "Used"),
        QT_TRANSLATE_NOOP("RouteTableModel", "Left"),
        QT_TRANSLATE_NOOP("RouteTableModel", "Workbooks"),
    )

    def set_routes(self, routes: Sequence[RouteView]) -> None:
        self._set(routes)

    def update_routes(self, routes: Sequence[RouteView]) -> None:
        """New counts for the same routes change those cells only (the selection stays);
        other routes replace the rows."""
        if [r.id for r in routes] != [r.id for r in self._items]:
            self._set(routes)
            return
        changed = [i for i, (old, new) in enumerate(zip(self._items, routes, strict=True)) if old != new]
        self._items = list(routes)
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1))

    def route_at(self, row: int) -> RouteView:
        return self._items[row]

    def _workbooks(self, r: RouteView) -> str:
        """"sent 2 (12 Nov), returned 1 (15 Nov)" in the window's language (issue 21)."""
        books, parts = r.workbooks, []
        for text, n, at in ((self.tr("sent %1 (%2)"), books.sent, books.last_sent),
                            (self.tr("returned %1 (%2)"), books.returned, books.last_returned)):
            if n and at is not None:
                day = QLocale().toString(QDate(at.year, at.month, at.day), "d MMM")
                parts.append(text.replace("%1", str(n)).replace("%2", day))
        return ", ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [r.name, labels.route_kind(r.kind), r.nominating_body or "",
                    "—" if r.quota is None else str(r.quota), str(r.used),
                    "—" if r.left is None else str(r.left), self._workbooks(r)][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:
            return self.tr("Nomination workbooks sent to the nominating body (File › Export "
                           "nominations workbook…) and returned by it (File › Import nominations workbook…)")
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and r.left is not None and r.left < 0:
            return labels.SEVERITY_COLOURS[Severity.ERROR]
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= col <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None



class AccreditationTableModel(RowTableModel):
    """Nominations with their state, documents and badge: searched, filtered by route and
    state, and sorted in Python; changed nominations are put in place one by one."""

    COLUMNS: tuple[tuple[str, Callable[[Any], str]], ...] = (
        (QT_TRANSLATE_NOOP("AccreditationTableModel", "Delegate"), lambda a: a.delegate),
        (QT_TRANSLATE_NOOP("AccreditationTableModel", "Organisation"), lambda a: a.organisation or ""),
        (QT_TRANSLATE_NOOP("AccreditationTableModel", "Country"), lambda a: a.country or ""),
        (QT_TRANSLATE_NOOP("AccreditationTableModel", "Route"), lambda a: a.route),
        (QT_TRANSLATE_NOOP("AccreditationTableModel", "State"),
         lambda a: labels.state(a.state) + (f" — {a.reason}" if a.reason else "")),
        (QT_TRANSLATE_NOOP("AccreditationTableModel", "Documents"),
         lambda a: f"{a.documents_received} / {a.documents_required}" if a.documents_required else "—"),
        (QT_TRANSLATE_NOOP("AccreditationTableModel", "Badge"), lambda a: a.badge_serial or ""),
    )
    _STATE_ORDER = {s: n for n, s in enumerate(AccreditationState)}
    SORT_BY: dict[int, Callable[[Any], Any]] = {
        0: lambda a: sort_text(a.delegate),
        1: lambda a: (a.organisation or "").lower(),
        2: lambda a: a.country or "",
        3: lambda a: a.route.lower(),
        4: lambda a: AccreditationTableModel._STATE_ORDER[a.state],
        5: lambda a: (a.documents_required - a.documents_received, a.documents_required),
        6: lambda a: a.badge_serial or "",
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._route_id: int | None = None
        self._states: frozenset[AccreditationState] | None = None
        # made here, on the GUI thread: search keys may be made off it (prepare)
        self._state_words = {s: strip_marks(labels.state(s)) for s in AccreditationState}

    def search_key(self, a: Any) -> str:
        """The delegate's own search text, with the route, state, country and badge serial."""
        words = self._state_words
        return "\x1f".join((a.search_key or strip_marks(f"{a.delegate}\x1f{a.organisation or ''}"),
                            *fold_variants(a.route), words[a.state], (a.country or "").casefold(),
                            (a.badge_serial or "").casefold()))

    def set_query(self, text: str) -> None:
        """Keep the rows whose delegate, organisation, country, route, state or serial hold every word."""
        self._query = text
        self.refilter()

    def set_scope(self, route_id: int | None, states: frozenset[AccreditationState] | None) -> None:
        """Only the nominations of one route (None: every route), in these states (None: any)."""
        self._route_id, self._states = route_id, states
        self.refilter()

    def filter_signature(self) -> tuple[Any, ...]:
        return (self._route_id, self._states)

    def accepts(self, a: Any) -> bool:
        return ((self._route_id is None or a.route_id == self._route_id)
                and (self._states is None or a.state in self._states))

    def total_count(self) -> int:
        """Rows before the search and filters."""
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[index.column()][1](a)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5 and \
                a.documents_received < a.documents_required:
            return labels.SEVERITY_COLOURS[Severity.WARNING]
        return None
