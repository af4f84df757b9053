"""File › Data protection: how long personal data is kept, closing the event, and the
log of exports that included sensitive fields."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.errors import MmdeskError
from mmdesk.services import privacy
from mmdesk.services.events import get_event
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.widgets import py_date


class PrivacyDialog(QDialog):
    """Keep personal data until a date; after it, close the event (names, contacts and
    passport data erased, counts kept). Below, every export that carried sensitive fields."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.store = store
        self.closed = False
        self.setWindowTitle(self.tr("Data protection"))
        event = get_event(store)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setDate(labels.qdate(event.personal_data_until or event.end_date + timedelta(days=90)))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Keep until this date"))
        self.save_button.clicked.connect(self.save_date)
        self.close_button = QPushButton(self.tr("&Erase personal data now…"))
        self.close_button.clicked.connect(self.close_event)
        explain = QLabel(self.tr(
            "Closing the event erases names, contacts, positions, notes, passport numbers, dates of "
            "birth and scanned texts. The counts stay: categories, countries, regions, gender, routes, "
            "accreditation states, badges, check-ins and the programme."))
        explain.setWordWrap(True)
        self.everywhere = QLabel(self.tr(
            "The erased data is also wiped from the store's journal (-wal) and free pages; the automatic "
            "backups that hold it are deleted and one copy of the closed store is taken in their place. "
            "After closing, no new delegates, imports or badges are accepted."))
        self.everywhere.setWordWrap(True)
        self.endorsers = QLabel(self.tr(
            "Endorsements stay: they are the cities' public statements. The name of the person who "
            "signed each one is personal data and is erased with the rest."))
        self.endorsers.setWordWrap(True)
        self.log = QTableWidget(0, 5)
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Fields"),
                                            self.tr("Rows"), self.tr("File")])
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("Keep personal data until"), self.until)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.everywhere)
        layout.addWidget(self.endorsers)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Exports that included sensitive fields")))
        layout.addWidget(self.log, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self._show()

    def _show(self) -> None:
        event = get_event(self.store)
        closed_at = event.closed_at
        due = privacy.closing_due(self.store)
        if closed_at:
            self.status.setText(self.tr("The event was closed on %1.").replace("%1", f"{closed_at:%Y-%m-%d}"))
        elif due:
            self.status.setText(self.tr("The keeping date has passed: close the event now."))
        else:
            self.status.setText(
                self.tr("Personal data is kept; the event can be closed after the date above."))
        self.close_button.setEnabled(closed_at is None and date.today() > py_date(self.until.date()))
        self.save_button.setEnabled(closed_at is None)
        self.log.setRowCount(0)
        from mmdesk.services.clock import event_zone, from_utc
        from mmdesk.services.export_log_words import field_said

        zone = event_zone(self.store)  # stored in UTC, shown on the event's clock
        for x in privacy.sensitive_exports(self.store):
            r = self.log.rowCount()
            self.log.insertRow(r)
            shown = (labels.moment(from_utc(x.at, zone), year=True), x.actor,
                     ", ".join(map(field_said, x.fields)), str(x.rows), x.target)
            for c, v in enumerate(shown):
                self.log.setItem(r, c, QTableWidgetItem(v))

    def save_date(self) -> bool:
        try:
            privacy.schedule_closing(self.store, py_date(self.until.date()))
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self._show()
        return True

    def close_event(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Close the event"), self.tr(
            "Erase the personal data of every delegate? The counts stay. This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            if not self.save_date():
                return False
            report = privacy.close_event(self.store)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not closed"), str(exc))
            return False
        self.closed = True
        self._show()
        if report.left:
            QMessageBox.warning(self, self.tr("Not wiped yet"), "\n".join(report.left))
        return True

    @classmethod
    def manage(cls, parent: QWidget | None, store: Store) -> tuple[bool, bool]:
        """(whether the event was closed, accepted)."""
        dialog = cls(parent, store)
        dialog.exec()
        return dialog.closed, True
