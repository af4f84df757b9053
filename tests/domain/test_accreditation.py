"""Every accreditation move, legal and illegal."""

from __future__ import annotations

import itertools

import pytest

from mmdesk.domain.accreditation import TRANSITIONS, check_transition, is_approved
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import IllegalTransition

LEGAL = {
    (S.NOMINATED, S.APPROVED), (S.NOMINATED, S.REJECTED), (S.NOMINATED, S.WITHDRAWN),
    (S.APPROVED, S.BADGE_ISSUED), (S.APPROVED, S.WITHDRAWN),
    (S.BADGE_ISSUED, S.BADGE_COLLECTED), (S.BADGE_ISSUED, S.BADGE_ISSUED),
    (S.BADGE_ISSUED, S.WITHDRAWN),
    (S.BADGE_COLLECTED, S.BADGE_ISSUED), (S.BADGE_COLLECTED, S.WITHDRAWN),
    (S.REJECTED, S.NOMINATED), (S.WITHDRAWN, S.NOMINATED),
}


def test_table_is_exactly_the_agreed_workflow() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == LEGAL


@pytest.mark.parametrize(("current", "target"), sorted(LEGAL))
def test_legal_moves_pass(current: S, target: S) -> None:
    check_transition(current, target, reason="because")


@pytest.mark.parametrize(("current", "target"),
                         sorted(set(itertools.product(S, S)) - LEGAL))
def test_illegal_moves_are_refused_in_words(current: S, target: S) -> None:
    with pytest.raises(IllegalTransition, match="cannot move an accreditation from"):
        check_transition(current, target, reason="because")


def test_rejecting_a_withdrawn_accreditation_is_refused() -> None:
    with pytest.raises(IllegalTransition, match="from withdrawn to rejected"):
        check_transition(S.WITHDRAWN, S.REJECTED, reason="late")


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_rejection_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(IllegalTransition, match="needs a reason"):
        check_transition(S.NOMINATED, S.REJECTED, reason)


def test_approved_states() -> None:
    assert [s for s in S if is_approved(s)] == [S.APPROVED, S.BADGE_ISSUED, S.BADGE_COLLECTED]
    assert not is_approved(None)


def test_the_shortest_walk_between_states() -> None:
    from mmdesk.domain.accreditation import shortest_path
    from mmdesk.domain.enums import AccreditationState as St

    assert shortest_path(St.NOMINATED, St.NOMINATED) == ()
    assert shortest_path(St.NOMINATED, St.BADGE_COLLECTED) == (St.APPROVED, St.BADGE_ISSUED,
                                                                St.BADGE_COLLECTED)
    # a walk that may not pass through a badge never reaches one
    assert shortest_path(St.NOMINATED, St.BADGE_COLLECTED, avoid=(St.BADGE_ISSUED,)) is None


@pytest.mark.parametrize(("code", "allowed"), [("en", "badge issued, withdrawn"),
                                               ("fr", "badge émis, retirée"),
                                               ("es", "credencial emitida, retirada")])
def test_the_states_a_refused_move_could_go_to_are_said_in_the_language(code: str, allowed: str) -> None:
    with pytest.raises(IllegalTransition) as info:
        check_transition(S.APPROVED, S.NOMINATED)
    said = info.value.message(code)
    assert said.endswith(f": {allowed})"), said
    assert info.value.code == "accreditation.cannot-move-accreditation"
