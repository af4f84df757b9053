"""Shared fixtures: a migrated template store copied per test, and the demo forum."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

# No screen in CI; keep every test away from the user's real data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MMDESK_ACTOR"] = "test desk"

from mmdesk.store.database import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_default_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MMDESK_DB", str(tmp_path / "default.sqlite3"))


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    Store.open(path).close()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory, _template: Path) -> Path:
    from mmdesk.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(_template, path)
    store = Store.open(path)
    load_demo(store)
    store.close()
    return path


def _copy(template: Path, target: Path) -> Path:
    # the online backup API gives a consistent single file (no -wal left behind)
    src = sqlite3.connect(template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return target


@pytest.fixture
def db_path(tmp_path: Path, _template: Path) -> Path:
    """A migrated, empty store file."""
    return _copy(_template, tmp_path / "store.sqlite3")


@pytest.fixture
def demo_path(tmp_path: Path, _demo_template: Path) -> Path:
    """A store file holding the demo forum."""
    return _copy(_demo_template, tmp_path / "demo.sqlite3")


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty store with one event (services need an event)."""
    from datetime import date

    from mmdesk.store.models import Event

    s = Store.open(db_path)
    with s.transaction() as db:
        db.add(Event(name="Test Forum", city="Quito", country="EC", start_date=date(2019, 11, 20),
                     end_date=date(2019, 11, 20), time_zone="America/Guayaquil"))
    yield s
    s.close()


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Store]:
    """The demo forum, opened."""
    s = Store.open(demo_path)
    yield s
    s.close()


def dump(path: Path) -> list[str]:
    """Every row of a SQLite file as SQL text: equal dumps mean an unchanged store."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()
