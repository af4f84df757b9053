"""The live session's clock, driven by a fake clock: turns, lights, pauses, floor, delegations."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mmdesk.domain.console import Light, LiveSession, Turn

T = datetime(2019, 11, 20, 10)


def at(minutes: float) -> datetime:
    return T + timedelta(minutes=minutes)


def _session(delegation_minutes: int | None = None) -> LiveSession:
    return LiveSession([Turn("slot-1", "Ana", 5, delegation="Quito"),
                        Turn("slot-2", "Ben", 10, delegation="Accra"),
                        Turn("slot-3", "Cleo", 5, role="closing_remarks", delegation="Quito")],
                       T, delegation_minutes=delegation_minutes)


def test_turns_lights_and_the_rest_of_the_clock() -> None:
    live = _session()
    assert live.light(T) is Light.IDLE and live.next_speaker().name == "Ana"
    assert [p.starts for p in live.schedule(at(-5))] == [T, at(5), at(15)]
    live.start(at(2))  # two minutes late: everyone moves two minutes
    assert live.speaker().name == "Ana" and live.next_speaker().name == "Ben"
    assert [p.starts for p in live.schedule(at(2))] == [at(2), at(7), at(17)]
    assert live.light(at(5)) is Light.GREEN
    assert live.remaining(at(5)) == timedelta(minutes=2)
    assert live.light(at(6)) is Light.AMBER           # the last minute
    assert live.light(at(7.5)) is Light.RED           # over time
    assert live.remaining(at(7.5)) == timedelta(minutes=-0.5)
    # over time, the waiting speakers start from now
    assert [p.starts for p in live.schedule(at(7.5))][1:] == [at(7.5), at(17.5)]
    live.next(at(8))
    assert live.speaker().name == "Ben"
    first = live.turns[0]
    assert (first.started_at, first.ended_at) == (at(2), at(8))
    assert live.spoken(first, at(30)) == timedelta(minutes=6)
    live.next(at(18))
    live.next(at(22))
    assert live.finished and live.speaker() is None and live.light(at(22)) is Light.IDLE
    assert live.next(at(23)) is None


def test_a_pause_stops_the_countdown() -> None:
    live = _session()
    live.start(T)
    live.pause(at(1))
    assert live.remaining(at(4)) == timedelta(minutes=4)  # frozen at the pause
    assert live.schedule(at(4))[1].starts == at(8)         # the rest moves later
    live.start(at(4))                                      # start resumes a pause
    assert not live.paused and live.remaining(at(5)) == timedelta(minutes=3)
    live.pause(at(6))
    live.next(at(9))                                        # next during a pause ends the turn
    assert live.spoken(live.turns[0], at(9)) == timedelta(minutes=3)


def test_a_floor_intervention_goes_before_the_closing_remarks() -> None:
    live = _session()
    live.start(T)
    live.add_floor("Dana", 3, delegation="Lima")
    assert [t.name for t in live.turns] == ["Ana", "Ben", "Dana", "Cleo"]
    assert live.turns[2].role == "floor_intervention"
    assert [p.starts for p in live.schedule(at(1))] == [T, at(5), at(15), at(18)]
    with pytest.raises(ValueError):
        live.add_floor("Eve", 0)


def test_each_delegation_has_its_total() -> None:
    live = _session(delegation_minutes=8)
    assert _session().delegation_left("Quito", T) is None
    live.start(T)
    live.next(at(6))
    assert live.delegation_left("Quito", at(6)) == timedelta(minutes=2)
    live.next(at(16))
    assert live.delegation_left("Quito", at(19)) == timedelta(minutes=-1)  # over its total
    assert live.delegation_left("Accra", at(19)) == timedelta(minutes=-2)
    assert live.delegations() == ["Quito", "Accra"]
