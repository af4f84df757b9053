"""The forum workbook template's Notes sheet: what each sheet and column holds, in English,
French and Spanish."""

from __future__ import annotations

#: (sheet kind, column key or "" for the sheet itself, its explanation in English, French
#: and Spanish), in the order the Notes sheet lists them
_TABLE: list[tuple[str, str, tuple[str, str, str]]] = [
    ("forum", "", (
        "One row a field: write the value in the second column.",
        "Une ligne par champ : écrivez la valeur dans la deuxième colonne.",
        "Una fila por campo: escriba el valor en la segunda columna.",
    )),
    ("forum", "name", (
        "The forum's full name (required).",
        "Le nom complet du forum (obligatoire).",
        "El nombre completo del foro (obligatorio).",
    )),
    ("forum", "short_name", (
        "A short name for badges and headers.",
        "Un nom court pour les badges et les en-têtes.",
        "Un nombre corto para credenciales y encabezados.",
    )),
    ("forum", "theme", (
        "The forum's theme.",
        "Le thème du forum.",
        "El tema del foro.",
    )),
    ("forum", "city", (
        "The host city.",
        "La ville hôte.",
        "La ciudad anfitriona.",
    )),
    ("forum", "country", (
        "The host country: a name or a two-letter code (EC).",
        "Le pays hôte : un nom ou un code à deux lettres (EC).",
        "El país anfitrión: un nombre o un código de dos letras (EC).",
    )),
    ("forum", "venue", (
        "The venue.",
        "Le lieu.",
        "La sede.",
    )),
    ("forum", "start_date", (
        "The first day, written 2019-11-20 (required).",
        "Le premier jour, écrit 2019-11-20 (obligatoire).",
        "El primer día, escrito 2019-11-20 (obligatorio).",
    )),
    ("forum", "end_date", (
        "The last day (empty: a one-day forum).",
        "Le dernier jour (vide : un forum d'un jour).",
        "El último día (vacío: un foro de un día).",
    )),
    ("forum", "time_zone", (
        "The venue's time zone, an IANA name such as America/Guayaquil.",
        "Le fuseau horaire du lieu, un nom IANA comme America/Guayaquil.",
        "La zona horaria de la sede, un nombre IANA como America/Guayaquil.",
    )),
    ("forum", "languages", (
        "The forum's languages as codes, comma-separated: en, fr, es.",
        "Les langues du forum en codes, séparées par des virgules : en, fr, es.",
        "Los idiomas del foro en códigos, separados por comas: en, fr, es.",
    )),
    ("rooms", "", (
        "One row a room, in the order of the programme grid's columns.",
        "Une ligne par salle, dans l'ordre des colonnes de la grille du programme.",
        "Una fila por sala, en el orden de las columnas de la grilla del programa.",
    )),
    ("rooms", "name", (
        "The room's name (required, once each).",
        "Le nom de la salle (obligatoire, une seule fois).",
        "El nombre de la sala (obligatorio, una sola vez).",
    )),
    ("rooms", "capacity", (
        "Seats, a whole number (empty: unknown).",
        "Nombre de places, un nombre entier (vide : inconnu).",
        "Número de asientos, un número entero (vacío: desconocido).",
    )),
    ("rooms", "access_zone", (
        "The access zone a badge must open to enter, e.g. plenary, restricted.",
        "La zone d'accès que le badge doit ouvrir, p. ex. plenary, restricted.",
        "La zona de acceso que la credencial debe abrir, p. ej. plenary, restricted.",
    )),
    ("routes", "", (
        "One row an accreditation route.",
        "Une ligne par voie d'accréditation.",
        "Una fila por vía de acreditación.",
    )),
    ("routes", "name", (
        "The route's name (required, once each).",
        "Le nom de la voie (obligatoire, une seule fois).",
        "El nombre de la vía (obligatorio, una sola vez).",
    )),
    ("routes", "kind", (
        "own authority, national delegation, partner organisation, host secretariat or media.",
        "autorité propre, délégation nationale, organisation partenaire, hôte et secrétariat ou médias.",
        "autoridad propia, delegación nacional, organización asociada, anfitrión y secretaría o medios.",
    )),
    ("routes", "member_state", (
        "A national delegation's Member State (name or code).",
        "L'État membre d'une délégation nationale (nom ou code).",
        "El Estado miembro de una delegación nacional (nombre o código).",
    )),
    ("routes", "nominating_body", (
        "Who nominates on this route (a mission, a secretariat).",
        "Qui propose sur cette voie (une mission, un secrétariat).",
        "Quién propone en esta vía (una misión, una secretaría).",
    )),
    ("routes", "partner", (
        "A partner organisation route's organisation (required for that kind).",
        "L'organisation d'une voie partenaire (obligatoire pour ce type).",
        "La organización de una vía asociada (obligatoria para ese tipo).",
    )),
    ("routes", "quota", (
        "The most people the route may nominate (empty: no quota).",
        "Le nombre maximal de personnes proposées (vide : pas de quota).",
        "El número máximo de personas propuestas (vacío: sin cupo).",
    )),
    ("routes", "quota_policy", (
        "Past the quota: refuse, or flag (accept and warn).",
        "Au-delà du quota : refuser, ou signaler (accepter et avertir).",
        "Por encima del cupo: rechazar, o señalar (aceptar y advertir).",
    )),
    ("routes", "required_documents", (
        "Documents needed before approval, separated by ';'.",
        "Documents exigés avant l'approbation, séparés par « ; ».",
        "Documentos exigidos antes de la aprobación, separados por «;».",
    )),
    ("routes", "zones", (
        "Access zones the route's badges open, separated by ';'.",
        "Zones d'accès ouvertes par les badges de la voie, séparées par « ; ».",
        "Zonas de acceso que abren las credenciales de la vía, separadas por «;».",
    )),
    ("programme", "", (
        "One row a session; the same sheet as File › Export programme.",
        "Une ligne par séance ; la même feuille que Fichier › Exporter le programme.",
        "Una fila por sesión; la misma hoja que Archivo › Exportar programa.",
    )),
    ("programme", "day", (
        "The day, written 2019-11-20, within the forum's days.",
        "Le jour, écrit 2019-11-20, parmi les jours du forum.",
        "El día, escrito 2019-11-20, dentro de los días del foro.",
    )),
    ("programme", "start", (
        "Start time, 09:00.",
        "Heure de début, 09:00.",
        "Hora de inicio, 09:00.",
    )),
    ("programme", "end", (
        "End time, 10:30.",
        "Heure de fin, 10:30.",
        "Hora de fin, 10:30.",
    )),
    ("programme", "title", (
        "The session's title (required).",
        "Le titre de la séance (obligatoire).",
        "El título de la sesión (obligatorio).",
    )),
    ("programme", "kind", (
        "registration, plenary, roundtable, parallel break-out, side event, private meeting, press "
        "conference, break, meal or reception.",
        "En anglais : registration, plenary, roundtable, parallel break-out, side event, private meeting, "
        "press conference, break, meal ou reception.",
        "En inglés: registration, plenary, roundtable, parallel break-out, side event, private meeting, "
        "press conference, break, meal o reception.",
    )),
    ("programme", "status", (
        "TBC, confirmed or cancelled.",
        "TBC, confirmed ou cancelled.",
        "TBC, confirmed o cancelled.",
    )),
    ("programme", "room", (
        "A room of the Rooms sheet.",
        "Une salle de la feuille Salles.",
        "Una sala de la hoja Salas.",
    )),
    ("programme", "host", (
        "The organiser or host.",
        "L'organisateur ou l'hôte.",
        "El organizador o anfitrión.",
    )),
    ("programme", "co-chairs", (
        "Names separated by ';'.",
        "Noms séparés par « ; ».",
        "Nombres separados por «;».",
    )),
    ("programme", "moderator", (
        "A delegate's name as in the Delegates sheet.",
        "Le nom d'un délégué tel que dans la feuille Délégués.",
        "El nombre de un delegado como en la hoja Delegados.",
    )),
    ("programme", "speakers", (
        "Name (role, minutes) separated by ';', e.g. Ana Pérez (keynote, 10 min).",
        "Nom (rôle, minutes) séparés par « ; », p. ex. Ana Pérez (keynote, 10 min).",
        "Nombre (papel, minutos) separados por «;», p. ej. Ana Pérez (keynote, 10 min).",
    )),
    ("programme", "series", (
        "A series the session belongs to.",
        "La série à laquelle la séance appartient.",
        "La serie a la que pertenece la sesión.",
    )),
    ("programme", "access", (
        "open, invitation or closed.",
        "open, invitation ou closed.",
        "open, invitation o closed.",
    )),
    ("programme", "description", (
        "Free text.",
        "Texte libre.",
        "Texto libre.",
    )),
    ("delegates", "", (
        "One row a person; someone already in the store (same e-mail, or same name and city) is updated.",
        "Une ligne par personne ; une personne déjà enregistrée (même courriel, ou même nom et ville) est "
        "mise à jour.",
        "Una fila por persona; una persona ya registrada (mismo correo, o mismo nombre y ciudad) se "
        "actualiza.",
    )),
    ("delegates", "honorific", (
        "Mayor, H.E., Dr …",
        "Maire, S.E., Dr …",
        "Alcalde, S.E., Dr. …",
    )),
    ("delegates", "given_name", (
        "Given name (a given or a family name is required).",
        "Prénom (un prénom ou un nom de famille est obligatoire).",
        "Nombre (se requiere un nombre o un apellido).",
    )),
    ("delegates", "family_name", (
        "Family name.",
        "Nom de famille.",
        "Apellidos.",
    )),
    ("delegates", "badge_name", (
        "The name as printed on the badge, if not given and family name.",
        "Le nom imprimé sur le badge, s'il diffère du prénom et du nom.",
        "El nombre impreso en la credencial, si difiere de nombre y apellidos.",
    )),
    ("delegates", "position", (
        "Position, e.g. Secretary of International Affairs.",
        "Fonction, p. ex. Secrétaire aux affaires internationales.",
        "Cargo, p. ej. Secretaria de Relaciones Internacionales.",
    )),
    ("delegates", "organisation", (
        "The city or organisation.",
        "La ville ou l'organisme.",
        "La ciudad u organización.",
    )),
    ("delegates", "city", (
        "City.",
        "Ville.",
        "Ciudad.",
    )),
    ("delegates", "country", (
        "Country: a name or a two-letter code.",
        "Pays : un nom ou un code à deux lettres.",
        "País: un nombre o un código de dos letras.",
    )),
    ("delegates", "region", (
        "World region.",
        "Région du monde.",
        "Región del mundo.",
    )),
    ("delegates", "category", (
        "Local/regional government leader, City official, Member State, UN or international organisation, "
        "Civil society, Private sector, Academia, Media, Host/secretariat staff, Interpreter or Security.",
        "En anglais : Local/regional government leader, City official, Member State, UN or international "
        "organisation, Civil society, Private sector, Academia, Media, Host/secretariat staff, Interpreter "
        "ou Security.",
        "En inglés: Local/regional government leader, City official, Member State, UN or international "
        "organisation, Civil society, Private sector, Academia, Media, Host/secretariat staff, Interpreter "
        "o Security.",
    )),
    ("delegates", "gender", (
        "As the person gives it.",
        "Tel que la personne l'indique.",
        "Como la persona lo indique.",
    )),
    ("delegates", "email", (
        "E-mail (once each).",
        "Courriel (une seule fois).",
        "Correo electrónico (una sola vez).",
    )),
    ("delegates", "phone", (
        "Phone.",
        "Téléphone.",
        "Teléfono.",
    )),
    ("delegates", "languages", (
        "Language codes, comma-separated.",
        "Codes de langue, séparés par des virgules.",
        "Códigos de idioma, separados por comas.",
    )),
    ("delegates", "dietary_needs", (
        "Dietary needs.",
        "Régime alimentaire.",
        "Dieta.",
    )),
    ("delegates", "access_needs", (
        "Access needs.",
        "Besoins d'accessibilité.",
        "Necesidades de accesibilidad.",
    )),
    ("delegates", "notes", (
        "Notes.",
        "Remarques.",
        "Notas.",
    )),
    ("delegates", "route", (
        "A route of the Routes sheet: the person is nominated on it.",
        "Une voie de la feuille Voies : la personne y est proposée.",
        "Una vía de la hoja Vías: la persona se propone en ella.",
    )),
    ("delegates", "state", (
        "nominated, approved, rejected, withdrawn, badge issued or badge collected (empty: nominated).",
        "proposé, approuvé, refusé, retiré, badge imprimé ou badge retiré (vide : proposé).",
        "propuesto, aprobado, rechazado, retirado, credencial impresa o credencial recogida (vacío: "
        "propuesto).",
    )),
]
NOTES: dict[str, list[tuple[str, str, str]]] = {
    lang: [(kind, key, texts[i]) for kind, key, texts in _TABLE]
    for i, lang in enumerate(("en", "fr", "es"))
}
NOTES_HEADERS: dict[str, tuple[str, str, str]] = {
    "en": ("Sheet", "Column", "What to write"),
    "fr": ("Feuille", "Colonne", "Que saisir"),
    "es": ("Hoja", "Columna", "Qué escribir"),
}
