"""table revisions: counters that let open windows see other desks' changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


TABLES = ('events', 'rooms', 'organisations', 'delegations', 'delegates', 'delegate_sensitive',
          'accreditation_routes', 'accreditations', 'accreditation_changes', 'badges', 'sessions',
          'speaking_slots', 'invitations', 'event_keys', 'event_secrets', 'check_ins',
          'declarations', 'endorsements', 'export_presets', 'export_log')


def upgrade() -> None:
    revisions = op.create_table('table_revisions',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', name=op.f('pk_table_revisions'))
    )
    op.bulk_insert(revisions, [{'table_name': t, 'n': 0} for t in TABLES])


def downgrade() -> None:
    op.drop_table('table_revisions')
