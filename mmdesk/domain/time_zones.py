"""The time zones a person chooses from: the canonical IANA zones (one per place, as the tz
database's zone.tab lists them) and UTC — not "Factory", "localtime", "posixrules", the
"Etc/GMT+5" offsets or the backward-compatible aliases ("US/Eastern", "Asia/Calcutta"), which
stay accepted where a forum already holds one."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from zoneinfo import TZPATH, available_timezones

#: names that are no place: the tz database's own files and fixed offsets
NOT_PLACES = {"Factory", "localtime", "posixrules", "posix", "right"}


def _zone_tab() -> str | None:
    """zone.tab's text: from the tzdata package, else from the system's zoneinfo folder."""
    try:
        return resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    for folder in TZPATH:
        tab = Path(folder) / "zone.tab"
        if tab.is_file():
            return tab.read_text(encoding="utf-8")
    return None


def _listed(text: str) -> set[str]:
    """The zone names of zone.tab (its third column)."""
    names = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            columns = line.split("\t")
            if len(columns) >= 3:
                names.add(columns[2].strip())
    return names


def _guessed(names: set[str]) -> set[str]:
    """Without a zone.tab: the Area/Place names, no Etc/ offsets, no old country folders."""
    areas = ("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/",
             "Europe/", "Indian/", "Pacific/")
    return {n for n in names if n.startswith(areas) and n not in NOT_PLACES}


@lru_cache(maxsize=1)
def canonical_time_zones() -> tuple[str, ...]:
    """Every canonical IANA zone this machine knows, and UTC, sorted."""
    known = set(available_timezones())
    tab = _zone_tab()
    names = (_listed(tab) & known) if tab else _guessed(known)
    return tuple(sorted((names - NOT_PLACES) | {"UTC"}))


#: the names of UTC itself
UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu",
             "GMT", "Etc/GMT", "GMT0", "GMT+0", "GMT-0", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0",
             "Greenwich", "Etc/Greenwich"}


def _tzif(name: str) -> bytes | None:
    """A zone's compiled rules (the tzdata package's, else the system's)."""
    try:
        package, _, leaf = f"tzdata.zoneinfo.{name.replace('/', '.')}".rpartition(".")
        return resources.files(package).joinpath(leaf).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        pass
    for folder in TZPATH:
        try:
            return (Path(folder) / name).read_bytes()
        except OSError:
            continue
    return None


@lru_cache(maxsize=8)
def canonical_name(name: str) -> str:
    """The canonical zone an alias stands for ("Etc/UTC" → "UTC", "US/Eastern" →
    "America/New_York" where their rules are the same file), else the name itself."""
    zones = canonical_time_zones()
    if name in zones:
        return name
    if name in UTC_NAMES:
        return "UTC"
    rules = _tzif(name)
    if rules:
        for zone in zones:
            if _tzif(zone) == rules:
                return zone
    return name


def time_zone_choices(machine: str, *stored: str) -> list[str]:
    """The list a forum's time zone is chosen from: the machine's zone first (by its canonical
    name), then the canonical zones, and any zone the forum already holds (an alias stays as it
    was stored)."""
    machine = canonical_name(machine)
    listed = list(canonical_time_zones())
    extra = [z for z in dict.fromkeys(stored) if z and z not in listed and z != machine]
    return [machine, *(z for z in sorted(listed + extra) if z != machine)]
