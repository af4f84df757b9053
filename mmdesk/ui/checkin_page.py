"""The Check-in desk page: one big input for a scanned code or a name, a big coloured result,
the person's card (print, reprint, hand over), walk-ins, and the badges not yet collected.

A desk works in one of three modes: Check-in (a scan admits; a typed name at a staffed desk
admits once the operator confirms), Badge desk (a scan or a name brings up the card to print;
no one is admitted) and Pick-up (a scanned badge is handed over)."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.badge_codes import looks_like_code
from mmdesk.domain.enums import CheckInOutcome
from mmdesk.domain.errors import MmdeskError
from mmdesk.i18n import translate_message
from mmdesk.services import desk as desk_svc
from mmdesk.services.checkin import CheckInDesk, ScanResult, clean_scan, recent_scans
from mmdesk.services.keys import import_kit
from mmdesk.services.programme import list_rooms
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.badge_printing import (
    BadgePreviewDialog,
    DeskPrinterDialog,
    desk_layout,
    desk_printer,
    desk_qprinter,
    page_for,
    print_and_issue,
)
from mmdesk.ui.desk_card import DeskCardView, PhotoDialog, ReprintDialog
from mmdesk.ui.file_actions import file_action
from mmdesk.ui.pick_dialog import PickDialog
from mmdesk.ui.pickup_dialog import DelegationPickUpDialog
from mmdesk.ui.walkin_dialog import WalkInDialog

# the result box before a scan, and after a look-up that admitted no one
NEUTRAL = "background: #eceff1; color: #37474f; border-radius: 8px; padding: 16px"

#: the desk's modes, as stored in its settings
CHECKIN, BADGES, PICKUP = "checkin", "badges", "pickup"


class CheckInPage(QWidget):
    """The desk: one big input for a scanned code or a name, a big coloured result, recent scans,
    the person's card with Print badge, Reprint… and Handed over, New walk-in… and the badges
    not yet collected."""

    scanned = Signal()

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.desk_name = QLineEdit(str(settings.value("desk/name", self.tr("Registration desk"))))
        self.room = QComboBox()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Check-in: a scan admits"), CHECKIN)
        self.mode.addItem(self.tr("Badge desk: find, print, hand over (no one is admitted)"), BADGES)
        self.mode.addItem(self.tr("Pick-up: a scanned badge is handed over"), PICKUP)
        self.mode.setCurrentIndex(max(0, self.mode.findData(str(settings.value("desk/mode", CHECKIN)))))
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode.setMinimumContentsLength(30)
        self.staffed = QCheckBox(self.tr("Staffed: a typed name or badge number brings the person up "
                                         "for me to confirm"))
        self.staffed.setChecked(str(settings.value("desk/staffed", "false")).lower() == "true")
        self.import_kit_button = QPushButton(self.tr("Import verification &kit…"))
        self.printer_button = QPushButton()
        self.walkin_button = QPushButton(self.tr("&New walk-in… (F2)"))
        form = QFormLayout()
        form.addRow(self.tr("This desk"), self.desk_name)
        form.addRow(self.tr("Door of"), self.room)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Desk"), self.staffed)
        form.addRow(self.tr("Revocations"), self.import_kit_button)
        form.addRow(self.tr("Printer"), self.printer_button)
        self.input = QLineEdit()
        self._placeholder()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        self.input.setFont(big)
        self.result = QLabel(self.tr("Ready"))
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setMinimumHeight(150)
        huge = QFont(self.font())
        huge.setPointSizeF(huge.pointSizeF() * 2.0)
        huge.setBold(True)
        self.result.setFont(huge)
        self.result.setStyleSheet(NEUTRAL)
        self.force = QPushButton(self.tr("Admit &anyway (F8)"))
        self.force.setEnabled(False)
        self.recent = QListWidget()
        self.card = DeskCardView()
        self.waiting_label = QLabel()
        self.waiting = QListWidget()
        # the input across the page (a long placeholder shows whole); the result beside the card
        middle = QHBoxLayout()
        middle.addWidget(self.result, 3)
        middle.addWidget(self.card, 2)
        row = QHBoxLayout()
        row.addWidget(self.walkin_button)
        row.addStretch(1)
        row.addWidget(self.force)
        recent = QWidget()
        recent_column = QVBoxLayout(recent)
        recent_column.setContentsMargins(0, 0, 0, 0)
        recent_column.addWidget(QLabel(self.tr("Recent scans")))
        recent_column.addWidget(self.recent, 1)
        waiting = QWidget()
        waiting_column = QVBoxLayout(waiting)
        waiting_column.setContentsMargins(0, 0, 0, 0)
        waiting_column.addWidget(self.waiting_label)
        waiting_column.addWidget(self.waiting, 1)
        lists = QSplitter()
        lists.addWidget(recent)
        lists.addWidget(waiting)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.input)
        layout.addLayout(middle)
        layout.addLayout(row)
        layout.addWidget(lists, 1)
        for key, slot in ((Qt.Key.Key_F8, self.force.click), (Qt.Key.Key_F5, self.print_badge),
                          (Qt.Key.Key_F6, self.reprint_badge), (Qt.Key.Key_F9, self.hand_over),
                          (Qt.Key.Key_F2, self.new_walk_in)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._desk: CheckInDesk | None = None
        self._lookup_desk: CheckInDesk | None = None
        self._pickup: desk_svc.PickUpDesk | None = None
        self._last: tuple[str, ScanResult, int | None] | None = None
        self.input.returnPressed.connect(self.submit)
        self.force.clicked.connect(self.force_last)
        self.desk_name.editingFinished.connect(self._desk_changed)
        self.room.currentIndexChanged.connect(lambda _: self._desk_changed())
        self.mode.currentIndexChanged.connect(lambda _: self._desk_changed())
        self.staffed.toggled.connect(lambda _: self._desk_changed())
        self.import_kit_button.clicked.connect(lambda: self.import_kit())
        self.printer_button.clicked.connect(lambda: self.choose_printer())
        self.walkin_button.clicked.connect(lambda: self.new_walk_in())
        self.card.print_requested.connect(lambda: self.print_badge())
        self.card.reprint_requested.connect(lambda: self.reprint_badge())
        self.card.hand_over_requested.connect(lambda: self.hand_over())
        self.card.delegation_requested.connect(lambda: self.delegation_pick_up())
        self.card.photo_requested.connect(lambda: self.edit_photo())
        self.waiting.itemActivated.connect(lambda item: self.show_person(
            int(item.data(Qt.ItemDataRole.UserRole))))
        self._printer_caption()
        self._warmed = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The first time the desk shows: load the badge fonts aside (the first Print is quick)."""
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            from mmdesk.printing.layouts import load_layout

            layout = load_layout(desk_layout(self.settings))

            def warm() -> None:  # the printing code is imported there too: the page shows at once
                from mmdesk.printing.badges import warm_up

                warm_up(layout)

            threading.Thread(target=warm, daemon=True, name="badge-fonts").start()

    # -- the desk's settings

    def desk_mode(self) -> str:
        """checkin, badges or pickup."""
        return str(self.mode.currentData())

    def is_staffed(self) -> bool:
        """A staffed registration desk (never a room door): typed text is looked up."""
        return self.staffed.isChecked() and self.room.currentData() is None

    def _placeholder(self) -> None:
        self.staffed.setEnabled(self.room.currentData() is None)
        mode = self.desk_mode() if hasattr(self, "mode") else CHECKIN
        if mode == BADGES:
            text = self.tr("Scan a badge or type a name, e-mail or badge number, then Enter")
        elif mode == PICKUP:
            text = self.tr("Scan the badge you hand over (or type a name to find it), then Enter")
        elif self.is_staffed():
            text = self.tr("Scan a badge, or type a name or the badge's six-digit number, then Enter")
        else:
            text = self.tr("Scan a badge (only its signed code admits here)")
        self.input.setPlaceholderText(text)

    def _printer_caption(self) -> None:
        printer = desk_printer(self.settings) or self.tr("preview first")
        self.printer_button.setText(self.tr("%1 · %2…").replace("%1", printer)
                                    .replace("%2", desk_layout(self.settings)))

    def choose_printer(self) -> bool:
        """The desk's printer and layout (remembered)."""
        _, ok = DeskPrinterDialog.choose(self, self.settings)
        self._printer_caption()
        return ok

    def reload(self) -> None:
        """Rooms for the door selector, the recent scans, the card and the badges waiting."""
        keep = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem(self.tr("Venue entry (no room)"), None)
        for r in list_rooms(self.store):
            zone = f" — {r.access_zone}" if r.access_zone else ""
            self.room.addItem(f"{r.name}{zone}", r.name)
        self.room.setCurrentIndex(max(0, self.room.findData(keep)))
        self.room.blockSignals(False)
        self._placeholder()
        self._forget_desks()
        self.show_recent()
        self.refresh_card()
        self.show_waiting()

    def _forget_desks(self) -> None:
        self._desk = self._lookup_desk = None
        self._pickup = None

    def _desk_changed(self) -> None:
        self.settings.setValue("desk/name", self.desk_name.text())
        self.settings.setValue("desk/staffed", "true" if self.staffed.isChecked() else "false")
        self.settings.setValue("desk/mode", self.desk_mode())
        self._placeholder()
        self._forget_desks()

    def desk(self) -> CheckInDesk:
        if self._desk is None:
            self._desk = CheckInDesk(self.store, self.desk_name.text() or "desk", self.room.currentData(),
                                     staffed=self.is_staffed())
        return self._desk

    def lookup_desk(self) -> CheckInDesk:
        """A staffed desk's look-up (badge desk and pick-up: finding is not admitting)."""
        if self._lookup_desk is None:
            self._lookup_desk = CheckInDesk(self.store, self.desk_name.text() or "desk", None, staffed=True)
        return self._lookup_desk

    # -- scanning and finding

    def submit(self) -> ScanResult | None:
        """Act on what is in the input (a scanner types the code and Enter): in Check-in mode
        check in (at a staffed desk a typed name or number brings up the person(s) found; only
        the operator's pick admits); in Badge desk mode show the person's card; in Pick-up mode
        hand the scanned badge over."""
        text = self.input.text().strip()
        self.input.clear()
        if not text:
            return None
        mode = self.desk_mode()
        try:
            if mode == BADGES:
                self.find_delegate(text)
                return None
            if mode == PICKUP:
                self.pick_up_scan(text)
                return None
            if self.is_staffed() and not looks_like_code(clean_scan(text)):
                return self._look_up(text)
            result = self.desk().scan(text)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Check-in"), str(exc))
            return None
        self._show(text, result)
        return result

    def _say(self, text: str, outcome: str, style: str = NEUTRAL) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)
        self.result.setProperty("outcome", outcome)

    def _find_id(self, text: str) -> int | None:
        """The person a scanned code or typed text names (a pick list when needed), or None."""
        if looks_like_code(clean_scan(text)):
            return self._code_owner(text)
        found = self.lookup_desk().look_up(text)
        if not found.candidates:
            self._say(self.tr("No one found") + "\n" + found.message(), "not_found")
            return None
        if found.single is not None:
            return found.single.delegate_id
        delegate_id, accepted = PickDialog.pick(self, found, show_only=True)
        if not accepted or delegate_id is None:
            self._say(self.tr("No one chosen") + "\n" + found.message(), "not_confirmed")
            return None
        return delegate_id

    def _code_owner(self, text: str) -> int | None:
        if self._pickup is None:
            self._pickup = desk_svc.PickUpDesk(self.store)
        try:
            return self._pickup.owner(text)
        except MmdeskError as exc:
            self._say(self.tr("Not found") + "\n" + translate_message(str(exc)), "not_found")
            return None

    def find_delegate(self, text: str) -> int | None:
        """Badge desk: bring up the card of the person scanned or typed (no one is admitted)."""
        delegate_id = self._find_id(text)
        self.input.setFocus()
        if delegate_id is None:
            self.card.show_card(None)
            return None
        card = self.show_person(delegate_id)
        self._say(card.name, "found")
        return delegate_id

    def pick_up_scan(self, text: str) -> int | None:
        """Pick-up: a scanned badge is handed over; a typed name brings up the card (F9 then)."""
        if not looks_like_code(clean_scan(text)):
            return self.find_delegate(text)
        if self._pickup is None:
            self._pickup = desk_svc.PickUpDesk(self.store)
        try:
            delegate_id, line = self._pickup.scan(text)
        except MmdeskError as exc:
            bg, fg = labels.OUTCOME_COLOURS[CheckInOutcome.REFUSED]
            self._say(self.tr("Not handed over") + "\n" + translate_message(str(exc)), "refused",
                      f"background: {bg}; color: {fg}; border-radius: 8px; padding: 16px")
            self.input.setFocus()
            return None
        card = self.show_person(delegate_id)
        bg, fg = labels.OUTCOME_COLOURS[CheckInOutcome.ADMITTED]
        self._say(card.name + "\n" + translate_message(line), "handed_over",
                  f"background: {bg}; color: {fg}; border-radius: 8px; padding: 16px")
        self._changed()
        return delegate_id

    def _look_up(self, text: str) -> ScanResult | None:
        found = self.desk().look_up(text)
        if not found.candidates:
            self._say(self.tr("No one found") + "\n" + found.message(), "not_found")
            self.input.setFocus()
            return None
        delegate_id, accepted = PickDialog.pick(self, found)
        if not accepted or delegate_id is None:
            self._say(self.tr("Not admitted") + "\n" + found.message(), "not_confirmed")
            self.input.setFocus()
            return None
        result = self.desk().admit_confirmed(delegate_id, text)
        self._show(text, result, confirmed=delegate_id)
        return result

    def import_kit(self, path: str | None = None) -> bool:
        """Take a verification kit's revocations (mmdesk export keys at the main desk)."""
        ran = file_action(self, lambda chosen: import_kit(self.store, chosen), given=path,
                          title=self.tr("Import verification kit"),
                          filters=self.tr("Verification kit (*.json)"),
                          failure=self.tr("Nothing was changed"))
        if ran is None:
            return False
        done = ran[1]
        self._forget_desks()  # the door's warning follows the new list
        text = self.tr("Revocation list as of %1 UTC: %n badge(s) revoked here now, %2 already revoked.", "",
                       done.revoked) \
            .replace("%1", f"{done.written_at:%Y-%m-%d %H:%M}").replace("%2", str(done.already))
        if done.warning:
            QMessageBox.warning(self, self.tr("Verification kit"),
                                text + "\n\n" + done.warning.message())
        else:
            QMessageBox.information(self, self.tr("Verification kit"), text)
        return True

    def force_last(self) -> ScanResult | None:
        """Admit again the delegate the last scan found already checked in."""
        if self._last is None or self._last[1].outcome is not CheckInOutcome.ALREADY:
            return None
        text, last, confirmed = self._last
        if confirmed is not None:  # a person the operator confirmed: admitted again the same way
            result = self.desk().admit_confirmed(confirmed, text, force=True)
        else:
            result = self.desk().scan(text, force=True)
        self._show(text, result, confirmed=confirmed)
        return result

    def _show(self, text: str, result: ScanResult, *, confirmed: int | None = None) -> None:
        bg, fg = labels.OUTCOME_COLOURS[result.outcome]
        lines = [labels.outcome(result.outcome)]
        if result.delegate:
            lines.append(result.delegate + (f" · {result.affiliation}" if result.affiliation else ""))
        lines.append(result.message())
        if result.warning and result.outcome is not CheckInOutcome.REFUSED:
            lines.append("⚠ " + result.warning.message())
        self._say("\n".join(lines), result.outcome.value,
                  f"background: {bg}; color: {fg}; border-radius: 8px; padding: 16px")
        self._last = (text, result, confirmed)
        self.force.setEnabled(result.outcome is CheckInOutcome.ALREADY)
        if result.delegate_id is not None:
            self.show_person(result.delegate_id)
        self.show_recent()
        self.input.setFocus()
        self.scanned.emit()

    def show_recent(self) -> None:
        """The latest scans at every desk, newest first."""
        self.recent.clear()
        for r in recent_scans(self.store, limit=30):
            mark = {CheckInOutcome.ADMITTED: "✔", CheckInOutcome.ALREADY: "↺",
                    CheckInOutcome.REFUSED: "✘"}[r.outcome]
            forced = self.tr(" (forced)") if r.forced else ""
            if r.confirmed_by:
                forced += self.tr(" (confirmed by %1)").replace("%1", r.confirmed_by)
            self.recent.addItem(f"{r.at:%H:%M:%S}  {mark} {r.delegate or '—'}{forced} · "
                                f"{r.desk} · {translate_message(r.reason or '')}")

    # -- the card

    def show_person(self, delegate_id: int) -> desk_svc.DeskCard:
        """Bring up a person's card."""
        card = desk_svc.desk_card(self.store, delegate_id)
        self.card.show_card(card)
        return card

    def refresh_card(self) -> None:
        """Read the card shown again (another desk may have printed or handed over)."""
        if self.card.card is None:
            return
        try:
            self.show_person(self.card.card.delegate_id)
        except MmdeskError:
            self.card.show_card(None)

    def show_waiting(self) -> None:
        """The badges printed and not collected yet."""
        rows, total = desk_svc.not_collected(self.store, limit=300)
        self.waiting_label.setText(self.tr("Not yet collected: %1").replace("%1", str(total)))
        self.waiting.clear()
        for p in rows:
            item = QListWidgetItem(" · ".join(x for x in (p.name, p.organisation, p.serial) if x))
            item.setData(Qt.ItemDataRole.UserRole, p.delegate_id)
            self.waiting.addItem(item)

    def _changed(self) -> None:
        """After a print or a hand-over: the card now; the waiting list and the window's other
        pages (the dashboard's counts) once the desk is idle, so the next person is not kept."""
        self.refresh_card()
        self.input.setFocus()
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        self.show_waiting()
        self.scanned.emit()  # the window reads what changed: the dashboard follows

    def print_badge(self, printer: QPrinter | None = None, *, reason: str | None = None) -> bool:
        """Print the card's badge: straight to the desk's printer (no dialog), or to a preview
        when the desk has none; the serial is issued only as the page goes to the printer or
        into a saved file."""
        card = self.card.card
        if card is None or not (card.may_print or (reason and card.may_reprint)):
            return False
        from mmdesk.services.badges import BadgeBatch  # ReportLab and the QR encoder, when printing

        batch = BadgeBatch(self.store, layout=desk_layout(self.settings), delegate_ids=[card.delegate_id],
                           reason=reason, require_reason=True)
        folder = Path(tempfile.mkdtemp(prefix="mmdesk-badge-"))
        try:
            batch.draw_now(folder / "badge.pdf")
            name = desk_printer(self.settings)
            if printer is None and name:
                printer = desk_qprinter(name, batch.layout)
            if printer is not None:
                page_for(printer, batch.layout)
                print_and_issue(printer, batch)
            else:
                BadgePreviewDialog.show_batch(self, batch, self.tr("Badge of %1").replace("%1", card.name),
                                              f"badge-{card.delegate_id}.pdf")
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("No badge printed"), str(exc))
            return False
        finally:
            for f in folder.iterdir():
                f.unlink(missing_ok=True)
            folder.rmdir()
        self._changed()
        if batch.issued:
            self._say(self.tr("Badge printed") + "\n" + card.name, "printed")
        return batch.issued

    def reprint_badge(self, printer: QPrinter | None = None) -> bool:
        """Print the card's badge again: a reason is asked; the old serial is revoked."""
        card = self.card.card
        if card is None or not card.may_reprint:
            return False
        reason, ok = ReprintDialog.get_reason(self, card.name, card.serial)
        if not ok:
            self.input.setFocus()
            return False
        return self.print_badge(printer, reason=reason)

    def hand_over(self) -> bool:
        """The card's badge is handed over: marked collected."""
        card = self.card.card
        if card is None or not card.may_hand_over or card.accreditation_id is None:
            return False
        try:
            desk_svc.hand_over(self.store, [card.accreditation_id])
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Not handed over"), str(exc))
            return False
        self._say(self.tr("Handed over") + "\n" + card.name, "handed_over")
        self._changed()
        return True

    def delegation_pick_up(self) -> int:
        """The person collects the badges of their whole delegation."""
        card = self.card.card
        if card is None:
            return 0
        handed, ok = DelegationPickUpDialog.hand_over(self, self.store, card.delegate_id, card.name)
        if ok:
            self._say(self.tr("%n badge(s) handed over", "", handed) + "\n" + card.name, "handed_over")
            self._changed()
        return handed if ok else 0

    def edit_photo(self) -> bool:
        """The card's photo from a file or the camera."""
        card = self.card.card
        if card is None:
            return False
        changed, _ = PhotoDialog.edit(self, self.store, card.delegate_id, card.name)
        if changed:
            self.refresh_card()
        return changed

    def new_walk_in(self, printer: QPrinter | None = None) -> bool:
        """Register a walk-in; where the desk approves, print the badge in the same flow."""
        done, ok = WalkInDialog.register(self, self.store)
        if not ok or done is None:
            self.input.setFocus()
            return False
        card = self.show_person(done.done.delegate_id)
        if done.print_now and card.may_print:
            self.print_badge(printer)
        else:
            self._say(self.tr("Walk-in registered") + "\n" + card.name + "\n"
                      + self.tr("Waiting in the accreditation queue"), "queued")
            self._changed()
        return True
