"""room order: rooms.position, the programme grid's column order

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

Existing rooms are numbered by name within their event (the order they were shown in).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), server_default='0', nullable=False))
    op.execute(
        "UPDATE rooms SET position = 1 + (SELECT count(*) FROM rooms AS other "
        "WHERE other.event_id = rooms.event_id AND other.name < rooms.name)"
    )


def downgrade() -> None:
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_column('position')
