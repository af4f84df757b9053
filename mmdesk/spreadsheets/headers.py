"""Recognising the header row: English, French, Spanish, form questions ("What is your
e-mail address?", "Phone number (WhatsApp)"), and the registrant exports of Indico, pretix,
Google and Microsoft Forms, so a file opens without mapping by hand.

Where two columns mean one field, the person's own outranks the buyer's, the invoice's and
the account's (pretix's "Attendee email" over the order's "Email"); a header written twice
keeps its first column, and the others are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mmdesk.domain.text import strip_marks

#: The fields a delegate list can fill, with the headers that mean them.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "reference": ("reference", "mmdesk reference", "delegate reference", "reference mmdesk",
                  "referencia mmdesk", "referencia"),
    "honorific": ("honorific", "title", "salutation", "prefix", "civilite", "titre", "tratamiento",
                  "titulo", "attendee name: title", "form of address"),
    "given_name": ("given name", "first name", "firstname", "forename", "prenom", "nombre",
                   "nombres", "attendee name: given name", "given", "given names", "first names",
                   "prenoms", "nombre de pila", "attendee name: first name"),
    "family_name": ("family name", "last name", "lastname", "surname", "nom", "nom de famille",
                    "apellido", "apellidos", "attendee name: family name", "family", "family names",
                    "attendee name: last name", "primer apellido"),
    "full_name": ("name", "full name", "attendee name", "nom complet", "nombre completo",
                  "participant", "delegate", "participant name", "name of participant", "nom et prenom",
                  "nom prenom", "prenom et nom", "nombre y apellidos", "names", "delegate name"),
    "badge_name": ("badge name", "name on badge", "nom sur le badge", "nombre en la credencial"),
    "position": ("position", "job title", "function", "role title", "fonction", "poste", "cargo",
                 "puesto", "designation", "titre du poste", "occupation", "job", "role"),
    "organisation": ("organisation", "organization", "affiliation", "institution", "company",
                     "city or organisation", "organisme", "organizacion", "entidad", "empresa",
                     "institucion", "entity", "agency", "employer organisation", "ministry",
                     "attendee company", "local government", "municipalite", "collectivite"),
    "city": ("city", "municipality", "ville", "commune", "ciudad", "municipio", "city or municipality",
             "town", "localidad", "attendee city"),
    "country": ("country", "country code", "code pays", "codigo de pais",
                "nationality country", "pays", "pais", "attendee country",
                "country of residence", "country territory", "country region", "member state",
                "pays de residence", "pais de residencia", "state or country", "country or area",
                "delegation", "etat membre", "estado miembro"),
    "region": ("region", "region du monde", "region del mundo", "world region"),
    "category": ("category", "participant type", "categorie", "categoria", "type of participant",
                 "participant category", "registration type", "type de participant", "tipo de participante"),
    "gender": ("gender", "sex", "genre", "sexe", "genero", "sexo"),
    "email": ("email", "e-mail", "email address", "e-mail address", "mail", "courriel",
              "adresse electronique", "adresse e-mail", "correo", "correo electronico",
              "attendee email", "attendee e-mail", "adresse courriel", "e mail", "email adress",
              "direccion de correo electronico", "courrier electronique"),
    "phone": ("phone", "telephone", "mobile", "phone number", "telephone portable", "telefono",
              "movil", "celular", "mobile number", "whatsapp", "numero de telephone",
              "numero de telefono", "telephone number", "cell phone", "attendee phone"),
    "languages": ("languages", "language", "langues", "langue", "idiomas", "idioma",
                  "working languages", "preferred language"),
    "dietary_needs": ("dietary needs", "dietary requirements", "diet", "regime alimentaire",
                      "restrictions alimentaires", "dieta", "necesidades alimentarias",
                      "dietary restrictions"),
    "access_needs": ("access needs", "accessibility", "accessibility needs", "besoins d'accessibilite",
                     "accesibilite", "accesibilidad", "necesidades de accesibilidad"),
    "notes": ("notes", "note", "comments", "remarks", "remarques", "commentaires", "notas",
              "observaciones", "comentarios", "order comment"),
    "route": ("route", "accreditation route", "accreditation", "voie d'accreditation",
              "via de acreditacion", "voie d accreditation"),
    "state": ("accreditation state", "registration state", "status", "registration status",
              "order status", "etat de l'accreditation", "statut", "estado de la acreditacion",
              "etat de l accreditation", "statut de l'inscription", "estado de la inscripcion"),
    "tags": ("tags", "tag", "product", "ticket type", "ticket", "etiquettes", "etiquetas", "produit",
             "producto"),
    "passport_number": ("passport number", "passport", "numero de passeport", "pasaporte",
                        "numero de pasaporte", "passport no"),
    "date_of_birth": ("date of birth", "birth date", "birthdate", "dob", "date de naissance",
                      "fecha de nacimiento"),
}

#: Headers known to carry nothing a delegate needs (Indico's "ID", pretix's order data…).
IGNORED = ("id", "registration date", "registration id", "order code", "order date", "order time",
           "price", "checked in", "check-in date", "checked out", "automatically checked in", "position id",
           "event slug", "variation", "tax rate", "tax rule", "tax value", "voucher", "voucher code",
           "pseudonymization id", "seat id", "seat name", "seat zone", "seat row", "seat number",
           "follow-up date", "invoice address name", "address", "zip code", "vat id", "sales channel",
           "order locale", "e-mail address verified", "payment providers", "payment date", "timestamp",
           "start time", "completion time", "last modified time", "score", "secret", "paid",
           "requires special attention", "order total", "fees", "date of last payment", "invoice numbers",
           "positions", "custom address field", "marca temporal", "horodateur", "s/n", "no", "n°", "#")

#: Words of French and Spanish headers: a file using them writes dates day first.
_DAY_FIRST_HEADERS = {
    "prenom", "nom", "nom de famille", "courriel", "ville", "pays", "fonction", "organisme", "civilite",
    "date de naissance", "nombre", "apellidos", "apellido", "correo electronico", "ciudad", "pais",
    "institucion", "cargo", "fecha de nacimiento", "telefono", "numero de telephone", "entidad",
    "tratamiento", "pais de residencia", "pays de residence", "organizacion", "genero", "sexe", "sexo",
}

_QUESTION = re.compile(
    r"^(?:what is|what's|whats|please (?:enter|give|indicate|provide|write|state)|enter|indicate|provide|"
    r"your|votre|vos|ton|su|sus|tu|indiquez|quel est|quelle est|cual es|indique|escriba|ingrese)\s+")


def normalise(header: object) -> str:
    """Lower case, no accents, single spaces, no trailing punctuation."""
    text = strip_marks(str(header or "")).replace("_", " ").replace("’", "'")
    text = re.sub(r"\s+", " ", text).strip(" :*.?¿")
    return text


_LOOKUP = {normalise(s): f for f, names in SYNONYMS.items() for s in names}
_IGNORED = {normalise(s) for s in IGNORED}


def _variants(text: str) -> list[str]:
    """The header, then the ways a form question or a decorated header may say it."""
    out = [text]
    bare = normalise(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text))
    out.append(bare)
    asked = bare
    for _ in range(3):
        asked = _QUESTION.sub("", asked)
    out.append(normalise(asked))
    for part in re.split(r"\s*/\s*|\s+or\s+|\s+ou\s+|\s+o\s+|\s*\|\s*", asked):
        out.append(normalise(part))
    return [v for v in dict.fromkeys(out) if v]


def field_of(header: object) -> str | None:
    """The field a header means, or None."""
    for variant in _variants(normalise(header)):
        if variant in _LOOKUP:
            return _LOOKUP[variant]
    return None


def rank_of(header: object) -> int:
    """3 for the attendee's own column, 1 for the buyer's, invoice's or account's, else 2."""
    text = normalise(header)
    if text.startswith(("attendee", "participant", "delegate")):
        return 3
    if text.startswith(("invoice", "buyer", "billing", "order ", "account", "respondent", "purchaser")):
        return 1
    return 2


@dataclass
class Recognition:
    """Column index → field, and the columns that lost a field to another."""

    mapping: dict[int, str] = field(default_factory=dict)
    candidates: dict[str, list[int]] = field(default_factory=dict)
    repeated: list[int] = field(default_factory=list)
    outranked: list[tuple[int, int]] = field(default_factory=list)  # (left out, kept)


def recognise_all(headers: list[str]) -> Recognition:
    """Every column's field, one column a field (the best ranked, then the first)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for i, header in enumerate(headers):
        f = field_of(header)
        if f:
            found.setdefault(f, []).append((-rank_of(header), i))
    result = Recognition()
    for f, ranked in found.items():
        order = [i for _, i in sorted(ranked)]
        result.candidates[f] = order
        keep = order[0]
        result.mapping[keep] = f
        for other in order[1:]:
            if normalise(headers[other]) == normalise(headers[keep]):
                result.repeated.append(other)
            else:
                result.outranked.append((other, keep))
    # a file with given and family names uses its "Name" column for nothing else
    fields = set(result.mapping.values())
    if {"given_name", "family_name"} <= fields:
        result.mapping = {i: f for i, f in result.mapping.items() if f != "full_name"}
    result.mapping = dict(sorted(result.mapping.items()))
    return result


def recognise(headers: list[str]) -> dict[int, str]:
    """Column index → field for every header recognised (one column a field)."""
    return recognise_all(headers).mapping


def known_cells(cells: Sequence[object]) -> int:
    """How many cells of a row name a known field or a known column to leave out."""
    names = [normalise(c) for c in cells if isinstance(c, str) and c.strip() and len(c) < 300]
    return sum(1 for n in names if n in _IGNORED or field_of(n))


def person_score(cells: Sequence[object]) -> int:
    """How well a header row describes people: fields recognised, names counting most."""
    fields = set(recognise([str(c) if c is not None else "" for c in cells]).values())
    if not fields & {"given_name", "family_name", "full_name"}:
        return 0
    score = len(fields)
    if any(normalise(c).startswith("attendee") for c in cells if isinstance(c, str)):
        score += 3
    return score


def writes_day_first(headers: list[str]) -> bool:
    """True when the headers are French or Spanish (whose lists write 12/04/1968 day first)."""
    return any(normalise(h) in _DAY_FIRST_HEADERS for h in headers)


def header_score(cells: Sequence[object]) -> int:
    """A row's worth as the header of a delegate list: 0 below two known column names,
    people's columns counting most (so the sheet of attendees beats the sheet of orders)."""
    known = known_cells(cells)
    if known < 2:
        return 0
    return person_score(cells) * 100 + known
