"""Qt item models over plain rows; filtering and sorting happen in Python (no proxy model)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    QT_TRANSLATE_NOOP,
)
from PySide6.QtGui import QColor

from mmdesk.domain.enums import AccreditationState, Category, Severity
from mmdesk.domain.rules import Finding
from mmdesk.domain.text import fold_variants, strip_marks
from mmdesk.services.delegates import DelegateView
from mmdesk.services.programme import SlotView
from mmdesk.ui import labels

Index = QModelIndex | QPersistentModelIndex


def _narrows(before: list[tuple[str, ...]], after: list[tuple[str, ...]]) -> bool:
    """True where every row matching `after` matched `before`: each earlier word is still
    there, grown or unchanged, in the same place."""
    if len(after) < len(before):
        return False
    return all(len(a) == len(b) and all(x in y for x, y in zip(b, a)) for b, a in zip(before, after))


class DelegateTableModel(QAbstractTableModel):
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

    def __init__(self, rows: Sequence[DelegateView] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DelegateView] = []
        self._visible: list[int] = []
        self._sort: tuple[int, bool] = (0, False)
        self._query = ""
        self._category: Category | None = None
        self._states: frozenset[AccreditationState | None] | None = None
        self._region: str | None = None
        self._route: str | None = None
        self._sort_keys: dict[int, list[str]] = {}
        self._keys: list[str] = []
        self._last: tuple[Any, list[tuple[str, ...]], list[int]] | None = None
        self.set_rows(rows)

    # -- data in

    def set_rows(self, rows: Sequence[DelegateView]) -> None:
        """Replace every row (after a reload), keeping filters and sort."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [d.search_key for d in self._rows]
        self._sort_keys.clear()
        self._last = None
        self._visible = self._compute()
        self.endResetModel()

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
        self.beginResetModel()
        self._visible = self._compute()
        self.endResetModel()

    def _compute(self) -> list[int]:
        """The rows shown, in sort order: each filter is one tight pass over the rows left.

        While the query only grows (a key typed), the search narrows the rows the
        previous query left instead of scanning every delegate again.
        """
        words = [fold_variants(w) for w in self._query.split()]
        cat, states, region, route = self._category, self._states, self._region, self._route
        signature = (cat, states, region, route, self._sort)
        previous = self._last
        if previous is not None and previous[0] == signature and _narrows(previous[1], words):
            rows = previous[2]
        else:
            rows = self._ordered()
            data = self._rows
            if cat is not None:
                rows = [i for i in rows if data[i].category is cat]
            if states is not None:
                rows = [i for i in rows if data[i].state in states]
            if region is not None:
                rows = [i for i in rows if data[i].region == region]
            if route is not None:
                rows = [i for i in rows if data[i].route == route]
        keys = self._keys
        for variants in words:
            if len(variants) == 1:
                (v,) = variants
                rows = [i for i in rows if v in keys[i]]
            else:
                v, w = variants[0], variants[1]
                rows = [i for i in rows if v in keys[i] or w in keys[i]]
        self._last = (signature, words, rows)
        return rows

    #: Columns that sort on something else than what they show (names by family name).
    SORT_BY: dict[int, Callable[[DelegateView], str]] = {
        0: lambda d: f"{d.family_name}\x1f{d.given_name}",
    }

    def _ordered(self) -> list[int]:
        column, descending = self._sort
        keys = self._sort_keys.get(column)
        if keys is None:
            getter = self.SORT_BY.get(column, self.COLUMNS[column][1])
            keys = [strip_marks(getter(d)) for d in self._rows]
            self._sort_keys[column] = keys
        return sorted(range(len(self._rows)), key=keys.__getitem__, reverse=descending)

    # -- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[index.column()][1](d)
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._visible = self._compute()
        self.layoutChanged.emit()

    # -- rows out

    def delegate_at(self, row: int) -> DelegateView:
        """The delegate shown on a row."""
        return self._rows[self._visible[row]]

    def row_of(self, delegate_id: int) -> int | None:
        """The row showing a delegate, or None where it is filtered out."""
        for row, i in enumerate(self._visible):
            if self._rows[i].id == delegate_id:
                return row
        return None

    def visible_ids(self) -> list[int]:
        """The delegates the filters show, in shown order."""
        return [self._rows[i].id for i in self._visible]

    @property
    def total(self) -> int:
        return len(self._rows)


class ListTableModel(QAbstractTableModel):
    """A table over a plain list of items: HEADERS name the columns (translated with tr)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def _set(self, items: Sequence[Any]) -> None:
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


class SlotTableModel(ListTableModel):
    """A session's speaking slots in order, with the running total of minutes.

    Role, minutes, mode and status are edited in place and rows are dragged to a new
    place; the model holds no database session: it reports edits and new orders by
    signal, and the page saves them through the services.
    """

    HEADERS = (QT_TRANSLATE_NOOP("SlotTableModel", "#"), QT_TRANSLATE_NOOP("SlotTableModel", "Speaker"), QT_TRANSLATE_NOOP("SlotTableModel", "Role"), QT_TRANSLATE_NOOP("SlotTableModel", "Minutes"), QT_TRANSLATE_NOOP("SlotTableModel", "Running total"), QT_TRANSLATE_NOOP("SlotTableModel", "Mode"), QT_TRANSLATE_NOOP("SlotTableModel", "Status"))
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

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
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



class FindingTableModel(ListTableModel):
    """The rules' findings, errors first."""

    HEADERS = (QT_TRANSLATE_NOOP("FindingTableModel", "Severity"), QT_TRANSLATE_NOOP("FindingTableModel", "Rule"), QT_TRANSLATE_NOOP("FindingTableModel", "What"))

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
            return [labels.severity(f.severity), f.rule.value.replace("_", " "), f.message][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return labels.SEVERITY_COLOURS[f.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.message
        return None



class RouteTableModel(ListTableModel):
    """Accreditation routes with their quota used and left."""

    HEADERS = (QT_TRANSLATE_NOOP("RouteTableModel", "Route"), QT_TRANSLATE_NOOP("RouteTableModel", "Kind"), QT_TRANSLATE_NOOP("RouteTableModel", "Nominating body"), QT_TRANSLATE_NOOP("RouteTableModel", "Quota"), QT_TRANSLATE_NOOP("RouteTableModel", "Used"), QT_TRANSLATE_NOOP("RouteTableModel", "Left"))

    def set_routes(self, routes: Sequence[Any]) -> None:
        self._set(routes)

    def route_at(self, row: int) -> Any:
        return self._items[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [r.name, labels.route_kind(r.kind), r.nominating_body or "",
                    "—" if r.quota is None else str(r.quota), str(r.used),
                    "—" if r.left is None else str(r.left)][col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and r.left is not None and r.left < 0:
            return labels.SEVERITY_COLOURS[Severity.ERROR]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None



class AccreditationTableModel(ListTableModel):
    """Nominations with their state, documents and badge."""

    HEADERS = (QT_TRANSLATE_NOOP("AccreditationTableModel", "Delegate"), QT_TRANSLATE_NOOP("AccreditationTableModel", "Organisation"), QT_TRANSLATE_NOOP("AccreditationTableModel", "Country"), QT_TRANSLATE_NOOP("AccreditationTableModel", "Route"), QT_TRANSLATE_NOOP("AccreditationTableModel", "State"), QT_TRANSLATE_NOOP("AccreditationTableModel", "Documents"), QT_TRANSLATE_NOOP("AccreditationTableModel", "Badge"))

    _query = ""
    _sort: tuple[int, Qt.SortOrder] | None = None
    _all: list[Any] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these nominations (searched and sorted as asked before)."""
        self._all = list(rows)
        self._apply()

    def set_query(self, text: str) -> None:
        """Keep the rows whose delegate, organisation, country, route or serial hold every word."""
        self._query = text
        self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: the services' order, by route then family name)."""
        self._sort = (column, order) if column >= 0 else None
        self._apply()

    def _apply(self) -> None:
        rows = list(self._all or [])
        words = strip_marks(self._query).lower().split()
        if words:
            def text(a: Any) -> str:
                return strip_marks(" ".join(x or "" for x in (
                    a.delegate, a.organisation, a.country, a.route, a.badge_serial,
                    labels.state(a.state)))).lower()
            rows = [a for a in rows if all(w in text(a) for w in words)]
        if self._sort is not None:
            column, order = self._sort
            keys = (lambda a: strip_marks(a.delegate).lower(), lambda a: (a.organisation or "").lower(),
                    lambda a: a.country or "", lambda a: a.route.lower(),
                    lambda a: list(AccreditationState).index(a.state),
                    lambda a: (a.documents_required - a.documents_received, a.documents_required),
                    lambda a: a.badge_serial or "")
            rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self._set(rows)

    def total_count(self) -> int:
        """Rows before the search."""
        return len(self._all or [])

    def row_at(self, row: int) -> Any:
        return self._items[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a, col = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            docs = (f"{a.documents_received} / {a.documents_required}" if a.documents_required else "—")
            return [a.delegate, a.organisation or "", a.country or "", a.route,
                    labels.state(a.state) + (f" — {a.reason}" if a.reason else ""), docs,
                    a.badge_serial or ""][col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and \
                a.documents_received < a.documents_required:
            return labels.SEVERITY_COLOURS[Severity.WARNING]
        return None

