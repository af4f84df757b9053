"""A person's record: every accreditation of one delegate — nominate on a route, documents
received, the state with its history, badges printed and revoked — with the check-ins and
the sessions the person is invited to. Also the Nominate… dialog."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.accreditation import TRANSITIONS
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import MmdeskError, NotFound, ValidationError
from mmdesk.i18n import translate_message
from mmdesk.services import accreditation as acc_svc
from mmdesk.services import person as person_svc
from mmdesk.services.clock import event_zone, from_utc
from mmdesk.services.delegates import get_delegate
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import ReasonDialog, SavingDialog
from mmdesk.ui.widgets import clear_layout, error_label, list_delegates, say


def _local(at: datetime, zone: ZoneInfo) -> str:
    """A stored (UTC) moment on the event's clock (check-ins are stored on it already)."""
    return labels.moment(from_utc(at, zone), year=True)


class NominateDialog(SavingDialog):
    """Put a delegate forward on an accreditation route (the delegate found by search, unless
    the dialog was opened from the person's record)."""

    def __init__(self, parent: QWidget | None, store: Store, delegate_id: int | None) -> None:
        super().__init__(parent, lambda v: acc_svc.nominate(store, v[0], v[1]))
        self.setWindowTitle(self.tr("Nominate on a route"))
        self.store = store
        self.delegate_id = delegate_id
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, city or organisation…"))
        self.results = QListWidget()
        self.results.setMinimumHeight(160)
        self.route = QComboBox()
        try:
            routes = acc_svc.list_routes(store)
        except NotFound:  # no forum yet: no route either
            routes = []
        for r in routes:
            quota = "" if r.quota is None else self.tr(" — %1 of %2 places taken").replace(
                "%1", str(r.used)).replace("%2", str(r.quota))
            self.route.addItem(f"{r.name}{quota}", r.id)
        form = QFormLayout()
        if delegate_id is None:
            form.addRow(self.tr("Delegate"), self.search)
            form.addRow("", self.results)
        else:
            self.search.hide()
            self.results.hide()
        form.addRow(self.tr("Route"), self.route)
        if not self.route.count():
            note = QLabel(self.tr("No accreditation routes yet — add them in Forum › Accreditation "
                                  "routes…"))
            note.setWordWrap(True)
            form.addRow("", note)
        self.search.textChanged.connect(self._find)
        self.lay_out(form)
        self.setMinimumWidth(460)

    def _find(self, text: str) -> None:
        list_delegates(self.results, self.store, text,
                       lambda d, where: f"{d.full_name} — {where}" if where else d.full_name)

    def value(self) -> tuple[int, int]:
        delegate_id = self.delegate_id
        if delegate_id is None:
            item = self.results.currentItem()
            if item is None:
                raise ValidationError(self.tr("Find the delegate first: type part of the name."))
            delegate_id = item.data(Qt.ItemDataRole.UserRole)
        if self.route.currentData() is None:
            raise ValidationError(self.tr("There is no route to nominate on yet."))
        return delegate_id, self.route.currentData()

    @classmethod
    def nominate(cls, parent: QWidget | None, store: Store, delegate_id: int | None = None
                 ) -> tuple[object, bool]:
        """(the AccreditationView made, accepted)."""
        return cls(parent, store, delegate_id).run()


class PersonRecordDialog(QDialog):
    """Everything about one person's accreditation and presence, with the moves allowed now."""

    MOVES = ((S.APPROVED, "approve"), (S.REJECTED, "reject"), (S.WITHDRAWN, "withdraw"),
             (S.BADGE_ISSUED, "issue"), (S.BADGE_COLLECTED, "collected"), (S.NOMINATED, "again"))

    def __init__(self, parent: QWidget | None, store: Store, delegate_id: int) -> None:
        super().__init__(parent)
        self.store = store
        self.delegate_id = delegate_id
        self.changed = False
        self.heading = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.nominate_button = QPushButton(self.tr("&Nominate on a route…"))
        self.nominate_button.clicked.connect(lambda: self.nominate())
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #616161")
        names = QVBoxLayout()
        names.addWidget(self.heading)
        names.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(names, 1)
        top.addWidget(self.nominate_button, 0, Qt.AlignmentFlag.AlignTop)
        self.zone = event_zone(store)  # every time shown on the event's clock
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.message = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.move_buttons: dict[tuple[int, S], QPushButton] = {}
        self.document_boxes: dict[tuple[int, str], QCheckBox] = {}
        self.record: person_svc.PersonRecord | None = None
        self.reload()
        self.resize(720, 640)

    def _caption(self, target: S, current: S) -> str:
        return {
            S.APPROVED: self.tr("Approve"), S.REJECTED: self.tr("Reject…"),
            S.WITHDRAWN: self.tr("Withdraw…"),
            S.BADGE_ISSUED: self.tr("Reprint badge") if current in (S.BADGE_ISSUED, S.BADGE_COLLECTED)
            else self.tr("Issue badge"),
            S.BADGE_COLLECTED: self.tr("Mark collected"), S.NOMINATED: self.tr("Nominate again"),
        }[target]

    def reload(self) -> None:
        """Read the record again and lay it out."""
        record = person_svc.person_record(self.store, self.delegate_id)
        self.record = record
        self.setWindowTitle(self.tr("Record of %1").replace("%1", record.name))
        self.heading.setText(record.name)
        d = get_delegate(self.store, self.delegate_id)
        self.subtitle.setText(" · ".join(p for p in (d.position, d.organisation or d.city, d.country_name,
                                                     labels.category(d.category)) if p))
        clear_layout(self.body_layout)
        self.move_buttons.clear()
        self.document_boxes.clear()
        if not record.accreditations:
            none = QLabel(self.tr("Not accredited yet — press Nominate on a route…"))
            none.setWordWrap(True)
            self.body_layout.addWidget(none)
        for acc in record.accreditations:
            self.body_layout.addWidget(self._accreditation_box(acc))
        self.body_layout.addWidget(self._list_box(
            self.tr("Check-ins"),
            [f"{labels.moment(c.at, year=True)}  {labels.outcome(c.outcome)} · {c.desk}"
             + (f" · {c.room}" if c.room else "") + (f" — {translate_message(c.reason)}" if c.reason else "")
             for c in record.check_ins],
            self.tr("Not seen at a desk or door yet.")))
        self.body_layout.addWidget(self._list_box(
            self.tr("Invited to"), [title for _, title in record.invitations],
            self.tr("No invitation-only session.")))
        self.body_layout.addStretch(1)

    def _accreditation_box(self, acc: person_svc.AccreditationRecord) -> QGroupBox:
        box = QGroupBox(f"{acc.route} — {labels.state(acc.state)}")
        layout = QVBoxLayout(box)
        if acc.reason:
            reason = QLabel(self.tr("Reason: %1").replace("%1", acc.reason))
            reason.setWordWrap(True)
            layout.addWidget(reason)
        moves = QHBoxLayout()
        for target, _ in self.MOVES:
            if target in TRANSITIONS[acc.state]:
                button = QPushButton(self._caption(target, acc.state))
                button.clicked.connect(lambda _=False, i=acc.id, t=target: self.move_accreditation(i, t))
                moves.addWidget(button)
                self.move_buttons[(acc.id, target)] = button
        moves.addStretch(1)
        layout.addLayout(moves)
        if acc.documents:
            layout.addWidget(QLabel(self.tr("Documents received")))
            for name, received in acc.documents.items():
                check = QCheckBox(name)
                check.setChecked(received)
                check.toggled.connect(lambda on, i=acc.id, n=name: self.tick(i, n, on))
                layout.addWidget(check)
                self.document_boxes[(acc.id, name)] = check
        history = QListWidget()
        for h in acc.history:
            was = labels.state(h.from_state) if h.from_state else self.tr("(new)")
            why = f" — {translate_message(h.reason)}" if h.reason else ""
            history.addItem(f"{_local(h.at, self.zone)}  {h.actor}: {was} → {labels.state(h.to_state)}{why}")
        row = max(history.sizeHintForRow(0), history.fontMetrics().height() + 2)
        history.setFixedHeight(row * min(6, max(2, len(acc.history))) + 2 * history.frameWidth() + 4)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(history)
        if acc.badges:
            layout.addWidget(QLabel(self.tr("Badges")))
            for b in acc.badges:
                issued = _local(b.issued_at, self.zone)
                text = self.tr("%1 printed %2").replace("%1", b.serial).replace("%2", issued)
                if b.revoked_at:
                    revoked = _local(b.revoked_at, self.zone)
                    text += self.tr(" — revoked %1 (%2)").replace("%1", revoked).replace(
                        "%2", self._revoked_words(b.revoked_reason or ""))
                line = QLabel(text)
                line.setStyleSheet("color: #757575" if b.revoked_at else "font-weight: bold")
                layout.addWidget(line)
        return box

    def _revoked_words(self, reason: str) -> str:
        """Why a badge was revoked, stored in English ("reprinted: lost"), in the window's words."""
        from mmdesk.i18n import translate_message

        if reason == "reprinted":
            return self.tr("reprinted")
        if reason.startswith("reprinted: "):
            why = reason.removeprefix("reprinted: ")
            words = {"lost": self.tr("lost"), "damaged": self.tr("damaged"),
                     "name corrected": self.tr("name corrected")}
            return self.tr("reprinted: %1").replace("%1", words.get(why, why))
        return translate_message(reason)

    def _list_box(self, title: str, lines: list[str], empty: str) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for text in lines or [empty]:
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        return box

    def _say(self, text: str | None) -> None:
        say(self.message, text)

    def nominate(self) -> bool:
        """Put the person forward on a route."""
        _, ok = NominateDialog.nominate(self, self.store, self.delegate_id)
        if ok:
            self.changed = True
            self._say(None)
            self.reload()
        return bool(ok)

    def move_accreditation(self, accreditation_id: int, target: S) -> bool:
        """Move one accreditation (a reason is asked for a rejection or a withdrawal)."""
        reason = None
        current = next((a for a in self.record.accreditations if a.id == accreditation_id), None) \
            if self.record else None
        if target is S.BADGE_ISSUED:  # issued only as the badge is printed or saved (issue 16)
            return self.print_badge(current.badge_serial if current is not None else None)
        if target in (S.REJECTED, S.WITHDRAWN):
            reason, ok = ReasonDialog.get_reason(
                self, self._caption(target, target).rstrip("…"), self.tr("Reason:"),
                required=target is S.REJECTED)
            if not ok:
                return False
        try:
            acc_svc.transition(self.store, accreditation_id, target, reason=reason)
        except MmdeskError as exc:
            self._say(self.tr("Not changed: %1").replace("%1", str(exc)))
            return False
        self.changed = True
        self._say(None)
        self.reload()
        return True

    def print_badge(self, serial: str | None) -> bool:
        """Print this person's badge in a preview (a reprint asks why, and its old serial is
        revoked); the serial is issued only when the preview prints or saves it."""
        from mmdesk.ui.desk_card import ReprintDialog
        from mmdesk.ui.desk_pages import print_badges_of

        reason = None
        if serial:
            reason, ok = ReprintDialog.get_reason(self, self.record.name if self.record else "", serial)
            if not ok:
                return False
        if not print_badges_of(self, self.store, [self.delegate_id], reason=reason):
            return False
        self.changed = True
        self._say(None)
        self.reload()
        return True

    def tick(self, accreditation_id: int, document: str, received: bool) -> bool:
        """Tick or untick a document as received."""
        try:
            acc_svc.set_document(self.store, accreditation_id, document, received)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Documents"), str(exc))
            return False
        self.changed = True
        return True

    @classmethod
    def show_record(cls, parent: QWidget | None, store: Store, delegate_id: int) -> tuple[bool, bool]:
        """(whether anything changed, accepted)."""
        dialog = cls(parent, store, delegate_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.changed, accepted
