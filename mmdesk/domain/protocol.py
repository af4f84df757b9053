"""Protocol order: a delegate's level of representation, and a speaking order sorted by it.

UN practice orders a roundtable's speakers by level of representation, then by the order in
which they asked for the floor. Opening remarks, keynotes and the moderator's part keep their
place at the start, respondents, closing remarks and the rapporteur's at the end; only those between
them are sorted (the organizer may still reorder by hand afterwards).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class RepresentationLevel(StrEnum):
    """A delegate's level of representation, highest first."""

    HEAD_OF_STATE = "head_of_state"          # head of state or government
    MINISTER = "minister"
    MAYOR = "mayor"                          # mayor or governor
    DEPUTY = "deputy"                        # deputy mayor, vice-minister, deputy governor
    SENIOR_OFFICIAL = "senior_official"
    OTHER = "other"


#: The levels in English words (the command line and spreadsheets).
LEVEL_WORDS: dict[RepresentationLevel, str] = {
    RepresentationLevel.HEAD_OF_STATE: "Head of State or Government",
    RepresentationLevel.MINISTER: "Minister",
    RepresentationLevel.MAYOR: "Mayor or Governor",
    RepresentationLevel.DEPUTY: "Deputy",
    RepresentationLevel.SENIOR_OFFICIAL: "Senior official",
    RepresentationLevel.OTHER: "Other",
}

_RANK = {level: i for i, level in enumerate(RepresentationLevel)}

#: Roles that open a session and keep their place before the sorted speakers.
LEADING_ROLES = frozenset({"opening_remarks", "keynote", "moderator"})
#: Roles that close a session and keep their place after them.
CLOSING_ROLES = frozenset({"respondent", "closing_remarks", "rapporteur"})


@dataclass(frozen=True)
class Request:
    """A speaking slot as protocol sees it: its id, role, speaker's level and when it was asked for."""

    slot_id: int
    role: str
    level: RepresentationLevel | str | None
    requested_at: datetime | None
    position: int


def protocol_order(slots: Sequence[Request]) -> list[int]:
    """The slot ids in protocol order: leading roles as they are, then the others by level
    (highest first) and request time (earliest first; unknown times first, by position),
    then the closing roles as they are."""
    ordered = sorted(slots, key=lambda x: x.position)
    lead = [x for x in ordered if x.role in LEADING_ROLES]
    tail = [x for x in ordered if x.role in CLOSING_ROLES]
    middle = [x for x in ordered if x.role not in LEADING_ROLES | CLOSING_ROLES]

    def key(x: Request) -> tuple[int, int, datetime, int]:
        try:
            rank = _RANK[RepresentationLevel(x.level)] if x.level else _RANK[RepresentationLevel.OTHER]
        except ValueError:
            rank = _RANK[RepresentationLevel.OTHER]
        return (rank, x.requested_at is not None, x.requested_at or datetime.min, x.position)

    return [x.slot_id for x in (*lead, *sorted(middle, key=key), *tail)]
