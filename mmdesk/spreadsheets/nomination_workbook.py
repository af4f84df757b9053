"""The nomination workbook a route's nominating body fills in offline: an Instructions sheet
(the route, its quota and places left, the documents it needs, what to do, in the forum's
languages), a Nominations sheet with lists to pick category, country and honorific from,
and a hidden sheet naming the route, which the import reads back. Plain data in and out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmdesk.spreadsheets import forum_workbook as fw
from mmdesk.spreadsheets.headers import normalise
from mmdesk.spreadsheets.reading import UnreadableFile
from mmdesk.spreadsheets.tables import header_row, new_book

#: the columns to fill, in order (labels as the forum workbook's Delegates sheet)
COLUMNS = ["honorific", "given_name", "family_name", "position", "organisation", "city", "country",
           "category", "email", "phone", "languages", "dietary_needs", "access_needs", "notes"]
ROWS = 300  # rows prepared with the lists
HIDDEN = "mmdesk"

SHEETS: dict[str, dict[str, str]] = {
    "instructions": {"en": "Instructions", "fr": "Instructions", "es": "Instrucciones"},
    "nominations": {"en": "Nominations", "fr": "Nominations", "es": "Nominaciones"},
    "lists": {"en": "Lists", "fr": "Listes", "es": "Listas"},
}

HONORIFICS: dict[str, list[str]] = {
    "en": ["Mr", "Ms", "Mrs", "Dr", "Prof.", "H.E.", "Hon.", "Mayor", "Deputy Mayor", "Governor",
           "Minister", "Ambassador", "Councillor"],
    "fr": ["M.", "Mme", "Dr", "Pr", "S.E.", "L'hon.", "Maire", "Maire adjoint", "Gouverneur", "Ministre",
           "Ambassadeur", "Conseiller municipal"],
    "es": ["Sr.", "Sra.", "Dr.", "Prof.", "S.E.", "Hon.", "Alcalde", "Alcaldesa", "Teniente de alcalde",
           "Gobernador", "Ministro", "Embajador", "Concejal"],
}

#: the instructions sheet's words: key → (English, French, Spanish)
_WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("Nominations for {forum}", "Nominations pour {forum}", "Nominaciones para {forum}"),
    "forum": ("Forum", "Forum", "Foro"),
    "days": ("Days", "Dates", "Fechas"),
    "venue": ("Venue", "Lieu", "Sede"),
    "route": ("Accreditation route", "Voie d'accréditation", "Vía de acreditación"),
    "body": ("Nominating body", "Organe de nomination", "Órgano que nomina"),
    "quota": ("Quota", "Quota", "Cupo"),
    "left": ("Places left", "Places restantes", "Plazas disponibles"),
    "none": ("no quota", "pas de quota", "sin cupo"),
    "documents": ("Documents to send", "Documents à envoyer", "Documentos que enviar"),
    "no_documents": ("none", "aucun", "ninguno"),
    "steps": (
        "1. Write one person a line in the sheet {sheet}; pick category, country and honorific from the "
        "lists.\n"
        "2. Given name, family name and category are needed; an e-mail address lets us reach the person.\n"
        "3. Nominate no more people than the places left.\n"
        "4. Send the documents listed above for each person.\n"
        "5. Return this file as it is (do not rename its sheets): it says which route it is for.",
        "1. Inscrivez une personne par ligne dans la feuille {sheet} ; choisissez la catégorie, le pays et "
        "la civilité dans les listes.\n"
        "2. Le prénom, le nom et la catégorie sont obligatoires ; une adresse électronique permet de "
        "joindre la personne.\n"
        "3. Ne proposez pas plus de personnes que de places restantes.\n"
        "4. Envoyez pour chaque personne les documents indiqués ci-dessus.\n"
        "5. Renvoyez ce fichier tel quel (sans renommer ses feuilles) : il indique à quelle voie il se "
        "rapporte.",
        "1. Escriba una persona por fila en la hoja {sheet}; elija la categoría, el país y el tratamiento "
        "de las listas.\n"
        "2. El nombre, los apellidos y la categoría son obligatorios; un correo electrónico permite "
        "contactar a la persona.\n"
        "3. No proponga más personas que plazas disponibles.\n"
        "4. Envíe para cada persona los documentos indicados arriba.\n"
        "5. Devuelva este archivo tal cual (sin cambiar el nombre de sus hojas): indica a qué vía "
        "corresponde.",
    ),
}
WORDS: dict[str, dict[str, str]] = {
    lang: {key: texts[i] for key, texts in _WORDS.items()} for i, lang in enumerate(("en", "fr", "es"))
}


@dataclass(frozen=True)
class NominationRoute:
    """What the nominating body is told about its route, and what identifies it on return."""

    forum: str
    days: str
    venue: str | None
    route: str
    nominating_body: str | None
    quota: int | None
    places_left: int | None
    documents: list[str]
    languages: list[str]                     # the forum's languages this workbook speaks, first = headers
    countries: list[str] = field(default_factory=list)   # names for the country list
    categories: list[str] = field(default_factory=list)  # words for the category list


def workbook_languages(languages: Sequence[str]) -> list[str]:
    """The forum's languages the workbook can speak (en, fr, es), in the forum's order."""
    spoken = [lang for lang in languages if lang in fw.LANGUAGES]
    return list(dict.fromkeys(spoken)) or ["en"]


def write_nomination_workbook(path: Path, info: NominationRoute) -> Path:
    """Instructions, Nominations (with lists) and the hidden sheet naming the route."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    language = info.languages[0]
    book = new_book()
    guide = book.create_sheet(SHEETS["instructions"][language])
    sheet_name = SHEETS["nominations"][language]
    for i, lang in enumerate(info.languages):
        w = WORDS[lang]
        if i:
            guide.append([])
        guide.append([w["title"].format(forum=info.forum)])
        guide.cell(guide.max_row, 1).font = Font(bold=True, size=14)
        for label, value in (
            (w["forum"], info.forum), (w["days"], info.days), (w["venue"], info.venue),
            (w["route"], info.route), (w["body"], info.nominating_body),
            (w["quota"], info.quota if info.quota is not None else w["none"]),
            (w["left"], info.places_left if info.places_left is not None else w["none"]),
            (w["documents"], "; ".join(info.documents) or w["no_documents"]),
        ):
            guide.append([label, value])
            guide.cell(guide.max_row, 1).font = Font(bold=True)
        guide.append([w["steps"].format(sheet=sheet_name)])
        guide.cell(guide.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        guide.merge_cells(start_row=guide.max_row, start_column=1, end_row=guide.max_row, end_column=2)
        guide.row_dimensions[guide.max_row].height = 110
    guide.column_dimensions["A"].width = 28
    guide.column_dimensions["B"].width = 70

    sheet = book.create_sheet(sheet_name)
    header_row(sheet, [fw.DELEGATE_COLUMNS[k][language] for k in COLUMNS])
    for i, key in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = 30 if key in ("position", "organisation",
                                                                           "category", "notes") else 16
    lists = book.create_sheet(SHEETS["lists"][language])
    for column, values in enumerate((info.categories, info.countries, HONORIFICS[language]), start=1):
        for line, value in enumerate(values, start=1):
            lists.cell(line, column, value)
    lists.sheet_state = "hidden"
    for key, col, strict in (("category", "A", True), ("country", "B", True), ("honorific", "C", False)):
        n = len(info.categories if col == "A" else info.countries if col == "B" else HONORIFICS[language])
        if not n:
            continue
        check = DataValidation(type="list", formula1=f"'{lists.title}'!${col}$1:${col}${n}",
                               allow_blank=True, showErrorMessage=strict)
        letter = get_column_letter(COLUMNS.index(key) + 1)
        check.add(f"{letter}2:{letter}{ROWS + 1}")
        sheet.add_data_validation(check)
    hidden = book.create_sheet(HIDDEN)
    for pair in (("kind", "nominations"), ("route", info.route), ("forum", info.forum),
                 ("language", language)):
        hidden.append(list(pair))
    hidden.sheet_state = "veryHidden"
    book.active = 0
    book.save(path)
    return path


@dataclass(frozen=True)
class NominationSheet:
    """A returned workbook: the route and forum it names, and its rows keyed by column."""

    route: str | None
    forum: str | None
    sheet: str
    rows: list[tuple[int, dict[str, object]]]
    unknown: list[str]


def read_nomination_workbook(path: Path) -> NominationSheet:
    """The hidden sheet's route and forum, and the Nominations sheet's rows (any language)."""
    with fw.opened_xlsx(path) as book:
        names = {normalise(n): n for n in book.sheet_names}
        meta: dict[str, Any] = {}
        if HIDDEN in names:
            for cells in book.get_sheet_by_name(names[HIDDEN]).to_python():
                if len(cells) >= 2 and cells[0]:
                    meta[str(cells[0]).strip()] = cells[1]
        wanted = {normalise(n) for n in SHEETS["nominations"].values()}
        found = next((names[k] for k in names if k in wanted), None)
        if found is None:
            raise UnreadableFile(
                "{name} has no sheet called Nominations: is it a nomination workbook made with `mmdesk "
                "export nominations`?",
                name=Path(path).name, code="nomination-workbook.no-sheet-called")
        sheet = fw.read_sheet(book, found)
    keyed, unknown = fw.keyed_rows("delegates", sheet)
    route = str(meta["route"]).strip() if meta.get("route") else None
    forum = str(meta["forum"]).strip() if meta.get("forum") else None
    return NominationSheet(route, forum, found, keyed, unknown)
