"""The venue: rooms with capacity, access zone and their order as the grid's columns."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.errors import NotFound, ValidationError
from mmdesk.domain.text import strip_marks
from mmdesk.domain.validation import clean_text
from mmdesk.domain.views import RoomView  # the plain value, re-exported here
from mmdesk.services.common import current_event, fetch
from mmdesk.store.database import Store
from mmdesk.store.models import AccreditationRoute, Room, Session


def _clean(name: str, capacity: int | None, access_zone: str | None) -> tuple[str, int | None, str | None]:
    name_ = clean_text(name, limit=120, field="room name")
    if not name_:
        raise ValidationError("a room needs a name", code="forum-workbook.room-needs-name")
    if capacity is not None and capacity <= 0:
        raise ValidationError(
            "the capacity of {name} must be more than 0",
            name=repr(name_), code="venue.capacity-must-more")
    return name_, capacity, clean_text(access_zone, limit=60, field="access zone")


def _uses(db: DbSession, room_ids: list[int]) -> dict[int, int]:
    if not room_ids:
        return {}
    rows = db.execute(
        sa.select(Session.room_id, sa.func.count()).where(Session.room_id.in_(room_ids))
        .group_by(Session.room_id)
    )
    return {room_id: n for room_id, n in rows if room_id is not None}


def _view(db: DbSession, room: Room) -> RoomView:
    return RoomView(room.id, room.name, room.capacity, room.access_zone, room.position,
                    _uses(db, [room.id]).get(room.id, 0))


def _ordered(db: DbSession, event_id: int) -> list[Room]:
    return list(db.scalars(
        sa.select(Room).where(Room.event_id == event_id).order_by(Room.position, Room.name, Room.id)
    ))


def _refuse_same_name(db: DbSession, event_id: int, name: str, own_id: int | None) -> None:
    other = db.scalar(sa.select(Room.id).where(Room.event_id == event_id, Room.name == name))
    if other is not None and other != own_id:
        raise ValidationError(
            "there is already a room called {name}",
            name=repr(name), code="venue.already-room-called")


def create_room(
    store: Store, name: str, capacity: int | None = None, access_zone: str | None = None,
    *, event_id: int | None = None,
) -> RoomView:
    """Add a room to the venue, as the grid's last column; names are unique within an event."""
    name_, capacity, zone = _clean(name, capacity, access_zone)
    with store.transaction() as db:
        event = current_event(db, event_id)
        _refuse_same_name(db, event.id, name_, None)
        last = db.scalar(sa.select(sa.func.max(Room.position)).where(Room.event_id == event.id))
        room = Room(event_id=event.id, name=name_, capacity=capacity, access_zone=zone,
                    position=(last or 0) + 1)
        db.add(room)
        db.flush()
        return _view(db, room)


def update_room(
    store: Store, room_id: int, *, name: str, capacity: int | None, access_zone: str | None,
) -> RoomView:
    """Rename a room or change its capacity and access zone (sessions keep the room)."""
    name_, capacity, zone = _clean(name, capacity, access_zone)
    with store.transaction() as db:
        room = fetch(db, Room, room_id, "room")
        _refuse_same_name(db, room.event_id, name_, room.id)
        room.name, room.capacity, room.access_zone = name_, capacity, zone
        db.flush()
        return _view(db, room)


def delete_room(store: Store, room_id: int) -> None:
    """Remove a room; refused while sessions use it (the count and the first titles are named)."""
    with store.transaction() as db:
        room = fetch(db, Room, room_id, "room")
        titles = list(db.scalars(
            sa.select(Session.title).where(Session.room_id == room_id)
            .order_by(Session.starts_at, Session.id)
        ))
        if titles:
            shown = ", ".join(f"“{t}”" for t in titles[:3]) + (" …" if len(titles) > 3 else "")
            raise ValidationError(
                "room {name} is used by {n} session ({shown}); move it to another room first",
                plural="room {name} is used by {n} sessions ({shown}); move them to another room first",
                name=repr(room.name), n=len(titles), shown=shown, code="venue.room-used-session")
        db.delete(room)
        db.flush()
        for i, other in enumerate(_ordered(db, room.event_id), start=1):
            other.position = i


def reorder_rooms(store: Store, room_ids: list[int]) -> list[RoomView]:
    """Put the event's rooms in this column order (every room of the event exactly once)."""
    with store.transaction() as db:
        if not room_ids:
            raise ValidationError(
                "the new order must list every room of the event exactly once",
                code="venue.new-order-must")
        first = fetch(db, Room, room_ids[0], "room")
        rooms = {r.id: r for r in _ordered(db, first.event_id)}
        if sorted(room_ids) != sorted(rooms) or len(set(room_ids)) != len(room_ids):
            raise ValidationError(
                "the new order must list every room of the event exactly once",
                code="venue.new-order-must")
        for i, room_id in enumerate(room_ids, start=1):
            rooms[room_id].position = i
        db.flush()
        uses = _uses(db, room_ids)
        return [RoomView(r.id, r.name, r.capacity, r.access_zone, r.position, uses.get(r.id, 0))
                for r in (rooms[i] for i in room_ids)]


def list_rooms(store: Store, *, event_id: int | None = None) -> list[RoomView]:
    """The event's rooms in column order."""
    with store.reading() as db:
        event = current_event(db, event_id)
        rooms = _ordered(db, event.id)
        uses = _uses(db, [r.id for r in rooms])
        return [RoomView(r.id, r.name, r.capacity, r.access_zone, r.position, uses.get(r.id, 0))
                for r in rooms]


def find_room(store: Store, name_or_id: str, *, event_id: int | None = None) -> RoomView:
    """A room by its id or its name (case and accents aside); NotFound names the rooms there are."""
    rooms = list_rooms(store, event_id=event_id)
    text = str(name_or_id).strip()
    if text.isdigit():
        for r in rooms:
            if r.id == int(text):
                return r
    for r in rooms:
        if r.name == text:
            return r
    folded = [r for r in rooms if strip_marks(r.name) == strip_marks(text)]
    if len(folded) == 1:
        return folded[0]
    names = ", ".join(r.name for r in rooms) or "none yet"
    raise NotFound(
        "no room called {text} (rooms: {names})",
        text=repr(text), names=names, code="venue.no-room-called")


def access_zones(store: Store, *, event_id: int | None = None) -> list[str]:
    """Every access zone named on the event's rooms or routes, sorted."""
    with store.reading() as db:
        event = current_event(db, event_id)
        zones = {z for z in db.scalars(
            sa.select(Room.access_zone).where(Room.event_id == event.id)) if z}
        for route_zones in db.scalars(
                sa.select(AccreditationRoute.zones).where(AccreditationRoute.event_id == event.id)):
            zones.update(z for z in route_zones or () if z)
        return sorted(zones, key=lambda z: (strip_marks(z), z))
