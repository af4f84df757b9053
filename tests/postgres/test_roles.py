"""serve-setup on a real server: an owner that migrates, desks that cannot change the schema,
doors that verify and record check-ins and read nothing else; no superuser touched."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest
import sqlalchemy as sa

from mmdesk.domain.enums import CheckInOutcome as O
from mmdesk.domain.errors import MmdeskError
from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.delegates import search_delegates
from mmdesk.services.demo import load_demo
from mmdesk.services.keys import code_for_delegate
from mmdesk.services.server import ServerSetup, serve_setup
from mmdesk.store.database import Store
from tests.conftest import PG_URL

pytestmark = pytest.mark.postgres


def _admin(sql: str) -> None:
    engine = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


@pytest.fixture
def forum(_pg_templates: dict[str, str]) -> Iterator[ServerSetup]:
    name = f"forum_{uuid.uuid4().hex[:8]}"
    assert PG_URL is not None
    made = serve_setup(PG_URL, database=name, user=f"{name}_desk", password="desk-pass-1")
    store = Store.open(made.desk_url)
    load_demo(store)
    store.close()
    yield made
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    for role in (f"{name}_desk", f"{name}_door", f"{name}_owner"):
        _admin(f"DROP ROLE IF EXISTS {role}")


def _refused(url: str, sql: str) -> None:
    engine = sa.create_engine(url)
    try:
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied|must be owner"), \
                engine.begin() as conn:
            conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


def test_a_desk_cannot_change_the_schema_nor_drop_the_forum(forum: ServerSetup) -> None:
    assert {forum.url.username, forum.door.username, forum.owner.username} == {
        f"{forum.url.database}_desk", f"{forum.url.database}_door", f"{forum.url.database}_owner"}
    _refused(forum.desk_url, "DROP TABLE delegates")
    _refused(forum.desk_url, "CREATE TABLE stolen (x int)")
    _refused(forum.desk_url, "ALTER TABLE badges ADD COLUMN x int")
    engine = sa.create_engine(forum.desk_url.replace(f"/{forum.url.database}", "/postgres"))
    try:
        with pytest.raises(sa.exc.DBAPIError), engine.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE {forum.url.database}")
    finally:
        engine.dispose()


def test_a_door_verifies_and_records_but_reads_no_secret(forum: ServerSetup) -> None:
    desk = Store.open(forum.desk_url)
    code = code_for_delegate(desk, search_delegates(desk, "plante")[0].id)
    desk.close()
    door = Store.open(forum.door_url)
    try:
        result = CheckInDesk(door, "North door").scan(code, at=datetime(2019, 11, 20, 9))
        assert result.outcome is O.ADMITTED
        # a NUL in a scan raised a raw server error and the scan was not stored
        nul = CheckInDesk(door, "North door").scan("\x00000123\x00", at=datetime(2019, 11, 20, 9))
        assert nul.outcome is O.REFUSED
        with door.reading() as db:
            assert db.execute(sa.text("SELECT scanned FROM check_ins ORDER BY id DESC LIMIT 1")
                              ).scalar() == "000123"
    finally:
        door.close()
    for sql in ("SELECT * FROM delegate_sensitive", "SELECT * FROM export_log",
                "UPDATE delegates SET email = 'x@y.z'", "DELETE FROM check_ins",
                "INSERT INTO badges (accreditation_id, serial, issued_at) VALUES (1, '999999', now())"):
        _refused(forum.door_url, sql)


def test_serve_setup_refuses_a_superuser(_pg_templates: dict[str, str]) -> None:
    assert PG_URL is not None
    admin = sa.engine.make_url(PG_URL).username or "postgres"
    with pytest.raises(MmdeskError, match="superuser"):
        serve_setup(PG_URL, database=f"forum_{uuid.uuid4().hex[:8]}", user=admin)


def test_closing_leaves_no_erased_row_in_the_servers_table_files(pg_demo: Store) -> None:
    from datetime import date

    from mmdesk.services import privacy
    from mmdesk.services.delegates import get_delegate_input

    people = [get_delegate_input(pg_demo, d.id)[0] for d in search_delegates(pg_demo, "", limit=None)]
    private = [p.email.encode() for p in people if p.email and "@" in p.email]
    assert private
    with pg_demo.engine.connect() as conn:
        folder = conn.execute(sa.text("SHOW data_directory")).scalar()
    report = privacy.close_event(pg_demo, today=date(2020, 2, 21))
    assert report.left == ()
    with pg_demo.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("CHECKPOINT")
        files = [conn.execute(sa.text("SELECT pg_relation_filepath(:t)"), {"t": t}).scalar()
                 for t in ("delegates", "ix_delegates_search_key_trgm")]
    from pathlib import Path

    for relative in files:
        path = Path(folder) / relative
        try:
            data = path.read_bytes()
        except PermissionError:
            pytest.skip("the server's files are not readable by this user")
        assert [t for t in private if t in data] == [], relative
