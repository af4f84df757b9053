"""Screenshots of the registration desk (issue 16) for docs/screenshots and the user guide's
chapter "The registration desk on the day": the person's card at the badge desk, a walk-in,
the pick-up table with the badges not yet collected, a delegation's pick-up, and the
ID-1 badge with a photo.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_desk.py
"""

from __future__ import annotations

import os
import tempfile
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from mmdesk.domain.enums import AccreditationState as S  # noqa: E402
from mmdesk.services import accreditation as acc  # noqa: E402
from mmdesk.services.badges import BadgeBatch  # noqa: E402
from mmdesk.services.demo import load_demo  # noqa: E402
from mmdesk.services.keys import code_for_delegate  # noqa: E402
from mmdesk.services.photos import set_photo  # noqa: E402
from mmdesk.store.database import Store  # noqa: E402
from mmdesk.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def portrait(skin: tuple[int, int, int], shirt: tuple[int, int, int], hair: tuple[int, int, int]) -> bytes:
    """A drawn stand-in for a passport photo (no real person's face in the docs)."""
    img = Image.new("RGB", (700, 900), (222, 230, 238))
    d = ImageDraw.Draw(img)
    d.ellipse((120, 640, 580, 1100), fill=shirt)
    d.rectangle((300, 520, 400, 680), fill=skin)
    d.ellipse((200, 190, 500, 560), fill=skin)
    d.pieslice((185, 150, 515, 470), 180, 360, fill=hair)
    for x in (290, 410):
        d.ellipse((x - 14, 360, x + 14, 388), fill=(60, 50, 45))
    d.arc((300, 430, 400, 490), 20, 160, fill=(150, 70, 60), width=8)
    out = BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    widget.show()
    app.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "demo.sqlite3")
        load_demo(store)
        rows = acc.list_accreditations(store)
        approved = [r for r in rows if r.state is S.APPROVED]
        issued = [r for r in rows if r.state is S.BADGE_ISSUED]
        looks = [((224, 172, 140), (40, 70, 120), (60, 40, 30)),
                 ((150, 100, 70), (120, 40, 50), (20, 20, 20)),
                 ((240, 200, 170), (50, 110, 80), (170, 120, 60))]
        for r, look in zip([approved[0], *issued[:2]], looks, strict=False):
            set_photo(store, r.delegate_id, portrait(*look))
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/name", "Registration desk 1")
        settings.setValue("desk/staffed", "true")
        settings.setValue("desk/mode", "badges")
        settings.setValue("desk/layout", "id1-photo")
        window = MainWindow(store, settings)
        window.resize(1280, 800)
        window.show_page("checkin")
        page = window.checkin
        page.show_person(approved[0].delegate_id)
        page._say(page.card.card.name, "found")
        shoot(app, window, "window-desk-card")

        from mmdesk.ui.walkin_dialog import WalkInDialog

        walkin = WalkInDialog(window, store)
        walkin.given.setText("Lucía")
        walkin.family.setText("Fernández")
        walkin.organisation.setText("Municipalidad de Rosario")
        walkin.country.setCurrentIndex(walkin.country.findData("AR"))
        walkin.email.setText("lucia.fernandez@rosario.example")
        shoot(app, walkin, "dialog-walkin")
        walkin.close()

        page.mode.setCurrentIndex(page.mode.findData("pickup"))
        page.input.setText(code_for_delegate(store, issued[0].delegate_id))
        page.submit()
        page.reload()
        app.processEvents()
        shoot(app, window, "window-desk-pickup")

        from mmdesk.ui.pickup_dialog import DelegationPickUpDialog

        pickup = DelegationPickUpDialog(window, store, issued[1].delegate_id, "Head of delegation")
        shoot(app, pickup, "dialog-delegation-pickup")
        pickup.close()

        batch = BadgeBatch(store, layout="id1-photo", delegate_ids=[approved[0].delegate_id])
        batch.draw_now(Path(tmp) / "badge.pdf")
        pdf = pypdfium2.PdfDocument(str(Path(tmp) / "badge.pdf"))
        pdf[0].render(scale=4).to_pil().save(OUT / "print-badge-id1-photo.png")
        pdf.close()
        window.close()
        store.close()


if __name__ == "__main__":
    main()
