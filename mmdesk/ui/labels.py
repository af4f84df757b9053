"""Translated words for the domain's vocabularies (lupdate reads these calls)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from mmdesk.domain.enums import (
    AccreditationState,
    Category,
    CheckInOutcome,
    RouteKind,
    SessionKind,
    SessionStatus,
    Severity,
    SlotMode,
    SlotRole,
    SlotStatus,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def category(c: Category) -> str:
    """The category as an organizer says it."""
    return {
        Category.LOCAL_LEADER: _t("Local/regional government leader"),
        Category.CITY_OFFICIAL: _t("City official"),
        Category.MEMBER_STATE: _t("Member State"),
        Category.UN_IO: _t("UN / international organisation"),
        Category.CIVIL_SOCIETY: _t("Civil society"),
        Category.PRIVATE_SECTOR: _t("Private sector"),
        Category.ACADEMIA: _t("Academia"),
        Category.MEDIA: _t("Media"),
        Category.HOST_STAFF: _t("Host / secretariat staff"),
        Category.INTERPRETER: _t("Interpreter"),
        Category.SECURITY: _t("Security"),
    }[c]


def state(s: AccreditationState | None) -> str:
    """An accreditation state in words ("—" for none)."""
    if s is None:
        return _t("not accredited")
    return {
        AccreditationState.NOMINATED: _t("nominated"),
        AccreditationState.APPROVED: _t("approved"),
        AccreditationState.REJECTED: _t("rejected"),
        AccreditationState.WITHDRAWN: _t("withdrawn"),
        AccreditationState.BADGE_ISSUED: _t("badge issued"),
        AccreditationState.BADGE_COLLECTED: _t("badge collected"),
    }[s]


def kind(k: SessionKind) -> str:
    """A session kind in words."""
    return {
        SessionKind.REGISTRATION: _t("Registration"),
        SessionKind.PLENARY: _t("Plenary"),
        SessionKind.ROUNDTABLE: _t("Roundtable"),
        SessionKind.PARALLEL_BREAKOUT: _t("Parallel break-out"),
        SessionKind.SIDE_EVENT: _t("Side event"),
        SessionKind.PRIVATE_MEETING: _t("Private meeting"),
        SessionKind.PRESS_CONFERENCE: _t("Press conference"),
        SessionKind.BREAK: _t("Break"),
        SessionKind.MEAL: _t("Meal"),
        SessionKind.RECEPTION: _t("Reception"),
    }[k]


def session_status(s: SessionStatus) -> str:
    """TBC, confirmed or cancelled."""
    return {SessionStatus.TBC: _t("TBC"), SessionStatus.CONFIRMED: _t("confirmed"),
            SessionStatus.CANCELLED: _t("cancelled")}[s]


def role(r: SlotRole) -> str:
    """A speaking role in words."""
    return {
        SlotRole.OPENING_REMARKS: _t("Opening remarks"),
        SlotRole.KEYNOTE: _t("Keynote"),
        SlotRole.PANELLIST: _t("Panellist"),
        SlotRole.MODERATOR: _t("Moderator"),
        SlotRole.RESPONDENT: _t("Respondent"),
        SlotRole.FLOOR_INTERVENTION: _t("Intervention from the floor"),
        SlotRole.CLOSING_REMARKS: _t("Closing remarks"),
        SlotRole.RAPPORTEUR: _t("Rapporteur"),
    }[r]


def mode(m: SlotMode) -> str:
    """In person, video or remote."""
    return {SlotMode.IN_PERSON: _t("in person"), SlotMode.VIDEO: _t("video"),
            SlotMode.REMOTE: _t("remote")}[m]


def slot_status(s: SlotStatus) -> str:
    """Invited, confirmed or declined."""
    return {SlotStatus.INVITED: _t("invited"), SlotStatus.CONFIRMED: _t("confirmed"),
            SlotStatus.DECLINED: _t("declined")}[s]


def route_kind(k: RouteKind) -> str:
    """An accreditation route's kind in words."""
    return {
        RouteKind.OWN_AUTHORITY: _t("Own authority"),
        RouteKind.NATIONAL_DELEGATION: _t("National delegation"),
        RouteKind.PARTNER_ORGANISATION: _t("Partner organisation"),
        RouteKind.HOST_SECRETARIAT: _t("Host / secretariat"),
        RouteKind.MEDIA: _t("Media"),
    }[k]


def outcome(o: CheckInOutcome) -> str:
    """What the door said, in one word."""
    return {CheckInOutcome.ADMITTED: _t("ADMITTED"), CheckInOutcome.ALREADY: _t("ALREADY IN"),
            CheckInOutcome.REFUSED: _t("REFUSED")}[o]


#: Result panel colours at the desk (background, text).
OUTCOME_COLOURS: dict[CheckInOutcome, tuple[str, str]] = {
    CheckInOutcome.ADMITTED: ("#2e7d32", "#ffffff"),
    CheckInOutcome.ALREADY: ("#ffb300", "#212121"),
    CheckInOutcome.REFUSED: ("#c62828", "#ffffff"),
}


def severity(s: Severity) -> str:
    """Error or warning."""
    return {Severity.ERROR: _t("Error"), Severity.WARNING: _t("Warning")}[s]


#: Block colours of the programme grid, by session kind.
KIND_COLOURS: dict[SessionKind, QColor] = {
    SessionKind.REGISTRATION: QColor("#cfd8dc"),
    SessionKind.PLENARY: QColor("#90caf9"),
    SessionKind.ROUNDTABLE: QColor("#80cbc4"),
    SessionKind.PARALLEL_BREAKOUT: QColor("#a5d6a7"),
    SessionKind.SIDE_EVENT: QColor("#ffe082"),
    SessionKind.PRIVATE_MEETING: QColor("#ce93d8"),
    SessionKind.PRESS_CONFERENCE: QColor("#ffab91"),
    SessionKind.BREAK: QColor("#eeeeee"),
    SessionKind.MEAL: QColor("#e0e0e0"),
    SessionKind.RECEPTION: QColor("#f48fb1"),
}

SEVERITY_COLOURS: dict[Severity, QColor] = {
    Severity.ERROR: QColor("#c62828"),
    Severity.WARNING: QColor("#ef6c00"),
}


def field(name: str) -> str:
    """A delegate field's caption (as in the edit dialog)."""
    return {
        "given_name": _t("Given name"), "family_name": _t("Family name"), "category": _t("Category"),
        "honorific": _t("Honorific"), "badge_name": _t("Name on the badge"),
        "position": _t("Position"), "organisation": _t("Organisation"), "city": _t("City"),
        "country": _t("Country"), "region": _t("Region"), "gender": _t("Gender"),
        "email": _t("E-mail"), "phone": _t("Phone"), "languages": _t("Languages"),
        "dietary_needs": _t("Dietary needs"), "access_needs": _t("Access needs"),
        "notes": _t("Notes"), "delegation_id": _t("Delegation"),
        "passport_number": _t("Passport number"), "date_of_birth": _t("Date of birth"),
    }.get(name, name)
