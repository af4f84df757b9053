"""Forum settings' time-zone list: the machine's zone first, canonical zones, the stored one kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from mmdesk.services import forum as forum_svc
from mmdesk.services.events import get_event
from mmdesk.store.database import Store
from mmdesk.ui import forum_dialog
from mmdesk.ui.forum_dialog import ForumDialog


def _zones(dialog: ForumDialog) -> list[str]:
    return [dialog.time_zone.itemData(i) for i in range(dialog.time_zone.count())]


def _quiet() -> Callable[[Any], None]:
    return lambda _: None


def test_the_list_holds_canonical_zones_with_the_machines_first(qtbot, demo: Store,  # noqa: ANN001
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forum_dialog, "machine_time_zone", lambda: "Asia/Kolkata")
    dialog = ForumDialog(None, forum_svc.event_input(get_event(demo)), _quiet())
    qtbot.addWidget(dialog)
    zones = _zones(dialog)
    assert zones[0] == "Asia/Kolkata" and zones.count("Asia/Kolkata") == 1
    assert "UTC" in zones and "America/New_York" in zones
    for name in ("Factory", "localtime", "posixrules", "Etc/GMT+5", "US/Eastern", "Asia/Calcutta"):
        assert name not in zones, name
    assert dialog.time_zone.currentData() == get_event(demo).time_zone  # the forum's own, chosen


def test_a_forum_stored_with_an_alias_keeps_it(qtbot, demo: Store,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forum_dialog, "machine_time_zone", lambda: "UTC")
    data = dataclasses.replace(forum_svc.event_input(get_event(demo)), time_zone="US/Eastern")
    saved: list[forum_svc.EventInput] = []
    dialog = ForumDialog(None, data, saved.append)
    qtbot.addWidget(dialog)
    assert dialog.time_zone.currentData() == "US/Eastern"
    assert dialog.value().time_zone == "US/Eastern"  # accepted as it was
