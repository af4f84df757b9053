"""The session dialog: each delegation's speaking time (issue 20)."""

from __future__ import annotations

import pytest

from mmdesk.services import programme as prog
from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow
from mmdesk.ui.session_dialog import SessionDialog


def _roundtable(window: MainWindow) -> int:
    window.show_page("programme")
    rt = next(s for s in window.programme._sessions if s.title.startswith("Roundtable session"))
    window.programme.show_session(rt.id)
    return rt.id


def test_the_time_per_delegation_is_set_and_cleared(window: MainWindow, demo: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    session_id = _roundtable(window)
    shown: list[str] = []
    minutes = iter([12, 0])

    def fill(self: SessionDialog) -> int:
        shown.append(self.delegation_minutes.text())
        self.delegation_minutes.setValue(next(minutes))
        self.accept()
        return 1

    monkeypatch.setattr(SessionDialog, "exec", fill)
    assert window.programme.edit_session(session_id) is True
    assert prog.get_session(demo, session_id).delegation_minutes == 12
    assert window.programme.edit_session(session_id) is True
    assert prog.get_session(demo, session_id).delegation_minutes is None
    assert shown == ["no limit", "12"]
    window.action_undo.trigger()
    assert prog.get_session(demo, session_id).delegation_minutes == 12
