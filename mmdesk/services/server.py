"""Preparing a PostgreSQL server for several desks: a login role, a database, the schema."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.store.database import Store, StoreError

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class ServerSetup:
    """What serve-setup made: the URL every desk connects with, and whether it was new."""

    url: URL
    created_role: bool
    created_database: bool

    @property
    def desk_url(self) -> str:
        """The URL to give the desks (with the password: hand it over as you would a key)."""
        return self.url.render_as_string(hide_password=False)


def serve_setup(admin_url: str, *, database: str = "mmdesk", user: str = "mmdesk_desk",
                password: str | None = None, host: str | None = None) -> ServerSetup:
    """Create (or update) a login role and a database it owns, then migrate the schema.

    admin_url names a role allowed to create roles and databases (e.g. the server's
    `postgres`). Running it again is safe: an existing role gets the new password, an
    existing database is upgraded. host is what desks use to reach the server (default:
    the admin URL's host).
    """
    for what, value in (("database", database), ("user", user)):
        if not _NAME.match(value):
            raise ValidationError(f"{what} name {value!r}: use lower-case letters, digits and _")
    try:
        admin = make_url(admin_url)
    except sa.exc.ArgumentError as exc:
        raise ValidationError(f"not a database URL: {admin_url}") from exc
    if admin.get_backend_name() != "postgresql":
        raise ValidationError("serve-setup prepares a PostgreSQL server: give a postgresql+psycopg:// URL")
    if admin.drivername == "postgresql":
        admin = admin.set(drivername="postgresql+psycopg")
    password = password or secrets.token_urlsafe(18)
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            has_role = conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                    {"n": user}).first() is not None
            quoted_pw = conn.execute(sa.text("SELECT quote_literal(:p)"), {"p": password}).scalar()
            verb = "ALTER" if has_role else "CREATE"
            conn.exec_driver_sql(f'{verb} ROLE "{user}" LOGIN PASSWORD {quoted_pw}')
            has_db = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": database}).first() is not None
            if not has_db:
                conn.exec_driver_sql(f'CREATE DATABASE "{database}" OWNER "{user}" ENCODING \'UTF8\' '
                                     f"TEMPLATE template0")
            else:
                conn.exec_driver_sql(f'ALTER DATABASE "{database}" OWNER TO "{user}"')
    except sa.exc.OperationalError as exc:
        raise StoreError(f"cannot reach the server as {admin.username or 'the admin'}: "
                         f"{str(exc.orig).strip().splitlines()[0]}") from exc
    except sa.exc.ProgrammingError as exc:
        raise MmdeskError(f"the server refused: {str(exc.orig).strip().splitlines()[0]}") from exc
    finally:
        engine.dispose()
    desk = URL.create("postgresql+psycopg", username=user, password=password,
                      host=host or admin.host or "localhost", port=admin.port, database=database,
                      query={k: v for k, v in admin.query.items() if k == "host"} if not admin.host else {})
    Store.open(desk).close()  # the schema, created by its owner
    return ServerSetup(desk, not has_role, not has_db)
