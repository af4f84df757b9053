"""The person's card at the registration desk: photo, name, route, state, documents missing,
badge printed or not — with Print badge, Reprint… (a reason asked), Handed over and the
delegation's pick-up — and the photo taken from a file or the desk's camera."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import photos as photo_svc
from mmdesk.services.desk import DeskCard
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.file_actions import file_action

PHOTO_W, PHOTO_H = 140, 180

#: the colour of the state line, by state
STATE_COLOURS = {S.APPROVED: "#1565c0", S.BADGE_ISSUED: "#2e7d32", S.BADGE_COLLECTED: "#2e7d32",
                 S.NOMINATED: "#ef6c00", S.REJECTED: "#c62828", S.WITHDRAWN: "#c62828"}


def show_photo(label: QLabel, jpeg: bytes | None, width: int = PHOTO_W, height: int = PHOTO_H) -> bool:
    """Show the photo scaled into the label; False (the label emptied) when there is none."""
    pixmap = QPixmap()
    if jpeg and pixmap.loadFromData(QByteArray(jpeg)):
        label.setPixmap(pixmap.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        return True
    label.setPixmap(QPixmap())
    return False


def camera_available() -> bool:
    """Whether Qt Multimedia is installed and a camera is plugged in (the desk works without)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.videoInputs())


class DeskCardView(QFrame):
    """One person as the desk sees them; the buttons ask the page to act."""

    print_requested = Signal()
    reprint_requested = Signal()
    hand_over_requested = Signal()
    delegation_requested = Signal()
    photo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("deskCard")
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_W, PHOTO_H)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #eceff1; color: #78909c; border: 1px solid #cfd8dc")
        self.name = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.name.setFont(big)
        self.name.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.route = QLabel()
        self.route.setWordWrap(True)
        self.state = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.state.setFont(bold)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #c62828")
        self.badge = QLabel()
        self.badge.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print badge (F5)"))
        self.reprint_button = QPushButton(self.tr("&Reprint… (F6)"))
        self.hand_over_button = QPushButton(self.tr("&Handed over (F9)"))
        self.delegation_button = QPushButton(self.tr("&Delegation pick-up…"))
        self.photo_button = QPushButton(self.tr("P&hoto…"))
        for button in (self.print_button, self.reprint_button, self.hand_over_button,
                       self.delegation_button, self.photo_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        text = QVBoxLayout()
        for w in (self.name, self.details, self.route, self.state, self.missing, self.badge):
            text.addWidget(w)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.print_button, 0, 0)
        buttons.addWidget(self.reprint_button, 0, 1)
        buttons.addWidget(self.hand_over_button, 1, 0)
        buttons.addWidget(self.delegation_button, 1, 1)
        buttons.addWidget(self.photo_button, 2, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_requested)
        self.reprint_button.clicked.connect(self.reprint_requested)
        self.hand_over_button.clicked.connect(self.hand_over_requested)
        self.delegation_button.clicked.connect(self.delegation_requested)
        self.photo_button.clicked.connect(self.photo_requested)
        self.card: DeskCard | None = None
        self.show_card(None)

    def show_card(self, card: DeskCard | None) -> None:
        """Show a person (None: the empty card)."""
        self.card = card
        if card is None:
            self.name.setText(self.tr("No one yet"))
            self.details.setText(self.tr("Scan a badge or type a name: the person's card shows here."))
            for w in (self.route, self.state, self.missing, self.badge):
                w.clear()
            self._photo(None)
            for b in (self.print_button, self.reprint_button, self.hand_over_button,
                      self.delegation_button, self.photo_button):
                b.setEnabled(False)
            return
        self.name.setText(card.name)
        self.details.setText(" · ".join(p for p in (card.position, card.organisation, card.country,
                                                     labels.category(card.category)) if p))
        self.route.setText(self.tr("Route: %1").replace("%1", card.route) if card.route
                           else self.tr("Not on any route yet"))
        state = labels.state(card.state) if card.state else self.tr("no accreditation")
        self.state.setText(state)
        self.state.setStyleSheet(f"color: {STATE_COLOURS.get(card.state, '#37474f')}"
                                 if card.state else "color: #37474f")
        self.missing.setText(self.tr("Documents missing: %1").replace("%1", ", ".join(card.missing_documents))
                             if card.missing_documents else "")
        self.missing.setVisible(bool(card.missing_documents))
        if card.serial:
            when = labels.moment(card.printed_at) if card.printed_at else ""
            words = self.tr("Badge %1 printed %2").replace("%1", card.serial).replace("%2", when)
            if card.state is S.BADGE_COLLECTED:
                words += self.tr(" · handed over")
            else:
                words += self.tr(" · not handed over yet")
        elif card.state is S.APPROVED:
            words = self.tr("No badge printed yet")
        else:
            words = self.tr("No badge: not approved")
        self.badge.setText(words)
        self._photo(card.photo)
        self.print_button.setEnabled(card.may_print)
        self.reprint_button.setEnabled(card.may_reprint)
        self.hand_over_button.setEnabled(card.may_hand_over)
        self.delegation_button.setEnabled(True)
        self.photo_button.setEnabled(True)

    def _photo(self, jpeg: bytes | None) -> None:
        if not show_photo(self.photo, jpeg):
            self.photo.setText(self.tr("No photo"))


class ReprintDialog(QDialog):
    """Why a badge is printed again: lost, damaged, name corrected, or words typed."""

    #: the stored reason → its words in the window
    def __init__(self, parent: QWidget | None, name: str, serial: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reprint badge"))
        words = {"lost": self.tr("lost"), "damaged": self.tr("damaged"),
                 "name corrected": self.tr("name corrected")}
        self.reason = QComboBox()
        self.reason.setEditable(True)
        from mmdesk.services.badges import REPRINT_REASONS  # loads the printing code: on demand

        for key in REPRINT_REASONS:
            self.reason.addItem(words[key], key)
        prompt = QLabel(self.tr("Print a new badge for %1? The badge %2 is revoked: it opens no door "
                                "any more.").replace("%1", name).replace("%2", serial or "—"))
        prompt.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Reprint"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.currentTextChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))

    def value(self) -> str:
        """The reason as stored: the preset's English word, or the words typed."""
        text = self.reason.currentText().strip()
        index = self.reason.findText(text)
        return str(self.reason.itemData(index)) if index >= 0 else text

    @classmethod
    def get_reason(cls, parent: QWidget | None, name: str, serial: str | None) -> tuple[str, bool]:
        """(the reason, accepted)."""
        dialog = cls(parent, name, serial)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), accepted and bool(dialog.value())


class PhotoDialog(QDialog):
    """A delegate's photo: from a file (JPEG or PNG), from the desk's camera, or removed."""

    def __init__(self, parent: QWidget | None, store: Store, delegate_id: int, name: str) -> None:
        super().__init__(parent)
        self.store, self.delegate_id = store, delegate_id
        self.setWindowTitle(self.tr("Photo of %1").replace("%1", name))
        self.preview = QLabel()
        self.preview.setFixedSize(PHOTO_W, PHOTO_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #eceff1; border: 1px solid #cfd8dc")
        self.file_button = QPushButton(self.tr("From a &file…"))
        self.camera_button = QPushButton(self.tr("Take with the &camera…"))
        self.camera_button.setVisible(camera_available())
        self.remove_button = QPushButton(self.tr("&Remove"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        side = QVBoxLayout()
        for b in (self.file_button, self.camera_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Cropped to the badge's photo box and kept as a small JPEG; "
                                        "erased when the event closes.")))
        layout.addWidget(buttons)
        self.file_button.clicked.connect(lambda: self.from_file())
        self.camera_button.clicked.connect(lambda: self.from_camera())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.changed = False
        self._show(photo_svc.photo_of(store, delegate_id))

    def _show(self, jpeg: bytes | None) -> None:
        if not show_photo(self.preview, jpeg):
            self.preview.setText(self.tr("No photo"))
        self.remove_button.setEnabled(bool(jpeg))

    def take(self, data: bytes) -> bool:
        """Store these image bytes as the photo."""
        try:
            photo = photo_svc.set_photo(self.store, self.delegate_id, data)
        except MmdeskError as exc:
            QMessageBox.warning(self, self.tr("Photo not taken"), str(exc))
            return False
        self.changed = True
        self._show(photo.jpeg)
        return True

    def from_file(self, path: str | None = None) -> bool:
        """Choose a JPEG or PNG file."""
        ran = file_action(self, Path.read_bytes, given=path, title=self.tr("Choose a photo"),
                          filters=self.tr("Photos (*.jpg *.jpeg *.png)"), failure=self.tr("Photo not taken"),
                          also=(OSError,))
        return ran is not None and self.take(ran[1])

    def from_camera(self) -> bool:
        """Take a picture with the desk's camera (Qt Multimedia, loaded only now)."""
        from mmdesk.ui.camera import CameraDialog

        data, ok = CameraDialog.capture(self)
        if not ok or not data:
            return False
        return self.take(data)

    def remove(self) -> bool:
        """Delete the photo."""
        photo_svc.remove_photo(self.store, self.delegate_id)
        self.changed = True
        self._show(None)
        return True

    @classmethod
    def edit(cls, parent: QWidget | None, store: Store, delegate_id: int, name: str) -> tuple[bool, bool]:
        """(whether the photo changed, accepted)."""
        dialog = cls(parent, store, delegate_id, name)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.changed, accepted
