"""The import's bulk inserts store exactly what the ORM would, and leave the process as it was."""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

import pytest

from mmdesk.domain.enums import RouteKind
from mmdesk.services import delegate_import_bulk
from mmdesk.services.accreditation import RouteInput, create_route
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
    monkeypatch.setattr(delegate_import_bulk, "_driver_takes", lambda table, columns: False)  # the ORM's
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


def test_an_import_leaves_no_cycle_holding_its_rows(store: Store, tmp_path: Path) -> None:
    """A refused state kept as a warning must not hold the refusal's traceback: its frames
    held every row of the import in a cycle, which Python's collector walked for a second
    at 70,000 rows (at exit, or in the window at any moment after an import)."""
    create_route(store, RouteInput(name="Checked", kind=RouteKind.OWN_AUTHORITY,
                                   required_documents=["Letter"]))
    path = tmp_path / "kept.csv"
    path.write_text("Given name,Family name,E-mail,Accreditation route,Accreditation state\n" + "".join(
        f"Esi{i},Mensah,esi{i}@ex.gh,Checked,approved\n" for i in range(2000)), encoding="utf-8")
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        report = import_delegates(store, path)
        assert report.created == 2000 and len(report.warnings) >= 2000  # each kept nominated
        del report  # the report read and dropped, as the window and the command line do
        assert gc.collect() < 2000  # (the traceback's cycle left some 30 objects a row)
    finally:
        if was:
            gc.enable()
