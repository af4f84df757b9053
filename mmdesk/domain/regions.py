"""Regions: the closed list of UN M49 regions and sub-regions a delegate's region is chosen from.

A region is stored by its M49 English name ("Latin America and the Caribbean"), a stable value
for files and filters; the window and exports show it in the interface's language from CLDR
(Babel's territory names for the M49 codes). A value outside the list (an older list's
"Asia-Pacific") is kept as written and shown as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from mmdesk.domain.text import strip_marks


@dataclass(frozen=True)
class Region:
    """One M49 region or sub-region: its code, English name, and the region it lies in."""

    code: str
    name: str
    parent: str | None = None


#: UN M49 (https://unstats.un.org/unsd/methodology/m49/): the 5 regions, their sub-regions,
#: and the intermediate regions of Africa and the Americas, in the UN's order
REGIONS: tuple[Region, ...] = (
    Region("002", "Africa"),
    Region("015", "Northern Africa", "002"),
    Region("202", "Sub-Saharan Africa", "002"),
    Region("014", "Eastern Africa", "202"),
    Region("017", "Middle Africa", "202"),
    Region("018", "Southern Africa", "202"),
    Region("011", "Western Africa", "202"),
    Region("019", "Americas"),
    Region("419", "Latin America and the Caribbean", "019"),
    Region("029", "Caribbean", "419"),
    Region("013", "Central America", "419"),
    Region("005", "South America", "419"),
    Region("021", "Northern America", "019"),
    Region("142", "Asia"),
    Region("143", "Central Asia", "142"),
    Region("030", "Eastern Asia", "142"),
    Region("035", "South-eastern Asia", "142"),
    Region("034", "Southern Asia", "142"),
    Region("145", "Western Asia", "142"),
    Region("150", "Europe"),
    Region("151", "Eastern Europe", "150"),
    Region("154", "Northern Europe", "150"),
    Region("039", "Southern Europe", "150"),
    Region("155", "Western Europe", "150"),
    Region("009", "Oceania"),
    Region("053", "Australia and New Zealand", "009"),
    Region("054", "Melanesia", "009"),
    Region("057", "Micronesia", "009"),
    Region("061", "Polynesia", "009"),
)
_BY_CODE = {r.code: r for r in REGIONS}
_BY_NAME = {r.name: r for r in REGIONS}
# names lists write that M49 spells otherwise
_ALIASES = {"north america": "021", "latin america": "419", "latin america & caribbean": "419",
            "sub saharan africa": "202", "subsaharan africa": "202", "australasia": "053",
            "south east asia": "035", "southeast asia": "035", "middle east": "145"}


def depth(region: Region) -> int:
    """0 for a region, 1 for a sub-region, 2 for an intermediate region (for indenting a list)."""
    level, parent = 0, region.parent
    while parent is not None:
        level, parent = level + 1, _BY_CODE[parent].parent
    return level


def _fold(text: str) -> str:
    return " ".join(strip_marks(text).casefold().replace("-", " ").split())


@cache
def _lookup() -> dict[str, str]:
    """Folded name (M49 English, CLDR in en/fr/es, aliases) → code."""
    out = dict(_ALIASES)
    for r in REGIONS:
        out[_fold(r.name)] = r.code
        out[r.code] = r.code
    try:
        from babel import Locale

        for lang in ("en", "fr", "es"):
            names = Locale(lang).territories
            for r in REGIONS:
                if r.code in names:
                    out.setdefault(_fold(names[r.code]), r.code)
    except ImportError:  # pragma: no cover - Babel is a dependency
        pass
    return out


def find_region(value: str | None) -> Region | None:
    """The M49 region a written value names (English, French or Spanish, or its code), else None."""
    if not value or not value.strip():
        return None
    code = _lookup().get(_fold(value))
    return _BY_CODE.get(code) if code else None


@lru_cache(maxsize=4096)  # an import asks it of every row, with a few values
def canonical_region(value: str | None) -> str | None:
    """The stored form of a region: its M49 English name if known, else the value as written."""
    if value is None or not value.strip():
        return None
    found = find_region(value)
    return found.name if found else value.strip()


def region_name(value: str | None, language: str | None = None) -> str:
    """A stored region in a language (default: mmdesk's current one); an unknown value unchanged."""
    if not value:
        return ""
    if language is None:
        from mmdesk.i18n import language as current

        language = current()
    found = find_region(value)
    if found is None or language == "en":
        return value  # stored in English already (an older list's own word stays as written)
    from babel import Locale

    return Locale(language).territories.get(found.code, found.name)
