"""Forum › Accreditation routes…: how delegates are accredited — kind, nominating body,
quota and what happens past it, the documents asked for, the zones the badge opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mmdesk.domain.countries import country_name
from mmdesk.domain.enums import QuotaPolicy, RouteKind
from mmdesk.domain.errors import NotFound
from mmdesk.services import accreditation as acc_svc
from mmdesk.services import venue as venue_svc
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.list_editor import ListEditor
from mmdesk.ui.widgets import country_combo, country_value

T = TypeVar("T")


class RouteDialog(SavingDialog):
    """One route's fields. The Member State is asked for a national delegation, the
    organisation for a partner route; a quota of 0 means no quota."""

    def __init__(self, parent: QWidget | None, zones: list[str], initial: acc_svc.RouteView | None,
                 save: Callable[[acc_svc.RouteInput], object]) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Edit route") if initial else self.tr("New accreditation route"))
        self.name = QLineEdit(initial.name if initial else "")
        self.name.setPlaceholderText(self.tr("e.g. National delegation of Ghana"))
        self.kind = QComboBox()
        for k in RouteKind:
            self.kind.addItem(labels.route_kind(k), k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(initial.kind.value if initial else
                                                            RouteKind.OWN_AUTHORITY.value)))
        self.member_state = country_combo(initial.member_state if initial else None)
        self.partner = QLineEdit(initial.partner or "" if initial else "")
        self.partner.setPlaceholderText(self.tr("e.g. UCLG"))
        self.body = QLineEdit(initial.nominating_body or "" if initial else "")
        self.body.setPlaceholderText(self.tr("who sends the nominations (optional)"))
        self.quota = QSpinBox()
        self.quota.setRange(0, 1_000_000)
        self.quota.setSpecialValueText(self.tr("no quota"))
        self.quota.setValue((initial.quota or 0) if initial else 0)
        self.policy = QComboBox()
        self.policy.addItem(self.tr("refuse further nominations"), QuotaPolicy.REFUSE.value)
        self.policy.addItem(self.tr("accept them, flagged as over quota"), QuotaPolicy.FLAG.value)
        self.policy.setCurrentIndex(max(0, self.policy.findData(
            initial.quota_policy.value if initial else QuotaPolicy.REFUSE.value)))
        self.documents = QPlainTextEdit("\n".join(initial.required_documents) if initial else "")
        self.documents.setPlaceholderText(self.tr("one a line, e.g. Letter of nomination"))
        self.documents.setTabChangesFocus(True)
        self.documents.setFixedHeight(70)
        self.zones = QListWidget()
        self.zones.setFixedHeight(90)
        chosen = set(initial.zones) if initial else set()
        for zone in sorted(set(zones) | chosen):
            item = QListWidgetItem(zone)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if zone in chosen else Qt.CheckState.Unchecked)
            self.zones.addItem(item)
        self.new_zones = QLineEdit()
        self.new_zones.setPlaceholderText(self.tr("other zones, separated by commas"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget in (
            (self.tr("Name"), self.name), (self.tr("Kind"), self.kind),
            (self.tr("Member State"), self.member_state), (self.tr("Organisation"), self.partner),
            (self.tr("Nominating body"), self.body), (self.tr("Quota"), self.quota),
            (self.tr("Past the quota"), self.policy), (self.tr("Required documents"), self.documents),
            (self.tr("Zones the badge opens"), self.zones), ("", self.new_zones),
        ):
            self.form.addRow(caption, widget)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.quota.valueChanged.connect(lambda v: self.policy.setEnabled(v > 0))
        self.policy.setEnabled(self.quota.value() > 0)
        self._kind_changed()
        self.lay_out(self.form)
        self.setMinimumWidth(520)

    def _kind_changed(self) -> None:
        kind = RouteKind(self.kind.currentData())
        self.form.setRowVisible(self.member_state, kind is RouteKind.NATIONAL_DELEGATION)
        self.form.setRowVisible(self.partner, kind is RouteKind.PARTNER_ORGANISATION)

    def checked_zones(self) -> list[str]:
        """The zones ticked, then any typed."""
        ticked = [self.zones.item(i).text() for i in range(self.zones.count())
                  if self.zones.item(i).checkState() == Qt.CheckState.Checked]
        typed = [z.strip() for z in self.new_zones.text().split(",") if z.strip()]
        return ticked + [z for z in typed if z not in ticked]

    def value(self) -> acc_svc.RouteInput:
        kind = RouteKind(self.kind.currentData())
        return acc_svc.RouteInput(
            name=self.name.text(), kind=kind, nominating_body=self.body.text() or None,
            member_state=country_value(self.member_state) if kind is RouteKind.NATIONAL_DELEGATION
            else None,
            partner=self.partner.text() or None if kind is RouteKind.PARTNER_ORGANISATION else None,
            quota=self.quota.value() or None, quota_policy=self.policy.currentData(),
            required_documents=[d.strip() for d in self.documents.toPlainText().splitlines()
                                if d.strip()],
            zones=self.checked_zones(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, zones: list[str], initial: acc_svc.RouteView | None,
            save: Callable[[acc_svc.RouteInput], T]) -> tuple[T, bool]:
        """(what save returned, accepted; the value means nothing when not accepted)."""
        made, ok = cls(parent, zones, initial, save).run()
        return cast(T, made), ok


class RoutesEditor(ListEditor[acc_svc.RouteView]):
    """Every route with its quota used; add, edit, delete (refused while it is used)."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent, store, 6)
        self.setWindowTitle(self.tr("Accreditation routes"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Route"), self.tr("Kind"), self.tr("Nominated by"), self.tr("Quota"),
            self.tr("Used"), self.tr("Zones")])
        self.add_button.setText(self.tr("&Add route…"))
        self.reload()
        self.resize(820, 420)

    @property
    def routes(self) -> list[acc_svc.RouteView]:
        """The routes as the table shows them."""
        return self.items

    def load(self) -> tuple[list[acc_svc.RouteView], list[Sequence[str]]]:
        try:
            routes = acc_svc.list_routes(self.store)
        except NotFound:  # no forum yet (the window asks for one before opening this)
            routes = []
        rows: list[Sequence[str]] = []
        for r in routes:
            by = r.partner or (country_name(r.member_state) if r.member_state else None) \
                or r.nominating_body or ""
            quota = "—" if r.quota is None else (
                str(r.quota) + (self.tr(" (flag)") if r.quota_policy is QuotaPolicy.FLAG else ""))
            rows.append((r.name, labels.route_kind(r.kind), by, quota, str(r.used), ", ".join(r.zones)))
        return routes, rows

    def ask(self, initial: acc_svc.RouteView | None) -> tuple[Any, bool]:
        zones = venue_svc.access_zones(self.store)
        if initial is None:
            return RouteDialog.ask(self, zones, None, lambda data: acc_svc.create_route(self.store, data))
        route_id = initial.id
        return RouteDialog.ask(self, zones, initial,
                               lambda data: acc_svc.update_route(self.store, route_id, data))

    def remove(self, item: acc_svc.RouteView) -> None:
        acc_svc.delete_route(self.store, item.id)

    def delete_question(self, item: acc_svc.RouteView) -> tuple[str, str]:
        return self.tr("Delete route"), self.tr("Delete the route %1?").replace("%1", item.name)
