"""export presets and the log of sensitive exports

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('export_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_export_log_event_id_events'), ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_log'))
    )
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_log_event_id'), ['event_id'], unique=False)

    op.create_table('export_presets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('columns', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_export_presets_event_id_events'), ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_presets')),
    sa.UniqueConstraint('event_id', 'name', name=op.f('uq_export_presets_event_id_name'))
    )
    with op.batch_alter_table('export_presets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_presets_event_id'), ['event_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('export_presets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_presets_event_id'))

    op.drop_table('export_presets')
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_log_event_id'))

    op.drop_table('export_log')
