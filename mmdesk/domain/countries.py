"""Countries by ISO 3166-1 alpha-2 code, found from whatever a list writes: ISO codes
(alpha-2, alpha-3, numeric), ISO names (pycountry), CLDR names in every language Babel
knows (Indico writes "Bosnia & Herzegovina", "Congo - Kinshasa"), the UN's short and formal
names ("Iran (Islamic Republic of)", "China, Hong Kong Special Administrative Region") and
common aliases ("DR Congo", "UK"). The lookup is built once, on first use."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import pycountry

from mmdesk.domain.errors import ValidationError
from mmdesk.domain.text import strip_marks

if TYPE_CHECKING:
    import gettext

# Names organizers write that neither ISO nor CLDR spell that way.
_ALIASES = {
    "uk": "GB", "u k": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "great britain": "GB", "britain": "GB", "usa": "US", "u s a": "US", "u s": "US", "america": "US",
    "united states": "US", "the gambia": "GM", "gambia": "GM", "ivory coast": "CI", "russia": "RU",
    "south korea": "KR", "korea south": "KR", "north korea": "KP", "korea north": "KP", "turkey": "TR",
    "turkiye": "TR", "czech republic": "CZ", "vietnam": "VN", "laos": "LA", "iran": "IR", "syria": "SY",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "palestine": "PS",
    "kosovo": "XK", "dr congo": "CD", "drc": "CD", "d r congo": "CD", "rdc": "CD", "rd congo": "CD",
    "congo kinshasa": "CD", "congo brazzaville": "CG", "republic of congo": "CG", "cape verde": "CV",
    "swaziland": "SZ", "burma": "MM", "macedonia": "MK", "holland": "NL", "uae": "AE", "emirates": "AE",
    "east timor": "TL", "vatican": "VA", "taiwan": "TW", "hong kong": "HK", "macau": "MO", "macao": "MO",
    "bosnia": "BA", "micronesia": "FM", "brunei": "BN", "rusia": "RU", "russie": "RU", "eeuu": "US",
    "ee uu": "US", "etats unis": "US", "reino unido": "GB", "royaume uni": "GB", "cote divoire": "CI",
    "sao tome": "ST", "republique democratique du congo": "CD", "rep dem du congo": "CD",
    "rd du congo": "CD", "congo rdc": "CD", "republique du congo": "CG", "republica del congo": "CG",
    "coree du sud": "KR", "corea del sur": "KR", "emirats arabes unis": "AE", "etats-unis d amerique": "US",
    "st lucia": "LC", "st kitts and nevis": "KN", "st vincent and the grenadines": "VC",
}

# UN short and formal names (M49 / UNTERM) that differ from ISO's and CLDR's English ones.
_UN_NAMES = {
    "State of Palestine": "PS", "occupied Palestinian territory": "PS", "Republic of Korea": "KR",
    "Democratic People's Republic of Korea": "KP", "Iran (Islamic Republic of)": "IR",
    "China, Hong Kong Special Administrative Region": "HK",
    "China, Macao Special Administrative Region": "MO", "Holy See": "VA",
    "Bolivia (Plurinational State of)": "BO", "Venezuela (Bolivarian Republic of)": "VE",
    "Micronesia (Federated States of)": "FM", "Republic of Moldova": "MD",
    "United Republic of Tanzania": "TZ", "Lao People's Democratic Republic": "LA",
    "Syrian Arab Republic": "SY", "Democratic Republic of the Congo": "CD", "Congo": "CG",
    "Côte d'Ivoire": "CI", "Türkiye": "TR", "Netherlands (Kingdom of the)": "NL",
    "United Kingdom of Great Britain and Northern Ireland": "GB", "United States of America": "US",
    "Russian Federation": "RU", "Viet Nam": "VN", "Czechia": "CZ", "North Macedonia": "MK",
    "Eswatini": "SZ", "Cabo Verde": "CV", "Brunei Darussalam": "BN", "Timor-Leste": "TL",
    "Sao Tome and Principe": "ST", "Falkland Islands (Malvinas)": "FK", "Sint Maarten (Dutch part)": "SX",
    "Saint Martin (French Part)": "MF", "United States Virgin Islands": "VI",
    "British Virgin Islands": "VG", "Bonaire, Sint Eustatius and Saba": "BQ", "Saint Helena": "SH",
    "China, Taiwan Province of China": "TW", "Taiwan Province of China": "TW", "Kosovo (UNSCR 1244)": "XK",
    "Wallis and Futuna Islands": "WF", "Curaçao": "CW", "Réunion": "RE", "Åland Islands": "AX",
    "Saint Barthélemy": "BL", "Svalbard and Jan Mayen Islands": "SJ", "Gambia (Republic of The)": "GM",
}

#: The forum's languages come first: where two languages spell two countries alike, theirs win.
FIRST_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh", "pt")

#: Languages whose country names mmdesk writes (French and Spanish windows and papers).
NAME_LANGUAGES = ("fr", "es", "pt")

_PUNCT = re.compile(r"[.\-–—,()/_'’‘\"]")


def fold(name: str) -> str:
    """The key a country name is looked up by: no accents, case, punctuation or "the"."""
    text = strip_marks(str(name)).replace("&", " and ")
    text = _PUNCT.sub(" ", text)
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    return re.sub(r"^st ", "saint ", text)


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    return frozenset({c.alpha_2 for c in pycountry.countries} | {"XK"})


@lru_cache(maxsize=2)
def _index(everywhere: bool = False) -> dict[str, str]:
    """Folded name → alpha-2, the first spelling to claim a name keeping it: UN names and
    aliases, ISO names, CLDR names in the forum's languages, then (only when a name is not
    found there) in every other language Babel knows."""
    index: dict[str, str] = {}
    codes = _known_codes()

    def add(name: str | None, code: str) -> None:
        if name:
            key = fold(name)
            if key:
                index.setdefault(key, code)

    for name, code in _UN_NAMES.items():
        add(name, code)
    for key, code in _ALIASES.items():
        index.setdefault(fold(key), code)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            add(getattr(c, attr, None), c.alpha_2)
    for locale_id in _locales() if everywhere else FIRST_LANGUAGES:
        for code, name in _territories(locale_id).items():
            if code in codes:
                add(name, code)
    return index


def _locales() -> list[str]:
    import babel.localedata

    rest = sorted(x for x in babel.localedata.locale_identifiers() if x not in FIRST_LANGUAGES)
    return [*FIRST_LANGUAGES, *rest]


@lru_cache(maxsize=4)
def _cldr_names(language: str) -> dict[str, str]:
    """CLDR's country names in one language (cached)."""
    return _territories(language)


def _territories(locale_id: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(locale_id).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def _by_code(value: str) -> str | None:
    text = value.strip().upper()
    if text.isdigit() and len(text) <= 3:
        c = pycountry.countries.get(numeric=text.zfill(3))
        return c.alpha_2 if c else None
    if len(text) == 2 and text.isalpha():
        return text if text in _known_codes() else None
    if len(text) == 3 and text.isalpha():
        if text == "XKX":
            return "XK"
        c = pycountry.countries.get(alpha_3=text)
        return c.alpha_2 if c else None
    return None


def find_country(value: object) -> str | None:
    """The alpha-2 code for a code or a name in any language, or None if unknown or empty."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text:
        return None
    code = _by_code(text)
    if code:
        return code
    key = fold(text)
    return _index().get(key) or _index(everywhere=True).get(key)


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    """Folded English, French and Spanish name → code, for suggestions."""
    out: dict[str, str] = {}
    for lang in ("en", "fr", "es"):
        for code, name in _territories(lang).items():
            if code in _known_codes():
                out.setdefault(fold(name), code)
    for name, code in _UN_NAMES.items():
        out.setdefault(fold(name), code)
    return out


def closest_countries(value: str, n: int = 3) -> list[str]:
    """The countries whose names are nearest to an unknown one, as "Name (CC)"."""
    names = _english_names()
    found: list[str] = []
    for key in difflib.get_close_matches(fold(value), list(names), n=n * 3, cutoff=0.6):
        label = f"{country_name(names[key])} ({names[key]})"
        if label not in found:
            found.append(label)
    return found[:n]


def resolve_country(value: str | None) -> str | None:
    """The alpha-2 code for a code or a name; None for empty; ValidationError if unknown."""
    if value is None or not str(value).strip():
        return None
    code = find_country(value)
    if code is None:
        near = closest_countries(str(value))
        hint = f" (closest: {', '.join(near)})" if near else ""
        raise ValidationError(
            "unknown country: {strip}{hint}",
            strip=repr(str(value).strip()[:80]), hint=hint, code="countries.unknown-country")
    return code


def country_name(code: str | None) -> str:
    """The country's name in mmdesk's current language (CLDR via Babel in French or Spanish;
    the common English name in English); "" for none, the code itself if unknown."""
    from mmdesk.i18n import language

    return _country_name(code, language())


@lru_cache(maxsize=2048)
def _country_name(code: str | None, language: str) -> str:
    if not code:
        return ""
    if language != "en":
        named = _cldr_names(language).get(code.upper())
        if named:
            return named
    if code == "XK":
        return "Kosovo"
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=8)
def _translation(language: str) -> gettext.NullTranslations:
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
