"""Sorting names as people expect: Unicode collation order (Ångström with the A's, Łódź with
the L's), the same in every printed list and register."""

from __future__ import annotations

from functools import lru_cache

import pyuca


@lru_cache(maxsize=1)
def _collator() -> pyuca.Collator:
    """The Unicode collation table (loaded once: reading it takes a third of a second)."""
    return pyuca.Collator()


def collation_key(value: str) -> tuple[int, ...]:
    """A sort key in Unicode collation order (Ångström with the A's, Łódź with the L's)."""
    return _collator().sort_key(value)
