"""The programme's day grid: every session shows, two in one room at one time side by side."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

from mmdesk.services.documents import print_document
from mmdesk.services.programme import list_sessions, session_input, update_session
from mmdesk.store.database import Store


def first_page_words(path: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) of every word on the first page (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [(m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4])) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
        for m in [(None, *m.groups())]]


def test_two_sessions_in_one_room_at_one_time_both_show_side_by_side(demo: Store, tmp_path: Path) -> None:
    sessions = {s.title.split()[0]: s for s in list_sessions(demo)}
    arrival, building = sessions["Arrival"], sessions["Building"]
    assert (arrival.starts_at, arrival.ends_at) == (building.starts_at, building.ends_at)
    assert arrival.room_id != building.room_id
    update_session(demo, building.id, dataclasses.replace(session_input(building), room_id=arrival.room_id))
    path = tmp_path / "programme.pdf"
    print_document(demo, "programme", path)
    words = first_page_words(path)
    first = next(w for w in words if w[0] == "Arrival")
    second = next(w for w in words if w[0] == "Building")
    # both titles drawn, neither on top of the other: one starts right of where the other ends
    assert first[3] <= second[1] or second[3] <= first[1], (first, second)
    assert abs(first[2] - second[2]) < 1  # side by side: the same time, the same height
