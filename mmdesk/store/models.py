"""The forum's data model (SQLAlchemy 2 typed ORM).

Session times are wall-clock times in the event's time zone (naive), as the
programme is printed; audit times (history, check-ins, badges) are UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import Enum as PyEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import CheckConstraint, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mmdesk.domain.enums import (
    AccreditationState,
    Category,
    CheckInOutcome,
    OrganisationKind,
    QuotaPolicy,
    RouteKind,
    SessionAccess,
    SessionKind,
    SessionStatus,
    SlotMode,
    SlotRole,
    SlotStatus,
)
from mmdesk.domain.protocol import RepresentationLevel

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now in UTC, without tzinfo (as stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


def enum_type(enum: type[PyEnum], name: str) -> sa.Enum:
    """A portable enum column: VARCHAR plus a CHECK of the values (no native type)."""
    return sa.Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def new_uid() -> str:
    """A random token naming one forum across every store (32 hex digits)."""
    import uuid

    return uuid.uuid4().hex


class Base(DeclarativeBase):
    """Declarative base with the project's constraint naming."""

    metadata = sa.MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: sa.JSON, list[str]: sa.JSON}


class Event(Base):
    """The forum: name, theme, city, venue, days, time zone."""

    __tablename__ = "events"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="days_in_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(300))
    short_name: Mapped[str | None] = mapped_column(sa.String(80))
    theme: Mapped[str | None] = mapped_column(sa.Text)
    city: Mapped[str | None] = mapped_column(sa.String(120))
    country: Mapped[str | None] = mapped_column(sa.String(2))
    venue: Mapped[str | None] = mapped_column(sa.String(200))
    start_date: Mapped[date]
    end_date: Mapped[date]
    time_zone: Mapped[str] = mapped_column(sa.String(64), default="UTC")
    languages: Mapped[list[str]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: personal data is kept until this day, then the event is closed (anonymised)
    personal_data_until: Mapped[date | None]
    #: when personal data was erased (the counts stay)
    closed_at: Mapped[datetime | None]
    #: a random token, unique to this forum: calendar UIDs carry it (session-7-<uid>@mmdesk)
    uid: Mapped[str | None] = mapped_column(sa.String(32), default=new_uid)
    #: the forum's own folder of letter templates (outranks resources/letters; see services/letters.py)
    letters_folder: Mapped[str | None] = mapped_column(sa.String(500))

    rooms: Mapped[list[Room]] = relationship(back_populates="event", cascade="all, delete-orphan")


def _next_room_position(context: Any) -> int:
    """After the event's last room (rooms inserted in one batch share it; names break the tie)."""
    event_id = context.get_current_parameters().get("event_id")
    last = context.connection.execute(
        sa.text("SELECT max(position) FROM rooms WHERE event_id = :e"), {"e": event_id}).scalar()
    return (last or 0) + 1


class Room(Base):
    """A space at the venue with a capacity and an access zone."""

    __tablename__ = "rooms"
    __table_args__ = (
        UniqueConstraint("event_id", "name"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    capacity: Mapped[int | None]
    access_zone: Mapped[str | None] = mapped_column(sa.String(60))
    notes: Mapped[str | None] = mapped_column(sa.Text)
    #: the room's column in the programme grid (ties: by name); a new room goes last
    position: Mapped[int] = mapped_column(default=_next_room_position, server_default="0")

    event: Mapped[Event] = relationship(back_populates="rooms")


class Organisation(Base):
    """A city, regional government, Member State, UN body, partner or other body."""

    __tablename__ = "organisations"
    __table_args__ = (UniqueConstraint("name", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[OrganisationKind] = mapped_column(enum_type(OrganisationKind, "organisation_kind"))
    country: Mapped[str | None] = mapped_column(sa.String(2))
    acronym: Mapped[str | None] = mapped_column(sa.String(30))


class Delegation(Base):
    """Delegates travelling together (a city's delegation), with a head."""

    __tablename__ = "delegations"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegates.id", ondelete="SET NULL", use_alter=True)
    )

    head: Mapped[Delegate | None] = relationship(foreign_keys=[head_id], post_update=True)
    members: Mapped[list[Delegate]] = relationship(
        back_populates="delegation", foreign_keys="Delegate.delegation_id"
    )


class Delegate(Base):
    """A person taking part; sensitive fields live apart in DelegateSensitive."""

    __tablename__ = "delegates"
    __table_args__ = (
        UniqueConstraint("event_id", "email"),
        CheckConstraint("length(trim(given_name)) + length(trim(family_name)) > 0", name="named"),
        CheckConstraint("country IS NULL OR length(country) = 2", name="country_iso2"),
        Index("ix_delegates_event_family", "event_id", "family_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    honorific: Mapped[str | None] = mapped_column(sa.String(60))
    given_name: Mapped[str] = mapped_column(sa.String(120), default="")
    family_name: Mapped[str] = mapped_column(sa.String(120), default="")
    badge_name: Mapped[str | None] = mapped_column(sa.String(200))
    position: Mapped[str | None] = mapped_column(sa.String(200))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    city: Mapped[str | None] = mapped_column(sa.String(120))
    country: Mapped[str | None] = mapped_column(sa.String(2))
    region: Mapped[str | None] = mapped_column(sa.String(60))
    category: Mapped[Category] = mapped_column(enum_type(Category, "category"))
    gender: Mapped[str | None] = mapped_column(sa.String(20))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    phone: Mapped[str | None] = mapped_column(sa.String(40))
    languages: Mapped[list[str]] = mapped_column(default=list)
    dietary_needs: Mapped[str | None] = mapped_column(sa.Text)
    access_needs: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="SET NULL"), index=True
    )
    search_key: Mapped[str] = mapped_column(sa.Text, default="")
    #: level of representation: orders a roundtable's speakers by protocol
    level: Mapped[RepresentationLevel] = mapped_column(
        enum_type(RepresentationLevel, "representation_level"), default=RepresentationLevel.OTHER,
        server_default="other")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    organisation: Mapped[Organisation | None] = relationship()
    delegation: Mapped[Delegation | None] = relationship(
        back_populates="members", foreign_keys=[delegation_id]
    )
    sensitive: Mapped[DelegateSensitive | None] = relationship(
        cascade="all, delete-orphan", single_parent=True
    )
    accreditations: Mapped[list[Accreditation]] = relationship(
        back_populates="delegate", cascade="all, delete-orphan"
    )


class DelegateSensitive(Base):
    """Passport number and date of birth: masked in the interface, out of exports."""

    __tablename__ = "delegate_sensitive"

    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), primary_key=True
    )
    passport_number: Mapped[str | None] = mapped_column(sa.String(40))
    date_of_birth: Mapped[date | None]
    nationality: Mapped[str | None] = mapped_column(sa.String(2))


class AccreditationRoute(Base):
    """How delegates are accredited: kind, nominating body, quota, documents, zones."""

    __tablename__ = "accreditation_routes"
    __table_args__ = (
        UniqueConstraint("event_id", "name"),
        CheckConstraint("quota IS NULL OR quota >= 0", name="quota_not_negative"),
        CheckConstraint(
            "kind <> 'national_delegation' OR member_state IS NOT NULL",
            name="national_delegation_names_state",
        ),
        CheckConstraint(
            "kind <> 'partner_organisation' OR partner_id IS NOT NULL",
            name="partner_route_names_partner",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[RouteKind] = mapped_column(enum_type(RouteKind, "route_kind"))
    nominating_body: Mapped[str | None] = mapped_column(sa.String(200))
    member_state: Mapped[str | None] = mapped_column(sa.String(2))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    quota: Mapped[int | None]
    quota_policy: Mapped[QuotaPolicy] = mapped_column(
        enum_type(QuotaPolicy, "quota_policy"), default=QuotaPolicy.REFUSE
    )
    required_documents: Mapped[list[str]] = mapped_column(default=list)
    zones: Mapped[list[str]] = mapped_column(default=list)

    partner: Mapped[Organisation | None] = relationship()


class Accreditation(Base):
    """One delegate on one route, with its state; history in AccreditationChange."""

    __tablename__ = "accreditations"
    __table_args__ = (UniqueConstraint("delegate_id", "route_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), index=True
    )
    route_id: Mapped[int] = mapped_column(ForeignKey("accreditation_routes.id"), index=True)
    state: Mapped[AccreditationState] = mapped_column(
        enum_type(AccreditationState, "accreditation_state"),
        default=AccreditationState.NOMINATED,
        index=True,
    )
    reason: Mapped[str | None] = mapped_column(sa.Text)
    documents_received: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    delegate: Mapped[Delegate] = relationship(back_populates="accreditations")
    route: Mapped[AccreditationRoute] = relationship()
    history: Mapped[list[AccreditationChange]] = relationship(
        cascade="all, delete-orphan", order_by="AccreditationChange.id"
    )
    badges: Mapped[list[Badge]] = relationship(
        cascade="all, delete-orphan", order_by="Badge.id", back_populates="accreditation"
    )


class AccreditationChange(Base):
    """One move of an accreditation: who, when, from, to, why."""

    __tablename__ = "accreditation_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    accreditation_id: Mapped[int] = mapped_column(
        ForeignKey("accreditations.id", ondelete="CASCADE"), index=True
    )
    # each CHECK of the state vocabulary needs its own name (PostgreSQL)
    from_state: Mapped[AccreditationState | None] = mapped_column(
        enum_type(AccreditationState, "from_state")
    )
    to_state: Mapped[AccreditationState] = mapped_column(
        enum_type(AccreditationState, "to_state")
    )
    reason: Mapped[str | None] = mapped_column(sa.Text)
    actor: Mapped[str] = mapped_column(sa.String(120))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Badge(Base):
    """A printed badge; a reprint gets a new serial and the old one is revoked."""

    __tablename__ = "badges"

    id: Mapped[int] = mapped_column(primary_key=True)
    accreditation_id: Mapped[int] = mapped_column(
        ForeignKey("accreditations.id", ondelete="CASCADE"), index=True
    )
    serial: Mapped[str] = mapped_column(sa.String(40), unique=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str | None] = mapped_column(sa.String(120))
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(sa.String(200))

    accreditation: Mapped[Accreditation] = relationship(back_populates="badges")


class Session(Base):
    """A programme item: plenary, roundtable, break-out, side event, break, …"""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint(
            "expected_attendance IS NULL OR expected_attendance >= 0", name="attendance"
        ),
        Index("ix_sessions_event_start", "event_id", "starts_at"),
        # an id is never given twice (migration 0015): releases and .ics UIDs are made from it
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[SessionKind] = mapped_column(enum_type(SessionKind, "session_kind"))
    series: Mapped[str | None] = mapped_column(sa.String(300))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("rooms.id", ondelete="SET NULL"), index=True
    )
    host: Mapped[str | None] = mapped_column(sa.String(300))
    co_chairs: Mapped[list[str]] = mapped_column(default=list)
    moderator_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegates.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[SessionStatus] = mapped_column(
        enum_type(SessionStatus, "session_status"), default=SessionStatus.CONFIRMED
    )
    access: Mapped[SessionAccess] = mapped_column(
        enum_type(SessionAccess, "session_access"), default=SessionAccess.OPEN
    )
    chatham_house: Mapped[bool] = mapped_column(default=False)
    interpretation_languages: Mapped[list[str]] = mapped_column(default=list)
    expected_attendance: Mapped[int | None]
    description: Mapped[str | None] = mapped_column(sa.Text)
    #: speaking minutes each delegation may use in total (a roundtable's rule; None: no limit)
    delegation_minutes: Mapped[int | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    room: Mapped[Room | None] = relationship()
    moderator: Mapped[Delegate | None] = relationship()
    slots: Mapped[list[SpeakingSlot]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SpeakingSlot.position"
    )
    invitations: Mapped[list[Invitation]] = relationship(cascade="all, delete-orphan")


class SpeakingSlot(Base):
    """A delegate's part in a session: role, order, minutes, mode, status."""

    __tablename__ = "speaking_slots"
    __table_args__ = (
        CheckConstraint("minutes > 0", name="minutes_positive"),
        CheckConstraint("position >= 1", name="position_from_one"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[SlotRole] = mapped_column(enum_type(SlotRole, "slot_role"))
    position: Mapped[int]
    minutes: Mapped[int]
    mode: Mapped[SlotMode] = mapped_column(enum_type(SlotMode, "slot_mode"), default=SlotMode.IN_PERSON)
    status: Mapped[SlotStatus] = mapped_column(
        enum_type(SlotStatus, "slot_status"), default=SlotStatus.INVITED
    )
    notes: Mapped[str | None] = mapped_column(sa.Text)
    #: when the floor was asked for (protocol order's tie-break; unknown for older slots)
    requested_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    #: what happened on the day (the live console): wall-clock start and end, seconds spoken
    actual_start: Mapped[datetime | None]
    actual_end: Mapped[datetime | None]
    actual_seconds: Mapped[int | None]

    session: Mapped[Session] = relationship(back_populates="slots")
    delegate: Mapped[Delegate] = relationship()


class Invitation(Base):
    """A delegate invited to an invitation-only session."""

    __tablename__ = "invitations"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EventKey(Base):
    """The event's Ed25519 public key: any desk verifies badge codes with it."""

    __tablename__ = "event_keys"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: at a verifying desk: the time of the newest verification kit imported (its revocations)
    revocations_as_of: Mapped[datetime | None]
    # the private key is never stored here: see mmdesk/store/keyfiles.py


class CheckIn(Base):
    """A badge seen at a desk or a room door: when, where, which desk, the outcome.

    `place` says what an admission is for ("entry 2019-11-20", "session 12"); one
    unforced admission per delegate and place is kept by a unique index, so two
    desks scanning the same badge at once admit it once.
    """

    __tablename__ = "check_ins"
    __table_args__ = (
        Index(
            "uq_check_ins_admitted_once", "event_id", "delegate_id", "place", unique=True,
            sqlite_where=sa.text("outcome = 'admitted' AND forced = 0"),
            postgresql_where=sa.text("outcome = 'admitted' AND forced = false"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    delegate_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegates.id", ondelete="SET NULL"), index=True
    )
    serial: Mapped[str | None] = mapped_column(sa.String(40), index=True)
    scanned: Mapped[str] = mapped_column(sa.String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    desk: Mapped[str] = mapped_column(sa.String(80))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    place: Mapped[str | None] = mapped_column(sa.String(60))
    outcome: Mapped[CheckInOutcome] = mapped_column(enum_type(CheckInOutcome, "check_in_outcome"))
    reason: Mapped[str | None] = mapped_column(sa.String(300))
    forced: Mapped[bool] = mapped_column(default=False)
    #: a typed number or name admitted at a staffed desk: the operator who confirmed the person
    confirmed_by: Mapped[str | None] = mapped_column(sa.String(80))


class Declaration(Base):
    """A declaration or action pledge presented at the forum, with its action areas."""

    __tablename__ = "declarations"
    __table_args__ = (UniqueConstraint("event_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    action_areas: Mapped[list[str]] = mapped_column(default=list)
    #: the endorsers' names are public statements, kept when the event closes (False: erased)
    endorsers_public: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class Endorsement(Base):
    """A city signing a declaration, for the action areas it endorses (empty: the whole)."""

    __tablename__ = "endorsements"
    __table_args__ = (UniqueConstraint("declaration_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declarations.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    action_areas: Mapped[list[str]] = mapped_column(default=list)
    endorsed_by: Mapped[str | None] = mapped_column(sa.String(200))
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegates.id", ondelete="SET NULL"))
    endorsed_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExportPreset(Base):
    """A named choice and order of delegate columns the organizer reuses for exports."""

    __tablename__ = "export_presets"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(80))
    columns: Mapped[list[str]] = mapped_column(default=list)


class ExportLog(Base):
    """An export that included sensitive fields: who, when, which fields, how many rows, where."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(sa.String(120))
    fields: Mapped[list[str]] = mapped_column(default=list)
    rows: Mapped[int]
    target: Mapped[str] = mapped_column(sa.String(500))


class ProgrammeVersion(Base):
    """A released state of the programme: number, note, when and by whom, and the snapshot
    (sessions with their speaking slots, see mmdesk.domain.programme_changes)."""

    __tablename__ = "programme_versions"
    __table_args__ = (UniqueConstraint("event_id", "number"),
                      CheckConstraint("number >= 1", name="number_from_one"))

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    note: Mapped[str | None] = mapped_column(sa.Text)
    released_at: Mapped[datetime] = mapped_column(default=utcnow)
    released_by: Mapped[str] = mapped_column(sa.String(120))
    sessions: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)


class TableRevision(Base):
    """How many committed transactions have changed a table: open windows poll these
    counters to show other desks' changes within seconds."""

    __tablename__ = "table_revisions"

    table_name: Mapped[str] = mapped_column(sa.String(60), primary_key=True)
    n: Mapped[int] = mapped_column(sa.BigInteger, default=0)


class Letter(Base):
    """A letter issued to a delegate, numbered in the event's register: kind, language,
    template, for whom, who issued it and when (the recipient and issuer are erased when
    the event closes; the counts stay)."""

    __tablename__ = "letters"
    __table_args__ = (
        UniqueConstraint("event_id", "number"),
        CheckConstraint("number >= 1", name="number_from_one"),
        CheckConstraint("kind IN ('visa', 'invitation', 'confirmation', 'attendance')", name="known_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    kind: Mapped[str] = mapped_column(sa.String(20))
    language: Mapped[str] = mapped_column(sa.String(8))
    #: which template file printed it ("default/visa.fr.txt" or the forum folder's file)
    template: Mapped[str] = mapped_column(sa.String(300))
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegates.id", ondelete="SET NULL"),
                                                    index=True)
    #: the name as printed (personal: erased at closing)
    recipient: Mapped[str | None] = mapped_column(sa.String(300))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str] = mapped_column(sa.String(120))


class ChangeLog(Base):
    """Which rows a commit changed in the tables the window shows row by row (delegates,
    accreditations, badges), under the table's revision after that commit: an open window
    re-reads just those rows. row_id NULL: many rows at once (an import), read the table
    again. owner_id: the row it belongs to (an accreditation's delegate, a badge's
    accreditation). Old entries are pruned; a window that finds a gap reads everything."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_table_revision", "table_name", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(sa.String(60))
    revision: Mapped[int] = mapped_column(sa.BigInteger)
    row_id: Mapped[int | None]
    owner_id: Mapped[int | None]


class DelegatePhoto(Base):
    """A delegate's photo (personal data): a compressed JPEG cropped to the badge's photo box,
    shown on the desk card and printed on the photo layouts; erased when the event closes."""

    __tablename__ = "delegate_photos"

    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), primary_key=True
    )
    jpeg: Mapped[bytes] = mapped_column(sa.LargeBinary)
    width: Mapped[int]
    height: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class NominationWorkbook(Base):
    """A nomination workbook sent to a route's nominating body (exported) or returned by it
    (imported), and when: the Accreditation page shows each route's."""

    __tablename__ = "nomination_workbooks"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(
        ForeignKey("accreditation_routes.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(sa.String(8))  # "sent" or "returned"
    at: Mapped[datetime] = mapped_column(default=utcnow)
    file_name: Mapped[str | None] = mapped_column(sa.String(260))
    people: Mapped[int | None]  # returned: how many were nominated from it
