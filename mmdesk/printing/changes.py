"""The change sheet for the information desk (what changed since a programme version), the
words of each change in English, French or Spanish, and the version line printed on
itineraries and run-sheets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from babel.dates import format_date
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from mmdesk.domain.programme_changes import ChangeCode, ProgrammeChange
from mmdesk.printing.styles import P, new_document, page_template, table_style
from mmdesk.printing.words import Words, catalogs, say_in

_WORDS: dict[str, tuple[str, str]] = {
    "Programme changes": ("Modifications du programme", "Cambios en el programa"),
    "Programme version {n} of {when}":
        ("Programme, version {n} du {when}",
         "Programa, versión {n} del {when}"),
    "Programme version {n} of {when}, with {later} later change(s)":
        ("Programme, version {n} du {when}, avec {later} modification(s) ultérieure(s)",
         "Programa, versión {n} del {when}, con {later} cambio(s) posterior(es)"),
    "From version {n} of {when} to version {m} of {until}.":
        ("De la version {n} du {when} à la version {m} du {until}.",
         "De la versión {n} del {when} a la versión {m} del {until}."),
    "From version {n} of {when} to the programme as printed on {now}.":
        ("De la version {n} du {when} au programme imprimé le {now}.",
         "De la versión {n} del {when} al programa impreso el {now}."),
    "No change.": ("Aucune modification.", "Ningún cambio."),
    "When": ("Quand", "Cuándo"),
    "Session": ("Séance", "Sesión"),
    "Room": ("Salle", "Sala"),
    "Change": ("Modification", "Cambio"),
    "new session": ("nouvelle séance", "sesión nueva"),
    "removed from the programme": ("retirée du programme", "retirada del programa"),
    "retitled (was “{before}”)":
        ("nouveau titre (auparavant « {before} »)",
         "nuevo título (antes «{before}»)"),
    "moved from {before} to {after}": ("déplacée de {before} à {after}", "trasladada de {before} a {after}"),
    "room changed from {before} to {after}":
        ("salle changée : {before} → {after}",
         "cambio de sala: {before} → {after}"),
    "now {after} (was {before})":
        ("désormais {after} (auparavant {before})",
         "ahora {after} (antes {before})"),
    "speaker added: {who} ({role})":
        ("intervenant ajouté : {who} ({role})",
         "orador añadido: {who} ({role})"),
    "speaker removed: {who} ({role})":
        ("intervenant retiré : {who} ({role})",
         "orador retirado: {who} ({role})"),
    "speaking order now: {order}":
        ("nouvel ordre de parole : {order}",
         "nuevo orden de intervención: {order}"),
    "{who}: {after} min (was {before} min)":
        ("{who} : {after} min (auparavant {before} min)",
         "{who}: {after} min (antes {before} min)"),
    "{who}: now {after} (was {before})":
        ("{who} : désormais {after} (auparavant {before})",
         "{who}: ahora {after} (antes {before})"),
    "no room": ("sans salle", "sin sala"),
    "TBC": ("à confirmer", "por confirmar"),
    "confirmed": ("confirmée", "confirmada"),
    "cancelled": ("annulée", "cancelada"),
    "open": ("ouverte", "abierta"),
    "invitation": ("sur invitation", "con invitación"),
    "closed": ("à huis clos", "a puerta cerrada"),
    "invited": ("invité·e", "invitado/a"),
    "declined": ("a décliné", "declinó"),
    "registration": ("accueil", "registro"),
    "plenary": ("plénière", "plenaria"),
    "roundtable": ("table ronde", "mesa redonda"),
    "parallel break-out": ("séance parallèle", "sesión paralela"),
    "side event": ("événement parallèle", "evento paralelo"),
    "private meeting": ("réunion privée", "reunión privada"),
    "press conference": ("conférence de presse", "conferencia de prensa"),
    "break": ("pause", "pausa"),
    "meal": ("repas", "comida"),
    "reception": ("réception", "recepción"),
    "opening remarks": ("allocution d'ouverture", "palabras de apertura"),
    "keynote": ("discours principal", "discurso principal"),
    "panellist": ("panéliste", "panelista"),
    "moderator": ("modérateur", "moderador"),
    "respondent": ("répondant", "comentarista"),
    "floor intervention": ("intervention de la salle", "intervención desde la sala"),
    "closing remarks": ("allocution de clôture", "palabras de clausura"),
    "rapporteur": ("rapporteur", "relator"),
}
_CATALOGS = catalogs(_WORDS)
_VALUE_WORDS = {"tbc": "TBC", "parallel_breakout": "parallel break-out", "side_event": "side event",
                "private_meeting": "private meeting", "press_conference": "press conference",
                "opening_remarks": "opening remarks", "floor_intervention": "floor intervention",
                "closing_remarks": "closing remarks"}


def _say(words: Words, text: str, **values: Any) -> str:
    return say_in(_CATALOGS, words, text, **values)


def _word(words: Words, value: object) -> str:
    """A stored value (tbc, side_event, panellist…) in the sheet's language."""
    if value is None:
        return _say(words, "no room")
    plain = _VALUE_WORDS.get(str(value), str(value).replace("_", " "))
    return _CATALOGS.get(words.main, {}).get(plain, plain)


def _stamp(words: Words, at: datetime) -> str:
    """20 Nov 2019 10:15 in the sheet's language."""
    return f"{format_date(at.date(), 'd MMM y', locale=words.locale)} {at:%H:%M}"


def _when(words: Words, value: str) -> str:
    """Wed 20 Nov 10:00–11:00 from an ISO 8601 interval."""
    start, end = (datetime.fromisoformat(x) for x in value.split("/"))
    day = format_date(start.date(), "EEE d MMM", locale=words.locale)
    if end.date() == start.date():
        return f"{day} {start:%H:%M}–{end:%H:%M}"
    return f"{day} {start:%H:%M}–{format_date(end.date(), 'EEE d MMM', locale=words.locale)} {end:%H:%M}"


def describe(change: ProgrammeChange, words: Words | None = None) -> str:
    """One change in words (English unless `words` says otherwise)."""
    w = words or Words(("en",))
    c, who = change, change.delegate or ""
    code = c.code
    if code is ChangeCode.SESSION_ADDED:
        return _say(w, "new session")
    if code is ChangeCode.SESSION_REMOVED:
        return _say(w, "removed from the programme")
    if code is ChangeCode.SESSION_RETITLED:
        return _say(w, "retitled (was “{before}”)", before=c.before)
    if code is ChangeCode.SESSION_MOVED:
        return _say(w, "moved from {before} to {after}", before=_when(w, str(c.before)),
                    after=_when(w, str(c.after)))
    if code is ChangeCode.SESSION_ROOM_CHANGED:
        return _say(w, "room changed from {before} to {after}", before=_word(w, c.before),
                    after=_word(w, c.after))
    if code in (ChangeCode.SESSION_STATUS_CHANGED, ChangeCode.SESSION_KIND_CHANGED,
                ChangeCode.SESSION_ACCESS_CHANGED):
        return _say(w, "now {after} (was {before})", before=_word(w, c.before), after=_word(w, c.after))
    if code is ChangeCode.SPEAKER_ADDED:
        return _say(w, "speaker added: {who} ({role})", who=who, role=_word(w, c.after))
    if code is ChangeCode.SPEAKER_REMOVED:
        return _say(w, "speaker removed: {who} ({role})", who=who, role=_word(w, c.before))
    if code is ChangeCode.SPEAKERS_REORDERED:
        order = c.after if isinstance(c.after, tuple) else ()
        return _say(w, "speaking order now: {order}",
                    order=", ".join(f"{i}. {name}" for i, name in enumerate(order, start=1)))
    if code is ChangeCode.SPEAKER_MINUTES_CHANGED:
        return _say(w, "{who}: {after} min (was {before} min)", who=who, before=c.before, after=c.after)
    return _say(w, "{who}: now {after} (was {before})", who=who, before=_word(w, c.before),
                after=_word(w, c.after))


def version_line(words: Words, number: int, released_local: datetime, later_changes: int = 0) -> str:
    """“Programme version 3 of 20 Nov 2019 10:15” (and how many changes were made since)."""
    if later_changes:
        return _say(words, "Programme version {n} of {when}, with {later} later change(s)",
                    n=number, when=_stamp(words, released_local), later=later_changes)
    return _say(words, "Programme version {n} of {when}", n=number, when=_stamp(words, released_local))


@dataclass(frozen=True)
class ChangeSheet:
    """What the change sheet prints: the forum, the versions compared, the changes."""

    title: str
    dates: str
    since_number: int
    since_local: datetime
    until_number: int | None          # None: the programme as it is now
    until_local: datetime | None      # the later version's release, or the time of printing
    changes: tuple[ProgrammeChange, ...]
    words: Words


def change_sheet(sheet: ChangeSheet, path: Path) -> int:
    """The information desk's one-page list of changes, session by session; returns pages."""
    w = sheet.words
    heading = _say(w, "Programme changes")
    doc = new_document(path, f"{heading} — {sheet.title}",
                       [page_template("page", A4, f"{sheet.title} · {sheet.dates}")])
    since = dict(n=sheet.since_number, when=_stamp(w, sheet.since_local))
    if sheet.until_number is not None and sheet.until_local is not None:
        span = _say(w, "From version {n} of {when} to version {m} of {until}.", m=sheet.until_number,
                    until=_stamp(w, sheet.until_local), **since)
    else:
        span = _say(w, "From version {n} of {when} to the programme as printed on {now}.",
                    now=_stamp(w, sheet.until_local or datetime.now()), **since)
    story: list[Any] = [P(heading, "title"), P(f"{sheet.title} · {sheet.dates}", "subtitle"), P(span),
                        Spacer(1, 4 * mm)]
    if not sheet.changes:
        story.append(P(_say(w, "No change."), "h2"))
    else:
        rows = [[P(_say(w, h), "cell", True) for h in ("When", "Session", "Room", "Change")]]
        last: int | None = None
        for c in sheet.changes:
            first = c.session_id != last
            last = c.session_id
            struck = c.code is ChangeCode.SESSION_REMOVED or (
                c.code is ChangeCode.SESSION_STATUS_CHANGED and c.after == "cancelled")
            day = format_date(c.starts_at.date(), "EEE d MMM", locale=w.locale)
            rows.append([P(f"{day} {c.starts_at:%H:%M}" if first else "", "cell"),
                         P(c.title if first else "", "cell", bold=first),
                         P((c.room or _say(w, "no room")) if first else "", "cell"),
                         P(describe(c, w), "cell", bold=struck)])
        table = Table(rows, colWidths=[30 * mm, 56 * mm, 30 * mm, 66 * mm], repeatRows=1)
        table.setStyle(table_style())
        story.append(table)
    doc.build(story)
    return doc.page

