"""The dashboard's speaking time: minutes planned and actually spoken, by gender, region and
category (organizers are asked about the balance of their panels)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from mmdesk.domain.enums import Category
from mmdesk.domain.errors import NotFound
from mmdesk.domain.regions import region_name
from mmdesk.store.database import Store
from mmdesk.ui import labels

if TYPE_CHECKING:  # the console's services load the printing code: imported when first read
    from mmdesk.services.console import SpeakingShare, SpeakingTime


class SpeakingTimeBox(QGroupBox):
    """Speaking minutes planned and spoken (recorded by the live console), by group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Speaking time, planned and actual (minutes)"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Planned"), self.tr("Actual")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(220)
        QVBoxLayout(self).addWidget(self.table)
        self.figures: SpeakingTime | None = None

    def _group(self, kind: str, key: str) -> str:
        if kind == "gender":
            return {"women": self.tr("Women"), "men": self.tr("Men"), "other": self.tr("Other"),
                    "not_recorded": self.tr("Not recorded")}.get(key, key)
        if kind == "category":
            try:
                return labels.category(Category(key))
            except ValueError:
                return key
        if kind == "region":
            return region_name(key)  # in the window's language
        return key

    def load(self, store: Store) -> None:
        """Read the minutes again from this store."""
        from mmdesk.services.console import speaking_time

        try:
            self.figures = f = speaking_time(store)
        except NotFound:
            return
        rows: list[tuple[str, str, str, bool]] = []
        sections: tuple[tuple[str, str, tuple[SpeakingShare, ...]], ...] = (
            ("gender", self.tr("By gender"), f.by_gender), ("region", self.tr("By region"), f.by_region),
            ("category", self.tr("By category"), f.by_category))
        for kind, title, shares in sections:
            rows.append((title, "", "", True))
            rows += [(self._group(kind, s.group), f"{s.planned:g}", f"{s.actual:g}", False) for s in shares]
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, (group, planned, actual, heading) in enumerate(rows):
            for c, value in enumerate((group, planned, actual)):
                item = QTableWidgetItem(value)
                if heading:
                    item.setFont(bold)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
