"""Rows changed one by one: an update tells the view about the rows it touches only, and the
table ends as a fresh read of the same rows would show it."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelectionModel, Qt

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.services.delegates import list_delegates
from mmdesk.store.database import Store
from mmdesk.ui.models import AccreditationTableModel, DelegateTableModel
from mmdesk.ui.row_models import RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    group: str


class Plain(RowTableModel):
    """Rows of a name and a group; the group can be filtered."""

    COLUMNS = (("Name", lambda r: r.name), ("Group", lambda r: r.group))

    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.group: str | None = None
        self._sort = (0, False)
        self.set_rows(rows)

    def search_key(self, row: Row) -> str:
        return row.name.lower()

    def accepts(self, row: Row) -> bool:
        return self.group is None or row.group == self.group

    def filter_signature(self) -> tuple[object, ...]:
        return (self.group,)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[index.column()][1](self.row_at(index.row()))
        return None


def signals(model: RowTableModel) -> list[tuple[str, int, int]]:
    seen: list[tuple[str, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: seen.append(("changed", a.row(), b.row())))
    model.rowsInserted.connect(lambda _, a, b: seen.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda _, a, b: seen.append(("removed", a, b)))
    model.modelReset.connect(lambda: seen.append(("reset", -1, -1)))
    model.layoutChanged.connect(lambda *_: seen.append(("layout", -1, -1)))
    return seen


def shown(model: RowTableModel) -> list[str]:
    return [model.row_at(r).name for r in range(model.rowCount())]


def test_an_edit_that_keeps_its_place_signals_that_row_only(demo: Store) -> None:
    rows = list_delegates(demo)
    model = DelegateTableModel(rows)
    before = [model.delegate_at(r) for r in range(model.rowCount())]
    target = before[7]
    seen = signals(model)
    model.update_rows([replace(target, position="Deputy Mayor for Inclusion")])
    assert seen == [("changed", 7, 7)]
    assert model.data(model.index(7, 1)) == "Deputy Mayor for Inclusion"
    after = [model.delegate_at(r) for r in range(model.rowCount())]
    assert all(a is b for i, (a, b) in enumerate(zip(before, after, strict=True)) if i != 7)


def test_a_renamed_row_moves_to_its_sorted_place() -> None:
    model = Plain([Row(1, "anna", "a"), Row(2, "bruno", "b"), Row(3, "chen", "a"), Row(4, "dara", "b")])
    seen = signals(model)
    model.update_rows([Row(1, "eve", "a")])
    assert shown(model) == ["bruno", "chen", "dara", "eve"]
    assert seen == [("removed", 0, 0), ("inserted", 3, 3)]


def test_new_gone_and_filtered_rows() -> None:
    model = Plain([Row(1, "anna", "a"), Row(2, "bruno", "b"), Row(3, "chen", "a")])
    model.group = "a"
    model.refilter()
    assert shown(model) == ["anna", "chen"]
    seen = signals(model)
    model.update_rows([Row(4, "bea", "a"), Row(5, "zoe", "b")], gone=[3])
    assert shown(model) == ["anna", "bea"]
    assert model.total == 4  # zoe is held, only filtered out
    assert ("reset", -1, -1) not in seen
    model.update_rows([Row(2, "bruno", "a")])  # moves into the filter
    assert shown(model) == ["anna", "bea", "bruno"]
    model.group = None
    model.refilter()
    assert shown(model) == ["anna", "bea", "bruno", "zoe"]


def test_many_updates_end_as_a_fresh_read_would_show() -> None:
    rng = random.Random(19)
    names = ["ana", "bo", "cy", "dee", "eli", "fay", "gus", "hal", "ivy", "jo"]
    rows = {i: Row(i, rng.choice(names) + str(rng.randrange(9)), rng.choice("ab")) for i in range(60)}
    model = Plain(list(rows.values()))
    for step in range(40):
        if step % 10 == 3:
            model._query = rng.choice(["", "a", "e", "1"])
            model.group = rng.choice([None, "a", "b"])
            model.refilter()
        if step % 10 == 6:
            model.sort(rng.choice([0, 1, -1]), rng.choice([Qt.SortOrder.AscendingOrder,
                                                          Qt.SortOrder.DescendingOrder]))
        changed = [Row(i, rng.choice(names) + str(rng.randrange(9)), rng.choice("ab"))
                   for i in rng.sample(sorted(rows), 5)]
        added = [Row(100 + step, rng.choice(names), rng.choice("ab"))]
        left = sorted(set(rows) - {r.id for r in changed})
        gone = rng.sample(left, 2) if step % 4 == 0 else []
        model.update_rows(changed + added, gone=gone)
        for r in changed + added:
            rows[r.id] = r
        for g in gone:
            rows.pop(g, None)
        fresh = Plain([rows[i] for i in sorted(rows)])
        fresh.group, fresh._query, fresh._sort = model.group, model._query, model._sort
        fresh.refilter()
        assert model.visible_ids() == fresh.visible_ids(), step


def test_sorting_keeps_the_selected_rows_selected() -> None:
    model = Plain([Row(1, "dara", "a"), Row(2, "anna", "b"), Row(3, "chen", "a")])
    selection = QItemSelectionModel(model)
    selection.select(model.index(model.row_of(2), 0),
                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(i.row()).id for i in selection.selectedRows()] == [2]


def test_an_approval_changes_the_nomination_row_in_place(demo: Store) -> None:
    from mmdesk.services.accreditation import list_accreditations

    model = AccreditationTableModel()
    model.set_rows(list_accreditations(demo))
    row = next(r for r in range(model.rowCount()) if model.row_at(r).state is S.NOMINATED)
    seen = signals(model)
    model.update_rows([replace(model.row_at(row), state=S.APPROVED)])
    assert seen == [("changed", row, row)]
    assert model.data(model.index(row, 4)) == "approved"
    model.set_query("approved")
    assert model.rowCount() >= 1
    assert all(model.row_at(r).state is S.APPROVED for r in range(model.rowCount()))
