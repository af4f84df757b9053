"""The dashboard page: the forum in figures, check-ins over the day drawn with QPainter,
the balance of the panels, and an export of it all to .xlsx."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.balance import GENDER_GROUPS
from mmdesk.domain.enums import AccreditationState, Category
from mmdesk.domain.errors import NotFound
from mmdesk.domain.regions import region_name
from mmdesk.services import dashboard as dash
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.file_actions import file_action
from mmdesk.ui.lazy import LazyPage, Reader, is_large


class CheckInChart(QWidget):
    """Admissions at the venue per hour, as bars with the hour under each."""

    def __init__(self) -> None:
        super().__init__()
        self.hours: list[tuple[datetime, int]] = []
        self.setMinimumHeight(170)

    def set_hours(self, hours: list[tuple[datetime, int]]) -> None:
        self.hours = hours
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(36, 12, -12, -28)
        p.setPen(QPen(QColor("#9e9e9e")))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        if not self.hours:
            p.setPen(QColor("#616161"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No one checked in yet"))
            return
        top = max(n for _, n in self.hours)
        p.drawText(QRectF(0, area.top() - 6, 32, 14), Qt.AlignmentFlag.AlignRight, str(top))
        slot = area.width() / len(self.hours)
        for i, (hour, n) in enumerate(self.hours):
            h = area.height() * n / top
            bar = QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - h, slot * 0.7, h)
            p.fillRect(bar, QColor("#1565c0"))
            p.setPen(QColor("#212121"))
            p.drawText(QRectF(area.left() + i * slot, area.bottom() + 4, slot, 16),
                       Qt.AlignmentFlag.AlignCenter, f"{hour:%H}h")
            if bar.height() > 16:
                p.setPen(QColor("white"))
                p.drawText(bar, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(n))


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    t.setMinimumHeight(150)
    return t


def _fill(t: QTableWidget, rows: Sequence[tuple[object, ...]]) -> None:
    t.setRowCount(0)
    for row in rows:
        r = t.rowCount()
        t.insertRow(r)
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, c, item)


class DashboardPage(LazyPage):
    """Counts by route, state, category, region and gender; badges; check-ins; panel balance."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.figures: dash.Figures | None = None
        self.reader = Reader(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the figures are being counted
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 12pt;")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport figures…"))
        self.export_button.clicked.connect(lambda: self.export())
        count = self.tr("Delegates")
        self.by_route = _table([self.tr("Route"), count])
        self.by_state = _table([self.tr("State"), count])
        self.by_category = _table([self.tr("Category"), count])
        self.by_region = _table([self.tr("Region"), count])
        self.by_gender = _table([self.tr("Gender"), count])
        self.speakers = _table([self.tr("Speakers and moderators"), self.tr("People")])
        self.panels = _table([self.tr("Session"), self.tr("Speakers"),
                              *[self.gender_word(g) for g in GENDER_GROUPS], self.tr("Regions")])
        self.chart = CheckInChart()
        grid = QGridLayout()
        for i, (title, widget) in enumerate((
                (self.tr("By accreditation route"), self.by_route),
                (self.tr("By accreditation state"), self.by_state),
                (self.tr("By category"), self.by_category),
                (self.tr("By region"), self.by_region),
                (self.tr("By gender"), self.by_gender),
                (self.tr("Speakers by gender and region"), self.speakers))):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, i // 3, i % 3)
        chart_box = QGroupBox(self.tr("Check-ins at the venue, by hour"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        panels_box = QGroupBox(self.tr("Balance of each panel (moderator included)"))
        QVBoxLayout(panels_box).addWidget(self.panels)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        layout.addWidget(chart_box)
        layout.addLayout(grid)
        layout.addWidget(panels_box)
        from mmdesk.ui.speaking_time import SpeakingTimeBox  # planned and actual minutes (issue 20)

        self.speaking_time = SpeakingTimeBox()
        layout.addWidget(self.speaking_time)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def gender_word(self, group: str) -> str:
        return {"women": self.tr("Women"), "men": self.tr("Men"), "other": self.tr("Other"),
                "not_recorded": self.tr("Not recorded")}[group]

    def state_word(self, state: AccreditationState | None) -> str:
        return labels.state(state) if state is not None else self.tr("no accreditation")

    def _load(self) -> None:
        """Count everything again: at once on a small store, else off the GUI thread (the page
        shows a busy bar and fills in)."""
        store = self.store
        large = is_large(store)
        if large:
            self.progress.show()
            if self.figures is None:
                self.summary.setText(self.tr("Counting…"))

        def read() -> dash.Figures:
            # the speaking time's services load the printing code: imported here, off the GUI
            # thread on a large store, before the figures are shown
            import mmdesk.services.console  # noqa: F401

            return dash.figures(store)

        self.reader.run(read, self._show_figures, failed=self._failed, inline=not large)

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        if not isinstance(error, NotFound):  # no forum yet: nothing to count, nothing to say
            self.summary.setText(self.tr("The figures could not be read: %1").replace("%1", str(error)))

    def _show_figures(self, f: dash.Figures) -> None:
        self.progress.hide()
        self.figures = f
        self.summary.setText(
            self.tr("<b>%1</b> delegates · <b>%2</b> badges printed · <b>%3</b> collected · "
                    "<b>%4</b> admitted at the venue · <b>%5</b> speakers and moderators")
            .replace("%1", str(f.delegates)).replace("%2", str(f.badges_printed))
            .replace("%3", str(f.badges_collected)).replace("%4", str(f.admitted))
            .replace("%5", str(f.speakers)))
        _fill(self.by_route, f.by_route)
        _fill(self.by_state, [(self.state_word(s), n) for s, n in f.by_state])
        _fill(self.by_category, [(labels.category(Category(c)), n) for c, n in f.by_category])
        _fill(self.by_region, [(region_name(r), n) for r, n in f.by_region])
        _fill(self.by_gender, [(self.gender_word(g), n) for g, n in f.by_gender])
        _fill(self.speakers, [(self.gender_word(g), n) for g, n in f.speakers_by_gender]
              + [(region_name(r), n) for r, n in f.speakers_by_region])
        _fill(self.panels, [(p.title, p.speakers, *[p.genders[g] for g in GENDER_GROUPS], p.regions)
                            for p in f.panels])
        self.chart.set_hours(f.checkins_by_hour)
        self.speaking_time.load(self.store)

    def export_labels(self) -> dict[str, str]:
        """The words of the workbook, in the window's language."""
        words = {g: self.gender_word(g) for g in GENDER_GROUPS}
        words.update({s.value: labels.state(s) for s in AccreditationState})
        words.update({c.value: labels.category(c) for c in Category})
        words.update({
            "none": self.tr("no accreditation"), "count": self.tr("Count"), "figure": self.tr("Figure"),
            "delegates": self.tr("Delegates"), "badges_printed": self.tr("Badges printed"),
            "badges_collected": self.tr("Badges collected"), "admitted": self.tr("Admitted at the venue"),
            "speakers": self.tr("Speakers and moderators"), "route": self.tr("Route"),
            "state": self.tr("State"), "category": self.tr("Category"), "region": self.tr("Region"),
            "gender": self.tr("Gender"), "hour": self.tr("Hour"), "group": self.tr("Group"),
            "session": self.tr("Session"), "starts": self.tr("Starts"), "regions": self.tr("Regions"),
            "sheet_summary": self.tr("Summary"), "sheet_route": self.tr("By route"),
            "sheet_state": self.tr("By state"), "sheet_category": self.tr("By category"),
            "sheet_region": self.tr("By region"), "sheet_gender": self.tr("By gender"),
            "sheet_checkins": self.tr("Check-ins by hour"), "sheet_speakers": self.tr("Speakers"),
            "sheet_panels": self.tr("Panel balance"),
        })
        return words

    def export(self, target: str | None = None) -> bool:
        """Write the figures to an .xlsx workbook."""
        ran = file_action(self, lambda path: dash.export_figures(self.store, path, self.export_labels()),
                          given=target, title=self.tr("Export figures"), save_as="figures.xlsx",
                          filters=self.tr("Excel workbook (*.xlsx)"), failure=self.tr("Not exported"),
                          also=(OSError,))
        return ran is not None
