"""substring search index: FTS5 trigram table on SQLite, pg_trgm GIN index on PostgreSQL

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

On SQLite the triggers keep the index in step with delegates.search_key. A later
migration that rebuilds the delegates table (batch mode) must create them again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = (
    "CREATE VIRTUAL TABLE delegate_search USING fts5("
    "search_key, content='delegates', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER delegate_search_insert AFTER INSERT ON delegates BEGIN "
    "INSERT INTO delegate_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER delegate_search_delete AFTER DELETE ON delegates BEGIN "
    "INSERT INTO delegate_search(delegate_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER delegate_search_update AFTER UPDATE OF search_key ON delegates BEGIN "
    "INSERT INTO delegate_search(delegate_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO delegate_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "INSERT INTO delegate_search(delegate_search) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS delegate_search_update",
    "DROP TRIGGER IF EXISTS delegate_search_delete",
    "DROP TRIGGER IF EXISTS delegate_search_insert",
    "DROP TABLE IF EXISTS delegate_search",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for statement in SQLITE_UP:
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == 'postgresql':
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create
        # it. Where the server lacks it, search works as before, without the index.
        try:
            with bind.begin_nested():
                bind.exec_driver_sql('CREATE EXTENSION IF NOT EXISTS pg_trgm')
        except sa.exc.DBAPIError:
            return
        bind.exec_driver_sql('CREATE INDEX ix_delegates_search_key_trgm ON delegates '
                             'USING gin (search_key gin_trgm_ops)')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for statement in SQLITE_DOWN:
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == 'postgresql':
        bind.exec_driver_sql('DROP INDEX IF EXISTS ix_delegates_search_key_trgm')
