"""The registration desk's use cases on the demo forum: the card, walk-ins, handing over."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.services import accreditation as acc_svc
from mmdesk.services import desk
from mmdesk.services.badges import BadgeBatch
from mmdesk.services.dashboard import figures
from mmdesk.services.delegates import count_all as count_delegates
from mmdesk.services.keys import code_for_delegate
from mmdesk.store.database import Store


def _issued(store: Store) -> acc_svc.AccreditationRow:
    return next(r for r in acc_svc.list_accreditations(store) if r.state is S.BADGE_ISSUED)


def test_the_card_shows_route_state_badge_and_missing_documents(demo: Store) -> None:
    row = _issued(demo)
    card = desk.desk_card(demo, row.delegate_id)
    assert (card.route, card.state, card.serial) == (row.route, S.BADGE_ISSUED, row.badge_serial)
    assert card.may_hand_over and card.may_reprint and not card.may_print
    nominated = next(r for r in acc_svc.list_accreditations(demo) if r.state is S.NOMINATED
                     and acc_svc.documents(demo, r.id))
    waiting = desk.desk_card(demo, nominated.delegate_id)
    assert waiting.missing_documents and not (waiting.may_print or waiting.may_hand_over)
    with pytest.raises(MmdeskError):
        desk.desk_card(demo, 999_999)


def test_a_walk_in_on_a_host_route_is_approved_at_once(demo: Store) -> None:
    before = count_delegates(demo)
    done = desk.walk_in(demo, desk.WalkIn("Ana", "Walker", "Host and secretariat",
                                          organisation="City of Quito", country="EC",
                                          email="ana@quito.example"), approve=True)
    assert done.state is S.APPROVED and count_delegates(demo) == before + 1
    card = desk.desk_card(demo, done.delegate_id)
    assert card.may_print and card.organisation == "City of Quito" and card.country == "Ecuador"
    history = acc_svc.history(demo, done.accreditation_id)
    assert [h.to_state for h in history] == [S.NOMINATED, S.APPROVED]


def test_a_walk_in_elsewhere_waits_in_the_queue_and_approval_there_is_refused(demo: Store) -> None:
    before = count_delegates(demo)
    with pytest.raises(ValidationError, match="does not approve"):
        desk.walk_in(demo, desk.WalkIn("Bo", "Queue", "Media"), approve=True)
    assert count_delegates(demo) == before  # nothing changed
    done = desk.walk_in(demo, desk.WalkIn("Bo", "Queue", "Media"), approve=False)
    assert done.state is S.NOMINATED
    queued = acc_svc.list_accreditations(demo, states=[S.NOMINATED])
    assert done.accreditation_id in {r.id for r in queued}
    with pytest.raises(ValidationError, match="no route"):
        desk.walk_in(demo, desk.WalkIn("Cy", "Nowhere", "No such route"), approve=False)
    routes = desk.walk_in_routes(demo)
    assert routes[0].approves and [r.name for r in routes if r.approves] == ["Host and secretariat"]


def test_handing_over_moves_the_dashboard_and_the_waiting_list(demo: Store) -> None:
    row = _issued(demo)
    collected = figures(demo).badges_collected
    waiting, total = desk.not_collected(demo)
    assert row.delegate_id in {p.delegate_id for p in waiting} and total == len(waiting)
    desk.hand_over(demo, [row.id])
    assert figures(demo).badges_collected == collected + 1
    after, left = desk.not_collected(demo)
    assert left == total - 1 and row.delegate_id not in {p.delegate_id for p in after}
    with pytest.raises(MmdeskError):  # collected already: nothing changes
        desk.hand_over(demo, [row.id])


def test_a_delegations_head_collects_for_everyone(demo: Store, tmp_path: Path) -> None:
    # a delegation: two approved delegates of one organisation, printed
    mates = [desk.walk_in(demo, desk.WalkIn(g, "Delegate", "Host and secretariat",
                                            organisation="Delegation of Testville"), approve=True)
             for g in ("Uno", "Dos")]
    batch = BadgeBatch(demo, delegate_ids=[m.delegate_id for m in mates])
    batch.draw_now(tmp_path / "b.pdf")
    batch.issue()
    badges = desk.delegation_badges(demo, mates[1].delegate_id)
    assert [b.delegate_id for b in badges][0] == mates[1].delegate_id
    assert {b.delegate_id for b in badges} == {m.delegate_id for m in mates}
    assert desk.hand_over(demo, [b.accreditation_id for b in badges], collected_by="Uno Delegate") == 2
    assert all(b.collected for b in desk.delegation_badges(demo, mates[0].delegate_id))
    assert acc_svc.history(demo, mates[0].accreditation_id)[-1].reason == "collected by Uno Delegate"


def test_a_scan_at_the_pick_up_table_hands_the_badge_over(demo: Store) -> None:
    row = _issued(demo)
    table = desk.PickUpDesk(demo)
    code = code_for_delegate(demo, row.delegate_id)
    assert table.owner(code) == row.delegate_id
    delegate_id, line = table.scan(code)
    assert delegate_id == row.delegate_id and "handed over" in line
    assert desk.desk_card(demo, row.delegate_id).state is S.BADGE_COLLECTED
    assert "already" in table.scan(code)[1]
    with pytest.raises(ValidationError, match="not a badge code"):
        table.scan("Maria")
