"""Working beside other desks: connecting to a server, and choosing between two versions
of a delegate edited at two desks at once."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from mmdesk.services.delegates import DelegateInput
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.translatable import QT_TRANSLATE_NOOP

SENSITIVE = {"passport_number", "date_of_birth"}


class ConnectDialog(SavingDialog):
    """File › Connect to server: the venue's PostgreSQL server, or a URL pasted as given by
    `mmdesk serve-setup`. OK opens (and if needed upgrades) the store; a server that does
    not answer is said in the dialog, which stays open."""

    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent, Store.open)
        self.settings = settings
        self.setWindowTitle(self.tr("Connect to the forum's server"))
        self.host = QLineEdit(str(settings.value("server/host", "")))
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or desk-server.local"))
        labels.fit_placeholder(self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(str(settings.value("server/port", 5432))))
        self.database = QLineEdit(str(settings.value("server/database", "mmdesk")))
        self.user = QLineEdit(str(settings.value("server/user", "mmdesk_desk")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("or paste the URL from serve-setup"))
        labels.fit_placeholder(self.url)
        self.url.textChanged.connect(self._from_url)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("URL"), self.url)
        note = QLabel(self.tr("Every desk of the forum connects to the same server. If the network "
                              "drops, the desk says so and saves nothing until it is back."))
        note.setWordWrap(True)
        self.buttons = self.lay_out(form, note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))

    def _from_url(self, text: str) -> None:
        try:
            url = make_url(text.strip())
        except Exception:  # noqa: BLE001 - half-typed: wait for the rest
            return
        if url.get_backend_name() != "postgresql":
            return
        self.host.setText(url.host or "")
        self.port.setValue(url.port or 5432)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        self.password.setText(url.password or "")

    def value(self) -> URL:
        """The server's URL, from the fields."""
        from mmdesk.domain.errors import ValidationError

        if not self.host.text().strip() or not self.database.text().strip():
            raise ValidationError(self.tr("Name the server and the database."))
        return URL.create("postgresql+psycopg", username=self.user.text().strip() or None,
                          password=self.password.text() or None, host=self.host.text().strip(),
                          port=self.port.value(), database=self.database.text().strip())

    def accept(self) -> None:
        super().accept()  # checks the fields and opens the store, or says why not
        if self.result() == QDialog.DialogCode.Accepted:
            for key, v in (("host", self.host.text().strip()), ("port", self.port.value()),
                           ("database", self.database.text().strip()),
                           ("user", self.user.text().strip())):
                self.settings.setValue(f"server/{key}", v)  # never the password

    @classmethod
    def open_server(cls, parent: QWidget | None, settings: QSettings) -> tuple[Store | None, bool]:
        """(the opened store, accepted)."""
        store, ok = cls(parent, settings).run()
        return (store if isinstance(store, Store) else None), ok


def _shown(name: str, value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if name in SENSITIVE:
        return "••••••"
    if name == "category":
        from mmdesk.domain.enums import Category

        return labels.category(Category(value.value if isinstance(value, Enum) else str(value)))
    if name == "country":
        from mmdesk.domain.countries import country_name

        return country_name(str(value))
    if name == "region":
        from mmdesk.domain.regions import region_name

        return region_name(str(value))  # CLDR's name in the window's language
    if name == "level":
        from mmdesk.domain.protocol import RepresentationLevel as L

        words = {L.HEAD_OF_STATE: QT_TRANSLATE_NOOP("DelegateDialog", "Head of State or Government"),
                 L.MINISTER: QT_TRANSLATE_NOOP("DelegateDialog", "Minister"),
                 L.MAYOR: QT_TRANSLATE_NOOP("DelegateDialog", "Mayor or Governor"),
                 L.DEPUTY: QT_TRANSLATE_NOOP("DelegateDialog", "Deputy"),
                 L.SENIOR_OFFICIAL: QT_TRANSLATE_NOOP("DelegateDialog", "Senior official"),
                 L.OTHER: QT_TRANSLATE_NOOP("DelegateDialog", "Other")}
        level = L(value.value if isinstance(value, Enum) else str(value))
        return QCoreApplication.translate("DelegateDialog", words[level])  # as the edit dialog says it
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ConflictDialog(QDialog):
    """Another desk saved this delegate while you were editing: both versions side by side,
    the differing fields marked; you choose which one stays."""

    MINE, THEIRS = "mine", "theirs"

    def __init__(self, parent: QWidget | None, mine: DelegateInput, theirs: DelegateInput) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed at another desk"))
        self.choice: str | None = None
        intro = QLabel(self.tr("Another desk saved this delegate while you were editing. "
                               "The fields that differ are marked; choose which version to keep."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"),
                                              self.tr("Saved at the other desk")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.differing: list[str] = []
        bold = QFont()
        bold.setBold(True)
        mark = QBrush(QColor("#fff3c4"))
        for f in fields(DelegateInput):
            a, b = getattr(mine, f.name), getattr(theirs, f.name)
            if isinstance(a, Enum):
                a = a.value
            if isinstance(b, Enum):
                b = b.value
            same = (a or None) == (b or None)
            if same and f.name in {"delegation_id"}:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [QTableWidgetItem(labels.field(f.name)),
                     QTableWidgetItem(_shown(f.name, getattr(mine, f.name))),
                     QTableWidgetItem(_shown(f.name, getattr(theirs, f.name)))]
            for col, cell in enumerate(cells):
                if not same:
                    cell.setBackground(mark)
                    cell.setFont(bold)
                self.table.setItem(row, col, cell)
            if not same:
                self.differing.append(f.name)
        self.table.resizeRowsToContents()
        self.keep_mine = QPushButton(self.tr("Save my version over theirs"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs, drop my changes"))
        back = QPushButton(self.tr("Back to my edit"))
        self.keep_mine.clicked.connect(lambda: self._choose(self.MINE))
        self.keep_theirs.clicked.connect(lambda: self._choose(self.THEIRS))
        back.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(back, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def choose(cls, parent: QWidget | None, mine: DelegateInput, theirs: DelegateInput
               ) -> tuple[str | None, bool]:
        """("mine" | "theirs", accepted); not accepted means back to the edit."""
        dialog = cls(parent, mine, theirs)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice, accepted


