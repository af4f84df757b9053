"""Every conflict rule, with the half-open edges the README states."""

from __future__ import annotations

from datetime import datetime

import pytest

from mmdesk.domain.enums import (
    AccreditationState,
    QuotaPolicy,
    SessionKind,
    SessionStatus,
    Severity,
    SlotRole,
    SlotStatus,
)
from mmdesk.domain.rules import (
    BadgeInfo,
    DelegateInfo,
    RoomInfo,
    RouteInfo,
    Rule,
    SessionInfo,
    SlotInfo,
    Snapshot,
    check,
    overlapping_pairs,
)

A = AccreditationState.APPROVED
ROOMS = {1: RoomInfo(1, "Plenary Hall", 100), 2: RoomInfo(2, "Conference room 4", 20)}


def at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2022, 5, 17, h, m)


def session(id_: int, start: str, end: str, room: int | None = 1, *, speakers: tuple[int, ...] = (),
            moderator: int | None = 99, kind: SessionKind = SessionKind.ROUNDTABLE,
            status: SessionStatus = SessionStatus.CONFIRMED, minutes: int = 5,
            attendance: int | None = None) -> SessionInfo:
    return SessionInfo(
        id=id_, title=f"Session {id_}", kind=kind, starts_at=at(start), ends_at=at(end),
        room_id=room, status=status, moderator_id=moderator, expected_attendance=attendance,
        slots=tuple(SlotInfo(d, SlotRole.PANELLIST, minutes) for d in speakers),
    )


def people(*ids: int, state: AccreditationState | None = A) -> dict[int, DelegateInfo]:
    return {i: DelegateInfo(i, f"Person {i}", state) for i in ids}


def rules(findings: list) -> list[Rule]:
    return [f.rule for f in findings]


def snap(*sessions: SessionInfo, who: dict[int, DelegateInfo] | None = None, **kw) -> Snapshot:
    return Snapshot(sessions, ROOMS, who if who is not None else people(1, 2, 99), **kw)


class TestSpeakerDoubleBooked:
    def test_overlap_is_an_error_naming_both_sessions_and_the_delegate(self) -> None:
        f = check(snap(session(1, "10:00", "11:00", 1, speakers=(1,)),
                       session(2, "10:30", "11:30", 2, speakers=(1,), moderator=98)))
        clash = [x for x in f if x.rule is Rule.SPEAKER_DOUBLE_BOOKED]
        assert len(clash) == 1
        assert clash[0].severity is Severity.ERROR
        assert clash[0].session_ids == (1, 2)
        assert clash[0].delegate_id == 1
        assert "Person 1" in clash[0].message and "Session 2" in clash[0].message

    def test_end_equal_to_start_does_not_clash(self) -> None:
        f = check(snap(session(1, "09:00", "10:00", 1, speakers=(1,)),
                       session(2, "10:00", "11:00", 1, speakers=(1,), moderator=98)))
        assert Rule.SPEAKER_DOUBLE_BOOKED not in rules(f)

    def test_equal_starts_clash(self) -> None:
        f = check(snap(session(1, "10:00", "10:30", 1, speakers=(1,)),
                       session(2, "10:00", "12:00", 2, speakers=(1,), moderator=98)))
        assert rules(f).count(Rule.SPEAKER_DOUBLE_BOOKED) == 1

    def test_moderating_counts_as_taking_part(self) -> None:
        f = check(snap(session(1, "10:00", "11:00", 1, moderator=1),
                       session(2, "10:00", "11:00", 2, speakers=(1,), moderator=98)))
        assert Rule.SPEAKER_DOUBLE_BOOKED in rules(f)

    def test_cancelled_sessions_and_declined_slots_do_not_clash(self) -> None:
        declined = SessionInfo(3, "Declined", SessionKind.ROUNDTABLE, at("10:00"), at("11:00"), 2,
                               moderator_id=98,
                               slots=(SlotInfo(1, SlotRole.PANELLIST, 5, SlotStatus.DECLINED),))
        f = check(snap(session(1, "10:00", "11:00", 1, speakers=(1,)),
                       session(2, "10:00", "11:00", 2, speakers=(1,), moderator=98,
                               status=SessionStatus.CANCELLED),
                       declined))
        assert Rule.SPEAKER_DOUBLE_BOOKED not in rules(f)

    def test_three_overlapping_sessions_give_every_pair(self) -> None:
        f = check(snap(*(session(i, "10:00", "11:00", None, speakers=(1,), moderator=90 + i)
                         for i in (1, 2, 3))))
        pairs = {x.session_ids for x in f if x.rule is Rule.SPEAKER_DOUBLE_BOOKED}
        assert pairs == {(1, 2), (1, 3), (2, 3)}


def test_the_sweep_pairs_sessions_sharing_a_moment_and_not_back_to_back_ones() -> None:
    sessions = [session(1, "09:00", "10:00"), session(2, "09:30", "10:30"), session(3, "10:00", "11:00"),
                session(4, "10:15", "10:20"), session(5, "11:00", "12:00")]
    pairs = [(a.id, b.id) for a, b in overlapping_pairs(sessions)]
    assert pairs == [(1, 2), (2, 3), (2, 4), (3, 4)]  # 1 and 3, 3 and 5 only meet at the hour


class TestNoBuffer:
    def test_back_to_back_in_other_rooms_warns(self) -> None:
        f = check(snap(session(1, "09:00", "10:00", 1, speakers=(1,)),
                       session(2, "10:00", "11:00", 2, speakers=(1,), moderator=98)))
        warn = [x for x in f if x.rule is Rule.SPEAKER_NO_BUFFER]
        assert len(warn) == 1 and warn[0].severity is Severity.WARNING

    def test_same_room_needs_no_buffer(self) -> None:
        f = check(snap(session(1, "09:00", "10:00", 1, speakers=(1,)),
                       session(2, "10:00", "11:00", 1, speakers=(1,), moderator=98)))
        assert Rule.SPEAKER_NO_BUFFER not in rules(f)

    @pytest.mark.parametrize(("gap_start", "buffer", "warned"), [
        ("10:05", 10, True), ("10:10", 10, False), ("10:10", 15, True), ("10:00", 0, False),
    ])
    def test_buffer_is_configurable(self, gap_start: str, buffer: int, warned: bool) -> None:
        f = check(snap(session(1, "09:00", "10:00", 1, speakers=(1,)),
                       session(2, gap_start, "11:00", 2, speakers=(1,), moderator=98)),
                  buffer_minutes=buffer)
        assert (Rule.SPEAKER_NO_BUFFER in rules(f)) is warned


class TestRooms:
    def test_two_sessions_in_one_room_at_once(self) -> None:
        f = check(snap(session(1, "10:00", "11:00", 1), session(2, "10:59", "12:00", 1)))
        clash = [x for x in f if x.rule is Rule.ROOM_DOUBLE_BOOKED]
        assert len(clash) == 1 and clash[0].room_id == 1 and clash[0].severity is Severity.ERROR

    def test_room_half_open_and_equal_starts(self) -> None:
        assert Rule.ROOM_DOUBLE_BOOKED not in rules(
            check(snap(session(1, "10:00", "11:00", 1), session(2, "11:00", "12:00", 1))))
        assert Rule.ROOM_DOUBLE_BOOKED in rules(
            check(snap(session(1, "10:00", "11:00", 1), session(2, "10:00", "10:15", 1))))

    def test_over_capacity(self) -> None:
        f = check(snap(session(1, "10:00", "11:00", 2, attendance=21),
                       session(2, "11:00", "12:00", 2, attendance=20)))
        over = [x for x in f if x.rule is Rule.OVER_CAPACITY]
        assert [x.session_ids for x in over] == [(1,)]
        assert "21" in over[0].message and "20" in over[0].message


class TestSessionRules:
    def test_minutes_over_length(self) -> None:
        f = check(snap(session(1, "10:00", "10:30", speakers=(1, 2), minutes=16)))
        assert Rule.MINUTES_OVER_LENGTH in rules(f)
        f = check(snap(session(1, "10:00", "10:30", speakers=(1, 2), minutes=15)))
        assert Rule.MINUTES_OVER_LENGTH not in rules(f)

    def test_interactive_session_without_moderator(self) -> None:
        f = check(snap(session(1, "10:00", "11:00", moderator=None)))
        assert Rule.NO_MODERATOR in rules(f)

    def test_moderator_slot_counts_as_moderator(self) -> None:
        s = SessionInfo(1, "RT", SessionKind.ROUNDTABLE, at("10:00"), at("11:00"), 1,
                        slots=(SlotInfo(1, SlotRole.MODERATOR, 5),))
        assert Rule.NO_MODERATOR not in rules(check(snap(s)))

    @pytest.mark.parametrize("kind", [SessionKind.BREAK, SessionKind.MEAL,
                                      SessionKind.REGISTRATION, SessionKind.RECEPTION])
    def test_breaks_need_no_moderator(self, kind: SessionKind) -> None:
        assert check(snap(session(1, "10:00", "11:00", moderator=None, kind=kind))) == []


class TestAccreditationRules:
    @pytest.mark.parametrize(("state", "severity"), [
        (None, Severity.ERROR),
        (AccreditationState.NOMINATED, Severity.WARNING),
        (AccreditationState.REJECTED, Severity.ERROR),
        (AccreditationState.WITHDRAWN, Severity.ERROR),
    ])
    def test_speaker_not_approved(self, state: AccreditationState | None, severity: Severity) -> None:
        who = people(99) | people(1, state=state)
        f = check(snap(session(1, "10:00", "11:00", speakers=(1,)), who=who))
        bad = [x for x in f if x.rule is Rule.SPEAKER_NOT_APPROVED]
        assert len(bad) == 1 and bad[0].severity is severity and bad[0].delegate_id == 1

    @pytest.mark.parametrize("state", [AccreditationState.APPROVED, AccreditationState.BADGE_ISSUED,
                                       AccreditationState.BADGE_COLLECTED])
    def test_approved_speakers_are_fine(self, state: AccreditationState) -> None:
        who = people(99) | people(1, state=state)
        assert check(snap(session(1, "10:00", "11:00", speakers=(1,)), who=who)) == []

    def test_unapproved_moderator(self) -> None:
        who = people(99, state=AccreditationState.WITHDRAWN)
        f = check(snap(session(1, "10:00", "11:00"), who=who))
        assert [x.rule for x in f] == [Rule.SPEAKER_NOT_APPROVED]
        assert "moderator" in f[0].message

    def test_route_over_quota(self) -> None:
        routes = (RouteInfo(1, "Ghana national delegation", 4, 5, QuotaPolicy.FLAG),
                  RouteInfo(2, "UCLG", 4, 4, QuotaPolicy.REFUSE),
                  RouteInfo(3, "Media", None, 500))
        f = check(Snapshot(routes=routes))
        assert [(x.rule, x.route_id, x.severity) for x in f] == [
            (Rule.ROUTE_OVER_QUOTA, 1, Severity.WARNING)]

    def test_badge_for_unapproved_delegate(self) -> None:
        badges = (BadgeInfo("AAA", 1, AccreditationState.WITHDRAWN),
                  BadgeInfo("BBB", 2, AccreditationState.BADGE_ISSUED))
        f = check(Snapshot(people=people(1, 2), badges=badges))
        assert [(x.rule, x.delegate_id) for x in f] == [(Rule.BADGE_NOT_APPROVED, 1)]


def test_errors_come_first_then_time() -> None:
    f = check(snap(session(1, "09:00", "10:00", moderator=None),
                   session(2, "11:00", "12:00", 1, speakers=(1,)),
                   session(3, "11:00", "12:00", 2, speakers=(1,), moderator=98)))
    assert f[0].severity is Severity.ERROR
    assert [x.severity for x in f] == sorted((x.severity for x in f), key=lambda s: s is not Severity.ERROR)
