"""initial schema: the forum, its delegates, routes, programme, check-ins, endorsements

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=80), nullable=True),
    sa.Column('theme', sa.Text(), nullable=True),
    sa.Column('city', sa.String(length=120), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('venue', sa.String(length=200), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_events_days_in_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    op.create_table('organisations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column(
        'kind',
        sa.Enum(
            'local_government', 'regional_government', 'member_state', 'un_io', 'partner', 'civil_society',
            'private_sector', 'academia', 'media', 'host', name='organisation_kind', native_enum=False,
            create_constraint=True, length=24
        ),
        nullable=False
    ),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('acronym', sa.String(length=30), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations')),
    sa.UniqueConstraint('name', 'country', name=op.f('uq_organisations_name_country'))
    )
    op.create_table('accreditation_routes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column(
        'kind',
        sa.Enum(
            'own_authority', 'national_delegation', 'partner_organisation', 'host_secretariat', 'media',
            name='route_kind', native_enum=False, create_constraint=True, length=24
        ),
        nullable=False
    ),
    sa.Column('nominating_body', sa.String(length=200), nullable=True),
    sa.Column('member_state', sa.String(length=2), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('quota', sa.Integer(), nullable=True),
    sa.Column(
        'quota_policy',
        sa.Enum('refuse', 'flag', name='quota_policy', native_enum=False, create_constraint=True, length=24),
        nullable=False
    ),
    sa.Column('required_documents', sa.JSON(), nullable=False),
    sa.Column('zones', sa.JSON(), nullable=False),
    sa.CheckConstraint(
        "kind <> 'national_delegation' OR member_state IS NOT NULL",
        name=op.f('ck_accreditation_routes_national_delegation_names_state')
    ),
    sa.CheckConstraint(
        "kind <> 'partner_organisation' OR partner_id IS NOT NULL",
        name=op.f('ck_accreditation_routes_partner_route_names_partner')
    ),
    sa.CheckConstraint(
        'quota IS NULL OR quota >= 0', name=op.f('ck_accreditation_routes_quota_not_negative')
    ),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_accreditation_routes_event_id_events'), ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['partner_id'], ['organisations.id'], name=op.f('fk_accreditation_routes_partner_id_organisations')
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accreditation_routes')),
    sa.UniqueConstraint('event_id', 'name', name=op.f('uq_accreditation_routes_event_id_name'))
    )
    with op.batch_alter_table('accreditation_routes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accreditation_routes_event_id'), ['event_id'], unique=False)

    op.create_table('declarations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('action_areas', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_declarations_event_id_events'), ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_declarations')),
    sa.UniqueConstraint('event_id', 'title', name=op.f('uq_declarations_event_id_title'))
    )
    with op.batch_alter_table('declarations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_declarations_event_id'), ['event_id'], unique=False)

    op.create_table('delegations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('head_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_delegations_event_id_events'), ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['head_id'], ['delegates.id'], name=op.f('fk_delegations_head_id_delegates'), ondelete='SET NULL',
        use_alter=True
    ),
    sa.ForeignKeyConstraint(
        ['organisation_id'], ['organisations.id'], name=op.f('fk_delegations_organisation_id_organisations'),
        ondelete='SET NULL'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegations')),
    sa.UniqueConstraint('event_id', 'name', name=op.f('uq_delegations_event_id_name'))
    )
    with op.batch_alter_table('delegations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegations_event_id'), ['event_id'], unique=False)

    op.create_table('rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('access_zone', sa.String(length=60), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name=op.f('ck_rooms_capacity_positive')),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_rooms_event_id_events'), ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms')),
    sa.UniqueConstraint('event_id', 'name', name=op.f('uq_rooms_event_id_name'))
    )
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rooms_event_id'), ['event_id'], unique=False)

    op.create_table('delegates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('honorific', sa.String(length=60), nullable=True),
    sa.Column('given_name', sa.String(length=120), nullable=False),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('badge_name', sa.String(length=200), nullable=True),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('city', sa.String(length=120), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('region', sa.String(length=60), nullable=True),
    sa.Column(
        'category',
        sa.Enum(
            'local_leader', 'city_official', 'member_state', 'un_io', 'civil_society', 'private_sector',
            'academia', 'media', 'host_staff', 'interpreter', 'security', name='category', native_enum=False,
            create_constraint=True, length=24
        ),
        nullable=False
    ),
    sa.Column('gender', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('dietary_needs', sa.Text(), nullable=True),
    sa.Column('access_needs', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('delegation_id', sa.Integer(), nullable=True),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('country IS NULL OR length(country) = 2', name=op.f('ck_delegates_country_iso2')),
    sa.CheckConstraint(
        'length(trim(given_name)) + length(trim(family_name)) > 0', name=op.f('ck_delegates_named')
    ),
    sa.ForeignKeyConstraint(
        ['delegation_id'], ['delegations.id'], name=op.f('fk_delegates_delegation_id_delegations'),
        ondelete='SET NULL'
    ),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_delegates_event_id_events'), ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['organisation_id'], ['organisations.id'], name=op.f('fk_delegates_organisation_id_organisations'),
        ondelete='SET NULL'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegates')),
    sa.UniqueConstraint('event_id', 'email', name=op.f('uq_delegates_event_id_email'))
    )
    with op.batch_alter_table('delegates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegates_delegation_id'), ['delegation_id'], unique=False)
        batch_op.create_index('ix_delegates_event_family', ['event_id', 'family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_delegates_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delegates_organisation_id'), ['organisation_id'], unique=False)

    if op.get_bind().dialect.name != "sqlite":
        # delegations.head_id → delegates closes a cycle; SQLite takes it inline
        op.create_foreign_key(
            op.f("fk_delegations_head_id_delegates"),
            "delegations", "delegates", ["head_id"], ["id"], ondelete="SET NULL",
        )

    op.create_table('accreditations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=False),
    sa.Column(
        'state',
        sa.Enum(
            'nominated', 'approved', 'rejected', 'withdrawn', 'badge_issued', 'badge_collected',
            name='accreditation_state', native_enum=False, create_constraint=True, length=24
        ),
        nullable=False
    ),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('documents_received', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(
        ['delegate_id'], ['delegates.id'], name=op.f('fk_accreditations_delegate_id_delegates'),
        ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['route_id'], ['accreditation_routes.id'],
        name=op.f('fk_accreditations_route_id_accreditation_routes')
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accreditations')),
    sa.UniqueConstraint('delegate_id', 'route_id', name=op.f('uq_accreditations_delegate_id_route_id'))
    )
    with op.batch_alter_table('accreditations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accreditations_delegate_id'), ['delegate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_accreditations_route_id'), ['route_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_accreditations_state'), ['state'], unique=False)

    op.create_table('delegate_sensitive',
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.Column('passport_number', sa.String(length=40), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('nationality', sa.String(length=2), nullable=True),
    sa.ForeignKeyConstraint(
        ['delegate_id'], ['delegates.id'], name=op.f('fk_delegate_sensitive_delegate_id_delegates'),
        ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('delegate_id', name=op.f('pk_delegate_sensitive'))
    )
    op.create_table('endorsements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('action_areas', sa.JSON(), nullable=False),
    sa.Column('endorsed_by', sa.String(length=200), nullable=True),
    sa.Column('delegate_id', sa.Integer(), nullable=True),
    sa.Column('endorsed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(
        ['declaration_id'], ['declarations.id'], name=op.f('fk_endorsements_declaration_id_declarations'),
        ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['delegate_id'], ['delegates.id'], name=op.f('fk_endorsements_delegate_id_delegates'),
        ondelete='SET NULL'
    ),
    sa.ForeignKeyConstraint(
        ['organisation_id'], ['organisations.id'], name=op.f('fk_endorsements_organisation_id_organisations')
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_endorsements')),
    sa.UniqueConstraint(
        'declaration_id', 'organisation_id', name=op.f('uq_endorsements_declaration_id_organisation_id')
    )
    )
    with op.batch_alter_table('endorsements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_endorsements_declaration_id'), ['declaration_id'], unique=False)

    op.create_table('sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column(
        'kind',
        sa.Enum(
            'registration', 'plenary', 'roundtable', 'parallel_breakout', 'side_event', 'private_meeting',
            'press_conference', 'break', 'meal', 'reception', name='session_kind', native_enum=False,
            create_constraint=True, length=24
        ),
        nullable=False
    ),
    sa.Column('series', sa.String(length=300), nullable=True),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('host', sa.String(length=300), nullable=True),
    sa.Column('co_chairs', sa.JSON(), nullable=False),
    sa.Column('moderator_id', sa.Integer(), nullable=True),
    sa.Column(
        'status',
        sa.Enum(
            'tbc', 'confirmed', 'cancelled', name='session_status', native_enum=False, create_constraint=True,
            length=24
        ),
        nullable=False
    ),
    sa.Column(
        'access',
        sa.Enum(
            'open', 'invitation', 'closed', name='session_access', native_enum=False, create_constraint=True,
            length=24
        ),
        nullable=False
    ),
    sa.Column('chatham_house', sa.Boolean(), nullable=False),
    sa.Column('interpretation_languages', sa.JSON(), nullable=False),
    sa.Column('expected_attendance', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_sessions_ends_after_start')),
    sa.CheckConstraint(
        'expected_attendance IS NULL OR expected_attendance >= 0', name=op.f('ck_sessions_attendance')
    ),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_sessions_event_id_events'), ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['moderator_id'], ['delegates.id'], name=op.f('fk_sessions_moderator_id_delegates'),
        ondelete='SET NULL'
    ),
    sa.ForeignKeyConstraint(
        ['room_id'], ['rooms.id'], name=op.f('fk_sessions_room_id_rooms'), ondelete='SET NULL'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index('ix_sessions_event_start', ['event_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sessions_moderator_id'), ['moderator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sessions_room_id'), ['room_id'], unique=False)

    op.create_table('accreditation_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('accreditation_id', sa.Integer(), nullable=False),
    sa.Column(
        'from_state',
        sa.Enum(
            'nominated', 'approved', 'rejected', 'withdrawn', 'badge_issued', 'badge_collected',
            name='from_state', native_enum=False, create_constraint=True, length=24
        ),
        nullable=True
    ),
    sa.Column(
        'to_state',
        sa.Enum(
            'nominated', 'approved', 'rejected', 'withdrawn', 'badge_issued', 'badge_collected',
            name='to_state', native_enum=False, create_constraint=True, length=24
        ),
        nullable=False
    ),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(
        ['accreditation_id'], ['accreditations.id'],
        name=op.f('fk_accreditation_changes_accreditation_id_accreditations'), ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accreditation_changes'))
    )
    with op.batch_alter_table('accreditation_changes', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_accreditation_changes_accreditation_id'), ['accreditation_id'], unique=False
        )

    op.create_table('badges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('accreditation_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=40), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=120), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(
        ['accreditation_id'], ['accreditations.id'], name=op.f('fk_badges_accreditation_id_accreditations'),
        ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badges')),
    sa.UniqueConstraint('serial', name=op.f('uq_badges_serial'))
    )
    with op.batch_alter_table('badges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_badges_accreditation_id'), ['accreditation_id'], unique=False)

    op.create_table('check_ins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=True),
    sa.Column('serial', sa.String(length=40), nullable=True),
    sa.Column('scanned', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('desk', sa.String(length=80), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column(
        'outcome',
        sa.Enum(
            'admitted', 'already_checked_in', 'refused', name='check_in_outcome', native_enum=False,
            create_constraint=True, length=24
        ),
        nullable=False
    ),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('forced', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(
        ['delegate_id'], ['delegates.id'], name=op.f('fk_check_ins_delegate_id_delegates'),
        ondelete='SET NULL'
    ),
    sa.ForeignKeyConstraint(
        ['event_id'], ['events.id'], name=op.f('fk_check_ins_event_id_events'), ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['room_id'], ['rooms.id'], name=op.f('fk_check_ins_room_id_rooms'), ondelete='SET NULL'
    ),
    sa.ForeignKeyConstraint(
        ['session_id'], ['sessions.id'], name=op.f('fk_check_ins_session_id_sessions'), ondelete='SET NULL'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_ins'))
    )
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_ins_delegate_id'), ['delegate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_check_ins_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_check_ins_serial'), ['serial'], unique=False)

    op.create_table('invitations',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(
        ['delegate_id'], ['delegates.id'], name=op.f('fk_invitations_delegate_id_delegates'),
        ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['session_id'], ['sessions.id'], name=op.f('fk_invitations_session_id_sessions'), ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('session_id', 'delegate_id', name=op.f('pk_invitations'))
    )
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitations_delegate_id'), ['delegate_id'], unique=False)

    op.create_table('speaking_slots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.Column(
        'role',
        sa.Enum(
            'opening_remarks', 'keynote', 'panellist', 'moderator', 'respondent', 'floor_intervention',
            'closing_remarks', 'rapporteur', name='slot_role', native_enum=False, create_constraint=True,
            length=24
        ),
        nullable=False
    ),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column(
        'mode',
        sa.Enum(
            'in_person', 'video', 'remote', name='slot_mode', native_enum=False, create_constraint=True,
            length=24
        ),
        nullable=False
    ),
    sa.Column(
        'status',
        sa.Enum(
            'invited', 'confirmed', 'declined', name='slot_status', native_enum=False, create_constraint=True,
            length=24
        ),
        nullable=False
    ),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.CheckConstraint('minutes > 0', name=op.f('ck_speaking_slots_minutes_positive')),
    sa.CheckConstraint('position >= 1', name=op.f('ck_speaking_slots_position_from_one')),
    sa.ForeignKeyConstraint(
        ['delegate_id'], ['delegates.id'], name=op.f('fk_speaking_slots_delegate_id_delegates'),
        ondelete='CASCADE'
    ),
    sa.ForeignKeyConstraint(
        ['session_id'], ['sessions.id'], name=op.f('fk_speaking_slots_session_id_sessions'),
        ondelete='CASCADE'
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaking_slots'))
    )
    with op.batch_alter_table('speaking_slots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaking_slots_delegate_id'), ['delegate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaking_slots_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("fk_delegations_head_id_delegates"), "delegations", type_="foreignkey")
    with op.batch_alter_table('speaking_slots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaking_slots_session_id'))
        batch_op.drop_index(batch_op.f('ix_speaking_slots_delegate_id'))

    op.drop_table('speaking_slots')
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitations_delegate_id'))

    op.drop_table('invitations')
    with op.batch_alter_table('check_ins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_check_ins_serial'))
        batch_op.drop_index(batch_op.f('ix_check_ins_event_id'))
        batch_op.drop_index(batch_op.f('ix_check_ins_delegate_id'))

    op.drop_table('check_ins')
    with op.batch_alter_table('badges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_badges_accreditation_id'))

    op.drop_table('badges')
    with op.batch_alter_table('accreditation_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accreditation_changes_accreditation_id'))

    op.drop_table('accreditation_changes')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessions_room_id'))
        batch_op.drop_index(batch_op.f('ix_sessions_moderator_id'))
        batch_op.drop_index('ix_sessions_event_start')

    op.drop_table('sessions')
    with op.batch_alter_table('endorsements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_endorsements_declaration_id'))

    op.drop_table('endorsements')
    op.drop_table('delegate_sensitive')
    with op.batch_alter_table('accreditations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accreditations_state'))
        batch_op.drop_index(batch_op.f('ix_accreditations_route_id'))
        batch_op.drop_index(batch_op.f('ix_accreditations_delegate_id'))

    op.drop_table('accreditations')
    with op.batch_alter_table('delegates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegates_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_delegates_event_id'))
        batch_op.drop_index('ix_delegates_event_family')
        batch_op.drop_index(batch_op.f('ix_delegates_delegation_id'))

    op.drop_table('delegates')
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rooms_event_id'))

    op.drop_table('rooms')
    with op.batch_alter_table('delegations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegations_event_id'))

    op.drop_table('delegations')
    with op.batch_alter_table('declarations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_declarations_event_id'))

    op.drop_table('declarations')
    with op.batch_alter_table('accreditation_routes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accreditation_routes_event_id'))

    op.drop_table('accreditation_routes')
    op.drop_table('organisations')
    op.drop_table('events')
