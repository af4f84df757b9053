"""Several desks on one PostgreSQL server: the same store, commands and rules as SQLite.

These tests need a server: scripts/test.sh starts a throw-away one on loopback
(MMDESK_TEST_PG_URL); without it they are skipped and the SQLite suite still runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mmdesk.cli import main
from mmdesk.services.checks import run_checks
from mmdesk.services.delegates import DelegateInput, create_delegate, search_delegates
from mmdesk.services.server import serve_setup
from mmdesk.store.database import Store, StoreError, current_revision, head_revision
from mmdesk.store.fulltext import outside_models
from mmdesk.store.models import Base
from tests.conftest import PG_URL

pytestmark = pytest.mark.postgres


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_migrations_build_exactly_the_models_on_postgresql(pg_url: str) -> None:
    store = Store.open(pg_url)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": outside_models})
            diff = compare_metadata(context, Base.metadata)
            # substring search over the delegates is served by a trigram index
            indexes = {i["name"] for i in sa.inspect(conn).get_indexes("delegates")}
        assert diff == []
        assert "ix_delegates_search_key_trgm" in indexes
    finally:
        store.close()


def test_every_command_works_against_postgresql(pg_url: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", pg_url]
    code, out, _ = run(capsys, *db, "demo", "--delegates", "200")
    assert code == 0 and "230 delegates, 13 sessions" in out
    code, out, _ = run(capsys, *db, "check", "--json")
    report = json.loads(out)
    assert code == 1 and any(f["rule"] == "speaker_double_booked" for f in report["findings"])
    assert run(capsys, *db, "export", "delegates", str(tmp_path / "d.xlsx"))[0] == 0
    assert run(capsys, *db, "export", "delegates", str(tmp_path / "d.csv"))[0] == 0
    assert run(capsys, *db, "export", "programme", str(tmp_path / "p.ics"))[0] == 0
    assert run(capsys, *db, "export", "programme", str(tmp_path / "p.xlsx"))[0] == 0
    assert run(capsys, *db, "export", "keys", str(tmp_path / "k.json"))[0] == 0
    (tmp_path / "new.csv").write_text("Given name,Family name,City,Country,E-mail\n"
                                      "Ewa,Łukasiewicz,Łódź,PL,ewa@lodz.example\n", encoding="utf-8")
    code, out, err = run(capsys, *db, "import", "delegates", str(tmp_path / "new.csv"))
    assert code == 0, err
    code, out, err = run(capsys, *db, "print", "badges", str(tmp_path / "b.pdf"), "--layout", "a4-4up")
    assert code == 0, err
    assert run(capsys, *db, "print", "programme", str(tmp_path / "p.pdf"))[0] == 0
    assert run(capsys, *db, "print", "participants", str(tmp_path / "l.pdf"))[0] == 0
    code, out, err = run(
        capsys, *db, "checkin", "Ewa Lukasiewicz", "--desk", "Desk 1", "--staffed", "--confirm"
    )
    assert code == 1 and "accreditation" in (out + err)  # imported, not accredited: no badge
    code, out, err = run(capsys, *db, "checkin", "Goyeneche", "--desk", "Desk 1", "--at", "2019-11-20 09:00",
                         "--staffed", "--confirm")  # a typed name admits only once confirmed (issue 15)
    assert code == 0, out + err
    # a server's content travels as an embedded store file, and comes back
    code, out, err = run(capsys, *db, "backup", str(tmp_path / "copy.sqlite3"), "--for-desk")
    assert code == 0, err
    copy = Store.open(tmp_path / "copy.sqlite3")
    assert [d.full_name for d in search_delegates(copy, "ewa lukasiewicz")] == ["Ewa Łukasiewicz"]
    copy.close()
    store = Store.open(pg_url)
    create_delegate(store, DelegateInput(given_name="Added", family_name="Later"))
    store.close()
    code, out, err = run(capsys, *db, "restore", str(tmp_path / "copy.sqlite3"))
    assert code == 0, err
    store = Store.open(pg_url)
    try:
        assert search_delegates(store, "Added Later") == []
        assert [d.full_name for d in search_delegates(store, "ewa lukasiewicz")] == ["Ewa Łukasiewicz"]
        # ids go on after the restored ones (the sequences were moved on)
        made = create_delegate(store, DelegateInput(given_name="After", family_name="Restore"))
        assert made.id > max(d.id for d in search_delegates(store, "", limit=None) if d.id != made.id)
        assert run_checks(store).errors >= 1
    finally:
        store.close()


def test_serve_setup_makes_a_role_and_database_the_desks_use(_pg_templates: dict[str, str],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    import uuid

    name = f"forum_{uuid.uuid4().hex[:8]}"
    assert PG_URL is not None
    made = serve_setup(PG_URL, database=name, user=f"{name}_desk", password="s3cret-desk")
    assert made.created_role and made.created_database
    assert made.url.username == f"{name}_desk" and made.url.database == name
    code, out, err = run(capsys, "--db", made.desk_url, "demo")
    assert code == 0, err
    # run again: safe, keeps the data, takes the new password
    again = serve_setup(PG_URL, database=name, user=f"{name}_desk", password="new-pass")
    assert not again.created_role and not again.created_database
    store = Store.open(again.desk_url)
    assert len(search_delegates(store, "", limit=None)) == 30
    store.close()
    engine = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
        conn.exec_driver_sql(f"DROP ROLE {name}_desk")
    engine.dispose()


def test_serve_setup_refuses_bad_names_and_unreachable_servers(_pg_templates: dict[str, str]) -> None:
    from mmdesk.domain.errors import ValidationError

    assert PG_URL is not None
    with pytest.raises(ValidationError, match="lower-case"):
        serve_setup(PG_URL, database="x; DROP TABLE y")
    with pytest.raises(StoreError, match="cannot reach"):
        serve_setup("postgresql+psycopg://postgres@127.0.0.1:1/postgres")


def test_a_dropped_connection_is_one_plain_sentence_and_nothing_half_written(pg_demo_url: str) -> None:
    store = Store.open(pg_demo_url)
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    before = len(search_delegates(store, "", limit=None))
    try:
        with pytest.raises(StoreError, match="cannot be reached; nothing was saved"):
            with store.transaction() as db:
                from mmdesk.store.models import Delegate

                event_id = db.scalar(sa.select(Delegate.event_id).limit(1))
                db.add(Delegate(event_id=event_id, given_name="Half", family_name="Written",
                                category="city_official", search_key="half written"))
                db.flush()
                pid = db.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
                with admin.connect() as conn:  # the network drops, or the server restarts
                    conn.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": pid})
                db.add(Delegate(event_id=event_id, given_name="Second", family_name="Half",
                                category="city_official", search_key="second half"))
                db.flush()
        # the desk goes on once the server answers again: nothing of the lost transaction stayed
        assert len(search_delegates(store, "", limit=None)) == before
        assert search_delegates(store, "Half Written") == []
    finally:
        admin.dispose()
        store.close()


def test_an_unreachable_server_is_one_plain_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", "postgresql+psycopg://desk@127.0.0.1:1/forum", "check")
    assert code == 1 and out == ""
    assert err.startswith("mmdesk: cannot open the database postgresql+psycopg://desk@127.0.0.1:1/forum")
    assert len(err.strip().splitlines()) == 1
