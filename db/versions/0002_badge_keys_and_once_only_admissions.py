"""badge keys and once-only admissions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('event_keys',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_event_keys_event_id_events'), ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_event_keys'))
    )
    op.create_table('event_secrets',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('private_key', sa.LargeBinary(length=32), nullable=False),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_event_secrets_event_id_events'), ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_event_secrets'))
    )
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('place', sa.String(length=60), nullable=True))
        batch_op.create_index(
            'uq_check_ins_admitted_once', ['event_id', 'delegate_id', 'place'], unique=True,
            sqlite_where=sa.text("outcome = 'admitted' AND forced = 0"),
            postgresql_where=sa.text("outcome = 'admitted' AND forced = false")
        )



def downgrade() -> None:
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.drop_index(
            'uq_check_ins_admitted_once', sqlite_where=sa.text("outcome = 'admitted' AND forced = 0"),
            postgresql_where=sa.text("outcome = 'admitted' AND forced = false")
        )
        batch_op.drop_column('place')

    op.drop_table('event_secrets')
    op.drop_table('event_keys')
