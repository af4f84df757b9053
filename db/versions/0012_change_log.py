"""change log: which rows of delegates, accreditations and badges each commit changed, so an
open window re-reads those rows only (issue 19)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('revision', sa.BigInteger(), nullable=False),
    sa.Column('row_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    op.create_index('ix_change_log_table_revision', 'change_log', ['table_name', 'revision'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_change_log_table_revision', table_name='change_log')
    op.drop_table('change_log')
