"""The words of printed documents in the event's language(s): English, French, Spanish.

Labels ("Speaker", "Moderator", category bands) print in every chosen language,
joined by " / " (a bilingual badge); sentences and dates print in the first one.
Dates are formatted by Babel from the Unicode CLDR, so "mercredi 20 novembre 2019"
and "miércoles, 20 de noviembre de 2019" come out as each language writes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from babel.dates import format_date

from mmdesk.domain.errors import ValidationError
from mmdesk.domain.views import DocumentWords

LANGUAGES = ("en", "fr", "es")

_FR: dict[str, str] = {
    # badge bands
    "Local government leader": "Autorité locale", "City official": "Fonctionnaire municipal",
    "Member State": "État membre", "United Nations / IO": "Nations Unies / OI",
    "Civil society": "Société civile", "Private sector": "Secteur privé", "Academia": "Université",
    "Media": "Presse", "Organizer": "Organisation", "Interpreter": "Interprète",
    "Security": "Sécurité", "Speaker": "Intervenant", "Moderator": "Modérateur",
    # roles
    "Opening remarks": "Allocution d'ouverture", "Keynote": "Discours principal",
    "Panellist": "Panéliste", "Respondent": "Répondant",
    "Intervention from the floor": "Intervention de la salle",
    "Closing remarks": "Allocution de clôture", "Rapporteur": "Rapporteur",
    # programme, door signs, itineraries, run-sheets
    "Programme": "Programme", "Programme in detail": "Programme détaillé",
    "Door signs": "Affichettes de porte", "Itineraries": "Itinéraires",
    "Run-sheets": "Déroulés", "Tent cards": "Chevalets", "List of participants": "Liste des participants",
    "No room": "Sans salle", "TBC": "À confirmer", "Host": "Hôte", "Co-chairs": "Coprésidence",
    "Speakers": "Intervenants", "by invitation only": "sur invitation uniquement", "closed": "à huis clos",
    "Chatham House rule": "règle de Chatham House", "interpretation": "interprétation",
    "Invited": "Invité·e", "When": "Quand", "Where": "Où", "Session": "Séance", "Part": "Rôle",
    "From": "De", "To": "À", "Role": "Rôle", "Min": "Min", "Mode": "Mode", "no room": "sans salle",
    "none": "aucun", "declined": "a décliné", "in person": "en présentiel", "remote": "à distance",
    "video message": "message vidéo", "Warning": "Attention",
    "speaker {n} of {total}": "intervenant {n} sur {total}",
    "No speaking part and no invitation in the programme.":
        "Aucune intervention ni invitation au programme.",
    "No delegate has a part in the programme yet.": "Aucun délégué n'a encore de rôle au programme.",
    "No session has speakers yet.": "Aucune séance n'a encore d'intervenants.",
    "No speakers or moderators in the programme yet.":
        "Aucun intervenant ni modérateur au programme pour l'instant.",
    "Speaking time {spoken} of {minutes} min; the last speaker ends at {last}, the session at {end}.":
        "Temps de parole {spoken} sur {minutes} min ; le dernier intervenant termine à {last}, "
        "la séance à {end}.",
    "Overrun: the speakers need {extra} min more than the session has.":
        "Dépassement : les intervenants ont besoin de {extra} min de plus que la séance.",
}

_ES: dict[str, str] = {
    "Local government leader": "Autoridad local", "City official": "Funcionario municipal",
    "Member State": "Estado miembro", "United Nations / IO": "Naciones Unidas / OI",
    "Civil society": "Sociedad civil", "Private sector": "Sector privado", "Academia": "Academia",
    "Media": "Prensa", "Organizer": "Organización", "Interpreter": "Intérprete",
    "Security": "Seguridad", "Speaker": "Orador", "Moderator": "Moderador",
    "Opening remarks": "Palabras de apertura", "Keynote": "Discurso principal",
    "Panellist": "Panelista", "Respondent": "Comentarista",
    "Intervention from the floor": "Intervención desde la sala",
    "Closing remarks": "Palabras de clausura", "Rapporteur": "Relator",
    "Programme": "Programa", "Programme in detail": "Programa detallado",
    "Door signs": "Carteles de sala", "Itineraries": "Itinerarios",
    "Run-sheets": "Guiones de sesión", "Tent cards": "Tarjetas de mesa",
    "List of participants": "Lista de participantes", "No room": "Sin sala", "TBC": "Por confirmar",
    "Host": "Anfitrión", "Co-chairs": "Copresidencia", "Speakers": "Oradores",
    "by invitation only": "solo con invitación", "closed": "a puerta cerrada",
    "Chatham House rule": "regla de Chatham House", "interpretation": "interpretación",
    "Invited": "Invitado/a", "When": "Cuándo", "Where": "Dónde", "Session": "Sesión", "Part": "Papel",
    "From": "De", "To": "A", "Role": "Papel", "Min": "Min", "Mode": "Modalidad", "no room": "sin sala",
    "none": "ninguno", "declined": "declinó", "in person": "presencial", "remote": "a distancia",
    "video message": "mensaje en vídeo", "Warning": "Atención",
    "speaker {n} of {total}": "orador {n} de {total}",
    "No speaking part and no invitation in the programme.":
        "Ninguna intervención ni invitación en el programa.",
    "No delegate has a part in the programme yet.": "Ningún delegado tiene aún un papel en el programa.",
    "No session has speakers yet.": "Ninguna sesión tiene oradores todavía.",
    "No speakers or moderators in the programme yet.":
        "Todavía no hay oradores ni moderadores en el programa.",
    "Speaking time {spoken} of {minutes} min; the last speaker ends at {last}, the session at {end}.":
        "Tiempo de palabra {spoken} de {minutes} min; el último orador termina a las {last}, "
        "la sesión a las {end}.",
    "Overrun: the speakers need {extra} min more than the session has.":
        "Exceso: los oradores necesitan {extra} min más de lo que dura la sesión.",
}

CATALOGS: dict[str, dict[str, str]] = {"en": {}, "fr": _FR, "es": _ES}


def catalogs(table: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    """A module's own words, one row an English text with its (French, Spanish), as catalogues
    by language (English: the text itself)."""
    return {"en": {}, "fr": {en: fr for en, (fr, _) in table.items()},
            "es": {en: es for en, (_, es) in table.items()}}


def say_in(catalog: dict[str, dict[str, str]], words: DocumentWords, text: str, **values: Any) -> str:
    """A sentence of a module's catalogue in the document's main language, values filled in."""
    return catalog.get(words.main, {}).get(text, text).format(**values)


def parse_languages(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """("fr", "en") from "fr,en" or a list; an unknown language is one clear error."""
    if text is None:
        return ()
    items = text.split(",") if isinstance(text, str) else list(text)
    chosen = tuple(dict.fromkeys(x.strip().lower()[:2] for x in items if x.strip()))
    for lang in chosen:
        if lang not in LANGUAGES:
            raise ValidationError(
                "documents print in en, fr or es, not {lang}",
                lang=repr(lang), code="words.documents-print-en")
    return chosen


class Words:
    """The words of a document in one or more languages (the first is the main one)."""

    def __init__(self, languages: Sequence[str] = ("en",),
                 table: Mapping[str, Mapping[str, str]] | None = None) -> None:
        chosen = parse_languages(languages) or ("en",)
        self.languages = chosen
        self.main = chosen[0]
        # the caller's own words (the programme's kinds, modes: the window's and the command
        # line's vocabulary, from gettext), language → English → words; before the built-in ones
        self._table: Mapping[str, Mapping[str, str]] = table or {}
        self._locale = {"en": "en_GB"}.get(self.main, self.main)  # 20 November 2019, not Nov 20

    @property
    def locale(self) -> str:
        """The Babel locale of the main language (en_GB for English: 20 November 2019)."""
        return self._locale

    @classmethod
    def for_event(cls, event_languages: Sequence[str] | None,
                  chosen: str | Sequence[str] | None = None,
                  table: Mapping[str, Mapping[str, str]] | None = None) -> Words:
        """The chosen language(s), else the event's first, else English."""
        return cls(parse_languages(chosen) or tuple(event_languages or ())[:1] or ("en",), table)

    def _one(self, lang: str, text: str) -> str:
        return self._table.get(lang, {}).get(text) or CATALOGS[lang].get(text, text)

    def __call__(self, text: str) -> str:
        """A label in every language, joined by " / " (repeats left out)."""
        return " / ".join(dict.fromkeys(self._one(lang, text) for lang in self.languages))

    def say(self, text: str, **values: Any) -> str:
        """A sentence in the main language, with its values filled in."""
        return self._one(self.main, text).format(**values)

    def long_date(self, d: date) -> str:
        """Wednesday 20 November 2019 / mercredi 20 novembre 2019."""
        return format_date(d, "EEEE d MMMM y" if self.main != "es" else "full", locale=self._locale)

    def day_month(self, d: date) -> str:
        """Wednesday 20 November, for a page that already says the year."""
        pattern = "EEEE d 'de' MMMM" if self.main == "es" else "EEEE d MMMM"
        return format_date(d, pattern, locale=self._locale)

    def days(self, start: date, end: date) -> str:
        """20 November 2019, 20–22 November 2019, 30 November – 2 December 2019."""
        es = self.main == "es"
        full = "d 'de' MMMM 'de' y" if es else "d MMMM y"
        last = format_date(end, full, locale=self._locale)
        if start == end:
            return last
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{last}"
        first = format_date(start, "d 'de' MMMM" if es else "d MMMM", locale=self._locale)
        if start.year != end.year:
            first = format_date(start, full, locale=self._locale)
        return f"{first} – {last}"
