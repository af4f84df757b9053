"""A table model over plain rows keyed by id: filtered and sorted in Python, and changed
one row at a time (a row edited, approved, added or deleted tells the view about that
row only, so a change at 70,000 rows costs what the change touches)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mmdesk.domain.text import fold_variants, strip_marks

Index = QModelIndex | QPersistentModelIndex

#: From this many rows on, a table's rows are left out of the garbage collector's passes
#: (gc.freeze: plain rows hold no reference cycles; reference counting still frees them).
FREEZE_FROM = 10_000

#: More rows than this moving at once (a re-sorted or re-filtered mass change): the view
#: is reset instead of told row by row.
MOVES_BEFORE_RESET = 200

#: Results of this many recent queries are kept (a key typed narrows the closest one, a key
#: rubbed out finds its result again); any change of the rows forgets them.
KEPT_RESULTS = 8


def narrows(before: list[tuple[str, ...]], after: list[tuple[str, ...]]) -> bool:
    """True where every row matching `after` matched `before`: each earlier word is still
    there, grown or unchanged, in the same place."""
    if len(after) < len(before):
        return False
    return all(len(a) == len(b) and all(x in y for x, y in zip(b, a, strict=True))
               for b, a in zip(before, after, strict=False))


def sort_text(text: str) -> str:
    """A text as it sorts: case-folded without accents (plain ASCII the quick way)."""
    return text.lower() if text.isascii() else strip_marks(text)


#: rows with their search keys and some columns' sort keys, made off the GUI thread
Prepared = tuple[list[Any], list[str], dict[int, list[Any]]]


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours."""
    out: list[tuple[int, int]] = []
    for r in sorted(set(rows)):
        if out and out[-1][1] == r - 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


class RowTableModel(QAbstractTableModel):
    """Rows with an `id`, a query of words (accent-insensitive) and filters of the subclass,
    sorted by a column or in the services' order; `update_rows` replaces, adds and removes
    rows by id and signals only those rows.

    Subclasses give COLUMNS (header, text of a row), `search_key(row)`, `accepts(row)` and
    `filter_signature()` for their other filters, and SORT_BY for columns that sort on
    something else than their text.
    """

    COLUMNS: tuple[tuple[str, Callable[[Any], str]], ...] = ()
    SORT_BY: dict[int, Callable[[Any], Any]] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._pos: dict[int, int] = {}
        self._keys: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._visible: list[int] = []
        self._sort: tuple[int, bool] | None = None
        self._query = ""
        #: recent results by (filters and sort, query words): rows shown, in order
        self._results: dict[tuple[Any, tuple[tuple[str, ...], ...]], list[int]] = {}
        #: every row in sort order, for the sort it was made for
        self._order: tuple[tuple[int, bool] | None, list[int]] | None = None

    # -- what subclasses say

    def search_key(self, row: Any) -> str:
        """The folded text the query's words are looked for in."""
        raise NotImplementedError

    def accepts(self, row: Any) -> bool:
        """The subclass's filters other than the query (all rows by default)."""
        return True

    def filter_signature(self) -> tuple[Any, ...]:
        """The subclass's filters (hashable), to know when a kept result still holds."""
        return ()

    def narrow(self, rows: list[int]) -> list[int]:
        """The subclass's filters over many rows at once (one tight pass each, ideally)."""
        data = self._rows
        return [i for i in rows if self.accepts(data[i])]

    # -- data in

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a reload), keeping the query, filters and sort."""
        self.beginResetModel()
        self._rows = list(rows)
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self._keys = [self.search_key(r) for r in self._rows]
        self._sort_keys.clear()
        self._forget()
        self._visible = self._compute()
        self.endResetModel()

    def prepare(self, rows: Sequence[Any]) -> Prepared:
        """What set_rows computes, made where it is called (a worker thread: no Qt here):
        the rows, their search keys and the sort keys of the sorted and first columns."""
        rows = list(rows)
        columns = {0} | ({self._sort[0]} if self._sort is not None else set())
        return (rows, [self.search_key(r) for r in rows],
                {c: self._keys_of(c, rows) for c in columns})

    def set_prepared(self, prepared: Prepared) -> None:
        """Replace every row with rows prepared off the GUI thread (see prepare)."""
        rows, keys, sort_keys = prepared
        self.beginResetModel()
        self._rows = rows
        self._pos = {r.id: i for i, r in enumerate(rows)}
        self._keys = keys
        self._sort_keys = dict(sort_keys)
        self._forget()
        self._visible = self._compute()
        self.endResetModel()
        if len(rows) >= FREEZE_FROM:
            # long-lived rows out of the collector's full passes: at 70,000 rows one pass
            # takes a quarter of a second, and it would fall in the middle of an edit
            gc.freeze()

    def refilter(self) -> None:
        """Apply the query and filters again (after they were changed).

        The view is told by one layout change, not a reset (a reset costs the view a pass
        over every row and a second paint): the selection and current row are dropped as a
        reset drops them. Where the number of rows shown stays the same while any index is
        held (a selection or the current row), Qt may keep a whole-table selection through a
        layout change: a reset then.
        """
        rows = self._compute()
        held = self.persistentIndexList()
        if held and len(rows) == len(self._visible):
            self.beginResetModel()
            self._visible = rows
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        held = self.persistentIndexList()  # the selection's indexes, saved by its model just now
        self._visible = rows
        if held:
            self.changePersistentIndexList(held, [QModelIndex()] * len(held))
        self.layoutChanged.emit()

    def _forget(self) -> None:
        """The rows changed: the kept results and the sort order no longer hold."""
        self._results.clear()
        self._order = None

    def update_rows(self, rows: Sequence[Any], gone: Iterable[int] = ()) -> None:
        """Put these rows in place of the rows with their ids (new ids are added) and take
        out the rows of the ids gone. Rows that stay where they are signal dataChanged;
        rows that move, appear or leave signal as such; the other rows are not touched."""
        self._update_rows(rows, gone)
        # the rows shown are those of the query as it stands: the next key typed narrows them
        self._results[self._result_key()] = list(self._visible)

    def _result_key(self) -> tuple[Any, tuple[tuple[str, ...], ...]]:
        return (self.filter_signature(), self._sort), tuple(self._words())

    def _update_rows(self, rows: Sequence[Any], gone: Iterable[int]) -> None:
        gone_pos = sorted({self._pos[g] for g in gone if g in self._pos})
        if gone_pos:
            self._remove(gone_pos)
        if not rows:
            return
        changed: list[tuple[int, Any]] = []
        added: list[int] = []
        for row in rows:
            i = self._pos.get(row.id)
            if i is None:
                added.append(self._append(row))
            else:
                changed.append((i, row))
        where = self._where(len(changed))
        stays: list[int] = []
        movers: list[int] = []
        for i, row in changed:
            shown = where(i)
            before = self._order_key(i)
            self._replace(i, row)
            now = self._matches(i)
            if shown is not None and now and self._order_key(i) == before:
                stays.append(shown)
            elif shown is not None or now:
                movers.append(i)
        movers += [i for i in added if self._matches(i)]
        if len(movers) > MOVES_BEFORE_RESET:
            self.refilter()
            return
        last = self.columnCount() - 1
        spans = runs(stays)
        if len(spans) > 64:  # scattered rows: one signal over their span
            spans = [(spans[0][0], spans[-1][1])]
        for first, end in spans:
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        if movers:
            self._take_out(movers)  # all of them first: the rows left are in order again
            for i in movers:
                if self._matches(i):
                    self._put_in(i)

    def _append(self, row: Any) -> int:
        self._forget()
        i = len(self._rows)
        self._rows.append(row)
        self._pos[row.id] = i
        self._keys.append(self.search_key(row))
        for column, keys in self._sort_keys.items():
            keys.append(self._column_key(column, row))
        return i

    def _replace(self, i: int, row: Any) -> None:
        self._results.clear()
        self._rows[i] = row
        self._keys[i] = self.search_key(row)
        made_for = self._order[0] if self._order is not None else None  # the sort it was made for
        for column, keys in self._sort_keys.items():
            new = self._column_key(column, row)
            if made_for is not None and column == made_for[0] and keys[i] != new:
                self._order = None  # the row moves in the kept sort order
            keys[i] = new

    def _remove(self, positions: list[int]) -> None:
        """Take rows out: the shown ones signal their removal, then the rows are compacted
        (the shown order does not change, so the view needs no other signal)."""
        dead = set(positions)
        self._take_out(positions)
        remap: dict[int, int] = {}
        kept: list[int] = []
        for i in range(len(self._rows)):
            if i not in dead:
                remap[i] = len(kept)
                kept.append(i)
        self._rows = [self._rows[i] for i in kept]
        self._keys = [self._keys[i] for i in kept]
        for column in list(self._sort_keys):
            keys = self._sort_keys[column]
            self._sort_keys[column] = [keys[i] for i in kept]
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self._visible = [remap[i] for i in self._visible]
        self._forget()

    def _where(self, how_many: int) -> Callable[[int], int | None]:
        """Row shown for a row index: a scan for a few, a table for many."""
        visible = self._visible
        if how_many > 8:
            table = {i: r for r, i in enumerate(visible)}
            return table.get

        def scan(i: int) -> int | None:
            try:
                return visible.index(i)
            except ValueError:
                return None
        return scan

    def _take_out(self, rows: list[int]) -> None:
        """Rows that move or leave: out of the places they are shown at."""
        out = set(rows)
        shown = [r for r, i in enumerate(self._visible) if i in out]
        for first, end in reversed(runs(shown)):
            self.beginRemoveRows(QModelIndex(), first, end)
            del self._visible[first:end + 1]
            self.endRemoveRows()

    def _put_in(self, i: int) -> None:
        """A row in the place its sort key gives it among the rows shown."""
        place = self._place(i)
        self.beginInsertRows(QModelIndex(), place, place)
        self._visible.insert(place, i)
        self.endInsertRows()

    # -- filtering and sorting

    def _words(self) -> list[tuple[str, ...]]:
        return [fold_variants(w) for w in self._query.split()]

    def _matches(self, i: int) -> bool:
        if not self.accepts(self._rows[i]):
            return False
        key = self._keys[i]
        return all(any(v in key for v in variants) for variants in self._words())

    def _compute(self) -> list[int]:
        """The rows shown, in sort order: each filter is one tight pass over the rows left.

        While the query only grows (a key typed), the search narrows the fewest rows a
        recent query left instead of scanning every row again; a query seen a moment ago
        (a key rubbed out) finds its result kept.
        """
        key = self._result_key()
        signature, words = key[0], list(key[1])
        results = self._results
        kept = results.get(key)
        if kept is not None:
            results[key] = results.pop(key)  # the most recent last
            return list(kept)
        base: list[int] | None = None
        for (sig, before), rows in results.items():
            if sig == signature and (base is None or len(rows) < len(base)) \
                    and narrows(list(before), words):
                base = rows
        rows = self.narrow(self._ordered()) if base is None else base
        keys = self._keys
        for variants in words:
            if len(variants) == 1:
                (v,) = variants
                rows = [i for i in rows if v in keys[i]]
            else:
                v, w = variants[0], variants[1]
                rows = [i for i in rows if v in keys[i] or w in keys[i]]
        if rows is base:
            rows = list(rows)
        results[key] = rows
        while len(results) > KEPT_RESULTS:
            del results[next(iter(results))]
        return list(rows)

    def _column_key(self, column: int, row: Any) -> Any:
        getter = self.SORT_BY.get(column)
        if getter is not None:
            return getter(row)
        return sort_text(self.COLUMNS[column][1](row))

    def _keys_of(self, column: int, rows: list[Any]) -> list[Any]:
        """A column's sort keys; shown texts repeat (cities, countries, states): each is
        folded once."""
        if column in self.SORT_BY:
            getter = self.SORT_BY[column]
            return [getter(r) for r in rows]
        text = self.COLUMNS[column][1]
        folded: dict[str, str] = {}
        out = []
        for r in rows:
            t = text(r)
            k = folded.get(t)
            if k is None:
                k = folded[t] = sort_text(t)
            out.append(k)
        return out

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._keys_of(column, self._rows)
            self._sort_keys[column] = keys
        return keys

    def _ordered(self) -> list[int]:
        """Every row in sort order (a copy: the order is made once for each sort)."""
        if self._order is None or self._order[0] != self._sort:
            if self._sort is None:
                order = list(range(len(self._rows)))
            else:
                column, descending = self._sort
                keys = self._column_keys(column)
                order = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=descending)
            self._order = (self._sort, order)
        return list(self._order[1])

    def _order_key(self, i: int) -> Any:
        if self._sort is None:
            return None
        return self._column_keys(self._sort[0])[i]

    def _place(self, i: int) -> int:
        """Where row i goes among the shown rows (ties keep the rows' own order, as sorted())."""
        visible = self._visible
        lo, hi = 0, len(visible)
        if self._sort is None:
            while lo < hi:
                mid = (lo + hi) // 2
                if visible[mid] < i:
                    lo = mid + 1
                else:
                    hi = mid
            return lo
        column, descending = self._sort
        keys = self._column_keys(column)
        k = keys[i]
        while lo < hi:
            mid = (lo + hi) // 2
            j = visible[mid]
            kj = keys[j]
            before = (kj > k if descending else kj < k) or (kj == k and j < i)
            if before:
                lo = mid + 1
            else:
                hi = mid
        return lo

    # -- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: the rows' own order)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()  # the selection follows its rows to their new places
        held = [self._visible[p.row()] if 0 <= p.row() < len(self._visible) else None for p in old]
        self._sort = None if column < 0 else (column, order == Qt.SortOrder.DescendingOrder)
        self._visible = self._compute()
        if old:
            where = {i: r for r, i in enumerate(self._visible)}
            self.changePersistentIndexList(old, [
                self.index(where[i], p.column()) if i in where else QModelIndex()
                for p, i in zip(old, held, strict=True)])
        self.layoutChanged.emit()

    # -- rows out

    def row_at(self, row: int) -> Any:
        """The row shown at this place."""
        return self._rows[self._visible[row]]

    def row_of(self, ident: int) -> int | None:
        """The place showing the row with this id, or None where it is filtered out."""
        i = self._pos.get(ident)
        if i is None:
            return None
        try:
            return self._visible.index(i)
        except ValueError:
            return None

    def get(self, ident: int) -> Any | None:
        """The row with this id, shown or not."""
        i = self._pos.get(ident)
        return None if i is None else self._rows[i]

    def all_rows(self) -> list[Any]:
        """Every row, shown or not."""
        return list(self._rows)

    def visible_ids(self) -> list[int]:
        """The ids the filters show, in shown order."""
        return [self._rows[i].id for i in self._visible]

    @property
    def total(self) -> int:
        return len(self._rows)
