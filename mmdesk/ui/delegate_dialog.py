"""Adding or editing a delegate, with every field checked before anything is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import Category
from mmdesk.domain.protocol import RepresentationLevel
from mmdesk.services.delegates import DelegateInput
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.labels import region_combo
from mmdesk.ui.widgets import country_combo, py_date

NO_DATE = QDate(1900, 1, 1)
T = TypeVar("T")
#: the photo's thumbnail in the dialog (the badge's photo box: 7 wide by 9 high)
THUMB_W, THUMB_H = 70, 90


class DelegateDialog(SavingDialog):
    """The delegate's fields; OK saves through the given function, which may refuse."""

    def __init__(self, parent: QWidget | None, initial: DelegateInput | None,
                 save: Callable[[DelegateInput], object],
                 show_record: Callable[[], object] | None = None,
                 photo: tuple[Store, int] | None = None) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Edit delegate") if initial else self.tr("New delegate"))
        data = initial or DelegateInput()
        self.honorific = QLineEdit(data.honorific or "")
        self.given = QLineEdit(data.given_name or "")
        self.family = QLineEdit(data.family_name or "")
        self.badge_name = QLineEdit(data.badge_name or "")
        self.badge_name.setPlaceholderText(self.tr("as given and family name"))
        self.position = QLineEdit(data.position or "")
        self.organisation = QLineEdit(data.organisation or "")
        self.city = QLineEdit(data.city or "")
        self.country = country_combo(data.country)
        self.region = region_combo(data.region)
        self.category = QComboBox()
        for c in Category:
            self.category.addItem(labels.category(c), c.value)
        self.category.setCurrentIndex(max(0, self.category.findData(Category(data.category).value)))
        self.level = QComboBox()  # orders a roundtable's speakers by protocol (issue 20)
        for level in RepresentationLevel:
            self.level.addItem(self._level_words()[level], level.value)
        self.level.setCurrentIndex(max(0, self.level.findData(RepresentationLevel(data.level).value)))
        self.gender = QComboBox()
        self.gender.setEditable(True)  # as the delegate describes themself; not required
        self.gender.addItems(["", self.tr("Woman"), self.tr("Man"), self.tr("Non-binary"),
                              self.tr("Prefer not to say")])
        self.gender.setCurrentText(data.gender or "")
        self._delegation_id = data.delegation_id
        self.email = QLineEdit(data.email or "")
        self.phone = QLineEdit(data.phone or "")
        self.languages = QLineEdit(", ".join(data.languages))
        self.languages.setPlaceholderText(self.tr("e.g. en, fr, es"))
        self.dietary = QLineEdit(data.dietary_needs or "")
        self.access = QLineEdit(data.access_needs or "")
        self.notes = QPlainTextEdit(data.notes or "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        # sensitive fields: masked until asked for
        self.passport = QLineEdit(data.passport_number or "")
        self.passport.setEchoMode(QLineEdit.EchoMode.Password)
        self.birth = QDateEdit()
        self.birth.setDisplayFormat("yyyy-MM-dd")
        self.birth.setMinimumDate(NO_DATE)
        self.birth.setMaximumDate(QDate.currentDate())  # a birth date is never in the future
        self.birth.setSpecialValueText(self.tr("not recorded"))
        self.birth.setDate(labels.qdate(data.date_of_birth) if data.date_of_birth else NO_DATE)
        self.reveal = QCheckBox(self.tr("Show passport number and date of birth"))
        self.reveal.toggled.connect(self._reveal)
        self._reveal(False)
        form = QFormLayout()
        for caption, widget in (
            (self.tr("Honorific"), self.honorific), (self.tr("Given name"), self.given),
            (self.tr("Family name"), self.family), (self.tr("Name on the badge"), self.badge_name),
            (self.tr("Position"), self.position), (self.tr("Organisation"), self.organisation),
            (self.tr("City"), self.city), (self.tr("Country"), self.country),
            (self.tr("Region"), self.region), (self.tr("Category"), self.category),
            (self.tr("Level of representation"), self.level),
            (self.tr("Gender"), self.gender),
            (self.tr("E-mail"), self.email), (self.tr("Phone"), self.phone),
            (self.tr("Languages"), self.languages), (self.tr("Dietary needs"), self.dietary),
            (self.tr("Access needs"), self.access), (self.tr("Notes"), self.notes),
            (self.tr("Passport number"), self.passport), (self.tr("Date of birth"), self.birth),
        ):
            form.addRow(caption, widget)
        self._photo_of = photo
        self.photo = QLabel()
        self.photo_button = QPushButton(self.tr("P&hoto…"))
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        if photo is not None:  # an existing delegate: the photo is saved at once, as at the desk
            form.insertRow(0, self.tr("Photo"), self._photo_row())
        extras: list[QWidget] = [self.reveal]
        self.record_button = QPushButton(self.tr("Acc&reditation, documents and badges…"))
        if show_record is not None:  # the person's record, in its own window
            self.record_button.clicked.connect(lambda: show_record())
            extras.append(self.record_button)
        self.buttons = self.lay_out(form, *extras)

    def _level_words(self) -> dict[RepresentationLevel, str]:
        """The levels in the window's language (the same words as LEVEL_WORDS)."""
        return {
            RepresentationLevel.HEAD_OF_STATE: self.tr("Head of State or Government"),
            RepresentationLevel.MINISTER: self.tr("Minister"),
            RepresentationLevel.MAYOR: self.tr("Mayor or Governor"),
            RepresentationLevel.DEPUTY: self.tr("Deputy"),
            RepresentationLevel.SENIOR_OFFICIAL: self.tr("Senior official"),
            RepresentationLevel.OTHER: self.tr("Other"),
        }

    def _photo_row(self) -> QWidget:
        """The thumbnail with Photo… and Remove photo beside it."""
        self.photo.setFixedSize(THUMB_W, THUMB_H)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #eceff1; color: #78909c; border: 1px solid #cfd8dc")
        hint = self.tr("Saved at once, whether or not the dialog is then confirmed")
        for button in (self.photo_button, self.remove_photo_button):
            button.setToolTip(hint)
        self.photo_button.clicked.connect(lambda: self.choose_photo())
        self.remove_photo_button.clicked.connect(lambda: self.remove_photo())
        side = QVBoxLayout()
        side.addWidget(self.photo_button)
        side.addWidget(self.remove_photo_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo)
        row.addLayout(side)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self._show_photo()
        return holder

    def _show_photo(self) -> None:
        from mmdesk.services import photos as photo_svc
        from mmdesk.ui.desk_card import show_photo

        if self._photo_of is None:
            return
        store, delegate_id = self._photo_of
        shown = show_photo(self.photo, photo_svc.photo_of(store, delegate_id), THUMB_W, THUMB_H)
        if not shown:
            self.photo.setText(self.tr("No photo"))
        self.remove_photo_button.setEnabled(shown)

    def choose_photo(self) -> bool:
        """The desk's photo dialog (a file or the camera); whether the photo changed."""
        from mmdesk.ui.desk_card import PhotoDialog

        if self._photo_of is None:
            return False
        store, delegate_id = self._photo_of
        name = " ".join(x for x in (self.given.text().strip(), self.family.text().strip()) if x)
        changed, _ = PhotoDialog.edit(self, store, delegate_id, name)
        self._show_photo()
        return changed

    def remove_photo(self) -> bool:
        """Delete the delegate's photo; whether there was one."""
        from mmdesk.services import photos as photo_svc

        if self._photo_of is None:
            return False
        removed = photo_svc.remove_photo(*self._photo_of)
        self._show_photo()
        return removed

    def _reveal(self, shown: bool) -> None:
        self.passport.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.birth.setEnabled(shown)
        self.birth.setVisible(True)
        if not shown:
            self.birth.setToolTip(self.tr("Hidden: tick the box below to see or change it"))

    def value(self) -> DelegateInput:
        """The fields as typed (not yet checked)."""
        country = self.country.currentData()
        if country is None and self.country.currentText().strip():
            country = self.country.currentText().strip()  # typed, not picked: checked on save
        birth = None if self.birth.date() == NO_DATE else py_date(self.birth.date())
        return DelegateInput(
            given_name=self.given.text(), family_name=self.family.text(),
            category=self.category.currentData(), honorific=self.honorific.text(),
            badge_name=self.badge_name.text(), position=self.position.text(),
            organisation=self.organisation.text(), city=self.city.text(), country=country,
            region=self.region.currentData(), gender=self.gender.currentText().strip() or None,
            delegation_id=self._delegation_id, email=self.email.text(), phone=self.phone.text(),
            languages=[x.strip() for x in self.languages.text().split(",") if x.strip()],
            dietary_needs=self.dietary.text(), access_needs=self.access.text(),
            notes=self.notes.toPlainText(), passport_number=self.passport.text(), date_of_birth=birth,
            level=self.level.currentData(),
        )

    @classmethod
    def edit(cls, parent: QWidget | None, initial: DelegateInput | None,
             save: Callable[[DelegateInput], T],
             show_record: Callable[[], object] | None = None,
             photo: tuple[Store, int] | None = None) -> tuple[T, bool]:
        """(what save returned, accepted); show_record opens the person's accreditation record;
        photo (the store and the delegate's id): the photo shown, chosen or removed at once.
        The value means nothing when not accepted."""
        made, ok = cls(parent, initial, save, show_record, photo).run()
        return cast(T, made), ok
