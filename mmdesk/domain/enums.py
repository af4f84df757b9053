"""The closed vocabularies of the domain (docs/design.md), as string enums stored by value."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """What kind of participant a delegate is; drives the badge colour band."""

    LOCAL_LEADER = "local_leader"          # local/regional government leader
    CITY_OFFICIAL = "city_official"
    MEMBER_STATE = "member_state"
    UN_IO = "un_io"                        # UN or international organisation
    CIVIL_SOCIETY = "civil_society"
    PRIVATE_SECTOR = "private_sector"
    ACADEMIA = "academia"
    MEDIA = "media"
    HOST_STAFF = "host_staff"              # host / secretariat staff
    INTERPRETER = "interpreter"
    SECURITY = "security"


#: Categories in English words, as spreadsheets write them (and read them back).
CATEGORY_WORDS: dict[Category, str] = {
    Category.LOCAL_LEADER: "Local/regional government leader",
    Category.CITY_OFFICIAL: "City official",
    Category.MEMBER_STATE: "Member State",
    Category.UN_IO: "UN or international organisation",
    Category.CIVIL_SOCIETY: "Civil society",
    Category.PRIVATE_SECTOR: "Private sector",
    Category.ACADEMIA: "Academia",
    Category.MEDIA: "Media",
    Category.HOST_STAFF: "Host/secretariat staff",
    Category.INTERPRETER: "Interpreter",
    Category.SECURITY: "Security",
}


class OrganisationKind(StrEnum):
    """Cities, Member States, partner organisations and the rest."""

    LOCAL_GOVERNMENT = "local_government"
    REGIONAL_GOVERNMENT = "regional_government"
    MEMBER_STATE = "member_state"
    UN_IO = "un_io"
    PARTNER = "partner"                    # city networks: UCLG, MMC, …
    CIVIL_SOCIETY = "civil_society"
    PRIVATE_SECTOR = "private_sector"
    ACADEMIA = "academia"
    MEDIA = "media"
    HOST = "host"


class RouteKind(StrEnum):
    """How a delegate is accredited (seed 004: cities came in through others)."""

    OWN_AUTHORITY = "own_authority"
    NATIONAL_DELEGATION = "national_delegation"
    PARTNER_ORGANISATION = "partner_organisation"
    HOST_SECRETARIAT = "host_secretariat"
    MEDIA = "media"


class QuotaPolicy(StrEnum):
    """What a route does with a nomination beyond its quota."""

    REFUSE = "refuse"
    FLAG = "flag"


class AccreditationState(StrEnum):
    """nominated → approved | rejected | withdrawn; approved → badge issued → collected."""

    NOMINATED = "nominated"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    BADGE_ISSUED = "badge_issued"
    BADGE_COLLECTED = "badge_collected"


class SessionKind(StrEnum):
    """What a programme item is."""

    REGISTRATION = "registration"
    PLENARY = "plenary"
    ROUNDTABLE = "roundtable"
    PARALLEL_BREAKOUT = "parallel_breakout"
    SIDE_EVENT = "side_event"
    PRIVATE_MEETING = "private_meeting"
    PRESS_CONFERENCE = "press_conference"
    BREAK = "break"
    MEAL = "meal"
    RECEPTION = "reception"


#: Sessions that must be facilitated by a moderator (seed 002: "All sessions
#: will be actively facilitated by a moderator"); breaks, meals, registration
#: and receptions are not.
INTERACTIVE_KINDS: frozenset[SessionKind] = frozenset(
    {
        SessionKind.PLENARY,
        SessionKind.ROUNDTABLE,
        SessionKind.PARALLEL_BREAKOUT,
        SessionKind.SIDE_EVENT,
        SessionKind.PRIVATE_MEETING,
        SessionKind.PRESS_CONFERENCE,
    }
)


KIND_LABELS: dict[SessionKind, str] = {
    SessionKind.REGISTRATION: "registration",
    SessionKind.PLENARY: "plenary",
    SessionKind.ROUNDTABLE: "roundtable",
    SessionKind.PARALLEL_BREAKOUT: "parallel break-out",
    SessionKind.SIDE_EVENT: "side event",
    SessionKind.PRIVATE_MEETING: "private meeting",
    SessionKind.PRESS_CONFERENCE: "press conference",
    SessionKind.BREAK: "break",
    SessionKind.MEAL: "meal",
    SessionKind.RECEPTION: "reception",
}


class SessionStatus(StrEnum):
    """Tentative ("TBC"), confirmed or cancelled."""

    TBC = "tbc"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class SessionAccess(StrEnum):
    """Who may enter a session's room."""

    OPEN = "open"                          # open to all accredited
    INVITATION = "invitation"              # invitation only
    CLOSED = "closed"


class SlotRole(StrEnum):
    """A delegate's part in a session."""

    OPENING_REMARKS = "opening_remarks"
    KEYNOTE = "keynote"
    PANELLIST = "panellist"
    MODERATOR = "moderator"
    RESPONDENT = "respondent"
    FLOOR_INTERVENTION = "floor_intervention"
    CLOSING_REMARKS = "closing_remarks"
    RAPPORTEUR = "rapporteur"


class SlotMode(StrEnum):
    """How a speaker takes part."""

    IN_PERSON = "in_person"
    VIDEO = "video"                        # a recorded video message
    REMOTE = "remote"                      # live, connected from afar


class SlotStatus(StrEnum):
    """Whether an invited speaker has said yes."""

    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"


class CheckInOutcome(StrEnum):
    """What a desk or door said to a badge."""

    ADMITTED = "admitted"
    ALREADY = "already_checked_in"
    REFUSED = "refused"


class Severity(StrEnum):
    """Errors make `mmdesk check` exit 1; warnings are shown but do not."""

    ERROR = "error"
    WARNING = "warning"
