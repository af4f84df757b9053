"""Importing and exporting from the window: a wizard whose column mapping the user can
correct, and an export dialog with columns, their order, presets and scope."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mmdesk.domain.enums import Category
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import exchange
from mmdesk.spreadsheets.columns import plan_file
from mmdesk.spreadsheets.headers import SYNONYMS
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.translatable import QT_TRANSLATE_NOOP

#: the fields a column can fill, in the window's words (self.tr() of ImportWizard)
FIELD_WORDS = {
    "reference": QT_TRANSLATE_NOOP("ImportWizard", "Reference"),
    "honorific": QT_TRANSLATE_NOOP("ImportWizard", "Honorific"),
    "given_name": QT_TRANSLATE_NOOP("ImportWizard", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ImportWizard", "Family name"),
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Full name (split)"),
    "badge_name": QT_TRANSLATE_NOOP("ImportWizard", "Name on badge"),
    "position": QT_TRANSLATE_NOOP("ImportWizard", "Position"),
    "organisation": QT_TRANSLATE_NOOP("ImportWizard", "Organisation"),
    "city": QT_TRANSLATE_NOOP("ImportWizard", "City"),
    "country": QT_TRANSLATE_NOOP("ImportWizard", "Country"),
    "region": QT_TRANSLATE_NOOP("ImportWizard", "Region"),
    "category": QT_TRANSLATE_NOOP("ImportWizard", "Category"),
    "gender": QT_TRANSLATE_NOOP("ImportWizard", "Gender"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "languages": QT_TRANSLATE_NOOP("ImportWizard", "Languages"),
    "dietary_needs": QT_TRANSLATE_NOOP("ImportWizard", "Dietary needs"),
    "access_needs": QT_TRANSLATE_NOOP("ImportWizard", "Access needs"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "route": QT_TRANSLATE_NOOP("ImportWizard", "Accreditation route"),
    "state": QT_TRANSLATE_NOOP("ImportWizard", "Accreditation state"),
    "tags": QT_TRANSLATE_NOOP("ImportWizard", "Tags or product (a route's name nominates)"),
    "passport_number": QT_TRANSLATE_NOOP("ImportWizard", "Passport number"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportWizard", "Date of birth"),
}

#: the export's own columns, which no import fills
EXPORT_WORDS = {
    "country_code": QT_TRANSLATE_NOOP("ExportDialog", "Country code"),
    "registered": QT_TRANSLATE_NOOP("ExportDialog", "Registered on"),
    "photo": QT_TRANSLATE_NOOP("ExportDialog", "Photo file"),
}


class ImportWizard(QWizard):
    """File → sheet, header row and columns (recognised, correctable) → a dry run's report
    (uncertain name splits, country warnings, states) → import, all or nothing."""

    def __init__(self, parent: QWidget | None, store: Store, path: Path) -> None:
        super().__init__(parent)
        self.store, self.path = store, path
        self.setWindowTitle(self.tr("Import delegates"))
        self.plan = plan_file(path)
        # page 1: the sheet, the header row, the mapping
        mapping_page = QWizardPage()
        mapping_page.setTitle(self.tr("Columns"))
        mapping_page.setSubTitle(self.tr("mmdesk recognised these columns of %1; correct any it got "
                                         "wrong.").replace("%1", path.name))
        self.sheet = QComboBox()
        for title in self.plan.table.sheets:
            self.sheet.addItem(title, title)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(self.plan.table.sheet)))
        self.sheet.setEnabled(self.sheet.count() > 1)
        self.sheet.currentIndexChanged.connect(lambda _: self._replan())
        self.header_line = QLabel()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                             self.tr("Field")])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        self.duplicates = QComboBox()
        for key, caption in (("report", self.tr("stop and list them")), ("skip", self.tr("skip them")),
                             ("merge", self.tr("merge into the existing delegate"))):
            self.duplicates.addItem(caption, key)
        self.skip_invalid = QCheckBox(self.tr("Import the good rows and leave out the bad ones"))
        self.category = QComboBox()
        for c in Category:
            self.category.addItem(labels.category(c), c.value)
        self.category.setCurrentIndex(self.category.findData(Category.CITY_OFFICIAL.value))
        self.route = QComboBox()
        self.route.addItem(self.tr("(none)"), None)
        from mmdesk.services.accreditation import list_routes

        for r in list_routes(store):
            self.route.addItem(r.name, r.name)
        form = QFormLayout()
        if self.sheet.count() > 1:
            form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_line)
        options = QFormLayout()
        options.addRow(self.tr("Delegates already in the list"), self.duplicates)
        options.addRow(self.tr("Category where the file has none"), self.category)
        options.addRow(self.tr("Nominate rows naming no route on"), self.route)
        layout = QVBoxLayout(mapping_page)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.grid)
        layout.addLayout(options)
        layout.addWidget(self.skip_invalid)
        self._fill()
        # page 2: the dry run
        self.check_page = _ReportPage(self)
        self.addPage(mapping_page)
        self.addPage(self.check_page)
        self.result_report: exchange.ImportReport | None = None
        self.resize(820, 620)

    def _replan(self) -> None:
        try:
            self.plan = plan_file(self.path, sheet=self.sheet.currentData())
        except MmdeskError as exc:
            self.notes.setText(str(exc))
            self.grid.setRowCount(0)
            self.combos = []
            return
        self._fill()

    def _fill(self) -> None:
        """Show the plan: the header row, what was noticed, and one combo a column."""
        from PySide6.QtWidgets import QTableWidgetItem

        table = self.plan.table
        self.header_line.setText(self.tr("line %1").replace("%1", str(table.header_line)))
        from mmdesk.i18n import translate_message

        self.notes.setText("\n".join(translate_message(n) for n in self.plan.notes))
        self.notes.setVisible(bool(self.plan.notes))
        self.grid.setRowCount(len(table.headers))
        first_row = table.rows[0][1] if table.rows else []
        self.combos = []
        for i, header in enumerate(table.headers):
            self.grid.setItem(i, 0, QTableWidgetItem(header[:80]))
            sample = first_row[i] if i < len(first_row) else ""
            self.grid.setItem(i, 1, QTableWidgetItem("" if sample is None else str(sample)[:60]))
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), None)
            for name in SYNONYMS:
                combo.addItem(self.tr(FIELD_WORDS.get(name, name)), name)
            combo.setCurrentIndex(max(0, combo.findData(self.plan.index.get(i))))
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.grid.resizeColumnsToContents()

    def mapping(self) -> dict[str | int, str]:
        """The user's corrections only: column index → field ("-" to leave one out)."""
        out: dict[str | int, str] = {}
        for i, combo in enumerate(self.combos):
            chosen = combo.currentData()
            if chosen != self.plan.index.get(i):
                out[i] = chosen or "-"
        return out

    def run(self, dry_run: bool) -> exchange.ImportReport:
        """Check (dry run) or import, off the GUI thread with progress and Cancel."""
        from mmdesk.ui.jobs import run_job

        report = exchange.ImportReport()
        store, path, mapping = self.store, self.path, self.mapping()
        duplicates, skip, category = (self.duplicates.currentData(), self.skip_invalid.isChecked(),
                                      self.category.currentData())
        sheet, route = self.plan.table.sheet, self.route.currentData()
        done, error = run_job(self, self.tr("Checking…") if dry_run else self.tr("Importing…"),
                              lambda: exchange.import_delegates_steps(
                                  store, path, report, dry_run=dry_run, mapping=mapping,
                                  duplicates=duplicates, skip_invalid=skip, default_category=category,
                                  sheet=sheet, route=route))
        if not done:
            raise MmdeskError(error or self.tr("Cancelled: nothing was imported."))
        return report

    def accept(self) -> None:
        try:
            self.result_report = self.run(dry_run=False)
        except MmdeskError as exc:
            self.check_page.show_text(str(exc), ok=False)
            return
        super().accept()

    @classmethod
    def import_file(cls, parent: QWidget | None, store: Store, path: Path
                    ) -> tuple[exchange.ImportReport | None, bool]:
        """(the import's report, accepted)."""
        wizard = cls(parent, store, path)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        return wizard.result_report, accepted


class _ReportPage(QWizardPage):
    """The dry run: what would be imported, every problem with its line."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self._ok = False

    def initializePage(self) -> None:
        try:
            report = self.wizard_.run(dry_run=True)
        except MmdeskError as exc:
            self.show_text(str(exc), ok=False)
            return
        from mmdesk.report_words import import_lines

        self.show_text("\n".join(import_lines(report)), ok=True)  # in the window's language

    def show_text(self, text: str, ok: bool) -> None:
        self.text.setPlainText(text)
        self.setSubTitle(self.tr("Nothing has been changed yet. Finish imports it in one go.") if ok
                         else self.tr("This file cannot be imported as it is; nothing was changed."))
        self._ok = ok
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ok


@dataclass(frozen=True)
class ExportChoice:
    """Columns in order, scope, and whether sensitive fields were chosen explicitly."""

    columns: list[str]
    scope: str  # "all", "shown" or "selected"
    sensitive: bool


class ExportDialog(QDialog):
    """Choose columns and their order (drag), a saved preset, and which delegates."""

    def __init__(self, parent: QWidget | None, store: Store, shown: int, total: int, selected: int) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Export delegates"))
        self.columns = QListWidget()
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("(default columns)"), None)
        for name in exchange.presets(store):
            self.preset.addItem(name, name)
        self.preset.currentIndexChanged.connect(lambda _: self._load(self._preset_columns()))
        save = QPushButton(self.tr("Save as preset…"))
        save.clicked.connect(self._save_preset)
        self.scope = QButtonGroup(self)
        self.all_ = QRadioButton(self.tr("All %n delegate(s)", "", total))
        self.shown = QRadioButton(self.tr("The %n delegate(s) the filters show", "", shown))
        self.selected = QRadioButton(self.tr("The %n selected delegate(s)", "", selected))
        for i, b in enumerate((self.all_, self.shown, self.selected)):
            self.scope.addButton(b, i)
        self.selected.setEnabled(selected > 0)
        (self.selected if selected else self.shown if shown != total else self.all_).setChecked(True)
        self.sensitive_note = QLabel(self.tr("Passport number and date of birth are exported only when "
                                             "ticked here, and every such export is logged."))
        self.sensitive_note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preset")))
        top.addWidget(self.preset, 1)
        top.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Columns (tick to export, drag to order)")))
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.sensitive_note)
        for b in (self.all_, self.shown, self.selected):
            layout.addWidget(b)
        layout.addWidget(buttons)
        self._load(exchange.DEFAULT_COLUMNS)
        self.resize(420, 600)

    def _preset_columns(self) -> list[str]:
        name = self.preset.currentData()
        if not name:
            return exchange.DEFAULT_COLUMNS
        return exchange.presets(self.store).get(name, exchange.DEFAULT_COLUMNS)

    def _load(self, chosen: list[str]) -> None:
        self.columns.clear()
        for key in [*chosen, *[k for k in exchange.COLUMNS if k not in chosen]]:
            caption = labels.field(key)  # the dialog's words, in the window's language
            if caption == key:  # a column the delegate's fields do not name: the import's words
                caption = (QCoreApplication.translate("ImportWizard", FIELD_WORDS[key]) if key in FIELD_WORDS
                           else self.tr(EXPORT_WORDS.get(key, exchange.COLUMNS[key].header)))
            item = QListWidgetItem(caption)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.columns.addItem(item)

    def chosen_columns(self) -> list[str]:
        return [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def _save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save preset"), self.tr("Name of the preset"))
        if ok and name.strip():
            exchange.save_preset(self.store, name.strip(), self.chosen_columns())
            if self.preset.findData(name.strip()) < 0:
                self.preset.addItem(name.strip(), name.strip())

    def choice(self) -> ExportChoice:
        columns = self.chosen_columns()
        scope = {0: "all", 1: "shown", 2: "selected"}[self.scope.checkedId()]
        return ExportChoice(columns, scope, any(c in exchange.SENSITIVE for c in columns))

    @classmethod
    def choose(cls, parent: QWidget | None, store: Store, shown: int, total: int, selected: int
               ) -> tuple[ExportChoice, bool]:
        dialog = cls(parent, store, shown, total, selected)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice(), accepted
