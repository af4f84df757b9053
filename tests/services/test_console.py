"""The live session through the services: turns, actual times, floor interventions, delegation
totals, speaking time by gender, region and category."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mmdesk.domain.errors import ValidationError
from mmdesk.services import console
from mmdesk.services import programme as prog
from mmdesk.services.delegates import DelegateInput, create_delegate
from mmdesk.services.programme import SessionInput
from mmdesk.store.database import Store

T = datetime(2019, 11, 20, 10)


def _session(store: Store) -> tuple[int, dict[str, int]]:
    people = {}
    for given, gender, region, city in (("Ana", "F", "Latin America", "Quito"),
                                        ("Ben", "M", "Africa", "Accra"), ("Cleo", "F", "Europe", "Paris")):
        people[given] = create_delegate(store, DelegateInput(given_name=given, family_name="X", gender=gender,
                                                             region=region, city=city)).id
    s = prog.create_session(store, SessionInput("Roundtable", "roundtable", T, T + timedelta(hours=1)))
    prog.add_slot(store, s.id, people["Ana"], "panellist", minutes=5)
    prog.add_slot(store, s.id, people["Ben"], "panellist", minutes=10)
    prog.add_slot(store, s.id, people["Cleo"], "closing_remarks", minutes=5)
    return s.id, people


def test_turns_record_and_resume(store: Store) -> None:
    sid, _ = _session(store)
    data = console.load_console(store, sid)
    assert [(t.name, t.delegation) for t in data.turns] == [("Ana X", "Quito"), ("Ben X", "Accra"),
                                                           ("Cleo X", "Paris")]
    live = console.live_session(data)
    first = live.start(T)
    console.record_turn(store, first.slot_id, T, None)
    # the console closed and opened again: Ana still has the floor
    again = console.live_session(console.load_console(store, sid))
    assert again.speaker().name == "Ana X" and again.speaker().started_at == T
    console.record_turn(store, first.slot_id, T, T + timedelta(minutes=7), 6 * 60)
    done = console.live_session(console.load_console(store, sid))
    assert done.speaker() is None and done.spoken(done.turns[0], T) == timedelta(minutes=6)
    with pytest.raises(ValidationError, match="finish before starting"):
        console.record_turn(store, first.slot_id, T, T - timedelta(minutes=1))


def test_floor_intervention_goes_before_the_closing_remarks(store: Store) -> None:
    sid, people = _session(store)
    dana = create_delegate(store, DelegateInput(given_name="Dana", family_name="Y")).id
    slot = console.add_floor_intervention(store, sid, dana, 3)
    shown = prog.get_session(store, sid)
    assert [x.delegate_name for x in shown.slots] == ["Ana X", "Ben X", "Dana Y", "Cleo X"]
    assert next(x for x in shown.slots if x.id == slot).role.value == "floor_intervention"
    with pytest.raises(ValidationError, match="at least one minute"):
        console.add_floor_intervention(store, sid, dana, 0)


def test_delegation_minutes(store: Store) -> None:
    sid, _ = _session(store)
    console.set_delegation_minutes(store, sid, 6)
    assert console.load_console(store, sid).delegation_minutes == 6
    with pytest.raises(ValidationError):
        console.set_delegation_minutes(store, sid, 0)
    console.set_delegation_minutes(store, sid, None)
    assert console.load_console(store, sid).delegation_minutes is None


def test_speaking_time_planned_and_actual(store: Store) -> None:
    sid, _ = _session(store)
    turns = console.load_console(store, sid).turns
    console.record_turn(store, turns[1].slot_id, T, T + timedelta(minutes=12), 12 * 60)
    time = console.speaking_time(store)
    assert time.recorded_slots == 1
    assert [(s.group, s.planned, s.actual) for s in time.by_gender] == [("women", 10, 0), ("men", 10, 12)]
    assert {s.group: s.actual for s in time.by_region}["Africa"] == 12
    assert [s.group for s in time.by_category] == ["city_official"]
