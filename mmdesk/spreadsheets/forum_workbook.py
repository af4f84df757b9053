"""The forum workbook's layout: sheet names, headers in English, French and Spanish, the
Forum sheet's field/value rows, the Rooms and Routes tables, the template with its notes,
and reading every sheet back with its line numbers. Plain data in and out (no store).

The Programme and Delegates sheets of an export are written by the programme and
delegate exports themselves (mmdesk.services.exchange); this module gives their headers
in the three languages so that a template filled in French or Spanish reads back.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from mmdesk.spreadsheets.forum_workbook_notes import NOTES, NOTES_HEADERS
from mmdesk.spreadsheets.headers import normalise
from mmdesk.spreadsheets.reading import UnreadableFile
from mmdesk.spreadsheets.tables import append_row, header_row, new_book

LANGUAGES = ("en", "fr", "es")

#: sheet kind → its name in each language (the reader knows a sheet by any of them)
SHEETS: dict[str, dict[str, str]] = {
    "forum": {"en": "Forum", "fr": "Forum", "es": "Foro"},
    "rooms": {"en": "Rooms", "fr": "Salles", "es": "Salas"},
    "routes": {"en": "Routes", "fr": "Voies", "es": "Vías"},
    "programme": {"en": "Programme", "fr": "Programme", "es": "Programa"},
    "delegates": {"en": "Delegates", "fr": "Délégués", "es": "Delegados"},
    "notes": {"en": "Notes", "fr": "Notes", "es": "Notas"},
}
_SHEET_ALIASES = {"program": "programme", "participants": "delegates", "venue": "rooms",
                  "accreditation routes": "routes", "voies d'accreditation": "routes",
                  "vias de acreditacion": "routes"}

Labels = dict[str, str]

#: the Forum sheet: two columns, one row a field
FORUM_HEADERS: dict[str, tuple[str, str]] = {
    "en": ("Field", "Value"), "fr": ("Champ", "Valeur"), "es": ("Campo", "Valor")}
FORUM_FIELDS: dict[str, Labels] = {
    "name": {"en": "Name", "fr": "Nom", "es": "Nombre"},
    "short_name": {"en": "Short name", "fr": "Nom court", "es": "Nombre corto"},
    "theme": {"en": "Theme", "fr": "Thème", "es": "Tema"},
    "city": {"en": "City", "fr": "Ville", "es": "Ciudad"},
    "country": {"en": "Country", "fr": "Pays", "es": "País"},
    "venue": {"en": "Venue", "fr": "Lieu", "es": "Sede"},
    "start_date": {"en": "First day", "fr": "Premier jour", "es": "Primer día"},
    "end_date": {"en": "Last day", "fr": "Dernier jour", "es": "Último día"},
    "time_zone": {"en": "Time zone", "fr": "Fuseau horaire", "es": "Zona horaria"},
    "languages": {"en": "Languages", "fr": "Langues", "es": "Idiomas"},
}

ROOM_COLUMNS: dict[str, Labels] = {
    "name": {"en": "Name", "fr": "Nom", "es": "Nombre"},
    "capacity": {"en": "Capacity", "fr": "Capacité", "es": "Capacidad"},
    "access_zone": {"en": "Access zone", "fr": "Zone d'accès", "es": "Zona de acceso"},
}

ROUTE_COLUMNS: dict[str, Labels] = {
    "name": {"en": "Name", "fr": "Nom", "es": "Nombre"},
    "kind": {"en": "Kind", "fr": "Type", "es": "Tipo"},
    "member_state": {"en": "Member State", "fr": "État membre", "es": "Estado miembro"},
    "nominating_body": {"en": "Nominating body", "fr": "Organe de nomination",
                        "es": "Órgano que nomina"},
    "partner": {"en": "Partner organisation", "fr": "Organisation partenaire",
                "es": "Organización asociada"},
    "quota": {"en": "Quota", "fr": "Quota", "es": "Cupo"},
    "quota_policy": {"en": "Over quota", "fr": "Au-delà du quota", "es": "Por encima del cupo"},
    "required_documents": {"en": "Documents", "fr": "Documents", "es": "Documentos"},
    "zones": {"en": "Zones", "fr": "Zones", "es": "Zonas"},
}

#: route kinds and quota policies in words (the reader takes any language, or the code)
ROUTE_KINDS: dict[str, Labels] = {
    "own_authority": {"en": "own authority", "fr": "autorité propre", "es": "autoridad propia"},
    "national_delegation": {"en": "national delegation", "fr": "délégation nationale",
                            "es": "delegación nacional"},
    "partner_organisation": {"en": "partner organisation", "fr": "organisation partenaire",
                             "es": "organización asociada"},
    "host_secretariat": {"en": "host secretariat", "fr": "hôte et secrétariat",
                         "es": "anfitrión y secretaría"},
    "media": {"en": "media", "fr": "médias", "es": "medios"},
}
QUOTA_POLICIES: dict[str, Labels] = {
    "refuse": {"en": "refuse", "fr": "refuser", "es": "rechazar"},
    "flag": {"en": "flag", "fr": "signaler", "es": "señalar"},
}

#: the programme sheet's columns; the English labels are those the programme export writes
PROGRAMME_COLUMNS: dict[str, Labels] = {
    "day": {"en": "Day", "fr": "Jour", "es": "Día"},
    "start": {"en": "Start", "fr": "Début", "es": "Inicio"},
    "end": {"en": "End", "fr": "Fin", "es": "Fin"},
    "title": {"en": "Title", "fr": "Titre", "es": "Título"},
    "kind": {"en": "Kind", "fr": "Type", "es": "Tipo"},
    "status": {"en": "Status", "fr": "Statut", "es": "Estado"},
    "room": {"en": "Room", "fr": "Salle", "es": "Sala"},
    "host": {"en": "Host", "fr": "Hôte", "es": "Anfitrión"},
    "co-chairs": {"en": "Co-chairs", "fr": "Coprésidents", "es": "Copresidentes"},
    "moderator": {"en": "Moderator", "fr": "Modérateur", "es": "Moderador"},
    "speakers": {"en": "Speakers", "fr": "Intervenants", "es": "Oradores"},
    "series": {"en": "Series", "fr": "Série", "es": "Serie"},
    "access": {"en": "Access", "fr": "Accès", "es": "Acceso"},
    "description": {"en": "Description", "fr": "Description", "es": "Descripción"},
}

#: the delegate sheet's columns (keys of the delegate export); French and Spanish labels are
#: headers the delegate import recognises (mmdesk.spreadsheets.headers)
DELEGATE_COLUMNS: dict[str, Labels] = {
    "honorific": {"en": "Honorific", "fr": "Civilité", "es": "Tratamiento"},
    "given_name": {"en": "Given name", "fr": "Prénom", "es": "Nombre"},
    "family_name": {"en": "Family name", "fr": "Nom de famille", "es": "Apellidos"},
    "badge_name": {"en": "Name on badge", "fr": "Nom sur le badge", "es": "Nombre en la credencial"},
    "position": {"en": "Position", "fr": "Fonction", "es": "Cargo"},
    "organisation": {"en": "Organisation", "fr": "Organisme", "es": "Organización"},
    "city": {"en": "City", "fr": "Ville", "es": "Ciudad"},
    "country": {"en": "Country", "fr": "Pays", "es": "País"},
    "region": {"en": "Region", "fr": "Région", "es": "Región"},
    "category": {"en": "Category", "fr": "Catégorie", "es": "Categoría"},
    "gender": {"en": "Gender", "fr": "Genre", "es": "Género"},
    "email": {"en": "E-mail", "fr": "Courriel", "es": "Correo electrónico"},
    "phone": {"en": "Phone", "fr": "Téléphone", "es": "Teléfono"},
    "languages": {"en": "Languages", "fr": "Langues", "es": "Idiomas"},
    "dietary_needs": {"en": "Dietary needs", "fr": "Régime alimentaire", "es": "Dieta"},
    "access_needs": {"en": "Access needs", "fr": "Besoins d'accessibilité",
                     "es": "Necesidades de accesibilidad"},
    "notes": {"en": "Notes", "fr": "Remarques", "es": "Notas"},
    "route": {"en": "Accreditation route", "fr": "Voie d'accréditation", "es": "Vía de acreditación"},
    "state": {"en": "Accreditation state", "fr": "État de l'accréditation",
              "es": "Estado de la acreditación"},
}
#: accreditation states in words
STATES: dict[str, Labels] = {
    "nominated": {"en": "nominated", "fr": "proposé", "es": "propuesto"},
    "approved": {"en": "approved", "fr": "approuvé", "es": "aprobado"},
    "rejected": {"en": "rejected", "fr": "refusé", "es": "rechazado"},
    "withdrawn": {"en": "withdrawn", "fr": "retiré", "es": "retirado"},
    "badge_issued": {"en": "badge issued", "fr": "badge imprimé", "es": "credencial impresa"},
    "badge_collected": {"en": "badge collected", "fr": "badge retiré", "es": "credencial recogida"},
}

#: delegate categories in words (English as the delegate export writes them)
CATEGORIES: dict[str, Labels] = {
    "local_leader": {"en": "Local/regional government leader", "fr": "Élu local ou régional",
                     "es": "Autoridad local o regional"},
    "city_official": {"en": "City official", "fr": "Fonctionnaire municipal", "es": "Funcionario municipal"},
    "member_state": {"en": "Member State", "fr": "État membre", "es": "Estado miembro"},
    "un_io": {"en": "UN or international organisation", "fr": "ONU ou organisation internationale",
              "es": "ONU u organización internacional"},
    "civil_society": {"en": "Civil society", "fr": "Société civile", "es": "Sociedad civil"},
    "private_sector": {"en": "Private sector", "fr": "Secteur privé", "es": "Sector privado"},
    "academia": {"en": "Academia", "fr": "Monde universitaire", "es": "Academia"},
    "media": {"en": "Media", "fr": "Médias", "es": "Medios de comunicación"},
    "host_staff": {"en": "Host/secretariat staff", "fr": "Personnel hôte ou secrétariat",
                   "es": "Personal anfitrión o de secretaría"},
    "interpreter": {"en": "Interpreter", "fr": "Interprète", "es": "Intérprete"},
    "security": {"en": "Security", "fr": "Sécurité", "es": "Seguridad"},
}

TABLES: dict[str, dict[str, Labels]] = {
    "rooms": ROOM_COLUMNS, "routes": ROUTE_COLUMNS, "programme": PROGRAMME_COLUMNS,
    "delegates": DELEGATE_COLUMNS,
}
_WIDTHS = {"rooms": (30, 10, 18), "routes": (40, 22, 16, 32, 36, 8, 12, 40, 30)}


def check_language(language: str) -> str:
    """The language code itself, or ValueError naming the known ones."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (known: {', '.join(LANGUAGES)})")
    return language


def headers(kind: str, language: str = "en") -> list[str]:
    """The header row of a table sheet in a language."""
    return [labels[check_language(language)] for labels in TABLES[kind].values()]


def word(vocabulary: dict[str, Labels], code: str, language: str = "en") -> str:
    """A code in words in a language (the code itself if the vocabulary lacks it)."""
    return vocabulary.get(code, {}).get(language, code)


def code_of(vocabulary: dict[str, Labels], text: object) -> str | None:
    """The code a word of any language (or the code itself) names; None if unknown."""
    key = normalise(str(text or "")).replace("-", " ")
    for code, labels in vocabulary.items():
        if key in (normalise(code), *(normalise(w).replace("-", " ") for w in labels.values())):
            return code
    return None


def split_list(value: object) -> list[str]:
    """A list cell ("a; b; c") as its items."""
    text = "" if value is None else str(value)
    return [x.strip() for x in text.replace("\n", ";").split(";") if x.strip()]


def join_list(items: Sequence[str]) -> str | None:
    """Items as one list cell."""
    return "; ".join(items) or None


# ---------------------------------------------------------------- writing


def write_forum_sheet(book: Any, values: dict[str, object], language: str = "en") -> Any:
    """The Forum sheet: one row a field (name, short name, …, languages), then its value."""
    sheet = book.create_sheet(SHEETS["forum"][check_language(language)])
    header_row(sheet, FORUM_HEADERS[language])
    for key, labels in FORUM_FIELDS.items():
        append_row(sheet, [labels[language], values.get(key)], formats=True)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 70
    return sheet


def write_table_sheet(book: Any, kind: str, rows: Sequence[dict[str, object]], language: str = "en") -> Any:
    """A table sheet (rooms, routes, or a template's programme and delegates): header row in
    the language, one row a dict keyed like TABLES[kind]."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(SHEETS[kind][check_language(language)])
    keys = list(TABLES[kind])
    header_row(sheet, headers(kind, language))
    for row in rows:
        append_row(sheet, [row.get(k) for k in keys], formats=True)
    widths = _WIDTHS.get(kind, ())
    for i, key in enumerate(keys, start=1):
        longest = max([len(str(TABLES[kind][key][language]))]
                      + [len(str(r.get(key))) for r in rows if r.get(key) is not None])
        width = widths[i - 1] if i - 1 < len(widths) else min(50, max(10, longest + 2))
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(2, len(rows) + 1)}"
    return sheet


# ---------------------------------------------------------------- the template

#: One example row per sheet: a small forum that imports as it is (days, rooms and names
#: agree with each other), for the organizer to overwrite.
EXAMPLE_FORUM: dict[str, object] = {
    "name": "Mayoral Forum on Human Mobility, Migration and Development",
    "short_name": "Mayoral Forum", "theme": "Cities as first responders", "city": "Quito",
    "country": "Ecuador", "venue": "Quito Convention Centre", "start_date": date(2019, 11, 20),
    "end_date": date(2019, 11, 21), "time_zone": "America/Guayaquil", "languages": "en, es, fr",
}
EXAMPLE_ROOM: dict[str, object] = {"name": "Plenary Hall", "capacity": 400, "access_zone": "plenary"}
EXAMPLE_ROUTE: dict[str, dict[str, object]] = {
    lang: {"name": "Partner: United Cities and Local Governments",
           "kind": ROUTE_KINDS["partner_organisation"][lang], "member_state": None,
           "nominating_body": "UCLG World Secretariat", "partner": "United Cities and Local Governments",
           "quota": 20, "quota_policy": QUOTA_POLICIES["refuse"][lang],
           "required_documents": "Nomination letter", "zones": "plenary"}
    for lang in LANGUAGES}
EXAMPLE_SESSION: dict[str, object] = {
    "day": date(2019, 11, 20), "start": time(9, 0), "end": time(10, 30), "title": "Opening plenary",
    "kind": "plenary", "status": "confirmed", "room": "Plenary Hall", "host": "City of Quito",
    "co-chairs": "Mayor of Quito; UCLG", "moderator": None,
    "speakers": "Ana Pérez (opening remarks, 10 min)", "series": None, "access": "open",
    "description": None,
}
EXAMPLE_DELEGATE: dict[str, dict[str, object]] = {
    lang: {"honorific": "Mayor", "given_name": "Ana", "family_name": "Pérez", "badge_name": None,
           "position": "Mayor of Quito", "organisation": "Municipality of Quito", "city": "Quito",
           "country": "Ecuador", "region": "Latin America and the Caribbean",
           "category": "Local/regional government leader", "gender": "F",
           "email": "ana.perez@example.org", "phone": None, "languages": "es, en",
           "dietary_needs": None, "access_needs": None, "notes": None,
           "route": "Partner: United Cities and Local Governments", "state": STATES["nominated"][lang]}
    for lang in LANGUAGES}

def _label(kind: str, key: str, language: str) -> str:
    if kind == "forum":
        return FORUM_FIELDS[key][language]
    return TABLES[kind][key][language]


def write_notes_sheet(book: Any, language: str = "en") -> Any:
    """The Notes sheet: what each sheet and column holds, in the language."""
    sheet = book.create_sheet(SHEETS["notes"][check_language(language)])
    header_row(sheet, NOTES_HEADERS[language])
    for kind, key, text in NOTES[language]:
        append_row(sheet, [SHEETS[kind][language], _label(kind, key, language) if key else None, text],
                   formats=True)
    from openpyxl.styles import Alignment

    for row in sheet.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 26
    sheet.column_dimensions["C"].width = 90
    return sheet


def write_template(path: Path, language: str = "en") -> Path:
    """An empty forum workbook to fill in offline: every sheet with its headers in the language
    and one example row, and a Notes sheet explaining each column."""
    language = check_language(language)
    book = new_book()
    forum = dict(EXAMPLE_FORUM)
    write_forum_sheet(book, forum, language)
    write_table_sheet(book, "rooms", [EXAMPLE_ROOM], language)
    write_table_sheet(book, "routes", [EXAMPLE_ROUTE[language]], language)
    write_table_sheet(book, "programme", [EXAMPLE_SESSION], language)
    write_table_sheet(book, "delegates", [EXAMPLE_DELEGATE[language]], language)
    write_notes_sheet(book, language)
    book.save(path)
    return path


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Sheet:
    """One sheet as read: its name, header cells, and data rows with their line numbers."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[object]]]


def sheet_kind(name: str) -> str | None:
    """Which sheet of the forum workbook a sheet name means, in any language."""
    key = normalise(name)
    for kind, names in SHEETS.items():
        if key in {normalise(n) for n in names.values()} or key == kind:
            return kind
    return _SHEET_ALIASES.get(key)


@contextmanager
def opened_xlsx(path: Path) -> Iterator[Any]:
    """The calamine workbook of an .xlsx file once the guard has passed it; any failure to
    read it (there or inside the block) is one UnreadableFile naming the file."""
    from python_calamine import CalamineError, CalamineWorkbook

    from mmdesk.spreadsheets.guard import check_workbook

    path = Path(path)
    if not path.is_file():
        raise UnreadableFile("no file {path}", path=path, code="forum-workbook.no-file")
    if path.suffix.lower() != ".xlsx" or not zipfile.is_zipfile(path):
        raise UnreadableFile(
            "{name} is not an .xlsx workbook",
            name=path.name, code="forum-workbook.not-xlsx-workbook")
    check_workbook(path)  # hostile workbooks refused before calamine allocates for them
    errors = (CalamineError, zipfile.BadZipFile, OSError, ValueError)
    try:
        book = CalamineWorkbook.from_path(str(path))
    except errors as exc:
        raise UnreadableFile(
            "{name} cannot be read as a workbook: {exc}",
            name=path.name, exc=exc, code="forum-workbook.cannot-read-workbook") from exc
    try:
        yield book
    except errors as exc:
        raise UnreadableFile(
            "{name} cannot be read as a workbook: {exc}",
            name=path.name, exc=exc, code="forum-workbook.cannot-read-workbook") from exc
    finally:
        book.close()


def read_sheet(book: Any, name: str) -> Sheet:
    """One sheet of an opened workbook: its first filled row as headers, then the filled rows
    with the sheet's line numbers (blank rows left out)."""
    raw = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    rows = [(line, list(cells)) for line, cells in enumerate(raw, start=1)
            if any(c not in (None, "") for c in cells)]
    if not rows:
        return Sheet(name, [], [])
    heads = ["" if c is None else str(c).strip() for c in rows[0][1]]
    return Sheet(name, heads, rows[1:])


def read_book(path: Path) -> dict[str, Sheet]:
    """Every sheet of the workbook that the forum workbook knows, by kind (forum, rooms,
    routes, programme, delegates); blank rows are left out; line numbers are the sheet's."""
    out: dict[str, Sheet] = {}
    with opened_xlsx(path) as book:
        for name in book.sheet_names:
            kind = sheet_kind(name)
            if kind is None or kind == "notes" or kind in out:
                continue
            out[kind] = read_sheet(book, name)
    return out


def _lookup(vocabulary: dict[str, Labels]) -> dict[str, str]:
    """Normalised label (any language, the key, the key with spaces) → key."""
    return {normalise(label): key for key, labels in vocabulary.items()
            for label in (*labels.values(), key, key.replace("_", " "))}


def forum_values(sheet: Sheet) -> tuple[dict[str, tuple[int, object]], list[tuple[int, str]]]:
    """The Forum sheet's fields: key → (line, value), and the lines naming no known field."""
    lookup = _lookup(FORUM_FIELDS)
    values: dict[str, tuple[int, object]] = {}
    unknown: list[tuple[int, str]] = []
    # the header row may be missing: a first row naming a field is a field
    rows = list(sheet.rows)
    if sheet.headers and normalise(sheet.headers[0]) in lookup:
        rows.insert(0, (rows[0][0] - 1 if rows else 2, list(sheet.headers)))
    for line, cells in rows:
        label = cells[0] if cells else None
        key = lookup.get(normalise(str(label or "")))
        if key is None:
            unknown.append((line, f"unknown field {label!r}"))
            continue
        values[key] = (line, cells[1] if len(cells) > 1 else None)
    return values, unknown


def column_keys(kind: str, heads: list[str]) -> tuple[dict[int, str], list[str]]:
    """Column index → key of a table sheet's headers (any language); and the headers unknown."""
    columns = TABLES[kind]
    lookup = _lookup(columns)
    if kind == "delegates":
        from mmdesk.spreadsheets.headers import SYNONYMS

        for key, names in SYNONYMS.items():
            if key in columns:
                for n in names:
                    lookup.setdefault(normalise(n), key)
        lookup.setdefault("state", "state")
        for name in ("reference", "référence", "referencia", "ref", "delegate reference"):
            lookup.setdefault(normalise(name), "reference")  # read (to match), never written
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for i, head in enumerate(heads):
        found = lookup.get(normalise(head))
        if found is None or found in mapping.values():
            if head:
                unknown.append(head)
            continue
        mapping[i] = found
    return mapping, unknown


def keyed_rows(kind: str, sheet: Sheet) -> tuple[list[tuple[int, dict[str, object]]], list[str]]:
    """A table sheet's rows as dicts keyed like TABLES[kind], and its unknown headers."""
    mapping, unknown = column_keys(kind, sheet.headers)
    rows = [(line, {key: (cells[i] if i < len(cells) else None) for i, key in mapping.items()})
            for line, cells in sheet.rows]
    return rows, unknown


def english_headers(kind: str, heads: list[str]) -> list[str]:
    """A table sheet's headers in English (unknown ones as they are): the programme reader
    knows the English ones."""
    mapping, _ = column_keys(kind, heads)
    return [TABLES[kind][mapping[i]]["en"] if i in mapping else h for i, h in enumerate(heads)]
