"""programme versions and protocol order: programme_versions (released snapshots), events.uid
(calendar UIDs unique across forums), delegates.level (level of representation),
speaking_slots.requested_at (when the floor was asked for)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

Each existing event gets its own random uid here. Columns are added with ALTER TABLE (no
table rebuild: the delegates' search triggers stay as they are); slots made before this
migration keep no request time (protocol order puts them first, in their order).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEVELS = ('head_of_state', 'minister', 'mayor', 'deputy', 'senior_official', 'other')


def upgrade() -> None:
    op.create_table('programme_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('released_at', sa.DateTime(), nullable=False),
    sa.Column('released_by', sa.String(length=120), nullable=False),
    sa.Column('sessions', sa.JSON(), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_programme_versions_number_from_one')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_programme_versions_event_id_events'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_versions')),
    sa.UniqueConstraint('event_id', 'number', name=op.f('uq_programme_versions_event_id_number'))
    )
    op.create_index(op.f('ix_programme_versions_event_id'), 'programme_versions', ['event_id'], unique=False)
    op.execute("INSERT INTO table_revisions (table_name, n) VALUES ('programme_versions', 0)")
    op.add_column('events', sa.Column('uid', sa.String(length=32), nullable=True))
    events = sa.table('events', sa.column('id', sa.Integer), sa.column('uid', sa.String))
    bind = op.get_bind()
    for (event_id,) in bind.execute(sa.select(events.c.id)).all():
        bind.execute(sa.update(events).where(events.c.id == event_id).values(uid=uuid.uuid4().hex))
    if bind.dialect.name == 'sqlite':  # ADD COLUMN with its CHECK inline (no table rebuild)
        values = ", ".join(f"'{v}'" for v in LEVELS)
        bind.exec_driver_sql(
            "ALTER TABLE delegates ADD COLUMN level VARCHAR(24) DEFAULT 'other' NOT NULL "
            f"CONSTRAINT ck_delegates_representation_level CHECK (level IN ({values}))")
    else:
        op.add_column('delegates', sa.Column(
            'level', sa.Enum(*LEVELS, name='representation_level', native_enum=False,
                             create_constraint=True, length=24), server_default='other', nullable=False))
    op.add_column('speaking_slots', sa.Column('requested_at', sa.DateTime(), nullable=True))


def _search_triggers() -> tuple[str, ...]:
    """Migration 0006's triggers (and a rebuild of the index), made again after a rebuild."""
    return (
        "DROP TRIGGER IF EXISTS delegate_search_insert",
        "DROP TRIGGER IF EXISTS delegate_search_delete",
        "DROP TRIGGER IF EXISTS delegate_search_update",
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


def downgrade() -> None:
    with op.batch_alter_table('speaking_slots', schema=None) as batch_op:
        batch_op.drop_column('requested_at')
    bind = op.get_bind()
    with op.batch_alter_table('delegates', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_delegates_representation_level'), type_='check')
        batch_op.drop_column('level')
    if bind.dialect.name == 'sqlite':  # the rebuilt table lost the search index's triggers (0006)
        for statement in _search_triggers():
            bind.exec_driver_sql(statement)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('uid')
    op.execute("DELETE FROM table_revisions WHERE table_name = 'programme_versions'")
    op.drop_index(op.f('ix_programme_versions_event_id'), table_name='programme_versions')
    op.drop_table('programme_versions')
