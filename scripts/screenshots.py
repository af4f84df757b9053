"""Screenshots of every page of the window and every printed document on the demo forum,
for docs/screenshots and the user guide (docs/user-guide.md).

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
        window.show_page("dashboard")
        app.processEvents()
        window.grab().save(str(OUT / "window-dashboard.png"))
        window.show_page("endorsements")
        app.processEvents()
        window.grab().save(str(OUT / "window-endorsements.png"))
        for name, dialog in (("connect", _connect(window)), ("conflict", _conflict(store))):
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(OUT / f"dialog-{name}.png"))
            dialog.close()
        window.close()
        _documents(store, Path(tmp))
        store.close()


def _connect(window: MainWindow):  # noqa: ANN202
    from mmdesk.ui.multidesk import ConnectDialog

    dialog = ConnectDialog(window, window.settings)
    dialog.url.setText("postgresql+psycopg://mmdesk_desk:secret@192.168.1.10:5432/mmdesk")
    return dialog


def _conflict(store: Store):  # noqa: ANN202
    from mmdesk.services.delegates import get_delegate_input
    from mmdesk.ui.multidesk import ConflictDialog

    (plante,) = search_delegates(store, "plante")
    mine, _ = get_delegate_input(store, plante.id)
    theirs, _ = get_delegate_input(store, plante.id)
    mine.position = "Mairesse de Montréal"
    theirs.phone = "+1 514 555 0100"
    return ConflictDialog(None, mine, theirs)


def _documents(store: Store, tmp: Path) -> None:
    """The first page of each printed document, as the organizer sees it."""
    import subprocess

    from mmdesk.services.badges import print_badges
    from mmdesk.services.documents import print_document
    from mmdesk.services.endorsements import print_signatories

    pdfs = {}
    for layout in ("a6", "a4-4up"):
        target = tmp / f"badges-{layout}.pdf"
        for _ in print_badges(store, target, layout=layout):
            pass
        pdfs[f"badges-{layout}"] = target
    for what in ("programme", "doorsigns", "itinerary", "runsheet", "tentcards", "participants"):
        pdfs[what] = tmp / f"{what}.pdf"
        print_document(store, what, pdfs[what])
    pdfs["programme-fr"] = tmp / "programme-fr.pdf"
    print_document(store, "programme", pdfs["programme-fr"], languages=["fr"])
    pdfs["signatories"] = tmp / "signatories.pdf"
    print_signatories(store, pdfs["signatories"])
    for name, pdf in pdfs.items():
        page = "2" if name == "programme-fr" else "1"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", page, "-l", page, "-singlefile", str(pdf),
                        str(OUT / f"print-{name}")], check=True)


if __name__ == "__main__":
    main()
