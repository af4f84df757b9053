"""Translated words for the domain's vocabularies (lupdate reads these calls)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit

from mmdesk.domain.enums import (
    AccreditationState,
    Category,
    CheckInOutcome,
    RouteKind,
    SessionAccess,
    SessionKind,
    SessionStatus,
    Severity,
    SlotMode,
    SlotRole,
    SlotStatus,
)
from mmdesk.domain.regions import REGIONS, canonical_region, depth, region_name


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP hands back its text typed as object (PySide6's stubs)
    return QCoreApplication.translate("labels", str(text))


def category(c: Category) -> str:
    """The category as an organizer says it."""
    return {
        Category.LOCAL_LEADER: _t(QT_TRANSLATE_NOOP("labels", "Local/regional government leader")),
        Category.CITY_OFFICIAL: _t(QT_TRANSLATE_NOOP("labels", "City official")),
        Category.MEMBER_STATE: _t(QT_TRANSLATE_NOOP("labels", "Member State")),
        Category.UN_IO: _t(QT_TRANSLATE_NOOP("labels", "UN / international organisation")),
        Category.CIVIL_SOCIETY: _t(QT_TRANSLATE_NOOP("labels", "Civil society")),
        Category.PRIVATE_SECTOR: _t(QT_TRANSLATE_NOOP("labels", "Private sector")),
        Category.ACADEMIA: _t(QT_TRANSLATE_NOOP("labels", "Academia")),
        Category.MEDIA: _t(QT_TRANSLATE_NOOP("labels", "Media")),
        Category.HOST_STAFF: _t(QT_TRANSLATE_NOOP("labels", "Host / secretariat staff")),
        Category.INTERPRETER: _t(QT_TRANSLATE_NOOP("labels", "Interpreter")),
        Category.SECURITY: _t(QT_TRANSLATE_NOOP("labels", "Security")),
    }[c]


def state(s: AccreditationState | None) -> str:
    """An accreditation state in words ("—" for none)."""
    if s is None:
        return _t(QT_TRANSLATE_NOOP("labels", "not accredited"))
    return {
        AccreditationState.NOMINATED: _t(QT_TRANSLATE_NOOP("labels", "nominated")),
        AccreditationState.APPROVED: _t(QT_TRANSLATE_NOOP("labels", "approved")),
        AccreditationState.REJECTED: _t(QT_TRANSLATE_NOOP("labels", "rejected")),
        AccreditationState.WITHDRAWN: _t(QT_TRANSLATE_NOOP("labels", "withdrawn")),
        AccreditationState.BADGE_ISSUED: _t(QT_TRANSLATE_NOOP("labels", "badge issued")),
        AccreditationState.BADGE_COLLECTED: _t(QT_TRANSLATE_NOOP("labels", "badge collected")),
    }[s]


def kind(k: SessionKind) -> str:
    """A session kind in words."""
    return {
        SessionKind.REGISTRATION: _t(QT_TRANSLATE_NOOP("labels", "Registration")),
        SessionKind.PLENARY: _t(QT_TRANSLATE_NOOP("labels", "Plenary")),
        SessionKind.ROUNDTABLE: _t(QT_TRANSLATE_NOOP("labels", "Roundtable")),
        SessionKind.PARALLEL_BREAKOUT: _t(QT_TRANSLATE_NOOP("labels", "Parallel break-out")),
        SessionKind.SIDE_EVENT: _t(QT_TRANSLATE_NOOP("labels", "Side event")),
        SessionKind.PRIVATE_MEETING: _t(QT_TRANSLATE_NOOP("labels", "Private meeting")),
        SessionKind.PRESS_CONFERENCE: _t(QT_TRANSLATE_NOOP("labels", "Press conference")),
        SessionKind.BREAK: _t(QT_TRANSLATE_NOOP("labels", "Break")),
        SessionKind.MEAL: _t(QT_TRANSLATE_NOOP("labels", "Meal")),
        SessionKind.RECEPTION: _t(QT_TRANSLATE_NOOP("labels", "Reception")),
    }[k]


def session_status(s: SessionStatus) -> str:
    """TBC, confirmed or cancelled."""
    return {SessionStatus.TBC: _t(QT_TRANSLATE_NOOP("labels", "TBC")),
            SessionStatus.CONFIRMED: _t(QT_TRANSLATE_NOOP("labels", "confirmed")),
            SessionStatus.CANCELLED: _t(QT_TRANSLATE_NOOP("labels", "cancelled"))}[s]


def access(a: SessionAccess) -> str:
    """Who may enter a session."""
    return {
        SessionAccess.OPEN: _t(QT_TRANSLATE_NOOP("labels", "open to all accredited")),
        SessionAccess.INVITATION: _t(QT_TRANSLATE_NOOP("labels", "invitation only")),
        SessionAccess.CLOSED: _t(QT_TRANSLATE_NOOP("labels", "closed")),
    }[a]


def role(r: SlotRole) -> str:
    """A speaking role in words."""
    return {
        SlotRole.OPENING_REMARKS: _t(QT_TRANSLATE_NOOP("labels", "Opening remarks")),
        SlotRole.KEYNOTE: _t(QT_TRANSLATE_NOOP("labels", "Keynote")),
        SlotRole.PANELLIST: _t(QT_TRANSLATE_NOOP("labels", "Panellist")),
        SlotRole.MODERATOR: _t(QT_TRANSLATE_NOOP("labels", "Moderator")),
        SlotRole.RESPONDENT: _t(QT_TRANSLATE_NOOP("labels", "Respondent")),
        SlotRole.FLOOR_INTERVENTION: _t(QT_TRANSLATE_NOOP("labels", "Intervention from the floor")),
        SlotRole.CLOSING_REMARKS: _t(QT_TRANSLATE_NOOP("labels", "Closing remarks")),
        SlotRole.RAPPORTEUR: _t(QT_TRANSLATE_NOOP("labels", "Rapporteur")),
    }[r]


def mode(m: SlotMode) -> str:
    """In person, video or remote."""
    return {SlotMode.IN_PERSON: _t(QT_TRANSLATE_NOOP("labels", "in person")),
            SlotMode.VIDEO: _t(QT_TRANSLATE_NOOP("labels", "video")),
            SlotMode.REMOTE: _t(QT_TRANSLATE_NOOP("labels", "remote"))}[m]


def slot_status(s: SlotStatus) -> str:
    """Invited, confirmed or declined."""
    return {SlotStatus.INVITED: _t(QT_TRANSLATE_NOOP("labels", "invited")),
            SlotStatus.CONFIRMED: _t(QT_TRANSLATE_NOOP("labels", "confirmed")),
            SlotStatus.DECLINED: _t(QT_TRANSLATE_NOOP("labels", "declined"))}[s]


def route_kind(k: RouteKind) -> str:
    """An accreditation route's kind in words."""
    return {
        RouteKind.OWN_AUTHORITY: _t(QT_TRANSLATE_NOOP("labels", "Own authority")),
        RouteKind.NATIONAL_DELEGATION: _t(QT_TRANSLATE_NOOP("labels", "National delegation")),
        RouteKind.PARTNER_ORGANISATION: _t(QT_TRANSLATE_NOOP("labels", "Partner organisation")),
        RouteKind.HOST_SECRETARIAT: _t(QT_TRANSLATE_NOOP("labels", "Host / secretariat")),
        RouteKind.MEDIA: _t(QT_TRANSLATE_NOOP("labels", "Media")),
    }[k]


def outcome(o: CheckInOutcome) -> str:
    """What the door said, in one word."""
    return {CheckInOutcome.ADMITTED: _t(QT_TRANSLATE_NOOP("labels", "ADMITTED")),
            CheckInOutcome.ALREADY: _t(QT_TRANSLATE_NOOP("labels", "ALREADY IN")),
            CheckInOutcome.REFUSED: _t(QT_TRANSLATE_NOOP("labels", "REFUSED"))}[o]


#: Result panel colours at the desk (background, text).
OUTCOME_COLOURS: dict[CheckInOutcome, tuple[str, str]] = {
    CheckInOutcome.ADMITTED: ("#2e7d32", "#ffffff"),
    CheckInOutcome.ALREADY: ("#ffb300", "#212121"),
    CheckInOutcome.REFUSED: ("#c62828", "#ffffff"),
}


def severity(s: Severity) -> str:
    """Error or warning."""
    return {Severity.ERROR: _t(QT_TRANSLATE_NOOP("labels", "Error")),
            Severity.WARNING: _t(QT_TRANSLATE_NOOP("labels", "Warning"))}[s]


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
        "given_name": _t(QT_TRANSLATE_NOOP("labels", "Given name")),
        "family_name": _t(QT_TRANSLATE_NOOP("labels", "Family name")),
        "category": _t(QT_TRANSLATE_NOOP("labels", "Category")),
        "honorific": _t(QT_TRANSLATE_NOOP("labels", "Honorific")),
        "badge_name": _t(QT_TRANSLATE_NOOP("labels", "Name on the badge")),
        "position": _t(QT_TRANSLATE_NOOP("labels", "Position")),
        "organisation": _t(QT_TRANSLATE_NOOP("labels", "Organisation")),
        "city": _t(QT_TRANSLATE_NOOP("labels", "City")),
        "country": _t(QT_TRANSLATE_NOOP("labels", "Country")),
        "region": _t(QT_TRANSLATE_NOOP("labels", "Region")),
        "gender": _t(QT_TRANSLATE_NOOP("labels", "Gender")),
        "email": _t(QT_TRANSLATE_NOOP("labels", "E-mail")),
        "phone": _t(QT_TRANSLATE_NOOP("labels", "Phone")),
        "languages": _t(QT_TRANSLATE_NOOP("labels", "Languages")),
        "dietary_needs": _t(QT_TRANSLATE_NOOP("labels", "Dietary needs")),
        "access_needs": _t(QT_TRANSLATE_NOOP("labels", "Access needs")),
        "notes": _t(QT_TRANSLATE_NOOP("labels", "Notes")),
        "delegation_id": _t(QT_TRANSLATE_NOOP("labels", "Delegation")),
        "passport_number": _t(QT_TRANSLATE_NOOP("labels", "Passport number")),
        "date_of_birth": _t(QT_TRANSLATE_NOOP("labels", "Date of birth")),
        "level": _t(QT_TRANSLATE_NOOP("labels", "Level of representation")),
    }.get(name, name)


def region_combo(current: str | None = None) -> QComboBox:
    """The UN M49 regions and sub-regions, in the window's language, to choose from (not type);
    the item data is the stored value (the M49 English name). A value outside the list, from
    an older file, stays as the last item so that saving keeps it."""
    combo = QComboBox()
    combo.addItem("", None)
    for r in REGIONS:
        combo.addItem("    " * depth(r) + region_name(r.name), r.name)
    wanted = canonical_region(current)
    if wanted and combo.findData(wanted) < 0:
        combo.addItem(wanted, wanted)
    combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted else 0)
    return combo


def qdate(d: date) -> QDate:
    """A Python date as Qt's (field by field, as every PySide6 release takes it)."""
    return QDate(d.year, d.month, d.day)


def qdatetime(at: datetime) -> QDateTime:
    """A wall-clock time as Qt's, to the second."""
    return QDateTime(qdate(at), QTime(at.hour, at.minute, at.second))


def moment(at: datetime, *, year: bool = False) -> str:
    """A wall-clock time (already on the event's clock) in the window's language: "20 nov. 10:45"."""
    return QLocale().toString(qdatetime(at), "d MMM yyyy HH:mm" if year else "d MMM HH:mm")


def day(d: date) -> str:
    """A day in full in the window's language: "mercredi 20 novembre 2019"."""
    return QLocale().toString(qdate(d), QLocale.FormatType.LongFormat)


def layout_name(key: str, fallback: str | None = None) -> str:
    """A badge layout's name in the window's language (the layout file's own name, or the key,
    for a layout mmdesk does not ship)."""
    names = {
        "a4-4up": QT_TRANSLATE_NOOP("labels", "4 A6 badges on A4, with crop marks"),
        "a4-8up": QT_TRANSLATE_NOOP("labels", "8 A7 badges on A4 landscape, with crop marks"),
        "a6-photo": QT_TRANSLATE_NOOP("labels", "A6 badge with photo (105 × 148 mm)"),
        "a6": QT_TRANSLATE_NOOP("labels", "A6 badge (105 × 148 mm)"),
        "a7": QT_TRANSLATE_NOOP("labels", "A7 badge (74 × 105 mm)"),
        "id1-photo": QT_TRANSLATE_NOOP("labels", "ID-1 card with photo (85.6 × 54 mm)"),
        "id1": QT_TRANSLATE_NOOP("labels", "ID-1 card (85.6 × 54 mm)"),
        "label-4x3": QT_TRANSLATE_NOOP("labels", "Label 4 × 3 in (Zebra, 101.6 × 76.2 mm)"),
        "label-62x100": QT_TRANSLATE_NOOP("labels", "Label 62 × 100 mm (Brother QL, 62 mm continuous)"),
    }
    return _t(names[key]) if key in names else (fallback or key)


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """A line edit at least as wide as its placeholder says in the window's language."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
    return edit
