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
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # the organizer's laptop, 1280 × 800, instead of the offscreen plugin's 800 × 600
    # (Qt's offscreen plugin reads its screens from this JSON file)
    _screen = Path(__file__).resolve().parent / "screen-1280x800.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ["MMDESK_ACTOR"] = "test desk"
# this test run's printing desk keeps its badge-signing keys here, not in the user's folder
if "MMDESK_KEYS" not in os.environ:
    import tempfile as _tempfile

    os.environ["MMDESK_KEYS"] = _tempfile.mkdtemp(prefix="mmdesk-test-keys-")

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


def with_test_forum(target: Path | str) -> Store:
    """The store at target (a file or a URL) opened, with one event added (services need one)."""
    from datetime import date

    from mmdesk.store.models import Event

    s = Store.open(target)
    with s.transaction() as db:
        db.add(Event(name="Test Forum", city="Quito", country="EC", start_date=date(2019, 11, 20),
                     end_date=date(2019, 11, 20), time_zone="America/Guayaquil"))
    return s


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty store with one event (services need an event)."""
    s = with_test_forum(db_path)
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


# -- PostgreSQL (several desks on one server)

PG_URL = os.environ.get("MMDESK_TEST_PG_URL")


def _pg_admin(sql: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


def _pg_database_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _pg_templates() -> Iterator[dict[str, str]]:
    """Two template databases, migrated once: empty, and holding the demo forum."""
    if not PG_URL:
        pytest.skip("no PostgreSQL server: set MMDESK_TEST_PG_URL (scripts/test.sh starts one)")
    from mmdesk.services.demo import load_demo

    names = {"empty": f"mmdesk_tpl_empty_{os.getpid()}", "demo": f"mmdesk_tpl_demo_{os.getpid()}"}
    for name in names.values():
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _pg_admin(f"CREATE DATABASE {names['empty']}")
    Store.open(_pg_database_url(names["empty"])).close()
    _pg_admin(f"CREATE DATABASE {names['demo']} TEMPLATE {names['empty']}")
    demo_store = Store.open(_pg_database_url(names["demo"]))
    load_demo(demo_store)
    demo_store.close()
    yield names
    for name in names.values():
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _pg_copy(template: str) -> Iterator[str]:
    import uuid

    name = f"mmdesk_t_{uuid.uuid4().hex[:12]}"
    _pg_admin(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        yield _pg_database_url(name)
    finally:
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(_pg_templates: dict[str, str]) -> Iterator[str]:
    """The URL of a fresh, migrated, empty PostgreSQL database (dropped afterwards)."""
    yield from _pg_copy(_pg_templates["empty"])


@pytest.fixture
def pg_demo_url(_pg_templates: dict[str, str]) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database holding the demo forum."""
    yield from _pg_copy(_pg_templates["demo"])


@pytest.fixture
def pg_demo(pg_demo_url: str) -> Iterator[Store]:
    """The demo forum on PostgreSQL, opened."""
    s = Store.open(pg_demo_url)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Messages in English whatever the machine's LANG; a test that switches language is undone."""
    from mmdesk import i18n

    monkeypatch.setenv("MMDESK_LANGUAGE", "en")
    yield
    i18n.set_language("en")
