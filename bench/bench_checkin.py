"""Check-in speed at scale: the time of one scan with 70,000 delegates in the store.

    python bench/bench_checkin.py [--delegates 70000] [--scans 2000]

Loads the demo with N generated delegates into a temporary file, issues badges,
then scans a random sample of codes at a desk and at a room door (each scan is a
full transaction: signature check, look-ups, the stored row), plus repeated
scans ("already checked in"), forged codes, typed names refused at a desk that is not
staffed, and typed names looked up at a staffed desk (nothing admitted: the operator
confirms). Goal: under 20 ms per scan.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.demo import load_demo
from mmdesk.services.keys import badge_codes
from mmdesk.store.database import Store
from mmdesk.store.models import Badge


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--delegates", type=int, default=70_000)
    ap.add_argument("--scans", type=int, default=2_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.sqlite3")
        t = time.perf_counter()
        load_demo(store, args.delegates)
        print(f"demo with {args.delegates} generated delegates loaded in {time.perf_counter() - t:.1f} s")
        with store.reading() as db:
            serials = list(db.scalars(sa.select(Badge.serial).where(Badge.revoked_at.is_(None))))
        rng = random.Random(7)
        sample = rng.sample(serials, min(args.scans, len(serials)))
        codes = list(badge_codes(store, sample).values())
        print(f"{len(serials)} valid badges; scanning {len(codes)} of them")
        at = datetime(2019, 11, 20, 10, 15)

        def run(label: str, desk: CheckInDesk, items: list[str]) -> None:
            times = []
            outcomes: dict[str, int] = {}
            for code in items:
                t0 = time.perf_counter()
                r = desk.scan(code, at=at)
                times.append((time.perf_counter() - t0) * 1000)
                outcomes[r.outcome.value] = outcomes.get(r.outcome.value, 0) + 1
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            print(f"{label:34} mean {statistics.mean(times):6.2f} ms  median {times[len(times)//2]:6.2f} ms"
                  f"  p95 {p95:6.2f} ms  max {times[-1]:6.2f} ms  {outcomes}")

        entry = CheckInDesk(store, "Bench entry")
        run("entry desk, first scans", entry, codes)
        run("entry desk, same badges again", entry, codes[:500])
        door = CheckInDesk(store, "Bench door", "Plenary Hall")
        run("Plenary Hall door (session rules)", door, codes[:1000])
        forged = [c[:-2] + ("AA" if c[-2:] != "AA" else "BB") for c in codes[:500]]
        run("forged codes", entry, forged)
        typed = ["Goyeneche", "Plante", "Sáiz", "Łódź"] * 50
        run("names typed at an unstaffed desk", entry, typed)
        staffed = CheckInDesk(store, "Bench staffed desk", staffed=True)
        times = []
        for text in typed:
            t0 = time.perf_counter()
            staffed.look_up(text)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        print(f"{'names looked up at a staffed desk':34} mean {statistics.mean(times):6.2f} ms  "
              f"median {times[len(times)//2]:6.2f} ms  p95 {times[int(len(times) * 0.95) - 1]:6.2f} ms  "
              f"max {times[-1]:6.2f} ms")
        store.close()


if __name__ == "__main__":
    main()
