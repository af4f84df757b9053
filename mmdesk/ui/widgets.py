"""Small widgets the dialogs share: a searchable country list, a searchable combo box."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import cast

import pycountry
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from mmdesk.domain.countries import country_name


def searchable(combo: QComboBox) -> QComboBox:
    """Make an editable combo box find its items by any part of their text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    assert completer is not None  # an editable combo box has one
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo


def country_combo(current: str | None = None, parent: QWidget | None = None) -> QComboBox:
    """Every country by name (with its ISO code), searchable; the item data is the code."""
    combo = QComboBox(parent)
    combo.addItem("", None)
    for c in sorted(pycountry.countries, key=lambda c: country_name(c.alpha_2)):
        combo.addItem(f"{country_name(c.alpha_2)} ({c.alpha_2})", c.alpha_2)
    searchable(combo)
    set_country(combo, current)
    return combo


def set_country(combo: QComboBox, code: str | None) -> None:
    """Select a country by its code (an unknown one is left as typed text)."""
    index = combo.findData(code) if code else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(code or "")


def country_value(combo: QComboBox) -> str | None:
    """The chosen country's code, or the text as typed (checked by the service on save)."""
    text = combo.currentText().strip()
    if not text:
        return None
    code = combo.currentData()
    if code is not None and combo.itemText(combo.currentIndex()) == text:
        return code
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else text


def text_combo(values: Iterable[str], current: str | None = None,
               parent: QWidget | None = None, placeholder: str = "") -> QComboBox:
    """An editable combo box offering known values (access zones…) that also takes a new one."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    for v in values:
        combo.addItem(v)
    combo.setEditText(current or "")
    edit = combo.lineEdit()
    assert edit is not None  # an editable combo box has one
    edit.setPlaceholderText(placeholder)
    return combo


def py_date(day: QDate) -> date:
    """A QDate as Python's date (PySide6's stubs type toPython() as object)."""
    return cast(date, day.toPython())


def py_datetime(moment: QDateTime) -> datetime:
    """A QDateTime as Python's (naive) datetime."""
    return cast(datetime, moment.toPython())
