"""Bidi levels of one printed line (Unicode Bidirectional Algorithm), and its visual order.

A line is a bidi paragraph whose base direction the caller chooses from the
line's purpose: "ltr" for a line of an English, French or Spanish document (a
Latin label followed by an Arabic name stays label-first), "rtl", or "auto"
(the first strong letter decides: a name alone on a badge).

python-bidi resolves the levels with the Rust unicode-bidi crate, which gives
them only in its debug output; that output is read here. Should its shape ever
change, the pure-Python implementation python-bidi also ships takes over.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal, Protocol, TypeVar

from bidi import get_base_level, get_display

Direction = Literal["ltr", "rtl", "auto"]

#: Classes that make a line need the algorithm even in a left-to-right paragraph.
_RTL_OR_EXPLICIT = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI"})
#: Explicit formatting characters: they order the text and are not drawn.
CONTROLS = frozenset({"RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI"})
_MARKS = frozenset("\u200e\u200f\u061c")  # LRM, RLM, ALM: class L, R, AL, but never drawn
#: Rule L1: these go back to the paragraph level at the end of a line and before a tab.
_RESET = frozenset({"WS", "S", "B", "BN", "RLI", "LRI", "FSI", "PDI"})

_LEVELS = re.compile(r"Level\(\s*(\d+)")


def is_control(ch: str) -> bool:
    """A bidi formatting character (embeddings, isolates, LRM/RLM/ALM): orders, never drawn."""
    return ch in _MARKS or unicodedata.bidirectional(ch) in CONTROLS


def base_level(text: str, direction: Direction) -> int:
    """0 for a left-to-right paragraph, 1 for right-to-left."""
    if direction == "auto":
        return get_base_level(text) if text else 0
    return 1 if direction == "rtl" else 0


def _rust_levels(text: str, base: int) -> list[int] | None:
    """Levels per character from unicode-bidi's debug output (one level per UTF-8 byte)."""
    dump = get_display(text, base_dir="R" if base else "L", debug=True)
    start = dump.find("\n    levels: [")
    end = dump.find("\n    paragraphs:", start)
    if start < 0 or end < 0:
        return None
    per_byte = [int(n) for n in _LEVELS.findall(dump, start, end)]
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    out, at = [], 0
    for ch in text:
        out.append(per_byte[at])
        at += len(ch.encode("utf-8"))
    return out


def _python_levels(text: str, base: int) -> list[int]:
    """The same from python-bidi's pure-Python implementation (no bracket pairs, no isolates)."""
    from bidi import algorithm as a

    storage = a.get_empty_storage()
    storage["base_level"], storage["base_dir"] = base, "LR"[base]
    a.get_embedding_levels(text, storage)
    a.explicit_embed_and_overrides(storage)
    a.resolve_weak_types(storage)
    a.resolve_neutral_types(storage, False)
    a.resolve_implicit_levels(storage, False)
    return [c["level"] for c in storage["chars"]]


@lru_cache(maxsize=65536)
def levels(text: str, direction: Direction = "ltr") -> tuple[int, tuple[int, ...]]:
    """(paragraph level, the resolved level of each character after rule L1)."""
    base = base_level(text, direction)
    if base == 0 and not any(unicodedata.bidirectional(ch) in _RTL_OR_EXPLICIT for ch in text):
        return 0, (0,) * len(text)
    resolved = _rust_levels(text, base)
    if resolved is None:
        resolved = _python_levels(text, base)
    # L1: white space at the end of the line, and before a tab, takes the paragraph level
    trailing = True
    for i in range(len(text) - 1, -1, -1):
        kind = unicodedata.bidirectional(text[i])
        if kind in ("S", "B"):
            resolved[i] = base
            trailing = True
        elif trailing and kind in _RESET:
            resolved[i] = base
        else:
            trailing = False
    return base, tuple(resolved)


class Leveled(Protocol):
    """Anything with a bidi level (a run of a line)."""

    @property
    def level(self) -> int: ...


T = TypeVar("T", bound=Leveled)


def visual_order(runs: Sequence[T]) -> list[T]:
    """Runs of a line (in logical order) in the order they are drawn, left to right (rule L2)."""
    out = list(runs)
    if not out:
        return out
    highest = max(r.level for r in out)
    lowest_odd = min((r.level for r in out if r.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(out):
            if out[i].level < level:
                i += 1
                continue
            j = i
            while j < len(out) and out[j].level >= level:
                j += 1
            out[i:j] = out[i:j][::-1]
            i = j
    return out
