"""The accreditation workflow as a table of legal moves."""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from functools import lru_cache

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import IllegalTransition
from mmdesk.domain.sentences import Joined

#: Every legal move. Reprinting a badge is issued → issued (or collected →
#: issued after a lost badge); a withdrawn or rejected nomination can be put
#: forward again, which starts over at "nominated".
TRANSITIONS: dict[S, frozenset[S]] = {
    S.NOMINATED: frozenset({S.APPROVED, S.REJECTED, S.WITHDRAWN}),
    S.APPROVED: frozenset({S.BADGE_ISSUED, S.WITHDRAWN}),
    S.BADGE_ISSUED: frozenset({S.BADGE_ISSUED, S.BADGE_COLLECTED, S.WITHDRAWN}),
    S.BADGE_COLLECTED: frozenset({S.BADGE_ISSUED, S.WITHDRAWN}),
    S.REJECTED: frozenset({S.NOMINATED}),
    S.WITHDRAWN: frozenset({S.NOMINATED}),
}

#: States in which the delegate counts as accredited (may speak, gets a badge).
APPROVED_STATES: frozenset[S] = frozenset({S.APPROVED, S.BADGE_ISSUED, S.BADGE_COLLECTED})

#: States that use up a place in a route's quota.
QUOTA_STATES: frozenset[S] = frozenset({S.NOMINATED}) | APPROVED_STATES

LABELS: dict[S, str] = {
    S.NOMINATED: "nominated",
    S.APPROVED: "approved",
    S.REJECTED: "rejected",
    S.WITHDRAWN: "withdrawn",
    S.BADGE_ISSUED: "badge issued",
    S.BADGE_COLLECTED: "badge collected",
}

#: a person's accreditations summed up as the best of them, best first (the delegates list,
#: the rules, the desk's card)
SUMMARY_RANK = {S.BADGE_COLLECTED: 0, S.BADGE_ISSUED: 1, S.APPROVED: 2, S.NOMINATED: 3, S.REJECTED: 4,
                S.WITHDRAWN: 5}


def is_approved(state: S | str | None) -> bool:
    """True where the state counts as accredited."""
    return state is not None and S(state) in APPROVED_STATES


def check_transition(current: S | str, target: S | str, reason: str | None = None) -> None:
    """Raise IllegalTransition unless current → target is a legal move.

    A rejection needs a reason; the message names both states in words.
    """
    current, target = S(current), S(target)
    if target not in TRANSITIONS[current]:
        allowed = Joined(sorted(LABELS[s] for s in TRANSITIONS[current]))  # each said in the language
        raise IllegalTransition(
            "cannot move an accreditation from {LABELS} to {LABELS2} (from {LABELS3} it can go to: "
            "{allowed})",
            LABELS=LABELS[current], LABELS2=LABELS[target], LABELS3=LABELS[current], allowed=allowed,
            code="accreditation.cannot-move-accreditation")
    if target is S.REJECTED and not (reason and reason.strip()):
        raise IllegalTransition("a rejection needs a reason", code="accreditation.no-reason")


def shortest_path(current: S, target: S, avoid: Collection[S] = ()) -> tuple[S, ...] | None:
    """The fewest legal moves from one state to another, never through a state in avoid:
    () when they are the same, None when no walk leads there. Moves are tried in the order
    of their values, so the walk chosen is always the same one."""
    return _shortest(current, target, frozenset(avoid))


@lru_cache(maxsize=256)
def _shortest(current: S, target: S, avoid: frozenset[S]) -> tuple[S, ...] | None:
    if current is target:
        return ()
    queue: deque[tuple[S, tuple[S, ...]]] = deque([(current, ())])
    seen = {current}
    while queue:
        state, path = queue.popleft()
        for step in sorted(TRANSITIONS[state] - seen - avoid, key=lambda s: s.value):
            if step is target:
                return (*path, step)
            seen.add(step)
            queue.append((step, (*path, step)))
    return None
