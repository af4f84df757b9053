"""Screenshots of every page of the window on the demo forum, for docs/screenshots.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mmdesk.services.delegates import search_delegates  # noqa: E402
from mmdesk.services.demo import load_demo  # noqa: E402
from mmdesk.services.keys import code_for_delegate  # noqa: E402
from mmdesk.store.database import Store  # noqa: E402
from mmdesk.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "demo.sqlite3")
        load_demo(store, 200)
        window = MainWindow(store, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 860)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "window-delegates.png"))
        window.show_session(next(s.id for s in window.programme._sessions
                                 if s.title.startswith("Roundtable session")))
        app.processEvents()
        window.grab().save(str(OUT / "window-programme.png"))
        window.show_page("accreditation")
        page = window.accreditation
        for row in range(page.rows.rowCount()):
            if "Madlala" in page.rows.row_at(row).delegate:
                page.table.selectionModel().select(
                    page.rows.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
                page.table.scrollTo(page.rows.index(row, 0))
        app.processEvents()
        window.grab().save(str(OUT / "window-accreditation.png"))
        window.show_page("checkin")
        desk = window.checkin
        for query in ("plante", "plante", "rajah", "aki-sawyerr"):
            did = search_delegates(store, query)[0].id
            desk.input.setText(code_for_delegate(store, did) if query != "rajah" else "Colin Rajah")
            desk.submit()
        app.processEvents()
        window.grab().save(str(OUT / "window-checkin.png"))
        window.show_page("warnings")
        app.processEvents()
        window.grab().save(str(OUT / "window-warnings.png"))
        window.close()
        store.close()


if __name__ == "__main__":
    main()
