"""Accent-, case- and script-insensitive matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mmdesk.domain.countries import country_name, resolve_country
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.text import matches, search_key


@pytest.mark.parametrize(("stored", "query"), [
    ("Łódź", "lodz"), ("Łódź", "ŁÓDŹ"), ("Łódź", "łodz"), ("Montréal", "montreal"),
    ("Montréal", "MONTRÉAL"), ("São Paulo", "sao paulo"), ("Sáiz", "saiz"),
    ("Bälz", "balz"), ("北京", "北京"), ("北京", "beijing"), ("Straße", "strasse"),
    ("مُحَمَّد", "محمد"), ("Иванова", "иванова"), ("Αθήνα", "αθηνα"), ("eThekwini (Durban)", "durban"),
])
def test_query_finds_stored_text(stored: str, query: str) -> None:
    assert matches(search_key([stored]), query)


def test_every_word_must_match_and_fields_do_not_run_together() -> None:
    key = search_key(["Fabiana", "Goyeneche", "Montevideo"])
    assert matches(key, "fabiana montevideo")
    assert not matches(key, "fabiana paris")
    assert not matches(key, "goyenechemontevideo")


_accented = st.text(alphabet="abcdeéèêëçñøåäöüßłśźżąęıİ ABCÉÑ", min_size=1, max_size=30)


@given(_accented, st.data())
def test_any_piece_of_a_name_finds_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    piece = text[start:end]
    if piece.strip():
        assert matches(search_key([text]), piece)


@pytest.mark.parametrize(("value", "code"), [
    ("CA", "CA"), ("can", "CA"), ("Canada", "CA"), ("sierra leone", "SL"), ("The Gambia", "GM"),
    ("Côte d’Ivoire", "CI"), ("Sénégal", "SN"), ("Türkiye", "TR"), ("USA", "US"),
])
def test_countries_resolve(value: str, code: str) -> None:
    assert resolve_country(value) == code


def test_unknown_country_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="unknown country: 'Atlantis'"):
        resolve_country("Atlantis")
    assert resolve_country("  ") is None
    assert country_name("BO") == "Bolivia"
