"""Field rules for what organizers type or import."""

from __future__ import annotations

import re

from mmdesk.domain.errors import ValidationError
from mmdesk.domain.text import nfc

# One @, something before it, a dot in the domain, no spaces: the shape test
# registration systems use; deliverability is not ours to judge.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def clean_text(value: str | None, *, limit: int | None = None, field: str = "text") -> str | None:
    """Trimmed NFC text, None for blank; ValidationError past the field's length."""
    if value is None:
        return None
    value = nfc(" ".join(str(value).split()))
    if not value:
        return None
    if limit is not None and len(value) > limit:
        raise ValidationError(f"{field} is longer than {limit} characters")
    return value


def clean_email(value: str | None) -> str | None:
    """A lower-cased e-mail address of the right shape, or None."""
    value = clean_text(value, limit=254, field="e-mail")
    if value is None:
        return None
    if not _EMAIL.match(value):
        raise ValidationError(f"not an e-mail address: {value!r}")
    return value.lower()


def require_name(given: str | None, family: str | None) -> tuple[str, str]:
    """Given and family name; at least one must be there (some people have one name)."""
    g = clean_text(given, limit=120, field="given name") or ""
    f = clean_text(family, limit=120, field="family name") or ""
    if not g and not f:
        raise ValidationError("a delegate needs a given or a family name")
    return g, f


def display_name(honorific: str | None, given: str, family: str) -> str:
    """ "H.E. Ms Amina J. Mohammed" style: honorific, given, family."""
    return " ".join(p for p in (honorific, given, family) if p)
