"""Screenshots of the forum set-up (issue 14) for docs/screenshots and the user guide's
chapter "Start your own forum": the window on an empty file, the New forum dialog, the rooms
and routes editors, a route, and a person's record — on a forum like the IMRF 2022.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_setup.py
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from mmdesk.domain.enums import AccreditationState as S  # noqa: E402
from mmdesk.domain.enums import Category, QuotaPolicy, RouteKind  # noqa: E402
from mmdesk.services import accreditation as acc  # noqa: E402
from mmdesk.services import forum, venue  # noqa: E402
from mmdesk.services.checkin import CheckInDesk  # noqa: E402
from mmdesk.services.delegates import DelegateInput, create_delegate  # noqa: E402
from mmdesk.services.keys import code_for_delegate  # noqa: E402
from mmdesk.services.programme import SessionInput, create_session, invite  # noqa: E402
from mmdesk.store.database import Store  # noqa: E402
from mmdesk.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    widget.show()
    app.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    widget.close()


def imrf(store: Store) -> int:
    """A two-day forum like the IMRF 2022; returns the id of a delegate with a full record."""
    forum.create_event(store, forum.EventInput(
        name="International Migration Review Forum 2022", short_name="IMRF 2022",
        start_date=date(2022, 5, 17), end_date=date(2022, 5, 18), time_zone="America/New_York",
        city="New York", country="US", venue="United Nations Headquarters", languages=("en", "fr", "es")))
    hall = venue.create_room(store, "General Assembly Hall", 1800, "plenary")
    venue.create_room(store, "ECOSOC Chamber", 400, "plenary")
    room4 = venue.create_room(store, "Conference Room 4", 120, "restricted")
    own = acc.create_route(store, acc.RouteInput("Own authority", RouteKind.OWN_AUTHORITY, zones=["plenary"]))
    ghana = acc.create_route(store, acc.RouteInput(
        "National delegation of Ghana", RouteKind.NATIONAL_DELEGATION, member_state="GH",
        nominating_body="Permanent Mission of Ghana", required_documents=["Note verbale"],
        zones=["plenary", "restricted"]))
    uclg = acc.create_route(store, acc.RouteInput(
        "UCLG", RouteKind.PARTNER_ORGANISATION, partner="UCLG", quota=20, quota_policy=QuotaPolicy.REFUSE,
        required_documents=["Letter of nomination"], zones=["plenary"]))
    acc.create_route(store, acc.RouteInput("Media", RouteKind.MEDIA, quota=40,
                                           quota_policy=QuotaPolicy.FLAG, zones=["press"]))
    people = [("Yvonne", "Aki-Sawyerr", "SL", "Freetown City Council", Category.LOCAL_LEADER, own),
              ("Kwame", "Mensah", "GH", "Accra Metropolitan Assembly", Category.CITY_OFFICIAL, ghana),
              ("Ada", "Colau", "ES", "UCLG", Category.UN_IO, uclg)]
    ids = []
    for given, family, country, org, category, route in people:
        d = create_delegate(store, DelegateInput(given, family, category, organisation=org, country=country))
        a = acc.nominate(store, d.id, route.id)
        for doc in route.required_documents:
            acc.set_document(store, a.id, doc, True)
        acc.transition(store, a.id, S.APPROVED)
        acc.transition(store, a.id, S.BADGE_ISSUED)
        ids.append((d.id, a.id))
    mensah, mensah_acc = ids[1]
    acc.transition(store, mensah_acc, S.BADGE_ISSUED)  # a reprint: the first serial is revoked
    acc.transition(store, mensah_acc, S.BADGE_COLLECTED)
    acc.nominate(store, mensah, own.id)
    create_session(store, SessionInput("Opening plenary", "plenary", datetime(2022, 5, 17, 10),
                                       datetime(2022, 5, 17, 13), room_id=hall.id))
    roundtable = create_session(store, SessionInput(
        "Roundtable 1", "roundtable", datetime(2022, 5, 18, 10), datetime(2022, 5, 18, 13),
        room_id=room4.id, access="invitation", co_chairs=["Ghana", "UCLG"]))
    invite(store, roundtable.id, [mensah])
    CheckInDesk(store, "Visitors' entrance").scan(code_for_delegate(store, mensah),
                                                  at=datetime(2022, 5, 17, 8, 42))
    return mensah


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        empty = Store.open(Path(tmp) / "empty.sqlite3")
        window = MainWindow(empty, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 800)
        window.show_page("programme")
        shoot(app, window, "window-empty")
        from mmdesk.ui.forum_dialog import ForumDialog

        wizard = ForumDialog(None, None, lambda data: None)
        wizard.name.setText("International Migration Review Forum 2022")
        wizard.short_name.setText("IMRF 2022")
        wizard.theme.setText("Progress declaration on the Global Compact for Migration")
        wizard.city.setText("New York")
        wizard.country.setCurrentIndex(wizard.country.findData("US"))
        wizard.venue.setText("United Nations Headquarters")
        wizard.first_day.setDate(QDate(2022, 5, 17))
        wizard.last_day.setDate(QDate(2022, 5, 18))
        wizard.time_zone.setCurrentIndex(wizard.time_zone.findData("America/New_York"))
        wizard.languages.setText("en, fr, es")
        shoot(app, wizard, "dialog-new-forum")
        window.close()
        empty.close()

        store = Store.open(Path(tmp) / "imrf.sqlite3")
        mensah = imrf(store)
        from mmdesk.ui.person_record import PersonRecordDialog
        from mmdesk.ui.rooms_editor import RoomsEditor
        from mmdesk.ui.routes_editor import RouteDialog, RoutesEditor

        rooms = RoomsEditor(None, store)
        rooms.table.selectRow(0)
        shoot(app, rooms, "dialog-rooms")
        routes = RoutesEditor(None, store)
        shoot(app, routes, "dialog-routes")
        ghana = next(r for r in routes.routes if r.kind is RouteKind.NATIONAL_DELEGATION)
        shoot(app, RouteDialog(None, venue.access_zones(store), ghana, lambda data: None), "dialog-route")
        record = PersonRecordDialog(None, store, mensah)
        record.resize(760, 720)
        shoot(app, record, "dialog-person-record")
        store.close()


if __name__ == "__main__":
    main()
