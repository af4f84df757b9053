"""The venue: rooms, their order as the grid's columns, access zones."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from mmdesk.domain.errors import NotFound, ValidationError
from mmdesk.services import programme as prog
from mmdesk.services import venue
from mmdesk.services.accreditation import RouteInput, create_route
from mmdesk.store.database import Store
from tests.conftest import dump


def test_new_rooms_go_last_and_can_be_reordered(store: Store) -> None:
    for name in ("Sala Quito", "Auditorio", "Sala Cotopaxi"):
        venue.create_room(store, name, 100)
    assert [r.name for r in venue.list_rooms(store)] == ["Sala Quito", "Auditorio", "Sala Cotopaxi"]
    rooms = venue.list_rooms(store)
    order = [rooms[2].id, rooms[0].id, rooms[1].id]
    assert [r.position for r in venue.reorder_rooms(store, order)] == [1, 2, 3]
    assert [r.name for r in venue.list_rooms(store)] == ["Sala Cotopaxi", "Sala Quito", "Auditorio"]
    assert [r.name for r in prog.list_rooms(store)] == ["Sala Cotopaxi", "Sala Quito", "Auditorio"]
    with pytest.raises(ValidationError, match="every room of the event exactly once"):
        venue.reorder_rooms(store, order[:2])


def test_rename_edit_and_unique_names(store: Store) -> None:
    hall = venue.create_room(store, "Hall", 1800, "plenary")
    venue.create_room(store, "Room 4", 60)
    with pytest.raises(ValidationError, match="already a room called 'Room 4'"):
        venue.update_room(store, hall.id, name="Room 4", capacity=10, access_zone=None)
    with pytest.raises(ValidationError, match="more than 0"):
        venue.update_room(store, hall.id, name="Hall", capacity=0, access_zone=None)
    edited = venue.update_room(store, hall.id, name="General Assembly Hall", capacity=1800,
                               access_zone="restricted")
    assert (edited.name, edited.capacity, edited.access_zone) == ("General Assembly Hall", 1800, "restricted")
    assert venue.find_room(store, "general assembly hall").id == hall.id
    assert venue.find_room(store, str(hall.id)).name == "General Assembly Hall"
    with pytest.raises(NotFound, match="rooms: General Assembly Hall, Room 4"):
        venue.find_room(store, "Trusteeship Council")


def test_delete_refused_while_sessions_use_the_room(store: Store, db_path: Path) -> None:
    room = venue.create_room(store, "Sala Quito", 200)
    spare = venue.create_room(store, "Spare")
    s = prog.create_session(store, prog.SessionInput("Opening", "plenary", datetime(2019, 11, 20, 9),
                                                     datetime(2019, 11, 20, 10), room_id=room.id))
    assert venue.list_rooms(store)[0].sessions == 1
    before = dump(db_path)
    with pytest.raises(ValidationError, match="used by 1 session \\(“Opening”\\); move it"):
        venue.delete_room(store, room.id)
    assert dump(db_path) == before
    venue.delete_room(store, spare.id)
    prog.delete_session(store, s.id)
    venue.delete_room(store, room.id)
    assert venue.list_rooms(store) == []


def test_access_zones_from_rooms_and_routes(store: Store) -> None:
    venue.create_room(store, "Hall", access_zone="plenary")
    venue.create_room(store, "Press room", access_zone="press")
    create_route(store, RouteInput("Media", "media", zones=["press", "Restricted"]))
    assert venue.access_zones(store) == ["plenary", "press", "Restricted"]


def test_rooms_made_elsewhere_get_a_column_after_the_last(store: Store) -> None:
    from mmdesk.store.models import Room

    venue.create_room(store, "B room")
    with store.transaction() as db:
        db.add(Room(event_id=1, name="A room"))
    assert [(r.name, r.position) for r in venue.list_rooms(store)] == [("B room", 1), ("A room", 2)]


def test_the_demo_keeps_its_rooms_by_name(demo: Store) -> None:
    names = [r.name for r in venue.list_rooms(demo)]
    assert names == sorted(names)
