"""Grow a copy of the demo store to a COP-sized programme, through mmdesk's own services.

    python bench/_big_programme.py DB [--sessions 500] [--slots 5000]

Run as a child by bench_cli.py (the bench process itself imports no mmdesk). The forum
becomes five days long; 25 rooms are added; sessions of 90 minutes fill four time slots a
day in every room (a few rooms booked twice), each with speakers drawn from a pool of
4,000 delegates, mostly approved (so a realistic share of findings: some speakers in two
sessions at once, some not approved yet, a few over length, a few without a moderator).
The same seed makes the same store.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mmdesk.domain.enums import SessionKind, SlotRole, SlotStatus  # noqa: E402
from mmdesk.services.forum import event_input, get_event, update_event  # noqa: E402
from mmdesk.services.programme import SessionInput, add_slot, create_session  # noqa: E402
from mmdesk.services.venue import create_room  # noqa: E402
from mmdesk.store.database import Store  # noqa: E402

DAYS, ROOMS, STARTS = 5, 25, ("09:00", "11:00", "14:00", "16:00")
KINDS = (SessionKind.PARALLEL_BREAKOUT, SessionKind.ROUNDTABLE, SessionKind.SIDE_EVENT, SessionKind.PLENARY)
ROLES = (SlotRole.PANELLIST,) * 6 + (SlotRole.KEYNOTE, SlotRole.RESPONDENT, SlotRole.OPENING_REMARKS,
                                     SlotRole.CLOSING_REMARKS)


def speakers(db: Path, rng: random.Random, n: int = 4000) -> list[int]:
    """A pool of delegates: 96 % approved (or badged), the rest nominated or worse."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT delegate_id, max(state IN ('approved', 'badge_issued', "
                           "'badge_collected')) FROM accreditations GROUP BY delegate_id").fetchall()
    con.close()
    good = [d for d, ok in rows if ok]
    other = [d for d, ok in rows if not ok]
    pool = rng.sample(good, min(len(good), n * 96 // 100)) + rng.sample(other, min(len(other), n * 4 // 100))
    rng.shuffle(pool)
    return pool


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--sessions", type=int, default=500)
    ap.add_argument("--slots", type=int, default=5000)
    args = ap.parse_args()
    rng = random.Random(19)
    store = Store.open(args.db)
    try:
        event = get_event(store)
        data = event_input(event)
        data.end_date = event.start_date + timedelta(days=DAYS - 1)
        update_event(store, data)
        rooms = [create_room(store, f"Hall {i + 1:02}", capacity=rng.choice((80, 120, 200, 400))).id
                 for i in range(ROOMS)]
        pool = speakers(args.db, rng)
        with sqlite3.connect(args.db) as con:
            have_sessions = con.execute("SELECT count(*) FROM sessions").fetchone()[0]
            have_slots = con.execute("SELECT count(*) FROM speaking_slots").fetchone()[0]
        con.close()
        to_make = max(0, args.sessions - have_sessions)
        per_session, extra = divmod(max(0, args.slots - have_slots), max(1, to_make))
        places = [(day, start, room) for day in range(DAYS) for start in STARTS for room in rooms]
        made = 0
        for n in range(to_make):
            day, start, room = places[n % len(places)]
            if rng.random() < 0.02:  # a room booked twice
                room = rng.choice(rooms)
            begins = datetime.combine(event.start_date + timedelta(days=day),
                                      datetime.strptime(start, "%H:%M").time())
            kind = KINDS[n % len(KINDS)]
            view = create_session(store, SessionInput(
                title=f"Session {n + 1}: cities and {rng.choice(('labour', 'climate', 'housing', 'health'))}",
                kind=kind, starts_at=begins, ends_at=begins + timedelta(minutes=90), room_id=room,
                moderator_id=None if rng.random() < 0.05 else rng.choice(pool),
                expected_attendance=rng.choice((None, 60, 100, 150, 250)),
            ))
            count = per_session + (1 if n < extra else 0)
            for k in range(count):
                add_slot(store, view.id, rng.choice(pool), role=ROLES[k % len(ROLES)],
                         minutes=rng.choice((5, 6, 7, 8)) + (12 if rng.random() < 0.01 else 0),
                         status=SlotStatus.DECLINED if rng.random() < 0.03 else SlotStatus.CONFIRMED)
                made += 1
            if n % 50 == 0:
                print(f"{n} sessions, {made} slots", file=sys.stderr, flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main()
