"""Reading people as lists write them: a whole name in one column, dates of birth in the
writer's order, registration states in the registration system's words.

Nothing here guesses: a name is split only where the split is certain, a date column is
read day first or month first as a whole (or not at all), and what is unsure is said.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.text import strip_marks

HONORIFICS = ("h.e.", "he", "s.e.", "se", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
              "prof", "prof.", "hon.", "m.", "mme", "mme.", "mlle", "sr", "sr.", "sra", "sra.", "dra", "dra.",
              "excmo.", "excma.", "sir", "dame")
# Words that belong to a family name ("Ó Briain", "van der Berg", "bin Salem"): a name with one
# of them is not split at a space.
PARTICLES = {"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van",
             "von", "y", "i", "e", "bin", "ben", "bint", "ibn", "al", "el", "abu", "abd", "abdul", "ó", "o",
             "ní", "nic", "mac", "mc", "st", "saint", "ter", "ten", "vander", "ould", "ag", "ap",
             "بن", "ابن", "بنت", "عبد", "أبو", "ابو", "آل"}


@dataclass(frozen=True)
class NameSplit:
    """Given and family name from one column, whether that split is certain, and why not."""

    given: str
    family: str
    honorific: str | None
    certain: bool
    why: str = ""

    @property
    def display(self) -> str:
        """The name as a badge prints it: given then family where split, else kept whole."""
        return " ".join(p for p in (self.given, self.family) if p) if self.order == "given first" else (
            self.written)

    written: str = ""
    order: str = "as written"


def _script(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            for script in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "ARABIC", "LATIN", "CYRILLIC", "GREEK"):
                if name.startswith(script):
                    return script
            return "OTHER"
    return "OTHER"


def _is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def split_name(text: str) -> NameSplit:
    """See _split_name; the name as written (without honorifics) is kept for the badge."""
    words = " ".join(str(text).split()).split(" ")
    while len(words) > 1 and strip_marks(words[0]) in HONORIFICS:
        words.pop(0)
    found = _split_name(text)
    return NameSplit(found.given, found.family, found.honorific, found.certain, found.why, " ".join(words),
                     found.order)


def _split(given: str, family: str, honorific: str | None, certain: bool, why: str = "", *,
           order: str = "as written") -> NameSplit:
    return NameSplit(given, family, honorific, certain, why, "", order)


def _split_name(text: str) -> NameSplit:
    """Split one "Name" cell. Certain: "Family, Given"; a family name in capitals ("DIALLO
    Aminata"); Chinese, Japanese and Korean written family name first; two plain words.
    Otherwise the name is kept whole as the given name (and on the badge) and marked unsure."""
    words = " ".join(str(text).split()).split(" ")
    honorific = None
    while len(words) > 1 and strip_marks(words[0]) in HONORIFICS:
        honorific = " ".join(filter(None, [honorific, words.pop(0)]))
    whole = " ".join(words).strip()
    if not whole:
        return _split("", "", honorific, True)
    if "," in whole:
        family, _, given = whole.partition(",")
        if family.strip() and given.strip():
            return _split(given.strip(), family.strip(), honorific, True, order="given first")
    script = _script(whole)
    if script in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"):
        if len(words) == 2:
            return _split(words[1], words[0], honorific, True)
        compact = whole.replace(" ", "")
        if script in ("CJK", "HANGUL") and 2 <= len(compact) <= 3 and not any(
                unicodedata.name(c, "").startswith(("HIRAGANA", "KATAKANA")) for c in compact):
            return _split(compact[1:], compact[0], honorific, True)
        return _split(whole, "", honorific, False, "family-name-first script without a space")
    if len(words) == 1:
        return _split(whole, "", honorific, True)
    caps = [i for i, w in enumerate(words) if _is_upper_word(w)]
    if caps and len(caps) < len(words) and caps == list(range(caps[0], caps[-1] + 1)) and (
            caps[0] == 0 or caps[-1] == len(words) - 1):
        family = " ".join(words[i] for i in caps)
        given = " ".join(w for i, w in enumerate(words) if i not in caps)
        return _split(given, family, honorific, True)
    initials = all(re.fullmatch(r"\w\.?(-\w\.?)?", w) for w in words[1:-1])
    if len(words) >= 2 and initials and not {strip_marks(w) for w in words} & PARTICLES:
        return _split(" ".join(words[:-1]), words[-1], honorific, True)
    return _split(whole, "", honorific, False,
                     "more than two words" if len(words) > 2 else "a word that may belong to either name")


# ---------------------------------------------------------------- dates

_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?\s*$")


@dataclass(frozen=True)
class DateOrder:
    """How a column writes its dates: "iso", "day first", "month first", or "unsure"."""

    order: str
    why: str = ""


def date_order(values: list[object], *, day_first_locale: bool) -> DateOrder:
    """Decide a whole column's order from every value in it (31/03 can only be day first),
    else from the file's language; never row by row."""
    day = month = False
    numeric = 0
    for v in values:
        if isinstance(v, (date, datetime)) or v in (None, ""):
            continue
        m = _NUMERIC.match(str(v))
        if not m:
            continue
        numeric += 1
        a, b = int(m.group(1)), int(m.group(2))
        day |= a > 12
        month |= b > 12
    if not numeric:
        return DateOrder("iso")
    if day and month:
        return DateOrder("unsure", "the column has dates written day first and others month first")
    if day:
        return DateOrder("day first", "a day past 12 stands first")
    if month:
        return DateOrder("month first", "a day past 12 stands second")
    if day_first_locale:
        return DateOrder("day first", "the file is French or Spanish")
    return DateOrder("unsure", "every date could be read day first or month first")


def read_date(value: object, order: DateOrder) -> date | None:
    """One cell as a date in the column's order; ValueError names what is wrong."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = _ISO.match(text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(text)
    if m and order.order in ("day first", "month first"):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 1900 if y > date.today().year % 100 else 2000
        day, month = (a, b) if order.order == "day first" else (b, a)
        return date(y, month, day)
    if m:
        raise ValueError(f"{text!r} could be day first or month first")
    raise ValueError(f"not a date: {text[:40]!r} (write it as 1975-03-31)")


# ---------------------------------------------------------------- states

#: Registration systems' words for a registration's state, and the accreditation state each means.
STATE_WORDS: dict[str, S] = {
    # Indico: complete, pending, unpaid, withdrawn, rejected
    "complete": S.APPROVED, "completed": S.APPROVED, "pending": S.NOMINATED, "unpaid": S.NOMINATED,
    "withdrawn": S.WITHDRAWN, "rejected": S.REJECTED,
    # pretix: paid, pending, canceled, expired
    "paid": S.APPROVED, "canceled": S.WITHDRAWN, "cancelled": S.WITHDRAWN, "expired": S.WITHDRAWN,
    # mmdesk's own export, and the forum's languages
    "nominated": S.NOMINATED, "approved": S.APPROVED, "badge issued": S.BADGE_ISSUED,
    "badge collected": S.BADGE_COLLECTED, "confirmed": S.APPROVED, "accepted": S.APPROVED,
    "waiting": S.NOMINATED, "registered": S.NOMINATED, "refused": S.REJECTED,
    "nomine": S.NOMINATED, "nominee": S.NOMINATED, "approuve": S.APPROVED, "approuvee": S.APPROVED,
    "rejete": S.REJECTED, "rejetee": S.REJECTED, "retire": S.WITHDRAWN, "retiree": S.WITHDRAWN,
    "annule": S.WITHDRAWN, "annulee": S.WITHDRAWN, "en attente": S.NOMINATED, "confirme": S.APPROVED,
    "nominado": S.NOMINATED, "nominada": S.NOMINATED, "aprobado": S.APPROVED, "aprobada": S.APPROVED,
    "rechazado": S.REJECTED, "rechazada": S.REJECTED, "retirado": S.WITHDRAWN, "retirada": S.WITHDRAWN,
    "cancelado": S.WITHDRAWN, "cancelada": S.WITHDRAWN, "pendiente": S.NOMINATED, "confirmado": S.APPROVED,
}


def state_of(value: object) -> S | None:
    """The accreditation state a registration state means, or None if unknown or empty."""
    if value in (None, ""):
        return None
    key = " ".join(strip_marks(str(value)).replace("_", " ").split())
    return STATE_WORDS.get(key)
