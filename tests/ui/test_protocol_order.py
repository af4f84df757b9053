"""The Programme page's Protocol order button: speakers by level, then request time; undoable."""

from __future__ import annotations

from mmdesk.domain.protocol import RepresentationLevel
from mmdesk.services import programme as prog
from mmdesk.services.delegates import get_delegate_input, update_delegate
from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow


def test_protocol_order_button_sorts_and_undo_restores(window: MainWindow, demo: Store) -> None:
    session = next(s for s in prog.list_sessions(demo) if len(s.slots) >= 4)
    before = [x.delegate_name for x in session.slots]
    last = session.slots[-1] if session.slots[-1].role.value == "panellist" else session.slots[-2]
    data, version = get_delegate_input(demo, last.delegate_id)
    data.level = RepresentationLevel.HEAD_OF_STATE
    update_delegate(demo, last.delegate_id, data, expected_version=version)
    window.refresh()
    window.show_session(session.id)
    assert window.programme.protocol.isEnabled()
    window.programme.protocol.click()
    after = [x.delegate_name for x in prog.get_session(demo, session.id).slots]
    panel = [x for x in session.slots if x.role.value == "panellist"]
    # the head of state speaks first among the panellists; the others keep their order
    first_panellist = next(i for i, x in enumerate(session.slots) if x.role.value == "panellist")
    assert after[first_panellist] == last.delegate_name
    assert sorted(after) == sorted(before) and len(panel) >= 3
    window.action_undo.trigger()
    assert [x.delegate_name for x in prog.get_session(demo, session.id).slots] == before
