"""Small widgets the dialogs share: a searchable country list, a searchable combo box."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, cast

import pycountry
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from mmdesk.domain.countries import country_name

if TYPE_CHECKING:
    from mmdesk.services.delegates import DelegateView
    from mmdesk.store.database import Store


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


def error_label() -> QLabel:
    """The red line under a list or a form that says what was refused (hidden while empty)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828; font-weight: bold")
    label.hide()
    return label


def say(label: QLabel, text: str | None) -> None:
    """Show text on a label made by error_label (None: hide it)."""
    label.setText(text or "")
    label.setVisible(bool(text))


def list_delegates(results: QListWidget, store: Store, text: str,
                   label: Callable[[DelegateView, str], str]) -> None:
    """Fill a list with the delegates a search finds (no one before a forum exists), each
    item holding its id and its text from label(delegate, "organisation or city, country");
    the first one selected. Blank text leaves the list empty."""
    from mmdesk.domain.errors import NotFound, ValidationError
    from mmdesk.services.delegates import search_delegates

    results.clear()
    if not text.strip():
        return
    try:
        found = search_delegates(store, text, limit=100)
    except NotFound:  # no forum yet: no one to find
        found = []
    except ValidationError as exc:  # a pasted page of words: said in the list, nothing to pick
        from mmdesk.i18n import translate_message

        results.addItem(translate_message(str(exc)))
        results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        return
    for d in found:
        where = ", ".join(p for p in (d.organisation or d.city, d.country_name) if p)
        item = QListWidgetItem(label(d, where))
        item.setData(Qt.ItemDataRole.UserRole, d.id)
        results.addItem(item)
    if results.count():
        results.setCurrentRow(0)


def py_date(day: QDate) -> date:
    """A QDate as Python's date (PySide6's stubs type toPython() as object)."""
    return cast(date, day.toPython())


def py_datetime(moment: QDateTime) -> datetime:
    """A QDateTime as Python's (naive) datetime."""
    return cast(datetime, moment.toPython())


def clear_layout(layout: QLayout) -> None:
    """Take every item out of a layout, deleting the widgets it held."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
