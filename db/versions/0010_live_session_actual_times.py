"""live session: actual times of each speaking slot, each delegation's total in a session

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('speaking_slots', sa.Column('actual_start', sa.DateTime(), nullable=True))
    op.add_column('speaking_slots', sa.Column('actual_end', sa.DateTime(), nullable=True))
    op.add_column('speaking_slots', sa.Column('actual_seconds', sa.Integer(), nullable=True))
    op.add_column('sessions', sa.Column('delegation_minutes', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_column('delegation_minutes')
    with op.batch_alter_table('speaking_slots', schema=None) as batch_op:
        batch_op.drop_column('actual_seconds')
        batch_op.drop_column('actual_end')
        batch_op.drop_column('actual_start')
