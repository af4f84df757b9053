"""One name column, dates in the writer's order, and registration states."""

from __future__ import annotations

from datetime import date

import pytest

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.people import date_order, read_date, split_name, state_of


@pytest.mark.parametrize(
    "text, given, family, certain",
    [
        ("Marta Suplicy", "Marta", "Suplicy", True),
        ("Dr. Ayşe Öztürk", "Ayşe", "Öztürk", True),
        ("Wiśniewska, Małgorzata", "Małgorzata", "Wiśniewska", True),
        ("DIALLO Aminata", "Aminata", "DIALLO", True),
        ("Amina J. Mohammed", "Amina J.", "Mohammed", True),
        ("王小明", "小明", "王", True),
        ("山田 太郎", "太郎", "山田", True),
        ("José Luis Rodríguez Zapatero", "José Luis Rodríguez Zapatero", "", False),
        ("Zoë Ó Briain", "Zoë Ó Briain", "", False),
        ("عبد الله بن سالم", "عبد الله بن سالم", "", False),
        ("Ingrid van Berg", "Ingrid van Berg", "", False),
    ],
)
def test_a_name_is_split_only_where_certain(text: str, given: str, family: str, certain: bool) -> None:
    split = split_name(text)
    assert (split.given, split.family, split.certain) == (given, family, certain)
    assert split.display == (text.replace("Dr. ", "") if "," not in text else "Małgorzata Wiśniewska")


def test_a_date_column_is_read_as_a_whole() -> None:
    order = date_order(["12/04/1968", "31/03/1975"], day_first_locale=False)
    assert order.order == "day first" and read_date("12/04/1968", order) == date(1968, 4, 12)
    assert date_order(["04/12/1968", "03/31/1975"], day_first_locale=True).order == "month first"
    assert date_order(["03/04/1968", "05/06/1970"], day_first_locale=False).order == "unsure"
    assert date_order(["03/04/1968"], day_first_locale=True).order == "day first"
    assert date_order(["13/04/1968", "04/13/1968"], day_first_locale=True).order == "unsure"
    with pytest.raises(ValueError, match="could be day first or month first"):
        read_date("03/04/1968", date_order(["03/04/1968"], day_first_locale=False))
    assert read_date("1975-03-31", date_order([], day_first_locale=False)) == date(1975, 3, 31)


def test_registration_states_mean_accreditation_states() -> None:
    assert [state_of(x) for x in ("Complete", "Pending", "Withdrawn", "Rejected", "Unpaid")] == [
        S.APPROVED,
        S.NOMINATED,
        S.WITHDRAWN,
        S.REJECTED,
        S.NOMINATED,
    ]
    assert [state_of(x) for x in ("paid", "pending", "canceled", "expired")] == [
        S.APPROVED,
        S.NOMINATED,
        S.WITHDRAWN,
        S.WITHDRAWN,
    ]
    assert state_of("badge issued") is S.BADGE_ISSUED and state_of("maybe") is None and state_of("") is None
