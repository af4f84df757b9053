"""What changed in the programme between two released versions: plain data in, change records out.

A programme version is a snapshot: each session (title, kind, start and end, room, status,
access) with its speaking slots (delegate, role, order, minutes, status). Sessions are matched by
id; a session's speakers are matched by delegate (a delegate with two parts in one session is
paired part by part, in speaking order). The records come out session by session in the order
of the newer programme (a removed session where it used to be), each session's records in the
order of ChangeCode.

The codes are stable (they are the JSON of `mmdesk programme changes --json`); the words are
chosen by whoever shows them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ChangeCode(StrEnum):
    """What kind of change a record reports (stable: scripts read these)."""

    SESSION_ADDED = "session_added"
    SESSION_REMOVED = "session_removed"
    SESSION_RETITLED = "session_retitled"            # before/after: the titles
    SESSION_MOVED = "session_moved"                  # before/after: "start/end" (ISO 8601 interval)
    SESSION_ROOM_CHANGED = "session_room_changed"    # before/after: room names (None: no room)
    SESSION_STATUS_CHANGED = "session_status_changed"  # before/after: tbc, confirmed, cancelled
    SESSION_KIND_CHANGED = "session_kind_changed"    # before/after: the kinds
    SESSION_ACCESS_CHANGED = "session_access_changed"  # before/after: open, invitation, closed
    SPEAKER_ADDED = "speaker_added"                  # after: the role
    SPEAKER_REMOVED = "speaker_removed"              # before: the role
    SPEAKERS_REORDERED = "speakers_reordered"        # before/after: the speakers' names in order
    SPEAKER_ROLE_CHANGED = "speaker_role_changed"    # before/after: the roles
    SPEAKER_MINUTES_CHANGED = "speaker_minutes_changed"  # before/after: minutes
    SPEAKER_STATUS_CHANGED = "speaker_status_changed"  # before/after: invited, confirmed, declined


_CODE_ORDER = {code: i for i, code in enumerate(ChangeCode)}


@dataclass(frozen=True)
class SlotSnapshot:
    """A speaking slot as released."""

    delegate_id: int
    delegate: str
    role: str
    position: int
    minutes: int
    status: str = "invited"


@dataclass(frozen=True)
class SessionSnapshot:
    """A session as released, with its slots in speaking order."""

    id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    room: str | None
    status: str
    access: str
    slots: tuple[SlotSnapshot, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The snapshot as JSON-ready values (times in ISO 8601)."""
        return {
            "id": self.id, "title": self.title, "kind": self.kind,
            "starts_at": self.starts_at.isoformat(), "ends_at": self.ends_at.isoformat(),
            "room_id": self.room_id, "room": self.room, "status": self.status, "access": self.access,
            "slots": [vars(x).copy() for x in self.slots],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SessionSnapshot:
        """The snapshot back from to_json's values."""
        return cls(
            id=int(data["id"]), title=data["title"], kind=data["kind"],
            starts_at=datetime.fromisoformat(data["starts_at"]),
            ends_at=datetime.fromisoformat(data["ends_at"]),
            room_id=data.get("room_id"), room=data.get("room"), status=data["status"],
            access=data["access"],
            slots=tuple(SlotSnapshot(**x) for x in data.get("slots", ())),
        )


Value = str | int | tuple[str, ...] | None


@dataclass(frozen=True)
class ProgrammeChange:
    """One change: its code, the session (as it is now, or was last), the speaker if any,
    and the value before and after where the code has them."""

    code: ChangeCode
    session_id: int
    title: str
    starts_at: datetime
    room: str | None
    delegate_id: int | None = None
    delegate: str | None = None
    before: Value = None
    after: Value = None

    def to_json(self) -> dict[str, Any]:
        """The record as JSON-ready values (stable keys)."""
        def plain(v: Value) -> Any:
            return list(v) if isinstance(v, tuple) else v

        return {"code": self.code.value, "session_id": self.session_id, "title": self.title,
                "starts_at": self.starts_at.isoformat(), "room": self.room,
                "delegate_id": self.delegate_id, "delegate": self.delegate,
                "before": plain(self.before), "after": plain(self.after)}


def interval(s: SessionSnapshot) -> str:
    """A session's time as an ISO 8601 interval: 2019-11-20T10:00:00/2019-11-20T11:00:00."""
    return f"{s.starts_at.isoformat()}/{s.ends_at.isoformat()}"


def _pairs(old: Sequence[SlotSnapshot], new: Sequence[SlotSnapshot]
           ) -> tuple[list[tuple[SlotSnapshot, SlotSnapshot]], list[SlotSnapshot], list[SlotSnapshot]]:
    """Old and new slots paired by delegate (in speaking order), and the unpaired of each side."""
    by_old: dict[int, list[SlotSnapshot]] = defaultdict(list)
    by_new: dict[int, list[SlotSnapshot]] = defaultdict(list)
    for x in sorted(old, key=lambda x: x.position):
        by_old[x.delegate_id].append(x)
    for x in sorted(new, key=lambda x: x.position):
        by_new[x.delegate_id].append(x)
    pairs, removed, added = [], [], []
    for delegate_id in by_old.keys() | by_new.keys():
        a, b = by_old.get(delegate_id, []), by_new.get(delegate_id, [])
        pairs += list(zip(a, b, strict=False))
        removed += a[len(b):]
        added += b[len(a):]
    return pairs, sorted(removed, key=lambda x: x.position), sorted(added, key=lambda x: x.position)


def _session_changes(old: SessionSnapshot, new: SessionSnapshot) -> list[ProgrammeChange]:
    def change(code: ChangeCode, before: Value = None, after: Value = None,
               slot: SlotSnapshot | None = None) -> ProgrammeChange:
        return ProgrammeChange(code, new.id, new.title, new.starts_at, new.room,
                               slot.delegate_id if slot else None, slot.delegate if slot else None,
                               before, after)

    out: list[ProgrammeChange] = []
    if old.title != new.title:
        out.append(change(ChangeCode.SESSION_RETITLED, old.title, new.title))
    if (old.starts_at, old.ends_at) != (new.starts_at, new.ends_at):
        out.append(change(ChangeCode.SESSION_MOVED, interval(old), interval(new)))
    if old.room_id != new.room_id:
        out.append(change(ChangeCode.SESSION_ROOM_CHANGED, old.room, new.room))
    if old.status != new.status:
        out.append(change(ChangeCode.SESSION_STATUS_CHANGED, old.status, new.status))
    if old.kind != new.kind:
        out.append(change(ChangeCode.SESSION_KIND_CHANGED, old.kind, new.kind))
    if old.access != new.access:
        out.append(change(ChangeCode.SESSION_ACCESS_CHANGED, old.access, new.access))
    pairs, removed, added = _pairs(old.slots, new.slots)
    out += [change(ChangeCode.SPEAKER_ADDED, None, x.role, x) for x in added]
    out += [change(ChangeCode.SPEAKER_REMOVED, x.role, None, x) for x in removed]
    kept_old = [a for a, _ in sorted(pairs, key=lambda p: p[0].position)]
    kept_new = [a for a, _ in sorted(pairs, key=lambda p: p[1].position)]
    if kept_old != kept_new:  # the speakers who stayed speak in another order
        out.append(change(ChangeCode.SPEAKERS_REORDERED,
                          tuple(x.delegate for x in sorted(old.slots, key=lambda x: x.position)),
                          tuple(x.delegate for x in sorted(new.slots, key=lambda x: x.position))))
    for a, b in sorted(pairs, key=lambda p: p[1].position):
        if a.role != b.role:
            out.append(change(ChangeCode.SPEAKER_ROLE_CHANGED, a.role, b.role, b))
        if a.minutes != b.minutes:
            out.append(change(ChangeCode.SPEAKER_MINUTES_CHANGED, a.minutes, b.minutes, b))
        if a.status != b.status:
            out.append(change(ChangeCode.SPEAKER_STATUS_CHANGED, a.status, b.status, b))
    return sorted(out, key=lambda c: _CODE_ORDER[c.code])  # stable: speakers keep their order


def diff_programme(before: Iterable[SessionSnapshot], after: Iterable[SessionSnapshot]
                   ) -> list[ProgrammeChange]:
    """Every change from the programme `before` to the programme `after` (empty: the same)."""
    old = {s.id: s for s in before}
    new = {s.id: s for s in after}
    groups: list[tuple[tuple[datetime, str, int], list[ProgrammeChange]]] = []
    for sid, s in new.items():
        if sid not in old:
            found = [ProgrammeChange(ChangeCode.SESSION_ADDED, s.id, s.title, s.starts_at, s.room)]
        else:
            found = _session_changes(old[sid], s)
        if found:
            groups.append(((s.starts_at, s.title, s.id), found))
    for sid, s in old.items():
        if sid not in new:
            groups.append(((s.starts_at, s.title, s.id),
                           [ProgrammeChange(ChangeCode.SESSION_REMOVED, s.id, s.title, s.starts_at, s.room)]))
    groups.sort(key=lambda g: g[0])
    return [c for _, found in groups for c in found]


def changed_sessions(before: Iterable[SessionSnapshot], after: Iterable[SessionSnapshot]) -> set[int]:
    """The ids of sessions that were added, removed or changed in any way diff_programme reports."""
    return {c.session_id for c in diff_programme(before, after)}
