"""Type-to-filter on the row models: a key typed narrows the rows a recent query left, a
key rubbed out finds a kept result, and either way the table shows what a fresh filter of
the same rows shows; the view is told by one layout change and the selection is dropped,
as it was when a filter reset the table."""

from __future__ import annotations

import random

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from mmdesk.services.delegates import list_delegates
from mmdesk.store.database import Store
from mmdesk.ui.models import DelegateTableModel

from .test_row_models import Plain, Row, shown, signals

NAMES = ["anna", "annika", "bruno", "bo", "chen", "dara", "eli", "anselm", "hanna", "joanna"]


def rows_of(seed: int, n: int = 120) -> list[Row]:
    rng = random.Random(seed)
    return [Row(i, f"{rng.choice(NAMES)} {rng.choice(NAMES)}{rng.randrange(20)}", rng.choice("ab"))
            for i in range(n)]


def fresh_ids(rows: list[Row], query: str, group: str | None,
              sort: tuple[int, bool] | None) -> list[int]:
    model = Plain(rows)
    model._query, model.group, model._sort = query, group, sort
    model.refilter()
    return model.visible_ids()


def test_typing_and_rubbing_out_shows_what_a_fresh_filter_shows() -> None:
    rows = rows_of(1)
    model = Plain(rows)
    typed = ["a", "an", "ann", "anna", "ann", "an", "a", "", "b", "br", "b", "", "an 1", "an 12",
             "an 1", "an", "annik", "anni", "h", "ha", "hanna", "", "jo bo", "jo", ""]
    for step, query in enumerate(typed):
        if step == 9:
            model.group = "a"
        if step == 15:
            model.sort(1, Qt.SortOrder.DescendingOrder)
        model._query = query
        model.refilter()
        assert model.visible_ids() == fresh_ids(rows, query, model.group, model._sort), (step, query)


def test_a_filter_tells_the_view_by_one_layout_change_and_drops_the_selection() -> None:
    model = Plain(rows_of(2))
    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)
    seen = signals(model)
    model._query = "an"
    model.refilter()
    assert seen == [("layout", -1, -1)]
    assert 0 < model.rowCount() < model.total
    assert selection.selectedRows() == []
    assert not selection.currentIndex().isValid()


def test_a_whole_table_selection_is_dropped_when_every_row_still_matches() -> None:
    model = Plain(rows_of(3, n=600))
    selection = QItemSelectionModel(model)
    # the whole table, as a mouse drag selects it (Qt keeps such a selection through a
    # layout change that leaves as many rows)
    flags = QItemSelectionModel.SelectionFlag
    selection.select(QItemSelection(model.index(0, 0), model.index(model.rowCount() - 1, 1)),
                     flags.ClearAndSelect | flags.Current)
    model._query = " "  # no word: every row still shown
    model.refilter()
    assert model.rowCount() == model.total
    assert selection.selectedRows() == []
    selection.select(QItemSelection(model.index(0, 0), model.index(model.rowCount() - 1, 1)),
                     flags.ClearAndSelect | flags.Current)
    model._query = "an"
    model.refilter()
    assert 0 < model.rowCount() < model.total
    assert selection.selectedRows() == []


def test_an_edit_while_filtered_then_the_query_rubbed_out() -> None:
    rows = {r.id: r for r in rows_of(4)}
    model = Plain(list(rows.values()))
    for query in ("a", "an", "ann"):
        model._query = query
        model.refilter()
    leaving = next(r for r in rows.values() if "ann" in r.name)
    coming = next(r for r in rows.values() if "ann" not in r.name)
    edits = [Row(leaving.id, "zed", leaving.group), Row(coming.id, "aaa anne", coming.group)]
    model.update_rows(edits)
    rows.update({r.id: r for r in edits})
    assert leaving.id not in model.visible_ids()
    assert coming.id in model.visible_ids()
    for query in ("ann", "an", "a", "", "an", "z"):
        model._query = query
        model.refilter()
        now = [rows[i] for i in sorted(rows)]
        assert model.visible_ids() == fresh_ids(now, query, None, (0, False)), query


def test_the_sort_order_follows_an_edit_once_the_filter_is_cleared() -> None:
    rows = {r.id: r for r in rows_of(5)}
    model = Plain(list(rows.values()))
    model._query = "bo"
    model.refilter()
    first = model.row_at(0)
    moved = Row(first.id, "zz last", first.group)
    model.update_rows([moved], gone=[model.row_at(1).id] if model.rowCount() > 1 else [])
    rows[moved.id] = moved
    rows = {i: r for i, r in rows.items() if i in {x.id for x in model.all_rows()}}
    model._query = ""
    model.refilter()
    assert shown(model)[-1] == "zz last"
    assert model.visible_ids() == fresh_ids([rows[i] for i in sorted(rows)], "", None, (0, False))


def test_the_delegate_table_filters_as_a_fresh_one_while_typing(demo: Store) -> None:
    delegates = list_delegates(demo)
    model = DelegateTableModel(delegates)
    for query in ("m", "mo", "mon", "mont", "montr", "mont", "mo", "", "é", "ét", "e", "go", "goy", "g", ""):
        model.set_filter(query)
        fresh = DelegateTableModel(delegates)
        fresh.set_filter(query)
        assert model.visible_ids() == fresh.visible_ids(), query


def test_an_edit_moves_its_row_in_a_sort_order_kept_from_an_earlier_sort() -> None:
    rows = {i: Row(i, f"n{i:02d}", "ab"[i % 2]) for i in range(10)}
    model = Plain(list(rows.values()))
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by name
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by group: the order kept is the group's
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by name again, from a kept result
    rows[0] = Row(0, "n00", "b")  # another desk moves row 0 to group b
    model.update_rows([rows[0]])
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.visible_ids() == fresh_ids([rows[i] for i in sorted(rows)], "", None, (1, False))
