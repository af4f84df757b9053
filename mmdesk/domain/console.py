"""The live session's clock: who speaks, how long they have left, who is next, when the rest
will speak; pauses, floor interventions and each delegation's time. No clock of its own: every
call is given `now`, so a test drives it with whatever times it likes.

Lights: green while a speaker has time, amber in their last minute (the last fifth of a turn
shorter than five minutes), red once their minutes are over. A pause stops the speaker's
countdown and is not counted as speaking time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class Light(StrEnum):
    """The speaker's light on the console and the confidence monitor."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    IDLE = "idle"          # nobody speaking (not started, between turns, finished)


#: Roles that stay at the end of the queue: a floor intervention is queued before them.
CLOSING_ROLES = frozenset({"closing_remarks", "rapporteur"})


@dataclass
class Turn:
    """One speaker's turn: planned minutes, and the actual start, end and paused time."""

    key: str                              # "slot-12", "floor-3": unique within the session
    name: str
    minutes: int
    role: str = "panellist"
    slot_id: int | None = None
    delegate_id: int | None = None
    delegation: str | None = None         # whose time it counts against (None: nobody's)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    paused: timedelta = field(default_factory=timedelta)

    @property
    def allotted(self) -> timedelta:
        return timedelta(minutes=self.minutes)

    @property
    def done(self) -> bool:
        return self.ended_at is not None


@dataclass(frozen=True)
class Planned:
    """When a turn took place (done), takes place (speaking) or will (waiting), on the clock."""

    turn: Turn
    starts: datetime
    ends: datetime
    state: str                            # "done", "speaking", "waiting"


class LiveSession:
    """The state of a session being run: a queue of turns and at most one speaking."""

    def __init__(self, turns: list[Turn], planned_start: datetime, *,
                 delegation_minutes: int | None = None) -> None:
        self.turns = list(turns)
        self.planned_start = planned_start
        self.delegation_minutes = delegation_minutes
        self.current: int | None = None          # index of the turn speaking
        self.paused_since: datetime | None = None
        self._floor = 0

    # -- what is happening

    @property
    def started(self) -> bool:
        return any(t.started_at for t in self.turns)

    @property
    def finished(self) -> bool:
        return self.started and self.current is None and all(t.done for t in self.turns)

    @property
    def paused(self) -> bool:
        return self.paused_since is not None

    def speaker(self) -> Turn | None:
        """The turn speaking now (paused or not)."""
        return self.turns[self.current] if self.current is not None else None

    def waiting(self) -> list[Turn]:
        """The turns not yet started, in order."""
        return [t for t in self.turns if t.started_at is None]

    def next_speaker(self) -> Turn | None:
        """Who speaks after the current speaker (or first, before the start)."""
        left = self.waiting()
        return left[0] if left else None

    def spoken(self, turn: Turn, now: datetime) -> timedelta:
        """How long a turn has spoken so far (pauses left out)."""
        if turn.started_at is None:
            return timedelta()
        end = turn.ended_at or now
        paused = turn.paused
        if turn is self.speaker() and self.paused_since is not None:
            paused += now - self.paused_since
        return max(timedelta(), end - turn.started_at - paused)

    def remaining(self, now: datetime) -> timedelta:
        """The current speaker's time left (negative: over time); zero when nobody speaks."""
        turn = self.speaker()
        return turn.allotted - self.spoken(turn, now) if turn else timedelta()

    def light(self, now: datetime) -> Light:
        """Green, amber in the last minute (or fifth), red when over time; idle when nobody speaks."""
        turn = self.speaker()
        if turn is None:
            return Light.IDLE
        left = self.remaining(now)
        if left < timedelta():
            return Light.RED
        warning = min(timedelta(minutes=1), turn.allotted / 5)
        return Light.AMBER if left <= warning else Light.GREEN

    def schedule(self, now: datetime) -> list[Planned]:
        """Every turn on the clock: done ones as they happened, the speaker until the end of
        their minutes (or now, when over), the waiting ones one after another from there."""
        out: list[Planned] = []
        clock = max(now, self.planned_start) if not self.started else now
        speaker = self.speaker()
        if speaker is not None:
            clock = now + max(timedelta(), self.remaining(now))  # a pause pushes the rest later
        for t in self.turns:
            if t.done:
                out.append(Planned(t, t.started_at or now, t.ended_at or now, "done"))
            elif t is speaker:
                out.append(Planned(t, t.started_at or now, clock, "speaking"))
            else:
                out.append(Planned(t, clock, clock + t.allotted, "waiting"))
                clock += t.allotted
        return out

    def expected_end(self, now: datetime) -> datetime:
        """When the last turn will end at this pace."""
        plan = self.schedule(now)
        return max((p.ends for p in plan), default=max(now, self.planned_start))

    def delegation_left(self, delegation: str, now: datetime) -> timedelta | None:
        """What a delegation has left of its total (None: the session gives no totals)."""
        if self.delegation_minutes is None:
            return None
        used = sum((self.spoken(t, now) for t in self.turns if t.delegation == delegation), timedelta())
        return timedelta(minutes=self.delegation_minutes) - used

    def delegations(self) -> list[str]:
        """The delegations that have a turn, in speaking order."""
        return list(dict.fromkeys(t.delegation for t in self.turns if t.delegation))

    # -- what the moderator does

    def start(self, now: datetime) -> Turn | None:
        """Give the floor to the first waiting speaker (or resume after a pause)."""
        if self.paused_since is not None:
            self.resume(now)
            return self.speaker()
        if self.speaker() is not None:
            return self.speaker()
        return self._give_floor(now)

    def next(self, now: datetime) -> Turn | None:
        """End the current turn and give the floor to the next speaker (None: nobody left)."""
        turn = self.speaker()
        if turn is not None:
            if self.paused_since is not None:
                turn.paused += now - self.paused_since
                self.paused_since = None
            turn.ended_at = now
            self.current = None
        return self._give_floor(now)

    def pause(self, now: datetime) -> None:
        """Stop the current speaker's clock (again: resume it)."""
        if self.speaker() is None:
            return
        if self.paused_since is None:
            self.paused_since = now
        else:
            self.resume(now)

    def resume(self, now: datetime) -> None:
        """Start the paused clock again."""
        turn = self.speaker()
        if turn is not None and self.paused_since is not None:
            turn.paused += now - self.paused_since
        self.paused_since = None

    def add_floor(self, name: str, minutes: int, *, delegate_id: int | None = None,
                  delegation: str | None = None, slot_id: int | None = None) -> Turn:
        """Queue a floor intervention: after the waiting speakers, before closing remarks."""
        if minutes <= 0:
            raise ValueError("a floor intervention needs at least one minute")
        self._floor += 1
        turn = Turn(f"floor-{self._floor}" if slot_id is None else f"slot-{slot_id}", name, minutes,
                    "floor_intervention", slot_id, delegate_id, delegation)
        index = len(self.turns)
        while index > 0 and self.turns[index - 1].started_at is None \
                and self.turns[index - 1].role in CLOSING_ROLES:
            index -= 1
        self.turns.insert(index, turn)
        if self.current is not None and index <= self.current:
            self.current += 1
        return turn

    def _give_floor(self, now: datetime) -> Turn | None:
        for i, t in enumerate(self.turns):
            if t.started_at is None:
                t.started_at = now
                self.current = i
                return t
        return None
