"""The Speakers cell of the programme's drafting sheet: "Name (role, minutes, mode); …".

Written as `speaker_text` writes it, read back by `read_speakers`: each part a name, then in
brackets any of a role ("keynote", "panelist", "opening"…), minutes ("10", "10 min", "10'")
and a mode ("remote", "video message"), in any order. A part without brackets is a panellist
speaking 5 minutes in person."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mmdesk.domain.enums import SlotMode, SlotRole
from mmdesk.domain.text import strip_marks

ROLE_WORDS = {strip_marks(r.value.replace("_", " ")): r for r in SlotRole} | {
    "intervention from the floor": SlotRole.FLOOR_INTERVENTION, "opening": SlotRole.OPENING_REMARKS,
    "closing": SlotRole.CLOSING_REMARKS, "panelist": SlotRole.PANELLIST}
_MODE_WORDS = {m.value.replace("_", " "): m for m in SlotMode}
_PART = re.compile(r"^\s*(?P<name>[^()]+?)\s*(?:\((?P<inside>[^)]*)\))?\s*$")
_MINUTES = re.compile(r"(\d+)\s*(min|mins|minutes|')?")


@dataclass(frozen=True)
class SpeakerCell:
    """One speaker as the cell names them, and what in their brackets could not be read."""

    name: str
    role: SlotRole = SlotRole.PANELLIST
    minutes: int = 5
    mode: SlotMode = SlotMode.IN_PERSON
    problems: tuple[str, ...] = ()


def speaker_text(name: str, role: SlotRole, minutes: int, mode: SlotMode) -> str:
    """"Valérie Plante (keynote, 10 min)", the mode added when not in person."""
    extra = [role.value.replace("_", " "), f"{minutes} min"]
    if mode is not SlotMode.IN_PERSON:
        extra.append(mode.value.replace("_", " "))
    return f"{name} ({', '.join(extra)})"


def read_speaker(part: str) -> SpeakerCell:
    """One part of the cell (between semicolons), with a problem for each item it cannot read
    and for minutes that are not more than 0."""
    m = _PART.match(part)
    name = m.group("name") if m else part.strip()
    inside = [x.strip() for x in (m.group("inside") or "").split(",")] if m else []
    role, minutes, mode = SlotRole.PANELLIST, 5, SlotMode.IN_PERSON
    problems: list[str] = []
    for item in inside:
        low = strip_marks(item)
        said = _MINUTES.fullmatch(low)
        if low in ROLE_WORDS:
            role = ROLE_WORDS[low]
        elif said:
            minutes = int(said.group(1))
        elif low in _MODE_WORDS:
            mode = _MODE_WORDS[low]
        elif item:
            problems.append(f"{name}: cannot read {item!r} (role, minutes or mode)")
    if minutes <= 0:
        problems.append(f"{name}: minutes must be more than 0")
    return SpeakerCell(name, role, minutes, mode, tuple(problems))


def read_speakers(cell: str | None) -> list[SpeakerCell]:
    """Every speaker the cell names, in order (empty parts left out)."""
    return [read_speaker(part) for part in (cell or "").split(";") if part.strip()]
