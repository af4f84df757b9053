"""Strings marked for Qt Linguist where they are defined, and translated where they are shown.

PySide6's QT_TRANSLATE_NOOP is typed as returning object; this one, which pyside6-lupdate
finds under the same name, says what it returns: the text itself.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark text for translation in a context; returns it unchanged."""
    return text
