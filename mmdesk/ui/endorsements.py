"""The endorsement register page: the forum's declaration or pledge, who endorsed which
action areas (or the whole), by whom and when; the list printed and exported."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.countries import country_name
from mmdesk.domain.errors import NotFound
from mmdesk.services import endorsements as svc
from mmdesk.store.database import Store
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.file_actions import file_action
from mmdesk.ui.lazy import LazyPage, Reader, is_large

#: a declaration with its signatories, as svc.signatories reads it
Register = tuple[svc.DeclarationView, list[svc.EndorsementView]]


class DeclarationDialog(SavingDialog):
    """A new declaration or pledge: its title and its action areas, one per line."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent, lambda v: svc.create_declaration(store, v[0], v[1], endorsers_public=v[2]))
        self.setWindowTitle(self.tr("New declaration or pledge"))
        self.title = QLineEdit()
        self.areas = QPlainTextEdit()
        self.areas.setPlaceholderText(self.tr("One action area per line"))
        # issue 15: who signed for a city is personal data unless the declaration makes it public
        self.public = QCheckBox(self.tr("The signatories' names are public statements"))
        self.public_note = QLabel(self.tr(
            "Ticked: the names of those who signed for each city are kept when the event closes. "
            "Not ticked: they are personal data and are erased at the closing; the cities' "
            "endorsements stay."))
        self.public_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Action areas"), self.areas)
        form.addRow("", self.public)
        self.lay_out(form, self.public_note)

    def value(self) -> tuple[str, list[str], bool]:
        return self.title.text(), self.areas.toPlainText().splitlines(), self.public.isChecked()

    @classmethod
    def new_declaration(cls, parent: QWidget | None, store: Store) -> tuple[object, bool]:
        """(the new declaration, accepted)."""
        return cls(parent, store).run()


class EndorsementDialog(SavingDialog):
    """A city endorses the whole declaration, or some of its action areas."""

    def __init__(self, parent: QWidget | None, store: Store, declaration: svc.DeclarationView) -> None:
        super().__init__(parent, lambda v: svc.endorse(store, declaration.id, v[0], country=v[1],
                                                       areas=v[2], endorsed_by=v[3]))
        self.setWindowTitle(self.tr("Record an endorsement"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Ville de Montréal"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("two-letter code, e.g. CA"))
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("who signed, e.g. Mayor Valérie Plante"))
        self.whole = QCheckBox(self.tr("The whole declaration"))
        self.whole.setChecked(True)
        self.area_boxes = [QCheckBox(a) for a in declaration.action_areas]
        self.whole.toggled.connect(self._whole_toggled)
        for b in self.area_boxes:
            b.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("City or organisation"), self.organisation)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Signed by"), self.by)
        self.lay_out(form, self.whole, *self.area_boxes)

    def _whole_toggled(self, on: bool) -> None:
        for b in self.area_boxes:
            b.setEnabled(not on)

    def value(self) -> tuple[str, str | None, list[str], str]:
        from mmdesk.domain.countries import resolve_country

        areas = [] if self.whole.isChecked() else [b.text() for b in self.area_boxes if b.isChecked()]
        if not self.whole.isChecked() and not areas:
            from mmdesk.domain.errors import ValidationError

            raise ValidationError(self.tr("Tick the action areas endorsed, or the whole declaration."))
        return (self.organisation.text(), resolve_country(self.country.text() or None), areas,
                self.by.text())

    @classmethod
    def record(cls, parent: QWidget | None, store: Store, declaration: svc.DeclarationView
               ) -> tuple[object, bool]:
        """(the endorsement recorded, accepted)."""
        return cls(parent, store, declaration).run()


class EndorsementsPage(LazyPage):
    """The register of one declaration: signatories, what each endorsed, by whom, when."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.declarations: list[svc.DeclarationView] = []
        self.reader = Reader(self)
        self.rows: list[svc.EndorsementView] = []
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(lambda _: self._show())
        self.new_declaration = QPushButton(self.tr("New &declaration…"))
        self.new_declaration.clicked.connect(self.add_declaration)
        self.record_button = QPushButton(self.tr("&Record endorsement…"))
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.print_button = QPushButton(self.tr("&Print list…"))
        self.print_button.clicked.connect(lambda: self.print_list())
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.areas = QLabel()
        self.areas.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("City or organisation"), self.tr("Country"),
                                              self.tr("Endorses"), self.tr("Signed by"), self.tr("Date")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        top.addWidget(self.new_declaration)
        buttons = QHBoxLayout()
        for b in (self.record_button, self.withdraw_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.print_button, self.export_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.areas)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def current(self) -> svc.DeclarationView | None:
        i = self.choice.currentIndex()
        return self.declarations[i] if 0 <= i < len(self.declarations) else None

    def _load(self) -> None:
        """The declarations and the current one's signatories: at once on a small store, else
        off the GUI thread (the collation of the names is long to set up the first time)."""
        current = self.current()
        keep = current.id if current else None
        store = self.store

        def read() -> tuple[list[svc.DeclarationView], Register | None]:
            try:
                found = svc.list_declarations(store)
            except NotFound:
                found = []
            chosen = next((d for d in found if d.id == keep), found[0] if found else None)
            return found, (svc.signatories(store, chosen.id) if chosen is not None else None)

        large = is_large(store)
        if large:
            self.areas.setText(self.tr("Reading the register…"))
        self.reader.run(read, self._loaded, inline=not large)

    def _loaded(self, read: tuple[list[svc.DeclarationView], Register | None]) -> None:
        self.declarations, shown = read
        self.choice.blockSignals(True)
        self.choice.clear()
        for d in self.declarations:
            self.choice.addItem(d.title, d.id)
        if shown is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(shown[0].id)))
        self.choice.blockSignals(False)
        self._fill(shown)

    def _show(self) -> None:
        d = self.current()
        self._fill(svc.signatories(self.store, d.id) if d is not None else None)

    def _fill(self, shown: Register | None) -> None:
        for b in (self.record_button, self.withdraw_button, self.print_button, self.export_button):
            b.setEnabled(shown is not None)
        self.table.setRowCount(0)
        if shown is None:
            self.rows = []
            self.areas.setText(self.tr("No declaration or pledge yet: add one to record endorsements."))
            return
        d, self.rows = shown
        counts = [sum(1 for e in self.rows if e.whole or a in e.areas) for a in d.action_areas]
        self.areas.setText("<br>".join(
            [self.tr("<b>%1</b> signatories").replace("%1", str(len(self.rows)))]
            + [f"{i}. {a} — {n}"
               for i, (a, n) in enumerate(zip(d.action_areas, counts, strict=True), start=1)]))
        for e in self.rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            what = self.tr("the whole declaration") if e.whole else "; ".join(e.areas)
            for c, value in enumerate((e.organisation, country_name(e.country), what, e.endorsed_by or "",
                                       f"{e.endorsed_at:%Y-%m-%d}")):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def add_declaration(self) -> bool:
        made, ok = DeclarationDialog.new_declaration(self, self.store)
        if ok:
            self.reload()
            self.choice.setCurrentIndex(self.choice.findData(made.id))  # type: ignore[attr-defined]
        return ok

    def record(self) -> bool:
        d = self.current()
        if d is None:
            return False
        _, ok = EndorsementDialog.record(self, self.store, d)
        if ok:
            self._show()
        return ok

    def withdraw(self) -> bool:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return False
        names = ", ".join(self.rows[r].organisation for r in rows)
        if QMessageBox.question(self, self.tr("Withdraw"), self.tr("Take %1 off the register?")
                                .replace("%1", names)) != QMessageBox.StandardButton.Yes:
            return False
        for r in rows:
            svc.withdraw_endorsement(self.store, self.rows[r].id)
        self._show()
        return True

    def print_list(self, target: str | None = None) -> bool:
        d = self.current()
        if d is None:
            return False
        ran = file_action(self, lambda path: svc.print_signatories(self.store, path, d.id), given=target,
                          title=self.tr("Print the signatories"), save_as="signatories.pdf",
                          filters=self.tr("PDF (*.pdf)"), failure=self.tr("Not printed"), also=(OSError,))
        return ran is not None

    def export(self, target: str | None = None) -> bool:
        d = self.current()
        if d is None:
            return False
        ran = file_action(self, lambda path: svc.export_endorsements(self.store, path, d.id), given=target,
                          title=self.tr("Export the register"), save_as="endorsements.xlsx",
                          filters=self.tr("Excel workbook (*.xlsx)"), failure=self.tr("Not exported"),
                          also=(OSError,))
        return ran is not None
