"""Qt item models tested without a window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mmdesk.domain.enums import AccreditationState, Category
from mmdesk.services.delegates import list_delegates
from mmdesk.services.programme import list_sessions
from mmdesk.store.database import Store
from mmdesk.ui.models import DelegateTableModel, SlotTableModel


def _names(model: DelegateTableModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_search_filters_accent_insensitively(qapp, demo: Store) -> None:  # noqa: ANN001
    model = DelegateTableModel(list_delegates(demo))
    assert model.rowCount() == 30
    model.set_filter("montreal")
    assert _names(model) == ["Mayor Valérie Plante"]
    model.set_filter("SAIZ")
    assert _names(model) == ["Ms. Emilia Sáiz"]
    model.set_filter("mayors mechanism quito")
    assert len(_names(model)) == 3
    model.set_filter("")
    assert model.rowCount() == 30


def test_filters_combine_with_search(qapp, demo: Store) -> None:  # noqa: ANN001
    model = DelegateTableModel(list_delegates(demo))
    model.set_filter("", category=Category.LOCAL_LEADER)
    assert model.rowCount() == 13
    model.set_filter("uganda")
    assert _names(model) == ["Lord Mayor Erias Lukwago", "Mayor Fabrice Brad Rulinda"]
    model.set_filter("", category=None, states=frozenset({AccreditationState.NOMINATED}))
    assert sorted(_names(model)) == ["Councillor Nkosenhle Madlala", "Mayor Totò Martello"]
    model.set_filter("", states=None, region="Southern Asia")
    assert _names(model) == ["Mayor Md. Atiqul Islam"]


def test_sort_by_family_name_and_by_any_column(qapp, demo: Store) -> None:  # noqa: ANN001
    model = DelegateTableModel(list_delegates(demo))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    first_three = _names(model)[:3]
    assert first_three == ["Mayor Yvonne Aki-Sawyerr", "Ms. Ottilie Bälz", "Ms. Cecilia Cantos"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(model)[0] == "Ms. Vittoria Zanuso"
    model.sort(4, Qt.SortOrder.AscendingOrder)  # country
    countries = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    assert countries[0] == "Bangladesh" and countries == sorted(countries)
    model.set_filter("geneva")  # filtering keeps the sort
    countries = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    assert countries == ["Switzerland"] * 3


def test_slot_model_shows_running_total_and_overrun(qapp, demo: Store) -> None:  # noqa: ANN001
    closing = next(s for s in list_sessions(demo) if s.title == "Closing Plenary")
    model = SlotTableModel()
    model.set_slots(closing.slots, 30)
    totals = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    assert totals == ["10 / 30", "15 / 30", "20 / 30", "25 / 30", "35 / 30", "45 / 30"]
    assert model.data(model.index(4, 4), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(3, 4), Qt.ItemDataRole.ForegroundRole) is None
