"""The time zones a forum is chosen from: canonical IANA zones and UTC, no aliases."""

from __future__ import annotations

import zoneinfo

from mmdesk.domain.time_zones import canonical_time_zones, time_zone_choices


def test_only_canonical_zones_and_utc_are_listed() -> None:
    zones = canonical_time_zones()
    assert list(zones) == sorted(zones) and len(zones) == len(set(zones))
    assert {"UTC", "Africa/Accra", "America/New_York", "Asia/Kolkata", "Europe/Paris"} <= set(zones)
    for name in ("Factory", "localtime", "posixrules", "Etc/GMT+5", "Etc/UTC", "GMT", "US/Eastern",
                 "Asia/Calcutta", "America/Buenos_Aires", "Europe/Kiev", "Canada/Pacific", "UCT"):
        assert name not in zones, name
    assert set(zones) <= zoneinfo.available_timezones() | {"UTC"}


def test_the_machine_zone_comes_first_and_a_stored_alias_stays() -> None:
    choices = time_zone_choices("Europe/Paris", "US/Eastern")
    assert choices[0] == "Europe/Paris" and choices.count("Europe/Paris") == 1
    assert "US/Eastern" in choices  # the forum's zone as it was stored
    assert "Asia/Calcutta" not in choices
    assert time_zone_choices("UTC", "UTC").count("UTC") == 1


def test_a_machine_zone_given_by_an_alias_is_listed_by_its_canonical_name() -> None:
    from mmdesk.domain.time_zones import canonical_name

    assert canonical_name("Etc/UTC") == "UTC"
    assert canonical_name("Asia/Calcutta") == "Asia/Kolkata"
    assert canonical_name("Europe/Paris") == "Europe/Paris"
    assert canonical_name("Not/AZone") == "Not/AZone"
    choices = time_zone_choices("Etc/UTC")
    assert choices[0] == "UTC" and "Etc/UTC" not in choices and choices.count("UTC") == 1
