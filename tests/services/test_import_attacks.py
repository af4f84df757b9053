"""Attacks on `import delegates` as a user and a hostile file would make them: cancelled at
every step, failing midway while the search index is built in its own thread, merged,
repeated, dry, on PostgreSQL, and with another desk writing while the copy is made."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from mmdesk.domain.enums import RouteKind
from mmdesk.services import backup as backup_service
from mmdesk.services import delegate_import, delegate_import_bulk, delegate_import_write
from mmdesk.services.accreditation import RouteInput, create_route
from mmdesk.services.backup import list_backups
from mmdesk.services.delegate_import import ImportReport, import_delegates, import_delegates_steps
from mmdesk.services.delegates import DelegateInput, create_delegate, search_delegates
from mmdesk.store.database import Store
from tests.conftest import dump, with_test_forum
from tests.helpers import assert_search_index_sound, fail_the_bulk_index

HEADER = "Given name,Family name,City,E-mail,Accreditation route,Accreditation state\n"


def _file(path: Path, family: str, n: int) -> Path:
    path.write_text(HEADER + "".join(f"Ana{i},{family},Łódź,ana{i}@{family.lower()}.example,Mayors,approved\n"
                                     for i in range(n)), encoding="utf-8")
    return path


@pytest.fixture
def forum(store: Store) -> Store:
    """The empty test forum with one route a file can nominate on and approve."""
    create_route(store, RouteInput(name="Mayors", kind=RouteKind.OWN_AUTHORITY))
    return store


def _unchanged(store: Store, path: Path, before: list[str]) -> None:
    assert dump(path) == before
    assert list_backups(store) == []  # a cancelled or failed import keeps no copy
    assert_search_index_sound(store)
    # the trigger indexes a delegate added by hand afterwards
    create_delegate(store, DelegateInput(given_name="Ona", family_name="Quistgaard"))
    assert [d.family_name for d in search_delegates(store, "quistgaard")] == ["Quistgaard"]
    assert_search_index_sound(store)


@pytest.mark.parametrize("steps", [0, 1, 2, 3])
def test_an_import_closed_at_any_step_of_its_progress_changes_nothing(
        forum: Store, db_path: Path, tmp_path: Path, steps: int) -> None:
    """The window's Cancel closes the generator: before it started, after 1000 and 2000 rows
    checked, and after the last step (every row written, the index built in its thread)."""
    source = _file(tmp_path / "list.csv", "Nowak", 2500)
    before = dump(db_path)
    report = ImportReport()
    progress = import_delegates_steps(forum, source, report)
    assert isinstance(progress, Generator)  # what the window's Cancel closes
    seen = [next(progress) for _ in range(steps)]
    progress.close()
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)][:steps]
    _unchanged(forum, db_path, before)
    assert search_delegates(forum, "nowak") == []
    # and the same file imports whole afterwards, every row found
    assert import_delegates(forum, source).created == 2500
    assert len(search_delegates(forum, "nowak", limit=None)) == 2500
    assert_search_index_sound(forum)


def test_new_delegates_going_through_the_orm_are_indexed_once(
        forum: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the driver cannot take the columns as they are (insert_numbered, whose own
    indexed_afterwards sits inside indexed_beside): each delegate in the index once."""
    monkeypatch.setattr(delegate_import_bulk, "_driver_takes", lambda table, columns: False)
    assert import_delegates(forum, _file(tmp_path / "list.csv", "Nowak", 1200)).created == 1200
    assert len(search_delegates(forum, "nowak", limit=None)) == 1200
    assert_search_index_sound(forum)


class _Boom(Exception):
    """A failure planted in the write."""


def _fail_on(monkeypatch: pytest.MonkeyPatch, table: str) -> None:
    real = delegate_import_write.insert_columns

    def failing(db: Any, model: Any, columns: dict[str, list[Any]], **kw: Any) -> list[int]:
        if delegate_import_bulk._table(model).name == table:
            raise _Boom(table)
        return real(db, model, columns, **kw)

    monkeypatch.setattr(delegate_import_write, "insert_columns", failing)


def _fail_in_python(monkeypatch: pytest.MonkeyPatch) -> None:
    """Raise in the import's thread with no statement between index_from and the failure."""
    def failing(current: Any, target: Any) -> tuple[Any, ...]:
        raise _Boom("moves")

    monkeypatch.setattr(delegate_import_write, "_path", failing)


@pytest.mark.parametrize("where", ["delegates", "accreditations", "accreditation_changes", "moves"])
def test_an_import_failing_midway_of_its_write_changes_nothing(
        forum: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """Before the delegates are in, and after (index_from called: the index is being built in
    its thread when the failure comes, by a statement or in Python)."""
    source = _file(tmp_path / "list.csv", "Nowak", 1500)
    before = dump(db_path)
    if where == "moves":
        _fail_in_python(monkeypatch)
    else:
        _fail_on(monkeypatch, where)
    with pytest.raises(_Boom):
        import_delegates(forum, source)
    monkeypatch.undo()
    _unchanged(forum, db_path, before)
    assert search_delegates(forum, "nowak") == []


def test_a_failing_index_statement_fails_the_import_whole(
        forum: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _file(tmp_path / "list.csv", "Nowak", 1200)
    before = dump(db_path)
    fail_the_bulk_index(monkeypatch)
    with pytest.raises(Exception, match="no such table"):
        import_delegates(forum, source)
    monkeypatch.undo()
    _unchanged(forum, db_path, before)


def test_two_imports_then_a_merge_that_adds_and_merges_are_all_found(forum: Store, tmp_path: Path) -> None:
    first = import_delegates(forum, _file(tmp_path / "a.csv", "Nowak", 1200))
    second = import_delegates(forum, _file(tmp_path / "b.csv", "Kowalczyk", 1300))
    assert (first.created, second.created) == (1200, 1300)
    create_delegate(forum, DelegateInput(given_name="Zofia", family_name="Wiśniewska", city="Kraków"))
    # one file: the known Zofia (her e-mail filled in, her key changed) and 1100 new people
    merge = tmp_path / "merge.csv"
    merge.write_text(HEADER + "Zofia,Wisniewska,Krakow,zofia@krakow.example,Mayors,approved\n" + "".join(
        f"Ana{i},Lewandowska,Gdańsk,ana{i}@gdansk.example,Mayors,nominated\n" for i in range(1100)),
        encoding="utf-8")
    report = import_delegates(forum, merge, duplicates="merge")
    assert (report.created, report.merged) == (1100, 1)
    assert len(search_delegates(forum, "nowak", limit=None)) == 1200
    assert len(search_delegates(forum, "kowalczyk", limit=None)) == 1300
    assert len(search_delegates(forum, "lewandowska gdansk", limit=None)) == 1100
    assert [d.given_name for d in search_delegates(forum, "zofia@krakow")] == ["Zofia"]
    assert_search_index_sound(forum)
    assert len(list_backups(forum)) == 3  # one copy before each real import


def test_a_dry_run_changes_nothing_and_keeps_no_copy(forum: Store, db_path: Path, tmp_path: Path) -> None:
    before = dump(db_path)
    report = import_delegates(forum, _file(tmp_path / "list.csv", "Nowak", 1500), dry_run=True)
    assert report.created == 1500 and report.dry_run
    _unchanged(forum, db_path, before)


def test_the_copy_before_an_import_is_the_store_as_it_was(forum: Store, db_path: Path,
                                                          tmp_path: Path) -> None:
    import_delegates(forum, _file(tmp_path / "a.csv", "Nowak", 1100))
    before = dump(db_path)
    import_delegates(forum, _file(tmp_path / "b.csv", "Kowalczyk", 1100))
    copy = list_backups(forum)[0]
    assert "before-import" in copy.name
    assert dump(copy) == before


def _another_desk_renames_the_forum(db_path: Path) -> bool:
    """Another desk's write, committed at once or refused at once (never waiting)."""
    con = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE events SET name = 'Renamed by the second desk'")
        con.execute("COMMIT")
        return True
    except sqlite3.OperationalError:  # the import holds the write lock: refused, nothing lost
        return False
    finally:
        con.close()


@pytest.fixture
def copy_made_first(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """The import's first statement held back until its copy is made (the copy's thread won
    the race), and another desk's write tried then."""
    made = threading.Event()
    written: list[bool] = []
    real_copy, real_event = backup_service._make_copy, delegate_import.current_event

    def make_copy(store: Store, reason: str) -> Path | None:
        try:
            return real_copy(store, reason)
        finally:
            made.set()

    def current_event(db: Any, *args: Any) -> Any:
        if not written:
            assert made.wait(60)  # the copy's thread runs to its end
            path = db.get_bind().url.database
            written.append(_another_desk_renames_the_forum(Path(path)))
        return real_event(db, *args)

    monkeypatch.setattr(backup_service, "_make_copy", make_copy)
    monkeypatch.setattr(delegate_import, "current_event", current_event)
    yield written


def test_a_write_of_another_desk_is_never_missing_from_the_copy_before_an_import(
        forum: Store, db_path: Path, tmp_path: Path, copy_made_first: list[bool]) -> None:
    """The copy is what the import started from: a desk's write committed before the
    import's transaction began must be in it (restoring the copy would lose it)."""
    import_delegates(forum, _file(tmp_path / "a.csv", "Nowak", 50))
    assert copy_made_first  # the race was played
    con = sqlite3.connect(list_backups(forum)[0])
    try:
        in_copy = con.execute("SELECT name FROM events").fetchone()[0]
    finally:
        con.close()
    con = sqlite3.connect(db_path)
    try:
        in_store = con.execute("SELECT name FROM events").fetchone()[0]
    finally:
        con.close()
    assert in_copy == in_store


# -- PostgreSQL (several desks on one server): no thread, no copy, the same import


@pytest.fixture
def pg_forum(pg_url: str) -> Iterator[Store]:
    s = with_test_forum(pg_url)
    create_route(s, RouteInput(name="Mayors", kind=RouteKind.OWN_AUTHORITY))
    yield s
    s.close()


def test_imports_on_a_server_are_found_and_a_cancelled_one_leaves_nothing(pg_forum: Store,
                                                                          tmp_path: Path) -> None:
    assert import_delegates(pg_forum, _file(tmp_path / "a.csv", "Nowak", 1200)).created == 1200
    progress = import_delegates_steps(pg_forum, _file(tmp_path / "b.csv", "Kowalczyk", 1200), ImportReport())
    assert isinstance(progress, Generator)
    assert list(next(progress) for _ in range(2)) == [(1000, 1200), (1200, 1200)]
    progress.close()  # cancelled once written
    assert search_delegates(pg_forum, "kowalczyk") == []
    merge = _file(tmp_path / "c.csv", "Nowak", 1500)  # 1200 known as they are, 300 new
    report = import_delegates(pg_forum, merge, duplicates="merge")
    assert (report.created, report.unchanged) == (300, 1200)
    assert len(search_delegates(pg_forum, "nowak", limit=None)) == 1500
