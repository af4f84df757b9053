"""Recognising the header row: English, French, Spanish, and the registrant exports of
Indico and pretix, so a file opens without mapping by hand."""

from __future__ import annotations

import re

from mmdesk.domain.text import strip_marks

#: The fields a delegate list can fill, with the headers that mean them.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "honorific": ("honorific", "title", "salutation", "prefix", "civilite", "titre", "tratamiento",
                  "titulo", "attendee name: title"),
    "given_name": ("given name", "first name", "firstname", "forename", "prenom", "nombre",
                   "nombres", "attendee name: given name", "given"),
    "family_name": ("family name", "last name", "lastname", "surname", "nom", "nom de famille",
                    "apellido", "apellidos", "attendee name: family name", "family"),
    "full_name": ("name", "full name", "attendee name", "nom complet", "nombre completo",
                  "participant", "delegate"),
    "badge_name": ("badge name", "name on badge", "nom sur le badge", "nombre en la credencial"),
    "position": ("position", "job title", "function", "role title", "fonction", "poste", "cargo",
                 "puesto"),
    "organisation": ("organisation", "organization", "affiliation", "institution", "company",
                     "city or organisation", "organisme", "organizacion", "entidad", "empresa"),
    "city": ("city", "municipality", "ville", "commune", "ciudad", "municipio"),
    "country": ("country", "country code", "nationality country", "pays", "pais", "attendee country"),
    "region": ("region", "region du monde", "region del mundo"),
    "category": ("category", "type", "participant type", "categorie", "categoria", "tipo"),
    "gender": ("gender", "sex", "genre", "sexe", "genero", "sexo"),
    "email": ("email", "e-mail", "email address", "e-mail address", "mail", "courriel",
              "adresse electronique", "adresse e-mail", "correo", "correo electronico",
              "attendee email", "attendee e-mail"),
    "phone": ("phone", "telephone", "mobile", "phone number", "telephone portable", "telefono",
              "movil", "celular"),
    "languages": ("languages", "language", "langues", "langue", "idiomas", "idioma"),
    "dietary_needs": ("dietary needs", "dietary requirements", "diet", "regime alimentaire",
                      "restrictions alimentaires", "dieta", "necesidades alimentarias"),
    "access_needs": ("access needs", "accessibility", "accessibility needs", "besoins d'accessibilite",
                     "accesibilite", "accesibilidad", "necesidades de accesibilidad"),
    "notes": ("notes", "note", "comments", "remarks", "remarques", "commentaires", "notas",
              "observaciones", "comentarios"),
    "route": ("route", "accreditation route", "accreditation", "voie d'accreditation",
              "via de acreditacion"),
    "passport_number": ("passport number", "passport", "numero de passeport", "pasaporte",
                        "numero de pasaporte"),
    "date_of_birth": ("date of birth", "birth date", "birthdate", "dob", "date de naissance",
                      "fecha de nacimiento"),
}

#: Headers known to carry nothing a delegate needs (Indico's "ID", "Registration state"…).
IGNORED = ("id", "registration state", "registration date", "registration id", "order code",
           "order date", "price", "checked in", "status", "ticket", "product")


def normalise(header: str) -> str:
    """Lower case, no accents, single spaces, no trailing punctuation."""
    text = strip_marks(str(header or "")).replace("_", " ").replace("’", "'")
    text = re.sub(r"\s+", " ", text).strip(" :*.")
    return text


_LOOKUP = {normalise(s): field for field, names in SYNONYMS.items() for s in names}


def recognise(headers: list[str]) -> dict[int, str]:
    """Column index → field for every header recognised (the first column wins a field)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(headers):
        field = _LOOKUP.get(normalise(header))
        if field and field not in taken:
            mapping[i] = field
            taken.add(field)
    # a file with given and family names uses its "Name" column for nothing else
    if {"given_name", "family_name"} <= taken:
        mapping = {i: f for i, f in mapping.items() if f != "full_name"}
    return mapping


def looks_like_header(cells: list[object]) -> bool:
    """True where at least two cells name a known field (a data row rarely does)."""
    names = [normalise(c) for c in cells if isinstance(c, str) and c.strip()]
    known = sum(1 for n in names if n in _LOOKUP or n in IGNORED)
    return known >= 2
