"""The plain values the services hand out and the printed documents read: a room, a session
with its speaking slots, a delegate, and the Event as a document prints it. Frozen dataclasses,
no SQL: the services fill them (mmdesk/services/venue.py, programme.py, delegates.py,
documents.py, which re-export them), mmdesk/printing and the window read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.enums import (
    AccreditationState,
    Category,
    SessionAccess,
    SessionKind,
    SessionStatus,
    SlotMode,
    SlotRole,
    SlotStatus,
)
from mmdesk.domain.rules import Finding


@dataclass(frozen=True)
class RoomView:
    """A room as shown: its column `position` in the grid and how many sessions use it."""

    id: int
    name: str
    capacity: int | None
    access_zone: str | None
    position: int = 0
    sessions: int = 0


@dataclass(frozen=True)
class SlotView:
    """A speaking slot as shown on a run-sheet."""

    id: int
    position: int
    delegate_id: int
    delegate_name: str
    role: SlotRole
    minutes: int
    mode: SlotMode
    status: SlotStatus


@dataclass(frozen=True)
class SessionView:
    """A session with its room, moderator and slots in order."""

    id: int
    title: str
    kind: SessionKind
    series: str | None
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    room: str | None
    host: str | None
    co_chairs: tuple[str, ...]
    moderator_id: int | None
    moderator: str | None
    status: SessionStatus
    access: SessionAccess
    chatham_house: bool
    interpretation_languages: tuple[str, ...]
    expected_attendance: int | None
    description: str | None
    slots: tuple[SlotView, ...]
    version: int
    #: each delegation's total speaking time in the session (None: no limit; issue 20)
    delegation_minutes: int | None = None

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def speaking_minutes(self) -> int:
        return sum(s.minutes for s in self.slots if s.status is not SlotStatus.DECLINED)


@dataclass(frozen=True)
class DelegateView:
    """A delegate as the window and the command line show it (no sensitive fields)."""

    id: int
    honorific: str | None
    given_name: str
    family_name: str
    badge_name: str
    position: str | None
    organisation: str | None
    city: str | None
    country: str | None
    country_name: str
    region: str | None
    category: Category
    email: str | None
    state: AccreditationState | None
    route: str | None
    version: int
    search_key: str = field(default="", repr=False, compare=False)

    @property
    def name(self) -> str:
        """The name as printed on the badge (family name first where the badge says so)."""
        return self.badge_name

    @property
    def full_name(self) -> str:
        """Honorific and name, as protocol reads it out."""
        return " ".join(p for p in (self.honorific, self.badge_name) if p)


class DocumentWords(Protocol):
    """The words of a document in its language(s) (mmdesk.printing.words.Words is one)."""

    @property
    def main(self) -> str: ...

    @property
    def locale(self) -> str: ...

    def __call__(self, text: str) -> str: ...

    def say(self, text: str, **values: Any) -> str: ...

    def long_date(self, d: date) -> str: ...

    def day_month(self, d: date) -> str: ...


@dataclass(frozen=True)
class PrintableEvent:
    """The Event as the printed documents show it: everything they may print, as plain values."""

    title: str
    dates: str
    rooms: tuple[RoomView, ...]
    sessions: tuple[SessionView, ...]
    delegates: dict[int, DelegateView]
    invitations: dict[int, tuple[int, ...]]   # session id → invited delegate ids
    findings: tuple[Finding, ...]
    words: DocumentWords
    version: str | None = None                # "Programme version 3 of 20 Nov 2019 10:15" (issue 20)
    actuals: dict[int, tuple] = field(default_factory=dict)  # slot id → actual start, end, seconds


def approved(forum: PrintableEvent) -> list[DelegateView]:
    """Delegates who are accredited (the list of participants prints only them)."""
    return [d for d in forum.delegates.values() if d.state in APPROVED_STATES]
