"""Preparing a PostgreSQL server for several desks: three roles, a database, the schema.

- the owner role owns the database and its tables and runs the migrations; its URL stays
  with whoever upgrades mmdesk (it is never a desk's everyday login);
- the desk role reads and writes rows (registration, accreditation, printing desks) but
  cannot create, alter or drop tables, nor drop the database;
- the door role verifies badges and records check-ins: it reads what the door rules need
  (badges, accreditations, routes, delegates' names, rooms, sessions, invitations, the
  event's public key) and inserts check-ins, and reads nothing else (no passport data, no
  export log). The badge-signing key is never on the server (see mmdesk/store/keyfiles.py).

A superuser is never touched: serve-setup refuses to give a password to, or build on, a
role with superuser rights.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.store.database import Store, StoreError

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

#: what a door reads (SELECT) to verify a badge and show who it is
DOOR_READS = ("alembic_version", "events", "event_keys", "rooms", "sessions", "speaking_slots",
              "invitations", "organisations", "delegates", "accreditation_routes", "accreditations",
              "badges", "check_ins", "table_revisions")


@dataclass(frozen=True)
class ServerSetup:
    """What serve-setup made: the URLs of the desks, the doors and the owner, and whether the
    desk role and the database were new."""

    url: URL
    created_role: bool
    created_database: bool
    door: URL | None = None
    owner: URL | None = None

    @property
    def desk_url(self) -> str:
        """The URL to give the desks (with the password: hand it over as you would a key)."""
        return self.url.render_as_string(hide_password=False)

    @property
    def door_url(self) -> str:
        """The URL of the door laptops (verify and record check-ins only)."""
        assert self.door is not None
        return self.door.render_as_string(hide_password=False)

    @property
    def owner_url(self) -> str:
        """The URL that migrates the schema (for upgrades; not for everyday desks)."""
        assert self.owner is not None
        return self.owner.render_as_string(hide_password=False)


def _quoted(conn: sa.Connection, password: str) -> str:
    return str(conn.execute(sa.text("SELECT quote_literal(:p)"), {"p": password}).scalar())


def serve_setup(admin_url: str, *, database: str = "mmdesk", user: str = "mmdesk_desk",
                password: str | None = None, host: str | None = None, owner: str | None = None,
                door: str | None = None, door_password: str | None = None,
                owner_password: str | None = None) -> ServerSetup:
    """Create (or update) the owner, desk and door roles and a database the owner owns, migrate
    the schema as the owner, and grant the desk and the door what they need.

    admin_url names a role allowed to create roles and databases (e.g. the server's
    `postgres`). Running it again is safe: existing roles get the new passwords, an existing
    database is upgraded (a database a desk role owned, as earlier versions made it, is
    handed to the owner). host is what desks use to reach the server (default: the admin
    URL's host). Refused for any role that is a superuser, or the admin role itself.
    """
    owner = owner or f"{database}_owner"
    door = door or f"{database}_door"
    for what, value in (("database", database), ("user", user), ("owner", owner), ("door", door)):
        if not _NAME.match(value):
            raise ValidationError(
                "{what} name {value}: use lower-case letters, digits and _",
                what=what, value=repr(value), code="server.name-use-lower")
    if len({user, owner, door}) < 3:
        raise ValidationError(
            "the owner, desk and door roles must be three different roles",
            code="server.owner-desk-door")
    try:
        admin = make_url(admin_url)
    except sa.exc.ArgumentError as exc:
        raise ValidationError(
            "not a database URL: {admin_url}",
            admin_url=admin_url, code="server.not-database-url") from exc
    if admin.get_backend_name() != "postgresql":
        raise ValidationError(
            "serve-setup prepares a PostgreSQL server: give a postgresql+psycopg:// URL",
            code="server.serve-setup-prepares")
    if admin.drivername == "postgresql":
        admin = admin.set(drivername="postgresql+psycopg")
    password = password or secrets.token_urlsafe(18)
    door_password = door_password or secrets.token_urlsafe(18)
    owner_password = owner_password or secrets.token_urlsafe(18)
    passwords = {owner: owner_password, user: password, door: door_password}
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            me = conn.execute(sa.text("SELECT current_user")).scalar()
            existing = {n: s for n, s in conn.execute(sa.text(
                "SELECT rolname, rolsuper FROM pg_roles WHERE rolname IN (:a, :b, :c)"),
                {"a": owner, "b": user, "c": door})}
            for name in (owner, user, door):
                if existing.get(name) or name == me:
                    raise MmdeskError(
                        "refusing to use {name}: it is a superuser (or the admin role itself); name a role "
                        "of its own for mmdesk",
                        name=repr(name), code="server.refusing-use-superuser")
            for name in (owner, user, door):
                verb = "ALTER" if name in existing else "CREATE"
                conn.exec_driver_sql(f'{verb} ROLE "{name}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE '
                                     f"NOREPLICATION PASSWORD {_quoted(conn, passwords[name])}")
            has_db = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": database}).first() is not None
            if not has_db:
                conn.exec_driver_sql(f'CREATE DATABASE "{database}" OWNER "{owner}" ENCODING \'UTF8\' '
                                     f"TEMPLATE template0")
            else:
                conn.exec_driver_sql(f'ALTER DATABASE "{database}" OWNER TO "{owner}"')
            conn.exec_driver_sql(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
            conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO "{user}", "{door}"')
        target = sa.create_engine(admin.set(database=database), isolation_level="AUTOCOMMIT")
        try:
            with target.connect() as conn:
                # a database an earlier serve-setup gave to the desk role: the owner takes it over
                conn.exec_driver_sql(f'REASSIGN OWNED BY "{user}", "{door}" TO "{owner}"')
                conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
                conn.exec_driver_sql(f'GRANT ALL ON SCHEMA public TO "{owner}"')
        finally:
            target.dispose()
    except sa.exc.OperationalError as exc:
        raise StoreError(
            "cannot reach the server as {value}: {splitlines}",
            value=admin.username or 'the admin', splitlines=str(exc.orig).strip().splitlines()[0],
            code="server.cannot-reach-server") from exc
    except sa.exc.ProgrammingError as exc:
        raise MmdeskError(
            "the server refused: {splitlines}",
            splitlines=str(exc.orig).strip().splitlines()[0], code="server.server-refused") from exc
    finally:
        engine.dispose()

    socket = {k: v for k, v in admin.query.items() if k == "host"} if not admin.host else {}

    def url_of(name: str) -> URL:
        return URL.create("postgresql+psycopg", username=name, password=passwords[name],
                          host=host or admin.host or "localhost", port=admin.port, database=database,
                          query=socket)

    owner_url, desk_url, door_url = url_of(owner), url_of(user), url_of(door)
    Store.open(owner_url).close()  # the schema, created and upgraded by its owner
    _grant(owner_url, owner=owner, desk=user, door=door)
    return ServerSetup(desk_url, user not in existing, not has_db, door_url, owner_url)


def _grant(owner_url: URL, *, owner: str, desk: str, door: str) -> None:
    """The desk: rows of every table (and those later migrations add); the door: reads for the
    door rules, new check-ins, the change counters."""
    engine = sa.create_engine(owner_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            for sql in (
                f'GRANT USAGE ON SCHEMA public TO "{desk}", "{door}"',
                f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{desk}"',
                f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{desk}"',
                f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public '
                f'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "{desk}"',
                f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public '
                f'GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "{desk}"',
                f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{door}"',
                f'GRANT SELECT ON {", ".join(t for t in DOOR_READS if t in tables)} TO "{door}"',
                f'GRANT INSERT ON check_ins TO "{door}"',
                f'GRANT UPDATE ON table_revisions TO "{door}"',
                f"GRANT USAGE ON SEQUENCE {_sequence(conn, 'check_ins')} TO \"{door}\"",
            ):
                conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


def _sequence(conn: sa.Connection, table: str) -> str:
    return str(conn.execute(sa.text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar())
