"""The forum itself: created in an empty store, edited, its days guarding the programme."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from mmdesk.domain.errors import NotFound, ValidationError
from mmdesk.services import forum
from mmdesk.services.events import get_event
from mmdesk.services.forum import EventInput
from mmdesk.services.keys import verifier
from mmdesk.services.programme import SessionInput, create_session, list_sessions
from mmdesk.store.database import Store
from tests.conftest import dump

IMRF = EventInput(name="  International Migration Review Forum ", start_date=date(2022, 5, 17),
                  end_date=date(2022, 5, 18), time_zone="America/New_York", city="New York",
                  country="United States", venue="UN Headquarters", languages=("en", "FR", "es"),
                  short_name="IMRF 2022")


@pytest.fixture
def empty(db_path: Path) -> Store:
    s = Store.open(db_path)
    yield s
    s.close()


def test_an_empty_store_says_how_to_start(empty: Store) -> None:
    assert forum.has_event(empty) is False
    with pytest.raises(NotFound) as info:
        get_event(empty)
    assert "mmdesk forum new" in str(info.value) and "New forum" in str(info.value)


def test_create_cleans_and_gives_the_forum_a_signing_key(empty: Store) -> None:
    view = forum.create_event(empty, IMRF)
    assert forum.has_event(empty)
    assert (view.name, view.country, view.languages, view.time_zone) == (
        "International Migration Review Forum", "US", ("en", "fr", "es"), "America/New_York")
    assert view.days == [date(2022, 5, 17), date(2022, 5, 18)]
    assert get_event(empty) == view
    assert verifier(empty) is not None  # badges can be signed and checked


def test_one_day_forum_and_a_second_forum_refused(empty: Store, db_path: Path) -> None:
    view = forum.create_event(empty, EventInput("Day forum", date(2023, 3, 1), time_zone="UTC"))
    assert view.start_date == view.end_date == date(2023, 3, 1)
    before = dump(db_path)
    with pytest.raises(ValidationError, match="already holds the forum “Day forum”"):
        forum.create_event(empty, IMRF)
    assert dump(db_path) == before


@pytest.mark.parametrize(("change", "message"), [
    ({"name": "  "}, "needs a name"),
    ({"end_date": date(2022, 5, 16)}, "comes before the first"),
    ({"end_date": date(2023, 5, 18)}, "check the dates"),
    ({"time_zone": "New York"}, "unknown time zone 'New York'"),
    ({"country": "Atlantis"}, "unknown country"),
    ({"languages": ("english",)}, "not a language code"),
])
def test_bad_input_is_one_sentence_and_changes_nothing(empty: Store, db_path: Path,
                                                       change: dict, message: str) -> None:
    before = dump(db_path)
    with pytest.raises(ValidationError, match=message):
        forum.create_event(empty, EventInput(**{**vars(IMRF), **change}))
    assert dump(db_path) == before and not forum.has_event(empty)


def test_changing_the_days_refuses_to_orphan_sessions(empty: Store, db_path: Path) -> None:
    forum.create_event(empty, IMRF)
    create_session(empty, SessionInput("Closing", "plenary", datetime(2022, 5, 18, 15),
                                       datetime(2022, 5, 18, 18)))
    view = get_event(empty)
    shorter = forum.event_input(view)
    shorter.end_date = date(2022, 5, 17)
    assert [t for _, t, _ in forum.sessions_outside(empty, date(2022, 5, 17), date(2022, 5, 17))] == [
        "Closing"]
    before = dump(db_path)
    with pytest.raises(ValidationError, match="1 session.*“Closing” \\(18 May 15:00\\)"):
        forum.update_event(empty, shorter)
    assert dump(db_path) == before
    longer = forum.event_input(view)
    longer.end_date, longer.theme = date(2022, 5, 20), "Migration and cities"
    assert forum.update_event(empty, longer).days[-1] == date(2022, 5, 20)
    assert get_event(empty).theme == "Migration and cities"
    assert forum.sessions_outside(empty, date(2022, 5, 17), date(2022, 5, 20)) == []


def test_a_session_outside_the_days_is_refused_with_the_days(empty: Store) -> None:
    forum.create_event(empty, IMRF)
    days = "outside the forum's days.*Tuesday 17 May to Wednesday 18 May 2022"
    with pytest.raises(ValidationError, match=days):
        create_session(empty, SessionInput("Early", "plenary", datetime(2022, 5, 16, 10),
                                           datetime(2022, 5, 16, 11)))
    # a reception may run to midnight after the last day, not further
    create_session(empty, SessionInput("Reception", "reception", datetime(2022, 5, 18, 20),
                                       datetime(2022, 5, 19, 0, 0)))
    with pytest.raises(ValidationError, match="outside"):
        create_session(empty, SessionInput("Late", "reception", datetime(2022, 5, 18, 22),
                                           datetime(2022, 5, 19, 1, 0)))
    assert [s.title for s in list_sessions(empty)] == ["Reception"]


def test_aware_times_are_read_in_the_forums_time_zone(empty: Store) -> None:
    from zoneinfo import ZoneInfo

    forum.create_event(empty, IMRF)
    utc = ZoneInfo("UTC")
    s = create_session(empty, SessionInput("Opening", "plenary", datetime(2022, 5, 17, 14, tzinfo=utc),
                                           datetime(2022, 5, 17, 15, tzinfo=utc)))
    assert s.starts_at == datetime(2022, 5, 17, 10, 0)  # New York, summer time


def test_time_zone_names_are_sorted_iana_names() -> None:
    names = forum.time_zone_names()
    assert names == sorted(names) and "Africa/Accra" in names and "America/New_York" in names


def test_local_time_zone_follows_tz_and_is_always_a_known_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Africa/Accra")
    assert forum.local_time_zone() == "Africa/Accra"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert forum.local_time_zone() in forum.time_zone_names()
