"""Several desks at once, on the embedded file and on a PostgreSQL server: the door admits
each badge once, and of two simultaneous edits of one delegate one wins and the other
is told, with both versions."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
import sqlalchemy as sa

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import EditConflict
from mmdesk.services.delegates import get_delegate_input, search_delegates, update_delegate
from mmdesk.services.demo import load_demo
from mmdesk.services.keys import badge_codes
from mmdesk.store.database import Store
from mmdesk.store.models import Accreditation, Badge, CheckIn
from tests.helpers import scan_at_two_desks

NINE = datetime(2019, 11, 20, 9, 0)


@pytest.fixture(params=["sqlite", "postgres"])
def empty_target(request: pytest.FixtureRequest) -> str:
    """An empty migrated store: a SQLite file, or a database on the PostgreSQL server."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("db_path"))
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=["sqlite", "postgres"])
def demo_target(request: pytest.FixtureRequest) -> str:
    """The demo forum on either back end."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("demo_path"))
    return request.getfixturevalue("pg_demo_url")


def test_two_desks_scan_the_same_500_badges_at_once(empty_target: str) -> None:
    store = Store.open(empty_target)
    load_demo(store, 2800)
    with store.reading() as db:
        serials = list(db.scalars(
            sa.select(Badge.serial).join(Accreditation)
            .where(Badge.revoked_at.is_(None),
                   Accreditation.state.in_([S.BADGE_ISSUED, S.BADGE_COLLECTED]))
            .order_by(Badge.serial).limit(500)))
    assert len(serials) == 500
    codes = list(badge_codes(store, serials).values())
    store.close()
    flat = scan_at_two_desks(empty_target, codes, NINE, timeout=300)
    assert flat.count("admitted") == 500
    assert flat.count("already_checked_in") == 500
    store = Store.open(empty_target)
    with store.reading() as db:
        stored = db.execute(sa.select(CheckIn.outcome, sa.func.count()).group_by(CheckIn.outcome)).all()
    store.close()
    assert {o.value: n for o, n in stored} == {"admitted": 500, "already_checked_in": 500}


def test_simultaneous_edits_of_one_delegate_one_wins_one_is_told(demo_target: str) -> None:
    stores = [Store.open(demo_target), Store.open(demo_target)]
    (someone,) = search_delegates(stores[0], "Goyeneche")
    for round_ in range(8):
        base, version = get_delegate_input(stores[0], someone.id)
        start = threading.Barrier(2)
        outcomes: list[object] = [None, None]

        def edit(i: int, base: object = base, round_: int = round_, start: threading.Barrier = start,
                 version: int = version, outcomes: list[object] = outcomes) -> None:
            mine = base.model_copy() if hasattr(base, "model_copy") else type(base)(**vars(base))
            mine.position = f"Desk {i} round {round_}"
            start.wait()
            try:
                update_delegate(stores[i], someone.id, mine, expected_version=version)
                outcomes[i] = "saved"
            except EditConflict as exc:
                outcomes[i] = exc

        threads = [threading.Thread(target=edit, args=(i,)) for i in (0, 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert sorted(map(str, [o if o == "saved" else "conflict" for o in outcomes])) == [
            "conflict", "saved"]
        winner = outcomes.index("saved")
        conflict = outcomes[1 - winner]
        assert isinstance(conflict, EditConflict)
        # the loser is shown the winner's version, never overwrites it silently
        assert conflict.theirs.position == f"Desk {winner} round {round_}"
        assert conflict.version == version + 1
        stored, _ = get_delegate_input(stores[0], someone.id)
        assert stored.position == f"Desk {winner} round {round_}"
    for s in stores:
        s.close()


def test_two_desks_reprinting_at_once_never_share_a_badge_number(demo_target: str) -> None:
    from mmdesk.domain.badge_codes import number_of
    from mmdesk.services import accreditation as acc

    stores = [Store.open(demo_target), Store.open(demo_target)]
    with stores[0].reading() as db:
        before = {s for s in db.scalars(sa.select(Badge.serial))}
    accs = [acc.accreditations_of(stores[0], search_delegates(stores[0], name)[0].id)[0].id
            for name in ("Plante", "Zanuso")]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def reprint(i: int) -> None:
        start.wait()
        try:
            for _ in range(20):
                acc.transition(stores[i], accs[i], S.BADGE_ISSUED, reason="lost", actor=f"Desk {i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=reprint, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    with stores[0].reading() as db:
        new = [s for s in db.scalars(sa.select(Badge.serial)) if s not in before]
    for s in stores:
        s.close()
    numbers = sorted(number_of(s) for s in new)
    top = max(number_of(s) or 0 for s in before)
    assert numbers == list(range(top + 1, top + 41))  # 40 badges, 40 numbers, no gap, no twin
