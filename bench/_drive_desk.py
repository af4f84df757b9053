"""The desk volunteer inside the window process that bench/bench_desk.py starts.

Loaded by bench/_desk_hook/sitecustomize.py when MMDESK_BENCH=desk. It wraps
`MainWindow.__init__`; once the window is up it opens the Check-in desk page in Badge desk
mode and, for people approved and not yet printed (read from the store file beforehand):

- types the name one key at a time, then Enter, and times Enter → the person's card
  shown and painted (`card_ms`);
- presses Print badge with a PDF printer as the desk's printer (QPrinter, PdfFormat) and
  times the press → the page handed to the printer: the badge drawn, its serial issued,
  the printer's job ended (`print_ms`).

Figures as JSON to MMDESK_BENCH_OUT; then the window closes.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import sqlite3
import sys
import tempfile
import time
import traceback
from typing import Any

TARGET = "mmdesk.ui.main_window"
#: seconds between two people at the desk (a desk serves one every 15–30 s)
PAUSE_S = float(os.environ.get("MMDESK_BENCH_PAUSE", "2"))


def install() -> None:
    """Watch for the main window's module."""
    sys.meta_path.insert(0, _Finder())


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != TARGET:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        real = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            real(module)
            made = module.MainWindow.__init__

            def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
                made(self, *args, **kwargs)
                if not getattr(module, "_desk_driven", False):
                    module._desk_driven = True
                    from PySide6.QtCore import QTimer

                    QTimer.singleShot(500, lambda: Desk(self).run())

            module.MainWindow.__init__ = __init__

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _write(result: dict[str, Any]) -> None:
    out = os.environ["MMDESK_BENCH_OUT"]
    with open(out + ".part", "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    os.replace(out + ".part", out)


def _stats(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    if not s:
        return {}
    return {"first": samples[0], "median": s[len(s) // 2], "p95": s[min(len(s) - 1, int(len(s) * 0.95))],
            "max": s[-1]}


def people(db: str, n: int) -> list[tuple[int, str]]:
    """Approved delegates not printed yet, as the volunteer types them: "given family" where that
    name is one person's, else their e-mail (generated names repeat at 70,000)."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT d.id, d.given_name || ' ' || d.family_name, d.email, n.same FROM delegates d "
            "JOIN accreditations a ON a.delegate_id = d.id "
            "JOIN (SELECT given_name, family_name, count(*) AS same FROM delegates "
            "      GROUP BY given_name, family_name) n "
            "  ON n.given_name = d.given_name AND n.family_name = d.family_name "
            "WHERE a.state = 'approved' ORDER BY (d.id * 7919) % 10007").fetchall()
    finally:
        con.close()
    unique = [(i, name) for i, name, _, same in rows if same == 1]
    by_mail = [(i, mail) for i, _, mail, same in rows if same > 1 and mail]
    half = min(len(unique), n // 2 or 1)
    return unique[:half] + by_mail[:n - half]


class Desk:
    """The desk session: name → card, Print → page at the printer."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.result: dict[str, Any] = {"notes": [], "details": {}}

    def run(self) -> None:
        try:
            self._run()
        except Exception:  # noqa: BLE001 - reported, never a hang
            self.result["notes"].append("the session failed: " + traceback.format_exc()[-800:])
        _write(self.result)
        self.window.close()
        from PySide6.QtWidgets import QApplication

        QApplication.instance().quit()

    @staticmethod
    def spin(seconds: float) -> None:
        """Let the window run its event loop for a while."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def _run(self) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtPrintSupport import QPrinter
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QMessageBox

        from mmdesk.ui.pick_dialog import PickDialog

        wanted: list[int] = []
        picks: list[int] = []

        def pick(dialog: Any) -> int:  # the volunteer picks the person in front of them
            picks.append(dialog.people.count())
            for row in range(dialog.people.count()):
                if dialog.people.item(row).data(Qt.ItemDataRole.UserRole) == wanted[-1]:
                    dialog.people.setCurrentRow(row)
            dialog.accept()
            return 1

        PickDialog.exec = pick  # type: ignore[method-assign]
        for kind in ("information", "warning", "critical"):
            setattr(QMessageBox, kind, staticmethod(
                lambda parent, title, text="", *a, _k=kind, **kw: self.result["notes"].append(
                    f"message box ({_k}) {title}: {str(text)[:200]}")))
        w = self.window
        w.show_page("checkin")
        page = w.checkin
        page.mode.setCurrentIndex(page.mode.findData("badges"))
        self.spin(PAUSE_S)  # the page shown: the window has loaded what it loads
        chosen = people(os.environ["MMDESK_BENCH_DB"], int(os.environ.get("MMDESK_BENCH_PEOPLE", "12")))
        if not chosen:
            self.result["notes"].append("no approved delegate with a unique name: nothing measured")
            return
        app = QApplication.instance()
        card_ms, print_ms, pages = [], [], []
        folder = tempfile.mkdtemp(prefix="mmdesk-bench-desk-")
        for delegate_id, name in chosen:
            page.input.setFocus()
            page.input.clear()
            wanted.append(delegate_id)
            for ch in name:  # one key event a character (names in every script)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(page.input, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            app.processEvents()
            t = time.perf_counter()
            QTest.keyClick(page.input, Qt.Key.Key_Return)
            page.card.repaint()  # painted, not only set
            elapsed = time.perf_counter() - t
            if page.card.card is None or page.card.card.delegate_id != delegate_id:
                self.result["notes"].append(f"typing {name!r} did not bring up delegate {delegate_id}")
                continue
            card_ms.append(round(elapsed * 1000, 1))
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            target = os.path.join(folder, f"{delegate_id}.pdf")
            printer.setOutputFileName(target)
            t = time.perf_counter()
            done = page.print_badge(printer)
            elapsed = time.perf_counter() - t
            if not done or not os.path.exists(target):
                self.result["notes"].append(f"Print badge for delegate {delegate_id} handed no page over")
                continue
            print_ms.append(round(elapsed * 1000, 1))
            pages.append(os.path.getsize(target))
            self.spin(PAUSE_S)  # the next person steps up: the window settles meanwhile
        self.result["card_ms"] = _stats(card_ms)
        self.result["print_ms"] = _stats(print_ms)
        self.result["details"] = {"pick_lists": picks, "card_ms": card_ms, "print_ms": print_ms,
                                  "pdf_bytes": pages, "layout": str(page.settings.value("desk/layout", "a6"))}
