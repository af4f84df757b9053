"""`mmdesk demo`: the Quito 2019 day (seed 002) with people from the IMRF 2022 report (seed 004).

Everything is loaded in one transaction; a store that already holds an event is
left alone. With extra delegates, generated names in several scripts are added
in bulk for scale.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.accreditation import check_transition
from mmdesk.domain.enums import (
    AccreditationState,
    Category,
    QuotaPolicy,
    RouteKind,
    SlotMode,
    SlotRole,
    SlotStatus,
)
from mmdesk.domain.errors import MmdeskError
from mmdesk.domain.validation import display_name
from mmdesk.paths import resources_dir
from mmdesk.services.accreditation import RouteInput, _apply_route
from mmdesk.services.common import insert_numbered
from mmdesk.services.delegates import DelegateInput, _apply, delegate_search_key, organisation_id_for
from mmdesk.services.keys import ensure_key, next_serial
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    Badge,
    Declaration,
    Delegate,
    Endorsement,
    Event,
    Invitation,
    Room,
    Session,
    SpeakingSlot,
    utcnow,
)

DEMO_FILE = "demo/quito2019.json"
CHUNK = 5000
S = AccreditationState

#: The legal path from nothing to each state, as the workflow would have walked it.
_PATHS: dict[S, list[S]] = {
    S.NOMINATED: [S.NOMINATED],
    S.APPROVED: [S.NOMINATED, S.APPROVED],
    S.REJECTED: [S.NOMINATED, S.REJECTED],
    S.WITHDRAWN: [S.NOMINATED, S.WITHDRAWN],
    S.BADGE_ISSUED: [S.NOMINATED, S.APPROVED, S.BADGE_ISSUED],
    S.BADGE_COLLECTED: [S.NOMINATED, S.APPROVED, S.BADGE_ISSUED, S.BADGE_COLLECTED],
}

DEMO_ACTOR = "demo loader"


def demo_data() -> dict[str, Any]:
    """The demo forum as shipped in resources/."""
    with open(resources_dir() / DEMO_FILE, encoding="utf-8") as fh:
        return json.load(fh)


class StoreInUse(MmdeskError):
    """The store already holds a forum: the demo leaves it alone."""

    def __init__(self, event_name: str) -> None:
        super().__init__("this database already holds “{event_name}”; load the demo into a new file "
                         "with --db", event_name=event_name, code="demo.store-in-use")
        self.event_name = event_name


def load_demo(store: Store, extra_delegates: int = 0,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Load the demo forum; returns the new event's id."""
    event_id = 0
    for done, total, loaded in load_demo_steps(store, extra_delegates):
        event_id = loaded
        if progress:
            progress(done, total)
    return event_id


def load_demo_steps(store: Store, extra_delegates: int = 0) -> Iterator[tuple[int, int, int]]:
    """The demo load as a generator of (done, total, event id) for progress dialogs."""
    if extra_delegates < 0:
        raise MmdeskError(
            "the number of generated delegates cannot be negative",
            code="demo.number-generated-delegates")
    data = demo_data()
    total = len(data["delegates"]) + extra_delegates
    with store.transaction() as db:
        existing = db.scalars(sa.select(Event.name).limit(1)).first()
        if existing is not None:
            raise StoreInUse(existing)
        event_id, routes = _load_forum(db, data)
        yield len(data["delegates"]), total, event_id
        if extra_delegates:
            for done in _generate(db, event_id, routes, extra_delegates):
                yield len(data["delegates"]) + done, total, event_id


def _load_forum(db: DbSession, data: dict[str, Any]) -> tuple[int, dict[str, AccreditationRoute]]:
    e = data["event"]
    event = Event(
        name=e["name"], short_name=e["short_name"], theme=e["theme"], city=e["city"],
        country=e["country"], venue=e["venue"], start_date=date.fromisoformat(e["start_date"]),
        end_date=date.fromisoformat(e["end_date"]), time_zone=e["time_zone"], languages=e["languages"],
    )
    db.add(event)
    db.flush()
    ensure_key(db, event.id)  # the event's badge-signing key
    rooms: dict[str, Room] = {}
    for r in data["rooms"]:
        rooms[r["name"]] = Room(event_id=event.id, **r)
        db.add(rooms[r["name"]])
    routes: dict[str, AccreditationRoute] = {}
    for r in data["routes"]:
        route = AccreditationRoute(event_id=event.id)
        _apply_route(db, route, RouteInput(**r).cleaned())
        db.add(route)
        routes[route.name] = route
    db.flush()

    people: dict[str, Delegate] = {}
    for d in data["delegates"]:
        fields = {k: v for k, v in d.items() if k not in {"key", "route", "state", "reason"}}
        clean = DelegateInput(**fields).cleaned()
        delegate = Delegate(event_id=event.id, category=clean.category)
        _apply(db, delegate, clean)
        db.add(delegate)
        people[d["key"]] = delegate
        route = routes[d["route"]]
        acc = Accreditation(route=route, state=S.NOMINATED, documents_received=_documents(
            route.required_documents, S(d["state"])))
        delegate.accreditations.append(acc)
        _walk(db, acc, S(d["state"]), d.get("reason"))
    db.flush()

    day = event.start_date
    for s in data["sessions"]:
        session = Session(
            event_id=event.id, title=s["title"], kind=s["kind"], series=s.get("series"),
            starts_at=datetime.combine(day, time.fromisoformat(s["start"])),
            ends_at=datetime.combine(day, time.fromisoformat(s["end"])),
            room_id=rooms[s["room"]].id if s.get("room") else None, host=s.get("host"),
            co_chairs=s.get("co_chairs", []),
            moderator_id=people[s["moderator"]].id if s.get("moderator") else None,
            status=s.get("status", "confirmed"), access=s.get("access", "open"),
            chatham_house=s.get("chatham_house", False),
            interpretation_languages=s.get("interpretation_languages", []),
            expected_attendance=s.get("expected_attendance"), description=s.get("description"),
        )
        for position, (key, role, minutes, *mode) in enumerate(s.get("slots", []), start=1):
            session.slots.append(SpeakingSlot(
                delegate_id=people[key].id, role=SlotRole(role), position=position, minutes=minutes,
                mode=SlotMode(mode[0]) if mode else SlotMode.IN_PERSON, status=SlotStatus.CONFIRMED,
            ))
        for key in s.get("invite", []):
            session.invitations.append(Invitation(delegate_id=people[key].id))
        db.add(session)
    db.flush()
    signed_at = datetime.combine(day, time(17, 30))  # after the pledge's presentation
    for decl in data.get("declarations", []):
        declaration = Declaration(event_id=event.id, title=decl["title"], action_areas=decl["action_areas"])
        db.add(declaration)
        db.flush()
        for e in decl.get("endorsements", []):
            person = people[e["by"]]
            db.add(Endorsement(declaration_id=declaration.id, organisation_id=person.organisation_id,
                               action_areas=e["areas"], delegate_id=person.id, endorsed_at=signed_at,
                               endorsed_by=display_name(person.honorific, person.given_name,
                                                        person.family_name)))
    db.flush()
    return event.id, routes


def _documents(required: list[str], target: S) -> dict[str, bool]:
    """Past nomination every required document is in; a nomination still waits for the last."""
    if target in (S.NOMINATED, S.REJECTED, S.WITHDRAWN):
        return {d: True for d in required[:-1]}
    return {d: True for d in required}


def _walk(db: DbSession, acc: Accreditation, target: S, reason: str | None) -> None:
    """Record the legal path to target in the accreditation's history."""
    at = utcnow() - timedelta(days=30)
    previous: S | None = None
    for step in _PATHS[target]:
        if previous is not None:
            check_transition(previous, step, reason)
        if step is S.BADGE_ISSUED:
            acc.badges.append(Badge(serial=next_serial(db), issued_at=at, issued_by=DEMO_ACTOR))
        acc.history.append(AccreditationChange(
            from_state=previous, to_state=step, actor=DEMO_ACTOR, at=at,
            reason=reason if step in (S.REJECTED, S.WITHDRAWN) else None,
        ))
        previous, at = step, at + timedelta(days=3)
    acc.state, acc.reason = target, reason if target in (S.REJECTED, S.WITHDRAWN) else None


# ---------------------------------------------------------------- generated delegates

# (given names, family names, cities as (name, ISO code, region), family-name-first)
_POOLS: list[tuple[list[str], list[str], list[tuple[str, str, str]], bool]] = [
    (
        ["Łukasz", "Małgorzata", "José", "Zoë", "Søren", "Ayşe", "Çağla", "Jiří", "Ľubica",
         "Íñigo", "Thérèse", "Björn", "Žaneta", "Şükrü", "Mónica", "Andrés", "Gráinne", "Dũng"],
        ["Wiśniewski", "Kowalczyk", "Dvořák", "Müller", "Gonçalves", "Öztürk", "Šimić",
         "Ångström", "Ní Bhriain", "Nguyễn", "Ibáñez", "Þórsdóttir", "Gómez", "Łęcka", "Rodríguez"],
        [("Łódź", "PL", "Europe"), ("Kraków", "PL", "Europe"), ("Gaziantep", "TR", "Europe"),
         ("São Paulo", "BR", "Latin America and the Caribbean"), ("Montréal", "CA", "Northern America"),
         ("Zürich", "CH", "Europe"), ("Bogotá", "CO", "Latin America and the Caribbean"),
         ("Medellín", "CO", "Latin America and the Caribbean"), ("Brno", "CZ", "Europe"),
         ("Reykjavík", "IS", "Europe"), ("Hà Nội", "VN", "South-eastern Asia"), ("Málaga", "ES", "Europe")],
        False,
    ),
    (
        ["محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم", "عمر", "نور", "خالد", "سلمى"],
        ["العلي", "حداد", "الخطيب", "منصور", "بن علي", "الشامي", "السيد", "عبد الله"],
        [("تونس", "TN", "Africa"), ("عمّان", "JO", "Western Asia"), ("الدار البيضاء", "MA", "Africa"),
         ("بيروت", "LB", "Western Asia"), ("القاهرة", "EG", "Africa")],
        False,
    ),
    (
        ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "秀英", "建华"],
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"],
        [("北京", "CN", "Eastern Asia"), ("上海", "CN", "Eastern Asia"), ("广州", "CN", "Eastern Asia"),
         ("深圳", "CN", "Eastern Asia")],
        True,
    ),
    (
        ["Иван", "Ольга", "Дмитрий", "Анна", "Сергей", "Наталья", "Олена", "Тарас", "Айгерим"],
        ["Петров", "Иванова", "Смирнов", "Кузнецова", "Шевченко", "Коваленко", "Нурланова"],
        [("Москва", "RU", "Europe"), ("Київ", "UA", "Europe"), ("Алматы", "KZ", "Central Asia"),
         ("Бишкек", "KG", "Central Asia")],
        False,
    ),
    (
        ["Γιώργος", "Μαρία", "Ελένη", "Νίκος"], ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου"],
        [("Αθήνα", "GR", "Europe"), ("Θεσσαλονίκη", "GR", "Europe")],
        False,
    ),
    (
        ["太郎", "花子", "健", "さくら"], ["山田", "佐藤", "鈴木", "高橋"],
        [("東京", "JP", "Eastern Asia"), ("横浜", "JP", "Eastern Asia")],
        True,
    ),
    (
        ["민준", "서연", "지훈", "하은"], ["김", "이", "박", "최"],
        [("서울", "KR", "Eastern Asia"), ("부산", "KR", "Eastern Asia")],
        True,
    ),
]
_POOL_WEIGHTS = [40, 20, 15, 15, 4, 3, 3]
_CATEGORIES = [
    (Category.CITY_OFFICIAL, 35), (Category.LOCAL_LEADER, 15), (Category.CIVIL_SOCIETY, 15),
    (Category.MEMBER_STATE, 8), (Category.UN_IO, 8), (Category.ACADEMIA, 6),
    (Category.PRIVATE_SECTOR, 5), (Category.MEDIA, 5), (Category.HOST_STAFF, 3),
]
_STATES = [(S.APPROVED, 60), (S.NOMINATED, 15), (S.BADGE_ISSUED, 15), (S.BADGE_COLLECTED, 5),
           (S.REJECTED, 3), (S.WITHDRAWN, 2)]
_POSITIONS = ["Deputy Mayor", "Head of International Relations", "Migration Policy Adviser",
              "Councillor", "Director of Social Inclusion", "Programme Officer", "Researcher",
              "Journalist", "Counsellor", "Policy Officer"]


def _generate(db: DbSession, event_id: int, routes: dict[str, AccreditationRoute],
              n: int) -> Iterator[int]:
    rng = random.Random(2019)
    open_route = AccreditationRoute(
        event_id=event_id, name="Open registration (generated)", kind=RouteKind.OWN_AUTHORITY,
        nominating_body="Online registration", quota=None, quota_policy=QuotaPolicy.FLAG,
        required_documents=[], zones=["General", "Public"],
    )
    db.add(open_route)
    db.flush()
    media_route = routes["Media"]
    org_cache: dict[tuple[str, str | None], int] = {}
    now = utcnow()
    categories, cat_w = zip(*_CATEGORIES, strict=True)
    states, state_w = zip(*_STATES, strict=True)
    done = 0
    while done < n:
        size = min(CHUNK, n - done)
        people: list[dict[str, Any]] = []
        for i in range(done, done + size):
            given_pool, family_pool, cities, family_first = rng.choices(_POOLS, _POOL_WEIGHTS)[0]
            given, family = rng.choice(given_pool), rng.choice(family_pool)
            city, country, region = rng.choice(cities)
            category = rng.choices(categories, cat_w)[0]
            org = f"{city} City Hall" if category in (Category.CITY_OFFICIAL, Category.LOCAL_LEADER) else None
            org_id = organisation_id_for(db, org, country, category, org_cache)
            badge = f"{family}{given}" if family_first else None
            email = f"delegate{i + 1}@example.org"
            people.append(dict(
                event_id=event_id, given_name=given, family_name=family, badge_name=badge,
                position=rng.choice(_POSITIONS), organisation_id=org_id, city=city, country=country,
                region=region, category=category, email=email, languages=[], created_at=now,
                updated_at=now, version=1,
                search_key=delegate_search_key(given, family, badge, city, org, country, email),
            ))
        ids = insert_numbered(db, Delegate, people)
        accs, targets = [], []
        for delegate_id, person in zip(ids, people, strict=True):
            route = media_route if person["category"] is Category.MEDIA else open_route
            target = rng.choices(states, state_w)[0]
            targets.append(target)
            accs.append(dict(delegate_id=delegate_id, route_id=route.id, state=target,
                             documents_received=_documents(route.required_documents, target),
                             updated_at=now,
                             reason="Duplicate registration" if target is S.REJECTED else None))
        acc_ids = insert_numbered(db, Accreditation, accs)
        changes, badges = [], []
        for acc_id, target in zip(acc_ids, targets, strict=True):
            previous = None
            for step in _PATHS[target]:
                changes.append(dict(accreditation_id=acc_id, from_state=previous, to_state=step,
                                    actor=DEMO_ACTOR, at=now,
                                    reason="Duplicate registration" if step is S.REJECTED else None))
                previous = step
            if target in (S.BADGE_ISSUED, S.BADGE_COLLECTED):
                badges.append(dict(accreditation_id=acc_id, serial=next_serial(db), issued_at=now,
                                   issued_by=DEMO_ACTOR))
        db.execute(sa.insert(AccreditationChange), changes)
        if badges:
            db.execute(sa.insert(Badge), badges)
        done += size
        yield done


def describe(store: Store) -> str:
    """One line about what the store holds, for the command line."""
    from mmdesk.services.common import current_event

    with store.reading() as db:
        event = current_event(db)
        n = db.scalar(sa.select(sa.func.count()).where(Delegate.event_id == event.id))
        s = db.scalar(sa.select(sa.func.count()).where(Session.event_id == event.id))
        place = display_name(None, event.city or "", event.start_date.isoformat())
        from mmdesk.i18n import say, say_n

        return say("{event}: {delegates}, {sessions} ({place})", event=event.name, place=place,
                   delegates=say_n("{n} delegate", "{n} delegates", n or 0),
                   sessions=say_n("{n} session", "{n} sessions", s or 0))
