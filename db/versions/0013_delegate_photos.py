"""delegate photos: one compressed JPEG per delegate, cropped to the badge's photo box,
shown on the desk card and printed on the photo layouts (issue 16)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('delegate_photos',
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.Column('jpeg', sa.LargeBinary(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['delegate_id'], ['delegates.id'],
                            name=op.f('fk_delegate_photos_delegate_id_delegates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('delegate_id', name=op.f('pk_delegate_photos'))
    )
    # other desks follow photo changes through the table's counter, as every table's
    op.execute("INSERT INTO table_revisions (table_name, n) VALUES ('delegate_photos', 0)")


def downgrade() -> None:
    op.execute("DELETE FROM table_revisions WHERE table_name = 'delegate_photos'")
    op.drop_table('delegate_photos')
