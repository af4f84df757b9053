"""Accent- and case-insensitive matching of names in every script.

Two foldings are kept side by side: the text with its marks removed and
case folded (so "Montréal" → "montreal", Arabic vowel marks dropped, Chinese
kept as it is), and an ASCII transliteration by anyascii (so "Łódź" → "lodz",
whose Ł has no decomposition, and "北京" → "beijing"). A query matches when
either folding of the query is inside either folding of the text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii


def nfc(text: str) -> str:
    """The composed form every stored name is kept in."""
    return unicodedata.normalize("NFC", text)


def strip_marks(text: str) -> str:
    """Case-folded text without combining marks, recomposed (NFC)."""
    if text.isascii():  # no marks, nothing to compose: case only (most names, every e-mail)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)


def transliterate(text: str) -> str:
    """Lower-case ASCII transliteration."""
    return anyascii(text).casefold()


@lru_cache(maxsize=1 << 16)
def fold_variants(text: str) -> tuple[str, ...]:
    """The distinct foldings of one text, for keys and for queries (cities, countries and
    organisations repeat from row to row of an import, so each is folded once)."""
    plain = " ".join(strip_marks(text).split())
    ascii_ = " ".join(transliterate(text).split())
    return (plain,) if ascii_ == plain else (plain, ascii_)


def search_key(parts: Iterable[str | None]) -> str:
    """The stored search text of a record: every folding of every part.

    Parts are separated by a character no query can contain, so a query never
    matches across two fields by accident.
    """
    out: list[str] = []
    for part in parts:
        if part:
            out.extend(fold_variants(part))
    return "\x1f".join(out)


def matches(key: str, query: str) -> bool:
    """True where every word of the query is found in the key (Python twin of the SQL search)."""
    for word in query.split():
        if not any(v in key for v in fold_variants(word)):
            return False
    return True
