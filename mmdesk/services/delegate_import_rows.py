"""One row of an imported delegate list read into what the import writes: names split, the
category, route, state and country looked up (each distinct value once an import), dates
read in the list's order, every field cleaned as the delegate form cleans it (see
mmdesk.services.delegate_import)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from mmdesk.domain.countries import closest_countries, find_country
from mmdesk.domain.enums import AccreditationState, Category
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.people import DateOrder, read_date, split_name, state_of
from mmdesk.domain.sentences import Sentence
from mmdesk.domain.text import strip_marks
from mmdesk.services.delegate_import_words import category_of, category_words, state_word_of
from mmdesk.services.delegates import DelegateInput
from mmdesk.services.import_matching import ImportRow
from mmdesk.spreadsheets.cells import cell_text as _text
from mmdesk.store.models import AccreditationRoute

if TYPE_CHECKING:
    from mmdesk.services.delegate_import import ImportReport

# what every row of a list repeats (a category, a route, a state, a country) is read once an import
_TAGS, _LANGUAGES = re.compile(r"[,;]"), re.compile(r"[,;/]")
_marks = lru_cache(maxsize=4096)(strip_marks)
_country = lru_cache(maxsize=4096)(find_country)


@lru_cache(maxsize=256)
def _state(value: str) -> AccreditationState | None:
    """A registration system's state ("complete", "paid"), else mmdesk's own words in English,
    French or Spanish ("approuvée", "credencial emitida")."""
    return state_of(value) or state_word_of(value)


_INPUT_FIELDS = frozenset(DelegateInput.__dataclass_fields__)


def _who(row: ImportRow) -> str:
    return " ".join(p for p in (row.data.given_name, row.data.family_name) if p) or "a delegate"


def _warn_about(report: ImportReport, line: int, said: Sentence) -> None:
    """A warning about one person (its value ``who``): those that say the same of others (the
    same template and other values) are folded in the report."""
    report.alike[len(report.warnings)] = (said.template, *(
        str(v) for k, v in said.values.items() if k != "who"))
    report.warnings.append((line, said))


def _row_input(line: int, raw: dict[str, object], fields: set[str], category_default: Category,
               routes: dict[str, AccreditationRoute], order: DateOrder, report: ImportReport,
               section_country: str | None) -> ImportRow:
    given, family = _text(raw.get("given_name")), _text(raw.get("family_name"))
    honorific, badge, whole = _text(raw.get("honorific")), _text(raw.get("badge_name")), None
    if not given and not family and _text(raw.get("full_name")):
        whole = " ".join(_text(raw["full_name"]).split())  # type: ignore[union-attr]
        split = split_name(whole)
        given, family = split.given, split.family
        honorific = honorific or split.honorific
        badge = badge or split.display
        if not split.certain:
            report.warnings.append((line, Sentence(
                "name {whole} kept whole ({why}): given and family names not split", whole=repr(whole[:80]),
                why=split.why, code="delegate-import.name-kept-whole")))
    category = category_default
    if raw.get("category") not in (None, ""):
        category = category_of(raw["category"])  # type: ignore[assignment]
        if category is None:
            raise ValidationError(
                "unknown category {str} (known: {join})",
                str=repr(str(raw['category'])[:60]), join=', '.join(category_words()),
                code="delegate-import.unknown-category-known")
    route = None
    if raw.get("route") not in (None, ""):
        route = routes.get(_marks(str(raw["route"]).strip()))
        if route is None:
            raise ValidationError(
                "unknown accreditation route {str} (routes: {value})",
                str=repr(str(raw['route'])[:60]),
                value=', '.join(r.name for r in routes.values()) or 'none yet',
                code="delegate-import.unknown-accreditation-route")
    for tag in _TAGS.split(_text(raw.get("tags")) or ""):
        if route is None and _marks(tag.strip()) in routes:
            route = routes[_marks(tag.strip())]
    state = None
    if raw.get("state") not in (None, ""):
        state = _state(raw["state"]) if isinstance(raw["state"], str) else _state(str(raw["state"]))
        if state is None:
            report.warnings.append((line, Sentence("state {str} not understood: left out",
                                                   str=repr(str(raw["state"])[:40]),
                                                   code="delegate-import.state-not-understood")))
        else:
            report.states[(_marks(str(raw["state"]).strip()), state)] += 1
    country = None
    country_text = _text(raw.get("country"))
    if country_text:
        country = _country(country_text)
        if country is None:
            near = closest_countries(country_text)
            report.warnings.append((line, Sentence(
                "unknown country {value}: left empty (closest: {near})", value=repr(country_text[:60]),
                near=", ".join(near), code="delegate-import.unknown-country-near") if near else Sentence(
                "unknown country {value}: left empty", value=repr(country_text[:60]),
                code="delegate-import.unknown-country")))
    elif section_country:
        country = section_country
    born = None
    if raw.get("date_of_birth") not in (None, "") and order.order != "unsure":
        try:
            born = read_date(raw["date_of_birth"], order)
        except ValueError as exc:
            raise ValidationError(str(exc), code="people.bad-date") from None
    elif raw.get("date_of_birth") not in (None, "") and order.order == "unsure":
        try:
            born = read_date(raw["date_of_birth"], DateOrder("iso"))
        except ValueError:
            born = None
    if born is not None and born > date.today():
        raise ValidationError(
            "date of birth {isoformat} is in the future",
            isoformat=born.isoformat(), code="validation.date-birth-future")
    languages = [x.strip() for x in _LANGUAGES.split(_text(raw.get("languages")) or "") if x.strip()]
    data = DelegateInput(
        given_name=given, family_name=family, category=category, honorific=honorific, badge_name=badge,
        position=_text(raw.get("position")), organisation=_text(raw.get("organisation")),
        city=_text(raw.get("city")), country=country, region=_text(raw.get("region")),
        gender=_text(raw.get("gender")), email=_text(raw.get("email")), phone=_text(raw.get("phone")),
        languages=languages, dietary_needs=_text(raw.get("dietary_needs")),
        access_needs=_text(raw.get("access_needs")), notes=_text(raw.get("notes")),
        passport_number=_text(raw.get("passport_number")), date_of_birth=born,
    ).cleaned()
    given_fields = fields & _INPUT_FIELDS
    if whole:
        given_fields |= {"honorific"} if honorific else set()
    return ImportRow(line, data, given_fields, whole, route, state)
