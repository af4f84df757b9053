"""The door: every outcome with its reason, every scan stored, admitted once across desks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from mmdesk.domain.badge_codes import KeyPair, Verifier, sign
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import CheckInOutcome as O
from mmdesk.domain.errors import ValidationError
from mmdesk.services import accreditation as acc
from mmdesk.services.checkin import CheckInDesk, recent_scans
from mmdesk.services.delegates import search_delegates
from mmdesk.services.keys import badge_codes, code_for_delegate, verification_kit
from mmdesk.store.database import Store
from mmdesk.store.models import CheckIn
from tests.helpers import scan_at_two_desks

DAY = datetime(2019, 11, 20)


def at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return DAY.replace(hour=h, minute=m)


def delegate_id(store: Store, query: str) -> int:
    (d,) = search_delegates(store, query)
    return d.id


def issued_code(store: Store, query: str) -> str:
    """The code of a delegate's badge, issuing one first where needed."""
    did = delegate_id(store, query)
    a = acc.accreditations_of(store, did)[0]
    if a.badge_serial is None:
        acc.transition(store, a.id, S.BADGE_ISSUED)
    return code_for_delegate(store, did)


def stored(store: Store) -> list[CheckIn]:
    with store.reading() as db:
        return list(db.scalars(sa.select(CheckIn).order_by(CheckIn.id)))


def test_admitted_then_already_with_time_and_desk(demo: Store) -> None:
    code = issued_code(demo, "plante")
    first = CheckInDesk(demo, "Desk 1").scan(code, at=at("08:55"))
    assert first.outcome is O.ADMITTED and first.delegate == "Mayor Valérie Plante"
    again = CheckInDesk(demo, "Desk 2").scan(code, at=at("09:10"))
    assert again.outcome is O.ALREADY
    assert (again.first_at, again.first_desk) == (at("08:55"), "Desk 1")
    assert "08:55 (Desk 1)" in again.reason
    forced = CheckInDesk(demo, "Desk 2").scan(code, at=at("09:11"), force=True)
    assert forced.outcome is O.ADMITTED and forced.forced
    rows = stored(demo)
    assert [(r.outcome, r.desk, r.forced) for r in rows] == [
        (O.ADMITTED, "Desk 1", False), (O.ALREADY, "Desk 2", False), (O.ADMITTED, "Desk 2", True)]


def test_a_new_day_is_a_new_entry(demo: Store) -> None:
    code = issued_code(demo, "plante")
    desk = CheckInDesk(demo, "Desk 1")
    assert desk.scan(code, at=at("09:00")).outcome is O.ADMITTED
    assert desk.scan(code, at=at("09:00").replace(day=21)).outcome is O.ADMITTED


def test_altered_code_is_refused_and_stored(demo: Store) -> None:
    code = issued_code(demo, "plante")
    altered = code[:-1] + ("A" if code[-1] != "A" else "B")
    result = CheckInDesk(demo, "Desk 1").scan(altered, at=at("09:00"))
    assert result.outcome is O.REFUSED and "forged" in result.reason
    assert result.delegate_id is None
    (row,) = stored(demo)
    assert row.outcome is O.REFUSED and row.scanned == altered


def test_code_from_another_events_key_is_refused(demo: Store) -> None:
    code = issued_code(demo, "plante")
    serial = Verifier(verification_kit(demo).public_key).serial_of(code)
    foreign = sign(serial, KeyPair.generate().private)
    result = CheckInDesk(demo, "Desk 1").scan(foreign, at=at("09:00"))
    assert result.outcome is O.REFUSED and "another event" in result.reason


def test_reprint_revokes_the_old_serial(demo: Store) -> None:
    old = issued_code(demo, "plante")
    a = acc.accreditations_of(demo, delegate_id(demo, "plante"))[0]
    acc.transition(demo, a.id, S.BADGE_ISSUED, reason="lost")
    new = code_for_delegate(demo, delegate_id(demo, "plante"))
    desk = CheckInDesk(demo, "Desk 1")
    refused = desk.scan(old, at=at("09:00"))
    assert refused.outcome is O.REFUSED and refused.reason.startswith("revoked badge (reprinted")
    assert desk.scan(new, at=at("09:01")).outcome is O.ADMITTED


def test_withdrawn_accreditation_is_refused(demo: Store) -> None:
    code = issued_code(demo, "plante")
    a = acc.accreditations_of(demo, delegate_id(demo, "plante"))[0]
    acc.transition(demo, a.id, S.WITHDRAWN, reason="left early")
    result = CheckInDesk(demo, "Desk 1").scan(code, at=at("09:00"))
    assert result.outcome is O.REFUSED and "revoked badge (withdrawn" in result.reason


def test_zone_not_opened_by_the_route(demo: Store) -> None:
    code = issued_code(demo, "plante")  # Canada national delegation: General, Public
    result = CheckInDesk(demo, "Bilateral door", "Bilateral Room").scan(code, at=at("18:05"))
    assert result.outcome is O.REFUSED
    assert "zone 'Restricted' is not opened by route 'Canada national delegation'" in result.reason


def test_invitation_only_session(demo: Store) -> None:
    # MMC route opens the Restricted zone; Aki-Sawyerr is invited, Bälz is not
    door = CheckInDesk(demo, "Bilateral door", "Bilateral Room")
    invited = door.scan(issued_code(demo, "aki-sawyerr"), at=at("17:50"))
    assert invited.outcome is O.ADMITTED
    assert invited.session == "Mayoral meeting with the GFMD Chair"
    outsider = door.scan(issued_code(demo, "balz"), at=at("18:10"))
    assert outsider.outcome is O.REFUSED and "by invitation only" in outsider.reason
    # the moderator is let in without an invitation
    assert door.scan(issued_code(demo, "zanuso"), at=at("18:00")).outcome is O.ADMITTED


def test_closed_session_admits_only_its_speakers(demo: Store) -> None:
    from mmdesk.services import programme as prog

    s = next(x for x in prog.list_sessions(demo) if x.title == "Mayoral meeting with the GFMD Chair")
    data = prog.session_input(s)
    data.access = "closed"
    prog.update_session(demo, s.id, data)
    door = CheckInDesk(demo, "Bilateral door", "Bilateral Room")
    refused = door.scan(issued_code(demo, "aki-sawyerr"), at=at("18:05"))
    assert refused.outcome is O.REFUSED and "closed" in refused.reason
    assert door.scan(issued_code(demo, "mohammed"), at=at("18:05")).outcome is O.ADMITTED


def test_room_admission_is_per_session(demo: Store) -> None:
    code = issued_code(demo, "sala")
    door = CheckInDesk(demo, "Plenary door", "Plenary Hall")
    opening = door.scan(code, at=at("09:25"))  # doors open before the 09:30 opening
    assert opening.outcome is O.ADMITTED and opening.session == "Opening"
    assert door.scan(code, at=at("09:40")).outcome is O.ALREADY
    later = door.scan(code, at=at("10:05"))
    assert later.outcome is O.ADMITTED and later.session.startswith("Roundtable session")


def test_a_typed_number_or_name_never_admits_at_a_door_or_an_unstaffed_desk(demo: Store) -> None:
    """The attack: `mmdesk checkin 000003 --room "Plenary Hall"` was admitted, a QR code
    holding "000123" opened the venue, and 995 of 1,000 guessed numbers were let in."""
    code = issued_code(demo, "plante")
    serial = Verifier(verification_kit(demo).public_key).serial_of(code)
    door = CheckInDesk(demo, "Plenary door", "Plenary Hall")
    typed = door.scan(serial, at=at("09:25"))
    assert typed.outcome is O.REFUSED and "only a badge's signed code admits" in typed.reason
    assert typed.delegate_id is None
    entry = CheckInDesk(demo, "Main entry")  # not staffed: a QR code holding a number
    for guess in [serial, *(f"{n:06d}" for n in range(1, 1001)), "Valérie Plante",
                  "plante@montreal.example"]:
        assert entry.scan(guess, at=at("09:00")).outcome is O.REFUSED, guess
    staffed_door = CheckInDesk(demo, "Plenary door", "Plenary Hall", staffed=True)
    assert not staffed_door.staffed  # a room door is never a staffed desk
    with pytest.raises(ValidationError, match="only a badge's signed code admits"):
        staffed_door.look_up(serial)
    with pytest.raises(ValidationError, match="staffed desk"):
        entry.admit_confirmed(delegate_id(demo, "plante"), serial)
    rows = stored(demo)
    assert len(rows) == 1004 and {r.outcome for r in rows} == {O.REFUSED}  # every try is kept
    assert all(r.confirmed_by is None for r in rows)


def test_a_staffed_desk_brings_the_person_up_and_admits_only_on_confirmation(demo: Store) -> None:
    issued_code(demo, "goyeneche")
    desk = CheckInDesk(demo, "Desk 1", staffed=True)
    found = desk.look_up("fabiana goyeneche")
    assert found.single is not None and found.single.name == "Ms. Fabiana Goyeneche"
    assert stored(demo) == []  # looking up admits no one and stores nothing
    # the same typed text at the scanner's entry is still refused: only confirmation admits
    assert desk.scan("fabiana goyeneche", at=at("08:59")).outcome is O.REFUSED
    admitted = desk.admit_confirmed(found.single.delegate_id, "fabiana goyeneche", at=at("09:00"))
    assert admitted.outcome is O.ADMITTED and admitted.confirmed_by == "test desk"
    assert "confirmed by test desk" in admitted.reason
    row = stored(demo)[-1]
    assert (row.outcome, row.confirmed_by, row.scanned) == (O.ADMITTED, "test desk", "fabiana goyeneche")
    assert recent_scans(demo, limit=1)[0].confirmed_by == "test desk"
    # the printed six digits bring the person up the same way
    serial = acc.accreditations_of(demo, delegate_id(demo, "goyeneche"))[0].badge_serial
    assert desk.look_up(f" {serial} ").single.delegate_id == found.single.delegate_id
    again = desk.admit_confirmed(found.single.delegate_id, serial, at=at("09:05"))
    assert again.outcome is O.ALREADY
    # the person's state is checked as for a scan
    assert "no badge yet" in desk.admit_confirmed(delegate_id(demo, "amina mohammed"), "amina",
                                                  at=at("09:00")).reason
    assert desk.admit_confirmed(delegate_id(demo, "rajah"), "rajah", at=at("09:00")
                                ).reason.endswith("accreditation withdrawn")


def test_a_partial_or_ambiguous_name_gives_a_pick_list(demo: Store) -> None:
    desk = CheckInDesk(demo, "Desk 1", staffed=True)
    maria = desk.look_up("Maria")  # Pablo Mariani: only part of a name
    assert [c.name for c in maria.candidates] == ["Mr. Pablo Mariani"]
    assert not maria.candidates[0].exact and maria.single is None
    assert "only part of a name" in maria.reason
    rio = desk.look_up("rio")
    assert {c.name for c in rio.candidates} >= {"Mayor Philippe Rio", "Mayor Ricardo Rio"}
    assert rio.single is None and "pick the person" in rio.reason
    assert desk.look_up("Mayor Rio").single is None  # two exact matches: still a pick list
    assert desk.look_up("nobody-at-all").candidates == ()
    assert stored(demo) == []


@pytest.mark.parametrize("typed", ["Mayor Alexander Vandersmissen", "Vandersmissen Alexander",
                                   "alexander vandersmissen", "H.E. Ms. Amina J. Mohammed",
                                   "Mohammed Amina", "Prof. Dr. Ronald Skeldon", "Md. Atiqul Islam",
                                   "Sawyerr Yvonne", "valerie plante"])
def test_a_name_with_or_without_its_title_in_any_order_finds_the_person(demo: Store, typed: str) -> None:
    found = CheckInDesk(demo, "Desk 1", staffed=True).look_up(typed)
    assert found.single is not None, (typed, found.reason, found.candidates)


def test_control_characters_are_stripped_from_scans(demo: Store) -> None:
    desk = CheckInDesk(demo, "Desk 1", staffed=True)
    assert desk.look_up("\x00").candidates == ()  # a NUL matched every delegate
    assert desk.look_up("Goye\u200bneche\x00").single is not None
    code = issued_code(demo, "plante")
    assert desk.scan("\x00" + code + "\r\n", at=at("09:00")).outcome is O.ADMITTED
    assert "\x00" not in stored(demo)[-1].scanned


def test_a_caps_lock_scan_is_the_same_code(demo: Store) -> None:
    code = issued_code(demo, "plante")
    desk = CheckInDesk(demo, "Desk 1")
    assert desk.scan(code, at=at("09:00")).outcome is O.ADMITTED
    # a wedge scanner with Caps Lock on types every letter in the other case
    capslock = desk.scan(code.swapcase(), at=at("09:05"))
    assert capslock.outcome is O.ALREADY and len(capslock.serial) == 6 and capslock.serial.isdigit()


def test_unknown_room_is_a_clear_error(demo: Store) -> None:
    with pytest.raises(ValidationError, match="no room called 'Ballroom'"):
        CheckInDesk(demo, "door", "Ballroom")


def test_two_desks_scanning_the_same_badges_at_once_admit_each_once(demo_path: Path) -> None:
    store = Store.open(demo_path)
    ids = [d.id for d in search_delegates(store, "", limit=None) if d.state in
           (S.APPROVED, S.BADGE_ISSUED, S.BADGE_COLLECTED)]
    for d in ids:
        a = next(x for x in acc.accreditations_of(store, d) if x.state in
                 (S.APPROVED, S.BADGE_ISSUED, S.BADGE_COLLECTED))
        if a.badge_serial is None:
            acc.transition(store, a.id, S.BADGE_ISSUED)
    serials = [x.badge_serial for d in ids for x in acc.accreditations_of(store, d) if x.badge_serial]
    codes = list(badge_codes(store, serials).values())
    store.close()
    flat = scan_at_two_desks(str(demo_path), codes, DAY.replace(hour=9), timeout=120)
    assert flat.count("admitted") == len(codes)
    assert flat.count("already_checked_in") == len(codes)


def test_a_badge_number_typed_without_its_leading_zeros_finds_the_badge(demo: Store) -> None:
    issued_code(demo, "goyeneche")
    serial = acc.accreditations_of(demo, delegate_id(demo, "goyeneche"))[0].badge_serial
    assert serial is not None and serial.startswith("0")
    desk = CheckInDesk(demo, "Desk 1", staffed=True)
    found = desk.look_up(str(int(serial)))  # "27" typed for badge 000027
    assert found.single is not None and found.single.delegate_id == delegate_id(demo, "goyeneche")
    missing = desk.look_up("999")
    assert missing.candidates == () and missing.reason == "no badge numbered 000999"  # as printed
    assert desk.look_up("0").candidates == ()  # no badge 000000
