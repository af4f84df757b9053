"""signing key out of the store: event_secrets dropped (the key lives in a key file on the
printing desk), check-ins confirmed by an operator, the revocation list's date

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

The private keys are moved to key files by Store.open before this migration runs
(see mmdesk/store/database.py: move_secrets_out), so dropping the table loses none.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_table('event_secrets')
    op.execute("DELETE FROM table_revisions WHERE table_name = 'event_secrets'")
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confirmed_by', sa.String(length=80), nullable=True))
    with op.batch_alter_table('event_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revocations_as_of', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('event_keys', schema=None) as batch_op:
        batch_op.drop_column('revocations_as_of')
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.drop_column('confirmed_by')
    op.create_table('event_secrets',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('private_key', sa.LargeBinary(length=32), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_secrets_event_id_events'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_event_secrets'))
    )
    op.execute("INSERT INTO table_revisions (table_name, n) VALUES ('event_secrets', 0)")
