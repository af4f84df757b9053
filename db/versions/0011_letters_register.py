"""letters: the register of letters issued to delegates; a forum's own folder of letter templates

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('template', sa.String(length=300), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=True),
    sa.Column('recipient', sa.String(length=300), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=120), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_letters_number_from_one')),
    sa.CheckConstraint("kind IN ('visa', 'invitation', 'confirmation', 'attendance')",
                       name=op.f('ck_letters_known_kind')),
    sa.ForeignKeyConstraint(['delegate_id'], ['delegates.id'], name=op.f('fk_letters_delegate_id_delegates'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_letters_event_id_events'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letters')),
    sa.UniqueConstraint('event_id', 'number', name=op.f('uq_letters_event_id_number'))
    )
    op.create_index(op.f('ix_letters_event_id'), 'letters', ['event_id'], unique=False)
    op.create_index(op.f('ix_letters_delegate_id'), 'letters', ['delegate_id'], unique=False)
    op.execute("INSERT INTO table_revisions (table_name, n) VALUES ('letters', 0)")
    op.add_column('events', sa.Column('letters_folder', sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('letters_folder')
    op.execute("DELETE FROM table_revisions WHERE table_name = 'letters'")
    op.drop_index(op.f('ix_letters_delegate_id'), table_name='letters')
    op.drop_index(op.f('ix_letters_event_id'), table_name='letters')
    op.drop_table('letters')
