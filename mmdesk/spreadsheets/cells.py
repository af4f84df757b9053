"""Cells that stay text: nothing a user wrote runs as a formula in a spreadsheet."""

from __future__ import annotations

from datetime import date, datetime

# A cell starting with these is run as a formula by Excel, LibreOffice or Sheets
# (tab and carriage return hide a formula behind white space).
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def dangerous(value: object) -> bool:
    """True for text a spreadsheet would treat as a formula."""
    return isinstance(value, str) and value.startswith(TRIGGERS)


def cell_text(value: object, *, strip: bool = True) -> str | None:
    """A cell as text: None stays None, 3.0 is "3", a date is ISO. strip: outer white space
    removed and empty text as None."""
    if value is None:
        return None
    if value.__class__ is str:  # most cells: text as it is
        return (value.strip() or None) if strip else value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if not strip:
        return str(value)
    return str(value).strip() or None


def defuse_csv(value: object) -> object:
    """CSV cells: a leading apostrophe makes a formula-looking text plain text (OWASP)."""
    return "'" + value if dangerous(value) else value  # type: ignore[operator]


def restore_csv(value: str) -> str:
    """Undo defuse_csv when reading a file mmdesk (or a careful tool) wrote."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(TRIGGERS):
        return value[1:]
    return value
