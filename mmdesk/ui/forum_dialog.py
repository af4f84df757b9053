"""The forum itself: File › New forum… and Forum › Settings… (name, days, venue, time zone,
languages), and the one question every page asks on a store with no forum yet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimeZone
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from mmdesk.domain.errors import ValidationError
from mmdesk.domain.time_zones import time_zone_choices
from mmdesk.services import forum as forum_svc
from mmdesk.services.events import EventView, get_event
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.widgets import country_combo, country_value, py_date, searchable


def machine_time_zone() -> str:
    """The IANA name of this computer's time zone (UTC where it cannot be told)."""
    try:
        name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    except (UnicodeDecodeError, AttributeError):
        return "UTC"
    return name if name in forum_svc.time_zone_names() else "UTC"


class ForumDialog(SavingDialog):
    """The forum's name, short name, theme, place, days, time zone and languages."""

    def __init__(self, parent: QWidget | None, initial: forum_svc.EventInput | None,
                 save: Callable[[forum_svc.EventInput], object]) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Forum settings") if initial else self.tr("New forum"))
        start = date.today() + timedelta(days=60)
        data = initial or forum_svc.EventInput(name="", start_date=start, end_date=start,
                                               time_zone=machine_time_zone())
        self.name = QLineEdit(data.name)
        self.name.setPlaceholderText(self.tr("e.g. Mayoral Forum on Human Mobility, Migration and "
                                             "Development"))
        self.short_name = QLineEdit(data.short_name or "")
        self.short_name.setPlaceholderText(self.tr("e.g. MMF 2026 (window title, badges)"))
        self.theme = QLineEdit(data.theme or "")
        self.city = QLineEdit(data.city or "")
        self.country = country_combo(data.country)
        self.venue = QLineEdit(data.venue or "")
        self.venue.setPlaceholderText(self.tr("e.g. United Nations Headquarters"))
        self.first_day = QDateEdit(labels.qdate(data.start_date))
        self.last_day = QDateEdit(labels.qdate(data.end_date or data.start_date))
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMMM yyyy")
        self._first = self.first_day.date()
        self.first_day.dateChanged.connect(self._first_changed)
        self.time_zone = searchable(QComboBox())
        # the machine's zone first, then the canonical zones (no "Factory", no aliases), and the
        # forum's own zone even where it is an alias it was stored as
        for zone in time_zone_choices(machine_time_zone(), data.time_zone):
            self.time_zone.addItem(zone, zone)
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(data.time_zone)))
        self.languages = QLineEdit(", ".join(data.languages))
        self.languages.setPlaceholderText("en, fr, es")
        hint = QLabel(self.tr("Two-letter codes, the first is the language badges and documents "
                              "print in (en English, fr French, es Spanish, ar Arabic…)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #616161")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget in (
            (self.tr("Name"), self.name), (self.tr("Short name"), self.short_name),
            (self.tr("Theme"), self.theme), (self.tr("City"), self.city),
            (self.tr("Country"), self.country), (self.tr("Venue"), self.venue),
            (self.tr("First day"), self.first_day), (self.tr("Last day"), self.last_day),
            (self.tr("Time zone"), self.time_zone), (self.tr("Languages"), self.languages),
        ):
            form.addRow(caption, widget)
        form.addRow("", hint)
        self.buttons = self.lay_out(form)
        self.setMinimumWidth(560)

    def _first_changed(self, day: QDate) -> None:
        """The last day moves with the first, keeping the forum's length."""
        length = max(0, self._first.daysTo(self.last_day.date()))
        self._first = day
        self.last_day.setDate(day.addDays(length))

    def value(self) -> forum_svc.EventInput:
        """The fields as typed (not yet checked)."""
        zone = self.time_zone.currentText().strip()
        return forum_svc.EventInput(
            name=self.name.text(), start_date=py_date(self.first_day.date()),
            end_date=py_date(self.last_day.date()), time_zone=zone or "UTC",
            short_name=self.short_name.text() or None, theme=self.theme.text() or None,
            city=self.city.text() or None, country=country_value(self.country),
            venue=self.venue.text() or None,
            languages=tuple(x.strip() for x in self.languages.text().replace(";", ",").split(",")
                            if x.strip()) or ("en",),
        )

    @classmethod
    def new_forum(cls, parent: QWidget | None, store: Store) -> tuple[object, bool]:
        """File › New forum: (the EventView made, accepted)."""
        return cls(parent, None, lambda data: forum_svc.create_event(store, data)).run()

    @classmethod
    def edit(cls, parent: QWidget | None, store: Store) -> tuple[object, bool]:
        """Forum › Settings: (the EventView saved, accepted). Days that would leave sessions
        outside the forum are refused, naming the sessions."""
        event = get_event(store)
        dialog = cls(parent, forum_svc.event_input(event), lambda data: None)
        dialog._save = lambda data: dialog._update(store, event, data)
        return dialog.run()

    def _update(self, store: Store, event: EventView, data: forum_svc.EventInput) -> object:
        last = data.end_date or data.start_date
        outside = forum_svc.sessions_outside(store, data.start_date, last, event_id=event.id)
        if outside:
            names = "; ".join(f"{title} ({labels.moment(starts)})" for _, title, starts in outside[:6])
            more = "…" if len(outside) > 6 else ""
            raise ValidationError(
                self.tr("%n session(s) would fall outside these days: %1%2. Move or delete them "
                        "first, or keep days that hold them.", "", len(outside))
                .replace("%1", names).replace("%2", more))
        return forum_svc.update_event(store, data, event_id=event.id)


def require_forum(parent: QWidget, store: Store) -> bool:
    """True where the store holds a forum; else say the next step (and offer to take it)."""
    if forum_svc.has_event(store):
        return True
    answer = QMessageBox.question(
        parent, QApplication.translate("forum", "No forum yet"),
        QApplication.translate("forum", "No forum yet — create it first (File › New forum…). "
                               "Create it now?"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    _, ok = ForumDialog.new_forum(parent, store)
    if ok:
        window = parent.window()
        if hasattr(window, "refresh"):
            window.refresh()
    return bool(ok)
