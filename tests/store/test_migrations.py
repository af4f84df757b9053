"""Migrations: empty to head, models in step, backup before an upgrade, newer schemas refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mmdesk.paths import migrations_dir
from mmdesk.store import database
from mmdesk.store.database import Store, StoreError, current_revision, head_revision
from mmdesk.store.fulltext import outside_models
from mmdesk.store.models import Base


def test_empty_file_is_created_at_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "new.sqlite3")
    try:
        assert current_revision(store.engine) == head_revision()
        assert store.backup_taken is None  # nothing to back up in a new file
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            tables = set(sa.inspect(conn).get_table_names())
        assert {"events", "delegates", "sessions", "speaking_slots", "accreditations",
                "accreditation_changes", "check_ins", "endorsements"} <= tables
    finally:
        store.close()


def test_migrations_build_exactly_the_models(db_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": outside_models})
        diff = compare_metadata(context, Base.metadata)
        # substring search over the delegates is served by a trigram index
        assert "delegate_search" in sa.inspect(conn).get_table_names()
    engine.dispose()
    assert diff == []


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    store = Store.open(tmp_path / "s.sqlite3")
    cfg = database.alembic_config(store.url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(store.engine) is None
    store.close()
    store = Store.open(tmp_path / "s.sqlite3")
    assert current_revision(store.engine) == head_revision()
    store.close()


def _scripts_with_a_newer_revision(tmp_path: Path) -> Path:
    scripts = tmp_path / "db"
    shutil.copytree(migrations_dir(), scripts)
    (scripts / "versions" / "9999_probe.py").write_text(
        f'''
"""a later migration, for the test"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head_revision()}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("probe")
''', encoding="utf-8")
    return scripts


def test_upgrade_on_open_takes_a_backup_first(demo_path: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    before = head_revision()
    scripts = _scripts_with_a_newer_revision(tmp_path)
    monkeypatch.setattr(database, "migrations_dir", lambda: scripts)
    store = Store.open(demo_path)
    try:
        assert current_revision(store.engine) == "9999"
        backup = store.backup_taken
        assert backup is not None and backup.exists()
        assert backup.parent == demo_path.with_name("demo-backups")
    finally:
        store.close()
    con = sqlite3.connect(backup)
    try:
        assert con.execute("select version_num from alembic_version").fetchone() == (before,)
        assert con.execute("select count(*) from delegates").fetchone() == (30,)
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    finally:
        con.close()


def test_a_database_from_a_newer_mmdesk_is_refused_untouched(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("update alembic_version set version_num = 'f00dfeed'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer mmdesk"):
        Store.open(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("select version_num from alembic_version").fetchone() == ("f00dfeed",)
    con.close()


@pytest.mark.parametrize("bad", ["postgresql+nosuchdriver://x/y", "nosuchdialect://x"])
def test_bad_urls_are_one_clear_error(bad: str) -> None:
    with pytest.raises(Exception) as info:
        Store.open(bad)
    assert str(info.value)


def test_db_target_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MMDESK_DB", str(tmp_path / "from-env.sqlite3"))
    assert database.resolve_url(None).database == str(tmp_path / "from-env.sqlite3")
    assert database.resolve_url(tmp_path / "x.db").database == str(tmp_path / "x.db")
    assert database.resolve_url("sqlite:////tmp/u.db").database == "/tmp/u.db"
    monkeypatch.delenv("MMDESK_DB")
    monkeypatch.setattr(database, "default_database_path", lambda: tmp_path / "data" / "m.sqlite3")
    assert database.resolve_url(None).database == str(tmp_path / "data" / "m.sqlite3")
    with pytest.raises(StoreError, match="does not exist"):
        database.resolve_url(tmp_path / "missing-folder" / "x.db")


def test_constraint_names_are_unique_per_table_as_postgresql_requires(db_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{db_path}")
    inspector = sa.inspect(engine)
    for table in inspector.get_table_names():
        names = [c["name"] for c in inspector.get_check_constraints(table)]
        names += [c["name"] for c in inspector.get_unique_constraints(table)]
        names += [c["name"] for c in inspector.get_foreign_keys(table)]
        named = [n for n in names if n]
        assert len(named) == len(set(named)), (table, sorted(named))
    engine.dispose()
