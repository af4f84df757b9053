"""Sessions and speaking slots through the services, and the checks over the store."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mmdesk.domain.enums import SessionKind, SlotRole
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.rules import Rule
from mmdesk.services import programme as prog
from mmdesk.services.checks import run_checks
from mmdesk.services.delegates import DelegateInput, create_delegate, search_delegates
from mmdesk.services.programme import SessionInput
from mmdesk.store.database import Store
from tests.conftest import dump

T = datetime(2019, 11, 20, 10)


def test_session_must_end_after_start(store: Store) -> None:
    with pytest.raises(ValidationError, match="ends .* before it starts"):
        prog.create_session(store, SessionInput("Opening", "plenary", T, T))
    with pytest.raises(ValidationError, match="unknown session kind"):
        prog.create_session(store, SessionInput("Opening", "party", T, T + timedelta(hours=1)))


def test_slots_add_reorder_remove_persist(store: Store, db_path: Path) -> None:
    ids = [create_delegate(store, DelegateInput(given_name=n, family_name="X")).id
           for n in ("Ana", "Ben", "Cleo")]
    s = prog.create_session(store, SessionInput("RT", SessionKind.ROUNDTABLE, T, T + timedelta(hours=1)))
    for d in ids:
        s = prog.add_slot(store, s.id, d, SlotRole.PANELLIST, minutes=10)
    s = prog.add_slot(store, s.id, ids[0], SlotRole.MODERATOR, minutes=5, position=1)
    assert [x.delegate_name for x in s.slots] == ["Ana X", "Ana X", "Ben X", "Cleo X"]
    assert [x.position for x in s.slots] == [1, 2, 3, 4]
    order = [x.id for x in reversed(s.slots)]
    prog.reorder_slots(store, s.id, order)
    again = prog.get_session(store, s.id)  # read back in a new DB session
    assert [x.id for x in again.slots] == order
    assert again.speaking_minutes == 35
    before = dump(db_path)
    with pytest.raises(ValidationError, match="exactly once"):
        prog.reorder_slots(store, s.id, order[:-1])
    with pytest.raises(ValidationError, match="exactly once"):
        prog.reorder_slots(store, s.id, order[:-1] + order[:1])
    assert dump(db_path) == before
    after = prog.remove_slot(store, order[0])
    assert [x.position for x in after.slots] == [1, 2, 3]
    changed = prog.update_slot(store, after.slots[0].id, minutes=12, role="keynote", mode="video")
    assert (changed.slots[0].minutes, changed.slots[0].role.value, changed.slots[0].mode.value) == (
        12, "keynote", "video")
    with pytest.raises(ValidationError, match="more than 0"):
        prog.update_slot(store, after.slots[0].id, minutes=0)


def test_moving_a_session_raises_and_clears_a_conflict(demo: Store) -> None:
    def clashes() -> int:
        return sum(f.rule is Rule.ROOM_DOUBLE_BOOKED for f in run_checks(demo).findings)

    sessions = {s.title: s for s in prog.list_sessions(demo)}
    pledge = sessions["Presentation of the Cities Action Pledge"]
    assert clashes() == 0
    moved = prog.move_session(demo, pledge.id, pledge.starts_at - timedelta(minutes=45))
    assert moved.ends_at - moved.starts_at == pledge.ends_at - pledge.starts_at
    assert clashes() == 1  # now overlaps the roundtable in the Plenary Hall
    prog.move_session(demo, pledge.id, pledge.starts_at)
    assert clashes() == 0


def test_demo_conflicts_found_through_the_store(demo: Store) -> None:
    report = run_checks(demo)
    by_rule = {f.rule for f in report.findings}
    assert {Rule.SPEAKER_DOUBLE_BOOKED, Rule.SPEAKER_NOT_APPROVED, Rule.OVER_CAPACITY,
            Rule.NO_MODERATOR, Rule.SPEAKER_NO_BUFFER} <= by_rule
    (clash,) = [f for f in report.findings if f.rule is Rule.SPEAKER_DOUBLE_BOOKED]
    assert "Goyeneche" in clash.message
    assert report.errors >= 1


def test_demo_keeps_real_names_with_diacritics(demo: Store) -> None:
    names = {d.name for d in search_delegates(demo, "", limit=None)}
    assert {"Valérie Plante", "Emilia Sáiz", "Ottilie Bälz", "António Vitorino",
            "Totò Martello"} <= names
    sessions = prog.list_sessions(demo)
    tbc = [s.title for s in sessions if s.status.value == "tbc"]
    assert len(tbc) == 3 and "Arrival cities: Dialogue with government RT 3.1" in tbc


def test_invite_uninvite_and_invitees(store: Store) -> None:
    ana = create_delegate(store, DelegateInput(given_name="Ana", family_name="Zeta")).id
    ben = create_delegate(store, DelegateInput(given_name="Ben", family_name="Alpha")).id
    s = prog.create_session(store, SessionInput("Lunch", "meal", T, T + timedelta(hours=1),
                                                access="invitation"))
    assert prog.invite(store, s.id, [ana, ben, ana]) == 2
    assert prog.invitees(store, s.id) == [(ben, "Ben Alpha"), (ana, "Ana Zeta")]
    assert prog.uninvite(store, s.id, [ana, ana]) == 1
    assert prog.uninvite(store, s.id, [ana]) == 0
    assert prog.invitees(store, s.id) == [(ben, "Ben Alpha")]


def test_find_session_by_id_title_or_start_of_title(store: Store) -> None:
    from mmdesk.domain.errors import NotFound

    a = prog.create_session(store, SessionInput("Opening Plenary", "plenary", T, T + timedelta(hours=1)))
    prog.create_session(store, SessionInput("Roundtable 1", "roundtable", T, T + timedelta(hours=1)))
    prog.create_session(store, SessionInput("Roundtable 2", "roundtable", T, T + timedelta(hours=1)))
    assert prog.find_session(store, str(a.id)).title == "Opening Plenary"
    assert prog.find_session(store, "opening plenary").id == a.id
    assert prog.find_session(store, "Opening").id == a.id
    with pytest.raises(ValidationError, match="2 sessions match 'Roundtable'.*Roundtable 1.*Roundtable 2"):
        prog.find_session(store, "Roundtable")
    with pytest.raises(NotFound, match="no session called 'Closing'"):
        prog.find_session(store, "Closing")


def test_duplicate_keeps_speakers_and_invitations_and_is_tentative(store: Store) -> None:
    from mmdesk.domain.enums import SessionStatus

    ids = [create_delegate(store, DelegateInput(given_name=n, family_name="X")).id for n in ("Ana", "Ben")]
    s = prog.create_session(store, SessionInput("RT", "roundtable", T, T + timedelta(hours=1),
                                                co_chairs=["Mayor of Quito"], access="invitation"))
    for d in ids:
        s = prog.add_slot(store, s.id, d, SlotRole.PANELLIST, minutes=7)
    prog.invite(store, s.id, ids[:1])
    copy = prog.duplicate_session(store, s.id)
    again = prog.duplicate_session(store, s.id)
    assert (copy.title, again.title) == ("RT (copy)", "RT (copy 2)")
    assert copy.status is SessionStatus.TBC and copy.co_chairs == ("Mayor of Quito",)
    assert [(x.delegate_name, x.minutes) for x in copy.slots] == [("Ana X", 7), ("Ben X", 7)]
    assert prog.invitees(store, copy.id) == [(ids[0], "Ana X")]
    assert len(prog.get_session(store, s.id).slots) == 2  # the original is untouched


def test_a_session_keeps_its_time_per_delegation_through_an_edit_and_a_move(demo: Store) -> None:
    from dataclasses import replace

    s = prog.list_sessions(demo)[0]
    saved = prog.update_session(demo, s.id, replace(prog.session_input(s), delegation_minutes=10))
    assert saved.delegation_minutes == 10
    moved = prog.move_session(demo, s.id, s.starts_at)
    assert moved.delegation_minutes == 10
    with pytest.raises(ValidationError, match="more than 0 minutes"):
        prog.update_session(demo, s.id, replace(prog.session_input(s), delegation_minutes=0))
    assert prog.get_session(demo, s.id).delegation_minutes == 10


@pytest.mark.parametrize(("code", "first", "second"), [("en", "(copy)", "(copy 2)"),
                                                       ("fr", "(copie)", "(copie 2)"),
                                                       ("es", "(copia)", "(copia 2)")])
def test_a_copy_is_named_in_the_language_mmdesk_speaks(store: Store, code: str, first: str,
                                                       second: str) -> None:
    from mmdesk import i18n

    s = prog.create_session(store, prog.SessionInput("Welcome", "plenary", T, T + timedelta(hours=1)))
    i18n.set_language(code)
    assert prog.duplicate_session(store, s.id).title == f"Welcome {first}"
    assert prog.duplicate_session(store, s.id).title == f"Welcome {second}"
