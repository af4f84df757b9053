"""What changed between two programme versions: every kind of change, and none."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from mmdesk.domain.programme_changes import (
    ChangeCode,
    SessionSnapshot,
    SlotSnapshot,
    changed_sessions,
    diff_programme,
)

T = datetime(2019, 11, 20, 10)
ANA = SlotSnapshot(1, "Ana Silva", "panellist", 1, 10)
BEN = SlotSnapshot(2, "Ben Osei", "panellist", 2, 10)
CLEO = SlotSnapshot(3, "Cleo Martin", "respondent", 3, 5)
PANEL = SessionSnapshot(7, "Cities and migration", "roundtable", T, T.replace(hour=11), 1, "Room 4",
                        "confirmed", "open", (ANA, BEN, CLEO))
LUNCH = SessionSnapshot(8, "Lunch", "meal", T.replace(hour=12), T.replace(hour=13), None, None,
                        "confirmed", "open")


def codes(before: list[SessionSnapshot], after: list[SessionSnapshot]) -> list[str]:
    return [c.code.value for c in diff_programme(before, after)]


def test_the_same_programme_has_no_change() -> None:
    assert diff_programme([PANEL, LUNCH], [LUNCH, PANEL]) == []
    assert changed_sessions([PANEL], [PANEL]) == set()
    # a snapshot read back from its JSON is the same programme
    assert diff_programme([PANEL], [SessionSnapshot.from_json(PANEL.to_json())]) == []


def test_sessions_added_and_removed() -> None:
    changes = diff_programme([PANEL], [LUNCH])
    assert [(c.code, c.session_id, c.title) for c in changes] == [
        (ChangeCode.SESSION_REMOVED, 7, "Cities and migration"), (ChangeCode.SESSION_ADDED, 8, "Lunch")]


def test_moved_in_time_retitled_room_status_kind_access() -> None:
    after = replace(PANEL, title="Cities, migration and climate", starts_at=T.replace(hour=14),
                    ends_at=T.replace(hour=15, minute=30), room_id=2, room="ECOSOC Chamber",
                    status="cancelled", kind="plenary", access="invitation")
    changes = {c.code: c for c in diff_programme([PANEL], [after])}
    assert list(changes) == [ChangeCode.SESSION_RETITLED, ChangeCode.SESSION_MOVED,
                             ChangeCode.SESSION_ROOM_CHANGED, ChangeCode.SESSION_STATUS_CHANGED,
                             ChangeCode.SESSION_KIND_CHANGED, ChangeCode.SESSION_ACCESS_CHANGED]
    assert changes[ChangeCode.SESSION_RETITLED].before == "Cities and migration"
    assert changes[ChangeCode.SESSION_MOVED].before == "2019-11-20T10:00:00/2019-11-20T11:00:00"
    assert changes[ChangeCode.SESSION_MOVED].after == "2019-11-20T14:00:00/2019-11-20T15:30:00"
    assert (changes[ChangeCode.SESSION_ROOM_CHANGED].before,
            changes[ChangeCode.SESSION_ROOM_CHANGED].after) == ("Room 4", "ECOSOC Chamber")
    assert (changes[ChangeCode.SESSION_STATUS_CHANGED].before,
            changes[ChangeCode.SESSION_STATUS_CHANGED].after) == ("confirmed", "cancelled")
    # every record names the session as it is now
    assert {c.title for c in changes.values()} == {"Cities, migration and climate"}


def test_tbc_confirmed_and_only_the_end_moved() -> None:
    tbc = replace(PANEL, status="tbc")
    assert codes([tbc], [PANEL]) == ["session_status_changed"]
    assert codes([PANEL], [replace(PANEL, ends_at=T.replace(hour=12))]) == ["session_moved"]
    # a room renamed in the venue is not a move of the session
    assert codes([PANEL], [replace(PANEL, room="Conference Room 4")]) == []


def test_speakers_added_and_removed_without_a_reorder() -> None:
    dana = SlotSnapshot(4, "Dana Roy", "panellist", 3, 10)
    after = replace(PANEL, slots=(ANA, replace(CLEO, position=2), dana))
    changes = diff_programme([PANEL], [after])
    assert [(c.code, c.delegate) for c in changes] == [
        (ChangeCode.SPEAKER_ADDED, "Dana Roy"), (ChangeCode.SPEAKER_REMOVED, "Ben Osei")]
    assert changes[0].after == "panellist" and changes[1].before == "panellist"


def test_speakers_reordered_role_minutes_and_status_changed() -> None:
    after = replace(PANEL, slots=(replace(BEN, position=1, role="keynote"),
                                  replace(ANA, position=2, minutes=7),
                                  replace(CLEO, status="declined")))
    changes = diff_programme([PANEL], [after])
    assert [(c.code, c.delegate) for c in changes] == [
        (ChangeCode.SPEAKERS_REORDERED, None),
        (ChangeCode.SPEAKER_ROLE_CHANGED, "Ben Osei"),
        (ChangeCode.SPEAKER_MINUTES_CHANGED, "Ana Silva"),
        (ChangeCode.SPEAKER_STATUS_CHANGED, "Cleo Martin")]
    assert changes[0].before == ("Ana Silva", "Ben Osei", "Cleo Martin")
    assert changes[0].after == ("Ben Osei", "Ana Silva", "Cleo Martin")
    assert (changes[1].before, changes[1].after) == ("panellist", "keynote")
    assert (changes[2].before, changes[2].after) == (10, 7)
    assert changes[0].to_json()["after"] == ["Ben Osei", "Ana Silva", "Cleo Martin"]


def test_a_speaker_with_two_parts_is_paired_part_by_part() -> None:
    closing = SlotSnapshot(1, "Ana Silva", "closing_remarks", 4, 5)
    before = replace(PANEL, slots=(ANA, BEN, CLEO, closing))
    after = replace(PANEL, slots=(ANA, BEN, CLEO))
    changes = diff_programme([before], [after])
    assert [(c.code, c.delegate, c.before) for c in changes] == [
        (ChangeCode.SPEAKER_REMOVED, "Ana Silva", "closing_remarks")]


def test_changes_come_in_programme_order() -> None:
    late = replace(LUNCH, title="Lunch for delegates")
    early = replace(PANEL, status="tbc")
    changes = diff_programme([LUNCH, PANEL], [late, early])
    assert [c.session_id for c in changes] == [7, 8]
    assert changed_sessions([LUNCH, PANEL], [late, early]) == {7, 8}
