"""Countries by ISO 3166-1 alpha-2 code, resolved from codes or names (pycountry)."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from mmdesk.domain.errors import ValidationError
from mmdesk.domain.text import strip_marks

# Names organizers write that pycountry's fuzzy search does not resolve.
_ALIASES = {
    "uk": "GB",
    "england": "GB",
    "usa": "US",
    "united states": "US",
    "the gambia": "GM",
    "gambia": "GM",
    "ivory coast": "CI",
    "russia": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "turkey": "TR",
    "turkiye": "TR",
    "czech republic": "CZ",
    "vietnam": "VN",
    "laos": "LA",
    "iran": "IR",
    "syria": "SY",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "palestine": "PS",
    "kosovo": "XK",
    "senegal": "SN",
}


#: Languages whose country names a file may use (ISO 3166 translations shipped by pycountry).
NAME_LANGUAGES = ("fr", "es", "pt")


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    translations = [_translation(lang) for lang in NAME_LANGUAGES]
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("alpha_2", "alpha_3", "name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                index[strip_marks(value)] = c.alpha_2
                for t in translations:
                    index.setdefault(strip_marks(t.gettext(value)), c.alpha_2)
    index.update(_ALIASES)
    return index


def resolve_country(value: str | None) -> str | None:
    """The alpha-2 code for a code or a name; None for empty; ValidationError if unknown."""
    if value is None or not value.strip():
        return None
    key = strip_marks(value.strip().replace("\u2019", "'").replace("\u2018", "'"))
    code = _index().get(key)
    if code is None:
        raise ValidationError(f"unknown country: {value.strip()!r}")
    return code


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str:
    """The common English name of an alpha-2 code ("" for none; the code itself if unknown)."""
    if not code:
        return ""
    if code == "XK":
        return "Kosovo"
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=8)
def _translation(language: str):  # noqa: ANN202 - gettext.NullTranslations
    """pycountry's names in one language (names stay English where it has none)."""
    import gettext

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name_in(code: str | None, language: str) -> str:
    """A country's name in French or Spanish ("Alemania"), English for any other language."""
    name = country_name(code)
    c = pycountry.countries.get(alpha_2=code) if code else None
    if c is None or language == "en":
        return name
    translate = _translation(language).gettext
    common = getattr(c, "common_name", None)
    if common and translate(common) != common:
        return translate(common)
    return translate(c.name)
