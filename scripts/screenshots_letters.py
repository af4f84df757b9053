"""Screenshots of one letter of each kind (issue 21) for docs/screenshots and the user guide's
chapter "Letters", on the demo forum, plus the File › Print › Letters… dialog:

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_letters.py
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from mmdesk.services import letters  # noqa: E402
from mmdesk.services.checkin import CheckInDesk  # noqa: E402
from mmdesk.services.delegates import get_delegate_input, resolve_delegate, update_delegate  # noqa: E402
from mmdesk.services.demo import load_demo  # noqa: E402
from mmdesk.services.keys import code_for_delegate  # noqa: E402
from mmdesk.store.database import Store  # noqa: E402
from mmdesk.ui.letters_dialog import LettersDialog  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
#: kind → (language, who, issue date)
SHOTS = {"visa": ("en", "Aki-Sawyerr", date(2019, 9, 16)),
         "invitation": ("fr", "Philippe Rio", date(2019, 9, 16)),
         "confirmation": ("es", "Carolina Cosse", date(2019, 10, 1)),
         "attendance": ("en", "Aki-Sawyerr", date(2019, 11, 21))}


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="mmdesk-letter-shots-"))
    os.environ.setdefault("MMDESK_KEYS", str(work / "keys"))
    store = Store.open(work / "demo.sqlite3")
    load_demo(store)
    aki = resolve_delegate(store, "Aki-Sawyerr")
    data, version = get_delegate_input(store, aki)
    update_delegate(store, aki, dataclasses.replace(data, passport_number="SL0412345",
                                                    date_of_birth=date(1975, 3, 2)), expected_version=version)
    CheckInDesk(store, "Main door").scan(code_for_delegate(store, aki), at=datetime(2019, 11, 20, 8, 30))
    for kind, (language, who, today) in SHOTS.items():
        pdf = work / f"{kind}.pdf"
        letters.print_letters(store, pdf, kind, delegate_ids=[resolve_delegate(store, who)],
                              language=language, today=today)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / f"letter-{kind}")], check=True)
    app = QApplication.instance() or QApplication([])
    dialog = LettersDialog(None, 3)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "dialog-letters.png"))
    dialog.close()
    store.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
