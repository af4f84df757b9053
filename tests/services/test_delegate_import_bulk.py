"""The import's bulk inserts store exactly what the ORM would, and leave the process as it was."""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

import pytest

from mmdesk.services import delegate_import_bulk
from mmdesk.services.delegate_import import ImportRefused, import_delegates
from mmdesk.store.database import Store
from tests.conftest import _copy, dump
from tests.services.test_delegate_import import _routes
from tests.spreadsheets.corpus import BUILDERS

_WHEN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?")


def _rows(path: Path) -> list[str]:
    """The store's rows, each moment of writing as its shape only (two imports differ by µs)."""
    return [_WHEN.sub(lambda m: re.sub(r"\d", "9", m.group(0)), line) for line in dump(path)]


def test_bulk_rows_are_stored_as_the_orm_stores_them(store: Store, db_path: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _routes(store)
    other_path = _copy(db_path, tmp_path / "orm.sqlite3")
    path, expected = BUILDERS["indico"](tmp_path)
    fast: list[tuple[str, int]] = []
    real = delegate_import_bulk._executemany

    def spy(connection: Any, table: Any, columns: dict[str, list[Any]], n: int) -> None:
        fast.append((table.name, n))
        real(connection, table, columns, n)

    monkeypatch.setattr(delegate_import_bulk, "_executemany", spy)
    report = import_delegates(store, path, route="Own authority", actor="desk")
    assert report.created == len(expected) and report.nominated == len(expected)
    assert {name for name, _ in fast} == {"delegates", "accreditations", "accreditation_changes"}
    monkeypatch.setattr(delegate_import_bulk, "_columns", lambda table, rows: None)  # the ORM's path
    other = Store.open(other_path)
    try:
        again = import_delegates(other, path, route="Own authority", actor="desk")
    finally:
        other.close()
    assert again.lines() == report.lines()
    store.close()
    assert _rows(db_path) == _rows(other_path)


def test_a_refused_import_leaves_the_cycle_collector_running(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("First name,Last name,Email\nAna,Ruiz,ana@example.org\nBob,Lee,bob@x\n",
                      encoding="utf-8")
    assert gc.isenabled()
    with pytest.raises(ImportRefused):
        import_delegates(store, source)
    assert gc.isenabled()
