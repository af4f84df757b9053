"""Protocol order: level of representation first, then request time; opening and closing parts stay."""

from __future__ import annotations

from datetime import datetime

from mmdesk.domain.protocol import Request, protocol_order

T = datetime(2019, 11, 20, 9)


def test_level_then_request_time_with_opening_and_closing_in_place() -> None:
    slots = [
        Request(1, "opening_remarks", "other", T, 1),
        Request(2, "panellist", "deputy", T.replace(minute=1), 2),
        Request(3, "panellist", "mayor", T.replace(minute=5), 3),
        Request(4, "panellist", "head_of_state", T.replace(minute=9), 4),
        Request(5, "panellist", "mayor", T.replace(minute=2), 5),
        Request(6, "closing_remarks", "minister", T, 6),
        Request(7, "floor_intervention", None, T.replace(minute=0), 7),
    ]
    assert protocol_order(slots) == [1, 4, 5, 3, 2, 7, 6]


def test_unknown_request_times_come_first_in_their_order_and_nothing_moves_twice() -> None:
    slots = [Request(1, "panellist", "mayor", T, 1), Request(2, "panellist", "mayor", None, 2),
             Request(3, "panellist", "mayor", None, 3), Request(4, "panellist", "unheard-of", None, 4)]
    order = protocol_order(slots)
    assert order == [2, 3, 1, 4]
    again = [Request(i, "panellist", s.level, s.requested_at, n)
             for n, (i, s) in enumerate(((i, next(x for x in slots if x.slot_id == i)) for i in order), 1)]
    assert protocol_order(again) == order
