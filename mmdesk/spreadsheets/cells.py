"""Cells that stay text: nothing a user wrote runs as a formula in a spreadsheet."""

from __future__ import annotations

# A cell starting with these is run as a formula by Excel, LibreOffice or Sheets
# (tab and carriage return hide a formula behind white space).
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def dangerous(value: object) -> bool:
    """True for text a spreadsheet would treat as a formula."""
    return isinstance(value, str) and value.startswith(TRIGGERS)


def defuse_csv(value: object) -> object:
    """CSV cells: a leading apostrophe makes a formula-looking text plain text (OWASP)."""
    return "'" + value if dangerous(value) else value  # type: ignore[operator]


def restore_csv(value: str) -> str:
    """Undo defuse_csv when reading a file mmdesk (or a careful tool) wrote."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(TRIGGERS):
        return value[1:]
    return value
