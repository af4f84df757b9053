"""Field rules for what organizers type or import."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from mmdesk.domain.errors import ValidationError
from mmdesk.domain.text import nfc

# One @, something before it, a dot in the domain, no spaces: the shape test
# registration systems use; deliverability is not ours to judge.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")

#: Control characters (C0, DEL, C1): never part of a name, an address or a search. Tabs and
#: line breaks are white space (folded to one space like any other).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

#: Letters of other scripts drawn like Latin ones (Unicode's confusables for the letters an
#: e-mail address is written with): "аnna" with a Cyrillic а is "anna" to a reader.
_CONFUSABLES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "ԛ": "q", "ѕ": "s", "т": "t",
    "у": "y", "ԝ": "w", "х": "x", "ԁ": "d", "ɡ": "g", "ү": "y", "ѵ": "v", "ꙇ": "i",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ϳ": "j",
    # Latin look-alikes
    "ı": "i", "ȷ": "j", "ℓ": "l", "ſ": "s", "ɑ": "a", "ɩ": "i", "ʋ": "u", "ⅼ": "l",
})


def strip_controls(value: str) -> str:
    """The text without control characters (tabs and line breaks become spaces)."""
    return _CONTROL.sub("", value.replace("\t", " ").replace("\r", " ").replace("\n", " "))


def clean_text(value: str | None, *, limit: int | None = None, field: str = "text") -> str | None:
    """Trimmed NFC text without control characters, None for blank; ValidationError past the
    field's length."""
    if value is None:
        return None
    value = str(value)
    # printable text holds nothing strip_controls takes out (the common case: skipped)
    value = " ".join((value if value.isprintable() else strip_controls(value)).split())
    if not value.isascii():
        value = nfc(value)
    if not value:
        return None
    if limit is not None and len(value) > limit:
        raise ValidationError(
            "{field} is longer than {limit} characters",
            field=field, limit=limit, code="validation.longer-characters")
    return value


def clean_email(value: str | None) -> str | None:
    """A lower-cased e-mail address of the right shape, or None (kept as typed otherwise:
    look-alike letters are caught by the duplicate check, see email_key)."""
    value = clean_text(value, limit=254, field="e-mail")
    if value is None:
        return None
    if not _EMAIL.match(value):
        raise ValidationError(
            "not an e-mail address: {value}",
            value=repr(value), code="validation.not-mail-address")
    return value.lower()


def email_key(value: str | None) -> str | None:
    """What two e-mail addresses are compared by: full-width and other compatibility forms
    folded (NFKC), case folded, invisible characters (zero-width spaces and joiners, soft
    hyphens, direction marks) dropped and look-alike letters of other scripts read as the
    Latin letters they look like. "ａｎｎａ@example.org", "аnna@example.org" (Cyrillic а) and
    "an\u200bna@example.org" all give "anna@example.org"."""
    if not value:
        return None
    if value.isascii():  # nothing to fold but case, controls and spaces (the common case, fast)
        return "".join((value if value.isprintable() else strip_controls(value)).lower().split())
    text = unicodedata.normalize("NFKC", strip_controls(value)).casefold()
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and not ch.isspace())
    return unicodedata.normalize("NFKC", text.translate(_CONFUSABLES))


# ---------------------------------------------------------------- days

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?", re.ASCII)


def parse_day(value: object, *, field: str | None = None) -> date:
    """A day written 1975-03-31 (a spreadsheet's "1975-03-31 00:00:00" too); anything else is
    refused with one line: trailing text, ISO week dates ("2026-W48-5"), ordinal and compact
    forms, which Python's own reader accepts and a person never means."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = strip_controls(str(value)).strip()
    where = f"{field}: " if field else ""
    m = _DAY.fullmatch(text)
    if m is None:
        raise ValidationError(
            "{where}not a date: {text} (write it as 1975-03-31)",
            where=where, text=repr(text[:40]), code="validation.not-date-write")
    hour, minute, second = (int(g) if g else 0 for g in m.group(4, 5, 6))
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise ValidationError(
            "{where}not a date: {text} ({exc})",
            where=where, text=repr(text[:40]), exc=exc, code="validation.not-date") from None
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError(
            "{where}not a time of day in {text}",
            where=where, text=repr(text[:40]), code="validation.not-time-day")
    return day


def check_birth_date(value: date | None, *, today: date | None = None) -> date | None:
    """A date of birth that can be one: not in the future."""
    if value is None:
        return None
    if value > (today or date.today()):
        raise ValidationError(
            "date of birth {isoformat} is in the future",
            isoformat=value.isoformat(), code="validation.date-birth-future")
    return value


def require_name(given: str | None, family: str | None) -> tuple[str, str]:
    """Given and family name; at least one must be there (some people have one name)."""
    g = clean_text(given, limit=120, field="given name") or ""
    f = clean_text(family, limit=120, field="family name") or ""
    if not g and not f:
        raise ValidationError(
            "a delegate needs a given or a family name",
            code="validation.delegate-needs-given")
    return g, f


def display_name(honorific: str | None, given: str, family: str) -> str:
    """ "H.E. Ms Amina J. Mohammed" style: honorific, given, family."""
    return " ".join(p for p in (honorific, given, family) if p)
