"""The schema itself refuses bad rows, whatever code writes them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, StatementError

from mmdesk.domain.enums import Category, RouteKind, SessionKind, SlotRole
from mmdesk.store.database import Store
from mmdesk.store.models import (
    AccreditationRoute,
    Delegate,
    Event,
    Room,
    Session,
    SpeakingSlot,
)


def _event(db, name: str = "Forum") -> Event:  # noqa: ANN001
    e = Event(name=name, start_date=date(2019, 11, 20), end_date=date(2019, 11, 20))
    db.add(e)
    db.flush()
    return e


def _fails(store: Store, build, match: str | None = None) -> None:  # noqa: ANN001
    with pytest.raises((IntegrityError, StatementError)) as info:
        with store.transaction() as db:
            build(db)
            db.flush()
    if match:
        assert match in str(info.value).lower()


def test_session_must_end_after_it_starts(store: Store) -> None:
    t = datetime(2019, 11, 20, 10)
    _fails(store, lambda db: db.add(Session(event_id=1, title="x", kind=SessionKind.PLENARY,
                                            starts_at=t, ends_at=t)), "ends_after_start")


def test_speaking_minutes_must_be_positive(store: Store) -> None:
    with store.transaction() as db:
        db.add(Delegate(event_id=1, given_name="A", family_name="B", category=Category.UN_IO))
        db.add(Session(event_id=1, title="x", kind=SessionKind.PLENARY,
                       starts_at=datetime(2019, 11, 20, 10), ends_at=datetime(2019, 11, 20, 11)))
    _fails(store, lambda db: db.add(SpeakingSlot(session_id=1, delegate_id=1, role=SlotRole.KEYNOTE,
                                                 position=1, minutes=0)), "minutes_positive")


def test_email_unique_per_event_but_not_across_events(store: Store) -> None:
    with store.transaction() as db:
        db.add(Delegate(event_id=1, given_name="A", family_name="B", email="a@x.org",
                        category=Category.UN_IO))
    _fails(store, lambda db: db.add(Delegate(event_id=1, given_name="C", family_name="D",
                                             email="a@x.org", category=Category.UN_IO)), "unique")
    with store.transaction() as db:
        other = _event(db, "Another forum")
        db.add(Delegate(event_id=other.id, given_name="A", family_name="B", email="a@x.org",
                        category=Category.UN_IO))
        # and any number of delegates without an e-mail
        db.add_all(Delegate(event_id=1, given_name=f"N{i}", family_name="", category=Category.MEDIA)
                   for i in range(3))


def test_foreign_keys_are_enforced(store: Store) -> None:
    _fails(store, lambda db: db.add(SpeakingSlot(session_id=999, delegate_id=999,
                                                 role=SlotRole.KEYNOTE, position=1, minutes=5)),
           "foreign key")


def test_a_delegate_needs_a_name_and_an_iso_country(store: Store) -> None:
    _fails(store, lambda db: db.add(Delegate(event_id=1, given_name=" ", family_name="",
                                             category=Category.MEDIA)), "named")
    _fails(store, lambda db: db.add(Delegate(event_id=1, given_name="A", family_name="B",
                                             country="CAN", category=Category.MEDIA)), "country_iso2")


def test_unknown_enum_values_are_refused(store: Store) -> None:
    with pytest.raises((StatementError, LookupError, IntegrityError)):
        with store.transaction() as db:
            db.execute(sa.insert(Delegate).values(event_id=1, given_name="A", family_name="B",
                                                  category="astronaut", search_key="",
                                                  languages=[], version=1,
                                                  created_at=datetime.now(), updated_at=datetime.now()))
    with store.engine.begin() as conn, pytest.raises(IntegrityError, match="CHECK"):
        conn.exec_driver_sql(
            "insert into delegates (event_id, given_name, family_name, category, search_key, "
            "languages, version, created_at, updated_at) values "
            "(1, 'A', 'B', 'astronaut', '', '[]', 1, '2019-01-01', '2019-01-01')")


def test_route_rules_in_the_schema(store: Store) -> None:
    _fails(store, lambda db: db.add(AccreditationRoute(event_id=1, name="Natl",
                                                       kind=RouteKind.NATIONAL_DELEGATION)),
           "national_delegation_names_state")
    _fails(store, lambda db: db.add(AccreditationRoute(event_id=1, name="Q", kind=RouteKind.MEDIA,
                                                       quota=-1)), "quota_not_negative")


def test_room_names_unique_and_capacity_positive(store: Store) -> None:
    with store.transaction() as db:
        db.add(Room(event_id=1, name="Plenary Hall", capacity=400))
    _fails(store, lambda db: db.add(Room(event_id=1, name="Plenary Hall")), "unique")
    _fails(store, lambda db: db.add(Room(event_id=1, name="Cupboard", capacity=0)), "capacity")


def test_deleting_an_event_removes_everything_of_it(demo: Store) -> None:
    with demo.transaction() as db:
        db.delete(db.get(Event, 1))
    with demo.reading() as db:
        for table in ("delegates", "sessions", "speaking_slots", "accreditations", "rooms"):
            assert db.execute(sa.text(f"select count(*) from {table}")).scalar() == 0, table
