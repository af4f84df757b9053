"""Country names as lists write them: CLDR in every language, UN names, ISO codes, aliases."""

from __future__ import annotations

import pytest
from babel import Locale

from mmdesk.domain.countries import closest_countries, country_name, find_country, resolve_country
from mmdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    "name, code",
    [
        # Indico (CLDR English)
        ("Bosnia & Herzegovina", "BA"),
        ("Congo - Kinshasa", "CD"),
        ("Congo - Brazzaville", "CG"),
        ("Myanmar (Burma)", "MM"),
        ("Hong Kong SAR China", "HK"),
        ("Palestinian Territories", "PS"),
        ("Côte d’Ivoire", "CI"),
        ("St. Kitts & Nevis", "KN"),
        # UN short and formal names
        ("State of Palestine", "PS"),
        ("Republic of Korea", "KR"),
        ("Iran (Islamic Republic of)", "IR"),
        ("IRAN (ISLAMIC REPUBLIC OF)", "IR"),
        ("China, Hong Kong Special Administrative Region", "HK"),
        ("Holy See", "VA"),
        ("Bolivia (Plurinational State of)", "BO"),
        ("Türkiye", "TR"),
        ("Netherlands (Kingdom of the)", "NL"),
        ("the Republic of Ghana", "GH"),
        # French and Spanish, and aliases
        ("Russie", "RU"),
        ("Rusia", "RU"),
        ("República Democrática del Congo", "CD"),
        ("République démocratique du Congo", "CD"),
        ("DR Congo", "CD"),
        ("Allemagne", "DE"),
        ("Estados Unidos", "US"),
        ("UK", "GB"),
        ("Ivory Coast", "CI"),
        # other languages Babel knows, and codes
        ("Россия", "RU"),
        ("中国", "CN"),
        ("Deutschland", "DE"),
        ("Italia", "IT"),
        ("ジャマイカ", "JM"),
        ("GHA", "GH"),
        ("gh", "GH"),
        ("288", "GH"),
        (288, "GH"),
        (36.0, "AU"),
        ("XK", "XK"),
    ],
)
def test_names_every_list_writes_resolve(name: object, code: str) -> None:
    assert find_country(name) == code


def test_every_cldr_english_name_indico_writes_resolves() -> None:
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries}
    names = {code: name for code, name in Locale("en").territories.items() if code in codes}
    assert len(names) == 249
    assert [n for code, n in names.items() if find_country(n) != code] == []


def test_unknown_and_ambiguous_names_name_the_closest() -> None:
    assert find_country("Atlantis") is None and find_country("") is None and find_country(None) is None
    assert find_country("Korea") is None  # two countries: never guessed
    assert "Korea, Republic of (KR)" in " ".join(
        closest_countries("Korea")
    ) or "South Korea (KR)" in " ".join(closest_countries("Korea"))
    assert closest_countries("Germay")[0] == "Germany (DE)"
    with pytest.raises(ValidationError, match=r"unknown country: 'Germay' \(closest: Germany \(DE\)"):
        resolve_country("Germay")
    assert country_name("KR")
