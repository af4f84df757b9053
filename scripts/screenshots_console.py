"""Screenshots of programme versions and the live session (issue 20) on the demo forum: the
release and what-changed dialogs, the change sheet, the moderator's console, the confidence
monitor and the post-session record, for docs/screenshots and the user guide.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_console.py
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MMDESK_ACTOR", "Programme team")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mmdesk.services import programme as prog  # noqa: E402
from mmdesk.services.console import set_delegation_minutes  # noqa: E402
from mmdesk.services.demo import load_demo  # noqa: E402
from mmdesk.services.releases import list_versions, print_change_sheet, release_programme  # noqa: E402
from mmdesk.store.database import Store  # noqa: E402
from mmdesk.ui.console import ModeratorConsole  # noqa: E402
from mmdesk.ui.main_window import MainWindow  # noqa: E402
from mmdesk.ui.releases import ChangesDialog, ReleaseDialog  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


class Clock:
    """The demo's morning, moved by hand."""

    def __init__(self, start) -> None:  # noqa: ANN001
        self.now = start

    def __call__(self):  # noqa: ANN204
        return self.now


def _pdf(pdf: Path, name: str) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(OUT / name)], check=True)


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "demo.sqlite3")
        load_demo(store)
        window = MainWindow(store, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 860)
        release_programme(store, "Draft sent to the delegations")
        sessions = prog.list_sessions(store)
        panel = next(s for s in sessions if s.title.startswith("Roundtable session"))
        prog.move_session(store, panel.id, panel.starts_at + timedelta(minutes=15))
        prog.reorder_slots(store, panel.id, [x.id for x in reversed(panel.slots)])
        opening = next(s for s in sessions if s.title == "Opening")
        data = prog.session_input(opening)
        data.status = "tbc"
        prog.update_session(store, opening.id, data)
        dialog = ReleaseDialog(window, store)
        dialog.note.setText("After the mayors' confirmations")
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "dialog-release.png"))
        dialog.close()
        changes = ChangesDialog(window, store, list_versions(store))
        changes.show()
        app.processEvents()
        changes.grab().save(str(OUT / "dialog-changes.png"))
        changes.close()
        print_change_sheet(store, Path(tmp) / "changes.pdf")
        _pdf(Path(tmp) / "changes.pdf", "print-changes")
        set_delegation_minutes(store, panel.id, 12)
        panel = prog.get_session(store, panel.id)
        clock = Clock(panel.starts_at)
        console = ModeratorConsole(store, panel.id, clock)
        console.resize(1280, 760)
        console.show()
        console.advance()
        clock.now += timedelta(minutes=panel.slots[0].minutes + 1)
        console.advance()
        clock.now += timedelta(minutes=panel.slots[1].minutes - 0.6)
        console.tick()
        console.monitor.resize(960, 540)
        console.monitor.show()
        console.tick()
        app.processEvents()
        console.grab().save(str(OUT / "window-console.png"))
        console.monitor.grab().save(str(OUT / "window-confidence-monitor.png"))
        from mmdesk.services.console import print_session_record

        print_session_record(store, panel.id, Path(tmp) / "record.pdf")
        _pdf(Path(tmp) / "record.pdf", "print-session-record")
        console.close()
        store.close()
    app.quit()


if __name__ == "__main__":
    main()
