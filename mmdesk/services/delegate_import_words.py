"""The words of the domain's closed lists in English, French and Spanish: what a delegate
export writes in the user's language (headers, categories, accreditation states), and every
word an import accepts for a category, an accreditation state, a route kind, a session kind or
a session's access.

An import accepts, case and accents aside, the words the window shows (the Qt Linguist
translations of the "labels" context, resources/translations/mmdesk_{fr,es}.ts), the words the
command line says (the gettext catalogues, through mmdesk.i18n), the words of the forum
workbook, and the stored codes ("local_leader"). A value that is the beginning of exactly one
value's words ("Élu local" for "Élu local ou régional") is accepted too. The tables are built
once a process; each distinct value is looked up once (an import repeats them row after row).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from enum import StrEnum
from functools import cache, lru_cache

from mmdesk.domain.enums import (
    CATEGORY_WORDS,
    KIND_LABELS,
    AccreditationState,
    Category,
    RouteKind,
    SessionAccess,
    SessionKind,
)
from mmdesk.domain.text import strip_marks
from mmdesk.i18n import _, language, translations
from mmdesk.paths import resources_dir

LANGUAGES = ("en", "fr", "es")

S = AccreditationState

#: accreditation states as exports write them (English msgids of the catalogues)
STATE_WORDS: dict[AccreditationState, str] = {
    S.NOMINATED: "nominated", S.APPROVED: "approved", S.REJECTED: "rejected", S.WITHDRAWN: "withdrawn",
    S.BADGE_ISSUED: "badge issued", S.BADGE_COLLECTED: "badge collected",
}

#: the English words of each value, as the window (mmdesk/ui/labels.py), the command line and
#: the exports write them; the first is the export's (and the catalogues' msgid)
_ENGLISH: dict[type[StrEnum], dict[StrEnum, tuple[str, ...]]] = {
    Category: {c: (CATEGORY_WORDS[c],) for c in Category} | {
        Category.UN_IO: (CATEGORY_WORDS[Category.UN_IO], "UN / international organisation",
                         "United Nations / IO"),
        Category.HOST_STAFF: (CATEGORY_WORDS[Category.HOST_STAFF], "Host / secretariat staff",
                              "Organizer"),
        Category.LOCAL_LEADER: (CATEGORY_WORDS[Category.LOCAL_LEADER], "Local government leader"),
    },
    AccreditationState: {s: (w,) for s, w in STATE_WORDS.items()},
    RouteKind: {
        RouteKind.OWN_AUTHORITY: ("own authority",), RouteKind.NATIONAL_DELEGATION: ("national delegation",),
        RouteKind.PARTNER_ORGANISATION: ("partner organisation", "partner organization"),
        RouteKind.HOST_SECRETARIAT: ("host secretariat", "Host / secretariat"), RouteKind.MEDIA: ("media",),
    },
    SessionKind: {k: (w, k.value.replace("_", " ").capitalize()) for k, w in KIND_LABELS.items()} | {
        SessionKind.PARALLEL_BREAKOUT: ("parallel break-out", "Parallel break-out", "break-out"),
    },
    SessionAccess: {
        SessionAccess.OPEN: ("open", "open to all accredited"),
        SessionAccess.INVITATION: ("invitation", "invitation only", "by invitation only"),
        SessionAccess.CLOSED: ("closed",),
    },
}

#: words seen in French and Spanish lists (and earlier translations) that neither catalogue holds
_ALIASES: dict[type[StrEnum], dict[str, StrEnum]] = {
    Category: {"medias": Category.MEDIA, "medios": Category.MEDIA, "prensa": Category.MEDIA,
               "presse": Category.MEDIA, "journaliste": Category.MEDIA, "periodista": Category.MEDIA,
               "personnel de l hote ou du secretariat": Category.HOST_STAFF,
               "personal anfitrion o de la secretaria": Category.HOST_STAFF,
               "equipe hote secretariat": Category.HOST_STAFF},
    AccreditationState: {  # either gender ("proposé" as the window once said, "proposée")
        "propose": S.NOMINATED, "proposee": S.NOMINATED, "nomine": S.NOMINATED, "nominee": S.NOMINATED,
        "propuesto": S.NOMINATED, "propuesta": S.NOMINATED, "nominado": S.NOMINATED, "nominada": S.NOMINATED,
        "approuve": S.APPROVED, "approuvee": S.APPROVED, "aprobado": S.APPROVED, "aprobada": S.APPROVED,
        "refuse": S.REJECTED, "refusee": S.REJECTED, "rechazado": S.REJECTED, "rechazada": S.REJECTED,
        "retire": S.WITHDRAWN, "retiree": S.WITHDRAWN, "retirado": S.WITHDRAWN, "retirada": S.WITHDRAWN,
        "badge imprime": S.BADGE_ISSUED, "credencial impresa": S.BADGE_ISSUED,
    },
    RouteKind: {},
    SessionKind: {"rueda de prensa": SessionKind.PRESS_CONFERENCE,
                  "taller paralelo": SessionKind.PARALLEL_BREAKOUT,
                  "seance pleniere": SessionKind.PLENARY, "sesion plenaria": SessionKind.PLENARY},
    SessionAccess: {},
}

_INCLUSIVE = re.compile(r"(?<=\w)[·.](?:e|es|s|a|as)\b|\((?:e|es|s|a|as)\)")
_SEPARATORS = re.compile(r"[\s/_\-–—,;:()'’.]+")


def key_of(text: object) -> str:
    """A word as the tables keep it: no case, no accents, no inclusive endings (élu·e → elu),
    slashes, dashes and underscores as spaces."""
    plain = strip_marks(str(text or ""))
    plain = _INCLUSIVE.sub("", plain)
    return " ".join(_SEPARATORS.sub(" ", plain).split())


@cache
def _window_words(code: str) -> dict[str, str]:
    """The window's translations of the "labels" context (English → translated), from the .ts."""
    path = resources_dir() / "translations" / f"mmdesk_{code}.ts"
    out: dict[str, str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return out
    for context in root.iter("context"):
        if context.findtext("name") != "labels":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.text and \
                    translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                out[source] = translation.text
    return out


def _workbook_words(kind: type[StrEnum]) -> Iterable[tuple[StrEnum, str]]:
    if kind is Category:
        from mmdesk.spreadsheets.forum_workbook import CATEGORIES

        for code, labels in CATEGORIES.items():
            for word in labels.values():
                yield Category(code), word


def _all_words(kind: type[StrEnum]) -> Iterable[tuple[StrEnum, str]]:
    for member, english in _ENGLISH[kind].items():
        yield member, member.value
        for word in english:
            yield member, word
            for code in LANGUAGES[1:]:
                yield member, translations(code).gettext(word)
                yield member, translations(code).gettext(word.lower())
                window = _window_words(code)
                for variant in (word, word.capitalize(), word.lower()):
                    if variant in window:
                        yield member, window[variant]
    yield from _workbook_words(kind)


@cache
def word_table(kind: type[StrEnum]) -> Mapping[str, StrEnum]:
    """Every accepted word of a closed list (as key_of writes it) → its value; a word that
    two values share is left out."""
    table: dict[str, StrEnum] = {}
    shared: set[str] = set()
    for member, word in _all_words(kind):
        key = key_of(word)
        if not key:
            continue
        if table.setdefault(key, member) != member:
            shared.add(key)
    for key in shared:
        del table[key]
    for key, member in _ALIASES[kind].items():
        table.setdefault(key, member)
    return table


@lru_cache(maxsize=2048)
def _lookup(kind: type[StrEnum], key: str) -> StrEnum | None:
    table = word_table(kind)
    if key in table:
        return table[key]
    if len(key) < 3:
        return None
    found = {m for word, m in table.items()
             if word.startswith(key) and word[len(key):len(key) + 1] in ("", " ")}
    return found.pop() if len(found) == 1 else None


def value_of(kind: type[StrEnum], text: object) -> StrEnum | None:
    """The value of a closed list a word means (in English, French or Spanish), or None."""
    if isinstance(text, kind):
        return text
    if isinstance(text, str):
        return _text_lookup(kind, text)
    return _lookup(kind, key_of(text))


@lru_cache(maxsize=4096)
def _text_lookup(kind: type[StrEnum], text: str) -> StrEnum | None:
    return _lookup(kind, key_of(text))


def category_of(text: object) -> Category | None:
    """The category a word means ("Élu local", "Médias", "local_leader"), or None."""
    return value_of(Category, text)  # type: ignore[return-value]


def state_word_of(text: object) -> AccreditationState | None:
    """The accreditation state one of mmdesk's words means ("approuvée", "credencial emitida"), or None."""
    return value_of(AccreditationState, text)  # type: ignore[return-value]


def route_kind_of(text: object) -> RouteKind | None:
    """The route kind a word means ("Délégation nationale"), or None."""
    return value_of(RouteKind, text)  # type: ignore[return-value]


def session_kind_of(text: object) -> SessionKind | None:
    """The session kind a word means ("Table ronde", "mesa redonda"), or None."""
    return value_of(SessionKind, text)  # type: ignore[return-value]


def session_access_of(text: object) -> SessionAccess | None:
    """Who may enter a session, from a word ("sur invitation", "cerrada"), or None."""
    return value_of(SessionAccess, text)  # type: ignore[return-value]


# ---------------------------------------------------------------- what an export writes

def category_word(category: Category | str, code: str | None = None) -> str:
    """A category as the export writes it, in the given (default: current) language."""
    english = CATEGORY_WORDS[Category(category)]
    code = code or language()
    return english if code == "en" else translations(code).gettext(english)


def state_word(state: AccreditationState | None, code: str | None = None) -> str | None:
    """An accreditation state as the export writes it (None for none)."""
    if state is None:
        return None
    english = STATE_WORDS[state]
    code = code or language()
    return english if code == "en" else translations(code).gettext(english)


def category_words(code: str | None = None) -> list[str]:
    """Every category in one language's words, in the list's order (a refusal lists them)."""
    return [category_word(c, code) for c in Category]


def export_headers() -> dict[str, str]:
    """The delegate export's column headers in the current language (English: as they always
    were); the import recognises each of them (mmdesk/spreadsheets/headers.py)."""
    return {
        "honorific": _("Honorific"), "given_name": _("Given name"), "family_name": _("Family name"),
        "badge_name": _("Name on badge"), "position": _("Position"), "organisation": _("Organisation"),
        "city": _("City"), "country": _("Country"), "country_code": _("Country code"),
        "region": _("Region"), "category": _("Category"), "gender": _("Gender"), "email": _("E-mail"),
        "phone": _("Phone"), "languages": _("Languages"), "dietary_needs": _("Dietary needs"),
        "access_needs": _("Access needs"), "notes": _("Notes"), "route": _("Accreditation route"),
        "state": _("Accreditation state"), "registered": _("Registered on"),
        "passport_number": _("Passport number"), "date_of_birth": _("Date of birth"),
        "reference": _("Reference"), "photo": _("Photo file"),
    }


def export_sheet_title() -> str:
    """The title of the delegate export's sheet in the current language."""
    return _("Delegates")
