"""Which letters each glyph of a right-to-left stretch reads as, so extractors give the line back
as typed: digits, Latin words and vowel signs inside Arabic or Hebrew included.

A right-to-left stretch (a name alone on a badge, an Arabic name inside an
English line) is drawn in visual order, and read back by two kinds of tools:

- poppler (pdftotext, Evince, Okular) takes the letters of a line left to right
  and, on a page with more left-to-right than right-to-left letters, reverses
  each stretch that starts with a right-to-left letter and runs on to the next
  Latin letter or digit; digits themselves are never reversed and never move.
  So "قاعة 12 — الطابق 3" drawn in visual order came back as
  "3 — الطابق12 قاعة".
- pdf.js runs the bidi algorithm over each text item (a run of glyphs in one
  font and size, without a jump).

So the stretch's letters are written left to right in the order poppler needs
(chunks()): its logical order, each right-to-left chunk reversed, a chunk being
a right-to-left letter and what follows it up to the next Latin letter, digit
or number sign (ended by a right-to-left mark, RLM, when it ends with a space or
a sign, so that the chunk keeps it), and the rest as it is. The glyphs keep
their places; only the letters they read as are handed out again (spread()),
and every chunk is its own text item for pdf.js (drawn a hair larger, or in
another font), where the bidi algorithm puts a reversed chunk right and leaves
the others alone. When the visual order already reads right (a name without
digits), every glyph reads as its own letters, as before. The marks (LRM, RLM)
are invisible format characters: pdftotext's text is the typed line once they
are left out (poppler adds its own, RLE and PDF, around right-to-left words).

Two more things keep poppler on this reading: a page whose text has more
right-to-left than left-to-right letters is read the other way round, so lines
write left-to-right marks (LRM) after themselves where the page would tip
(text.py); and a mark (LRM) follows a right-to-left stretch that a space and a
Latin word follow in a left-to-right line, so that the space stays with the word.

Checked with poppler 22.12 (pdftotext, pdftotext -layout) and pdf.js 4.10 and
6.5 (getTextContent); pdf.js 4.10 still splits a word with vowel signs (it
takes a glyph reading as letters with a mark for a zero-width mark).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from mmdesk.printing.glyphs import Shaped, Slot

LRM, RLM = "\u200e", "\u200f"
#: how many points larger a chunk of item n is drawn (n * ITEM_BREAK): pdf.js starts a text
#: item where the size changes, poppler takes it as the same word
ITEM_BREAK = 0.01


def kind(ch: str) -> str:
    """How poppler 22 takes a character in a line: "R" for a right-to-left letter, "L" for a
    left-to-right letter, a digit or a number's sign (bidi classes EN, AN, ES, ET, CS: "12,5 %",
    "،"), which it never reverses, "N" for the rest (spaces, other signs, vowel signs)."""
    bidi = unicodedata.bidirectional(ch)
    if bidi in ("R", "AL"):
        return "R"
    if bidi in ("L", "EN", "AN", "ES", "ET", "CS") and ch != "\u00a0":
        return "L"
    return "N"


@dataclass(frozen=True)
class Chunk:
    """A piece of a stretch: its letters as written left to right (reads, with their anchor
    marks), where it starts in the stretch, how many letters it holds, and its text item for
    pdf.js (1: right-to-left letters, 2: Arabic-Indic digits, 0: the rest)."""

    reads: str
    start: int
    count: int
    item: int


def chunks(logical: str, cuts: frozenset[int] = frozenset()) -> list[Chunk]:
    """The stretch (logical order) cut into the chunks written left to right, in order; a
    right-to-left chunk is also cut where cuts say (where its glyphs change font, see spread())."""
    out: list[Chunk] = []
    i, n = 0, len(logical)
    while i < n:
        j = i
        if kind(logical[i]) == "R":
            while j < n and kind(logical[j]) != "L":
                j += 1
            ends = sorted({c for c in cuts if i < c < j} | {j})
            at = i
            for end in ends:
                piece = logical[at:end]
                anchor = "" if kind(piece[-1]) == "R" else RLM  # the chunk keeps its trailing signs
                stop = LRM if at > i else ""  # the one before ends here (poppler would go on)
                out.append(Chunk(stop + (piece + anchor)[::-1], at, end - at, 1))
                at = end
        else:
            while j < n and kind(logical[j]) != "R":
                j += 1
            at = i
            for part in _arabic_digits_apart(logical[i:j]):
                arabic = unicodedata.bidirectional(part[0]) == "AN"
                out.append(Chunk(part, at, len(part), 2 if arabic else 0))
                at += len(part)
        i = j
    return out


def _arabic_digits_apart(piece: str) -> list[str]:
    """Arabic-Indic digits (bidi class AN) in an item of their own: pdf.js would turn an item
    holding them with spaces or signs around into a right-to-left one and reorder it."""
    out: list[str] = []
    for ch in piece:
        arabic = unicodedata.bidirectional(ch) == "AN"
        if out and (unicodedata.bidirectional(out[-1][-1]) == "AN") == arabic:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _units(parts: list[Chunk]) -> tuple[list[str], list[int]]:
    """The letters to write one by one, anchor marks going with the letter after them (a glyph
    reading as letters that end with a mark is left out by pdf.js 4), and the chunk of each."""
    units: list[str] = []
    owner: list[int] = []
    for k, part in enumerate(parts):
        for ch in part.reads:
            if units and owner[-1] == k and units[-1][-1] in (RLM, LRM):
                units[-1] += ch
            else:
                units.append(ch)
                owner.append(k)
    return units, owner


def spread(runs: list[Shaped], logical: str) -> tuple[list[list[str]], list[list[int]]]:
    """What each glyph of the stretch's runs (visual order) reads as, and each glyph's text
    item for pdf.js (drawn ITEM_BREAK times item larger)."""
    slots = [slot for run in runs for slot in run.slots]
    natural = [piece for run in runs for piece in run.natural()]
    fonts = [run.font for run in runs for _ in run.slots]
    parts = chunks(logical)
    units, owner = _units(parts)
    ranges = _natural(natural, units, owner) or _aligned(slots, natural, units, owner)
    # pdf.js starts a text item where the font changes: a right-to-left chunk whose glyphs
    # are in two fonts is cut there in two, each reversed on its own, the first written on
    # the glyphs left of the change (the mark, LRM, ending it may fall inside a word; the
    # text pdftotext gives is right once marks are left out). Each glyph keeps its count.
    cuts = set()
    for i in range(len(ranges) - 1):
        (a, b), (c, d) = ranges[i], ranges[i + 1]
        if a < b and c < d and owner[a] == owner[c] and parts[owner[a]].item == 1 \
                and fonts[i] != fonts[i + 1]:
            cuts.add(parts[owner[a]].start + c - owner.index(owner[a]))  # a unit holds one letter
    if cuts:
        parts = chunks(logical, frozenset(cuts))
        units, owner = _units(parts)
    reads = ["".join(units[a:b]) for a, b in ranges]
    for i, (a, b) in enumerate(ranges):
        if a < b and reads[i][0].isspace() and not (reads[i].isspace() and natural[i].isspace()):
            # a space read from a glyph that is not one, or first of its letters: with a mark of
            # its chunk's direction before it, it is a letter of the word (poppler sees a gap as
            # wide as the glyph, two columns if it is wide; pdf.js 4 leaves out a glyph reading
            # as a space first). pdf.js takes RLM for a left-to-right letter and would move the
            # signs around it: in a right-to-left chunk, only where the gap would be too wide.
            if parts[owner[a]].item != 1:
                reads[i] = LRM + reads[i]
            elif slots[i].advance > _SPACE_WIDTH or not reads[i].isspace():
                reads[i] = RLM + reads[i]
    items, last = [], 0
    for a, b in ranges:
        last = parts[owner[a]].item if a < b else last
        items.append(last)
    out_reads: list[list[str]] = []
    out_items: list[list[int]] = []
    at = 0
    for run in runs:
        out_reads.append(reads[at:at + len(run.slots)])
        out_items.append(items[at:at + len(run.slots)])
        at += len(run.slots)
    return out_reads, out_items


def _natural(natural: list[str], units: list[str], owner: list[int]) -> list[tuple[int, int]] | None:
    """Each glyph reading as its own letters, when that already spells the chunks, each
    chunk on glyphs of its own; None otherwise. (A unit holds one letter, see _units().)"""
    if "".join(u[-1] for u in units) != "".join(natural):
        return None
    ranges: list[tuple[int, int]] = []
    at = 0
    for piece in natural:
        if not piece or owner[at] != owner[at + len(piece) - 1]:
            return None
        ranges.append((at, at + len(piece)))
        at += len(piece)
    return ranges


#: the cost of a glyph reading as nothing (poppler and pdf.js see a gap there: a space)
_GAP = 100.0
#: the cost of a space read from a glyph that is not one (written with a bidi mark, see spread())
_MARKED_SPACE = 0.5
#: a glyph wider than this (thousandths of the size) reading as a space looks like a column gap
_SPACE_WIDTH = 400.0
#: the cost of a glyph reading as letters of two chunks (pdf.js reorders them as one)
_TWO_CHUNKS = 5.0


def _aligned(slots: list[Slot], natural: list[str], units: list[str],
             owner: list[int]) -> list[tuple[int, int]]:
    """The letters in order over the glyphs in order, each glyph taking a run of them, at the
    least cost (dynamic programming): no glyph reading as nothing, spaces on spaces,
    chunks apart, as near each glyph's own count of letters as can be."""
    n, m = len(slots), len(units)
    if n == m:  # one each: any other way leaves a glyph reading as nothing (_GAP)
        return [(i, i + 1) for i in range(n)]
    longest = max(4, m - n + 2)
    spaces = [0]  # how many units are spaces, up to each
    for u in units:
        spaces.append(spaces[-1] + u.isspace())

    def cost(i: int, a: int, b: int) -> float:
        if a == b:
            return _GAP
        space = natural[i].isspace()
        if spaces[b] - spaces[a] == b - a:
            return (0.0 if b - a == 1 else 3.0) if space else _MARKED_SPACE
        out = (0.2 if space else 0.0) + 0.05 * abs(b - a - len(natural[i]))
        if owner[a] != owner[b - 1]:
            out += _TWO_CHUNKS
        return out + (0.0 if "".join(units[a:b]) == natural[i] else 0.01)

    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    band = 3  # a glyph's letters stay within a few of where they would be one by one
    for i in range(1, n + 1):
        for j in range(max(0, i - band - max(0, n - m)), min(m, i + max(0, m - n) + band) + 1):
            for a in range(max(0, j - longest), j + 1):
                if best[i - 1][a] == inf:
                    continue
                c = best[i - 1][a] + cost(i - 1, a, j)
                if c < best[i][j]:
                    best[i][j], back[i][j] = c, a
    ranges: list[tuple[int, int]] = []
    j = m
    for i in range(n, 0, -1):
        a = back[i][j]
        ranges.append((a, j))
        j = a
    return ranges[::-1]
