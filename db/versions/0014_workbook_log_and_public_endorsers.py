"""the log of nomination workbooks sent to and returned by each route (issue 21), and whether
a declaration's endorsers' names are public statements kept at the closing (issue 15)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('nomination_workbooks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=True),
    sa.Column('people', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['route_id'], ['accreditation_routes.id'],
                            name=op.f('fk_nomination_workbooks_route_id_accreditation_routes'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nomination_workbooks'))
    )
    op.create_index(op.f('ix_nomination_workbooks_route_id'), 'nomination_workbooks', ['route_id'],
                    unique=False)
    # other desks follow the log through the table's counter, as every table's
    op.execute("INSERT INTO table_revisions (table_name, n) VALUES ('nomination_workbooks', 0)")
    op.add_column('declarations', sa.Column('endorsers_public', sa.Boolean(), server_default=sa.false(),
                                            nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('declarations') as batch_op:
        batch_op.drop_column('endorsers_public')
    op.execute("DELETE FROM table_revisions WHERE table_name = 'nomination_workbooks'")
    op.drop_index(op.f('ix_nomination_workbooks_route_id'), table_name='nomination_workbooks')
    op.drop_table('nomination_workbooks')
