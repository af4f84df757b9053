"""Spreadsheet speed at 70,000 delegates.

    python bench/bench_spreadsheets.py [--delegates 70000]

1. Export: mmdesk's delegate export (reading the store, formula-safe cells, styled
   header, dates) against a bare openpyxl write-only loop appending the same rows,
   measured side by side in one run. Goal: within 1.25× the bare loop.
2. Import: the exported .xlsx and .csv read back into an empty store with every
   row validated. Goal: under 15 s.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from openpyxl import Workbook

from mmdesk.services import exchange
from mmdesk.services.demo import load_demo
from mmdesk.store.database import Store

COLUMNS = exchange.DEFAULT_COLUMNS + ["phone", "registered"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--delegates", type=int, default=70_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "big.sqlite3")
        load_demo(store, args.delegates)
        with store.reading() as db:
            event_id = db.scalar(sa.text("select id from events"))
            rows = [[r[k] for k in COLUMNS] for r in exchange._records(db, event_id, COLUMNS, None,
                                                                        exchange.DelegateFilter())]
        print(f"{len(rows)} delegates, {len(COLUMNS)} columns")
        bare_times, our_times = [], []
        for _attempt in range(3):  # side by side, alternating, best of three each
            t = time.perf_counter()
            book = Workbook(write_only=True)
            sheet = book.create_sheet("bare")
            sheet.append([exchange.COLUMNS[k].header for k in COLUMNS])
            for row in rows:
                sheet.append(row)
            book.save(folder / "bare.xlsx")
            bare_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            for _ in exchange.export_delegates(store, folder / "mmdesk.xlsx", COLUMNS):
                pass
            our_times.append(time.perf_counter() - t)
        bare, ours = min(bare_times), min(our_times)
        print(f"export: bare openpyxl write-only loop {bare:5.2f} s, mmdesk export {ours:5.2f} s "
              f"(reading the store included) = {ours / bare:4.2f}×   goal ≤ 1.25×"
              f"  [runs: bare {', '.join(f'{x:.2f}' for x in bare_times)}; "
              f"mmdesk {', '.join(f'{x:.2f}' for x in our_times)}]")
        t = time.perf_counter()
        for _ in exchange.export_delegates(store, folder / "mmdesk.csv", COLUMNS):
            pass
        print(f"export to .csv: {time.perf_counter() - t:5.2f} s")
        store.close()
        import shutil

        for suffix in (".xlsx", ".csv"):
            twin_path = folder / f"twin{suffix}.sqlite3"
            shutil.copy(folder / "big.sqlite3", twin_path)  # same event and routes, no delegates
            twin = Store.open(twin_path)
            with twin.transaction() as db:
                for table in ("speaking_slots", "invitations", "sessions", "accreditation_changes",
                              "badges", "accreditations", "delegate_sensitive", "delegates"):
                    db.execute(sa.text(f"delete from {table}"))
            t = time.perf_counter()
            report = exchange.import_delegates(twin, folder / f"mmdesk{suffix}", duplicates="skip")
            took = time.perf_counter() - t
            print(f"import {suffix:5}: {report.rows} rows validated, {report.created} created, "
                  f"{report.skipped} skipped as duplicates in {took:5.2f} s   goal < 15 s")
            twin.close()


if __name__ == "__main__":
    main()
