"""Programme versions through the services: release, what changed since, SEQUENCE and UIDs in
the calendar, the version line on schedules, protocol order."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from mmdesk.domain.errors import NotFound, ValidationError
from mmdesk.domain.programme_changes import ChangeCode
from mmdesk.domain.protocol import RepresentationLevel
from mmdesk.services import programme as prog
from mmdesk.services import releases
from mmdesk.services.delegates import DelegateInput, create_delegate, get_delegate_input, update_delegate
from mmdesk.services.exchange import export_programme
from mmdesk.services.programme import SessionInput
from mmdesk.services.protocol import protocol_sort
from mmdesk.store.database import Store
from mmdesk.store.models import Event
from tests.conftest import dump

T = datetime(2019, 11, 20, 10)


def _forum(store: Store) -> tuple[int, int, list[int]]:
    people = [create_delegate(store, DelegateInput(given_name=g, family_name=f)).id
              for g, f in (("Ana", "Silva"), ("Ben", "Osei"), ("Cleo", "Martin"))]
    panel = prog.create_session(store, SessionInput("Cities and migration", "roundtable", T,
                                                    T + timedelta(hours=1)))
    for d in people:
        prog.add_slot(store, panel.id, d, "panellist", minutes=10)
    lunch = prog.create_session(store, SessionInput("Lunch", "meal", T.replace(hour=12), T.replace(hour=13)))
    return panel.id, lunch.id, people


def test_release_numbers_versions_with_note_time_and_actor(store: Store, db_path: Path) -> None:
    with pytest.raises(ValidationError, match="no session yet"):
        releases.release_programme(store)
    with pytest.raises(NotFound, match="no programme version has been released yet"):
        releases.changes_since(store)
    _forum(store)
    first = releases.release_programme(store, "  after the mayors' call ", actor="Programme team")
    assert (first.number, first.note, first.released_by, first.sessions) == (
        1, "after the mayors' call", "Programme team", 2)
    # the event is in Quito (UTC-5): the local time is five hours behind UTC
    assert first.released_at - first.released_local == timedelta(hours=5)
    before = dump(db_path)
    with pytest.raises(ValidationError, match="nothing changed since version 1"):
        releases.release_programme(store)
    assert dump(db_path) == before  # a refused release writes nothing
    assert releases.changes_since(store).changes == ()
    assert [v.number for v in releases.list_versions(store)] == [1]


def test_changes_since_a_version_and_between_two(store: Store) -> None:
    panel, lunch, people = _forum(store)
    releases.release_programme(store)
    prog.move_session(store, panel, T.replace(hour=14))
    view = prog.get_session(store, panel)
    prog.remove_slot(store, view.slots[1].id)
    releases.release_programme(store, "afternoon")
    prog.delete_session(store, lunch)
    now = releases.changes_since(store, 2)
    assert [c.code for c in now.changes] == [ChangeCode.SESSION_REMOVED]
    assert now.until is None and now.since.number == 2
    second = releases.changes_since(store, 1, 2)
    assert [(c.code, c.delegate) for c in second.changes] == [
        (ChangeCode.SESSION_MOVED, None), (ChangeCode.SPEAKER_REMOVED, "Ben Osei")]
    assert second.until is not None and second.until.note == "afternoon"
    latest = releases.changes_since(store)  # default: the latest version
    assert latest.since.number == 2
    with pytest.raises(NotFound, match="no programme version 9 .versions 1 to 2"):
        releases.changes_since(store, 9)
    with pytest.raises(ValidationError, match="not later than"):
        releases.changes_since(store, 2, 1)


def _calendar(store: Store, path: Path) -> dict[str, icalendar.Event]:
    export_programme(store, path)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_ics_sequence_rises_when_a_session_changes_between_versions(store: Store, tmp_path: Path) -> None:
    panel, _, _ = _forum(store)
    events = _calendar(store, tmp_path / "a.ics")
    assert {int(e["sequence"]) for e in events.values()} == {0}
    releases.release_programme(store)
    prog.move_session(store, panel, T.replace(hour=15))
    # changed since the latest version: calendars must take it before it is even released
    assert int(_calendar(store, tmp_path / "b.ics")["Cities and migration"]["sequence"]) == 1
    releases.release_programme(store)
    events = _calendar(store, tmp_path / "c.ics")
    assert int(events["Cities and migration"]["sequence"]) == 1
    assert int(events["Lunch"]["sequence"]) == 0
    data = prog.session_input(prog.get_session(store, panel))
    data.status = "cancelled"
    prog.update_session(store, panel, data)
    releases.release_programme(store)
    events = _calendar(store, tmp_path / "d.ics")
    assert int(events["Cities and migration"]["sequence"]) == 2
    assert str(events["Cities and migration"]["status"]) == "CANCELLED"


def test_ics_uids_differ_between_forums(store: Store, tmp_path: Path, db_path: Path) -> None:
    _forum(store)
    first = {str(e["uid"]) for e in _calendar(store, tmp_path / "a.ics").values()}
    other = Store.open(tmp_path / "other.sqlite3")
    try:
        with other.transaction() as db:
            db.add(Event(name="Another Forum", start_date=T.date(), end_date=T.date(), time_zone="UTC"))
        _forum(other)
        second = {str(e["uid"]) for e in _calendar(other, tmp_path / "b.ics").values()}
    finally:
        other.close()
    assert len(first) == 2 and len(second) == 2
    assert not first & second  # session 1 of one forum is not session 1 of the other
    assert all(u.endswith("@mmdesk") and u.startswith("session-") for u in first)
    # the same forum exports the same UIDs again
    assert first == {str(e["uid"]) for e in _calendar(store, tmp_path / "c.ics").values()}


def test_version_stamp_counts_later_changes(store: Store) -> None:
    panel, _, _ = _forum(store)
    assert releases.version_stamp(store) is None
    releases.release_programme(store)
    stamp = releases.version_stamp(store)
    assert stamp is not None and (stamp.number, stamp.later_changes) == (1, 0)
    prog.move_session(store, panel, T.replace(hour=16))
    assert releases.version_stamp(store).later_changes == 1


def test_protocol_sort_by_level_then_request(store: Store) -> None:
    people = {}
    for given, level in (("Sam", RepresentationLevel.OTHER), ("Mia", RepresentationLevel.MAYOR),
                         ("Pia", RepresentationLevel.MINISTER), ("Max", RepresentationLevel.MAYOR),
                         ("Opal", RepresentationLevel.OTHER)):
        people[given] = create_delegate(
            store, DelegateInput(given_name=given, family_name="X", level=level)).id
    s = prog.create_session(store, SessionInput("Roundtable", "roundtable", T, T + timedelta(hours=2)))
    prog.add_slot(store, s.id, people["Opal"], "opening_remarks", minutes=5)
    for name in ("Sam", "Mia", "Pia", "Max"):
        prog.add_slot(store, s.id, people[name], "panellist", minutes=5)
    before, after = protocol_sort(store, s.id)
    assert before != after
    shown = prog.get_session(store, s.id)
    # the opening stays first; then the minister, the mayors in the order they asked, the rest
    assert [x.delegate_name for x in shown.slots] == ["Opal X", "Pia X", "Mia X", "Max X", "Sam X"]
    again = protocol_sort(store, s.id)
    assert again[0] == again[1]  # already in order: nothing written


def test_level_is_kept_by_the_delegate_input(store: Store) -> None:
    d = create_delegate(store, DelegateInput(given_name="Ana", family_name="Silva", level="minister"))
    data, version = get_delegate_input(store, d.id)
    assert data.level is RepresentationLevel.MINISTER
    data.position = "Minister of Interior"
    update_delegate(store, d.id, data, expected_version=version)
    assert get_delegate_input(store, d.id)[0].level is RepresentationLevel.MINISTER
    with pytest.raises(ValidationError, match="unknown level of representation 'king'"):
        create_delegate(store, DelegateInput(given_name="Bo", family_name="K", level="king"))


def test_a_session_added_after_one_is_removed_is_a_new_session_with_a_new_uid(store: Store,
                                                                             tmp_path: Path) -> None:
    _panel, lunch, _ = _forum(store)
    releases.release_programme(store)
    removed_uid = str(_calendar(store, tmp_path / "a.ics")["Lunch"]["uid"])
    prog.delete_session(store, lunch)  # the newest session: SQLite would give its id again
    added = prog.create_session(store, SessionInput("Press briefing", "press_conference",
                                                    T.replace(hour=16), T.replace(hour=17)))
    assert added.id != lunch
    report = releases.changes_since(store)
    assert sorted((c.code, c.title) for c in report.changes) == [
        (ChangeCode.SESSION_ADDED, "Press briefing"), (ChangeCode.SESSION_REMOVED, "Lunch")]
    events = _calendar(store, tmp_path / "b.ics")
    assert str(events["Press briefing"]["uid"]) != removed_uid
    assert int(events["Press briefing"]["sequence"]) == 0
