"""The window at scale, measured from outside: the real `python -m mmdesk --db FILE`.

    python bench/bench_window.py [--delegates 70000] [--json]

The store is `python -m mmdesk --db FILE demo --delegates N`, made once and cached
by N (see bench/_common.py); every run works on a fresh copy of it. The window is
started as a user starts it, in a child process with MMDESK_BENCH=1, whose bootstrap
(bench/_hook/sitecustomize.py) loads bench/_drive.py: the scripted user. This
process notes the wall-clock time before starting the child; the child notes when
the delegate table first paints with rows, then plays the session and writes its
figures. mmdesk holds no bench code.

Figures (issue 19, goals at 70,000 delegates on 2 cores):
  launch_to_table_s            process start → delegate table painted with rows   ≤ 2 s
  keystroke_ms_p95             one key in the delegate search → rows refiltered, repainted  ≤ 50 ms
  sort_ms_p95                  a column header clicked → sorted, repainted          ≤ 200 ms
  edit_refresh_ms_p95          OK in the delegate dialog → the row shows the edit   ≤ 100 ms
  approve_refresh_ms_p95       Approve on one nomination → the row shows approved   ≤ 100 ms
  bulk_approve_1000_ms         Approve on 1,000 selected nominations → shown        ≤ 500 ms
  page_first_visit_ms_max      a side-bar click → the page painted (worst page)     ≤ 300 ms
  accreditation_filter_ms_p95  one key in the Accreditation search box (null: none) ≤ 50 ms
  remote_change_refresh_ms     another process commits an edit → the row shows it (median;
                               includes the window's poll interval)
plus launch_to_all_rows_s (every delegate in the table: a window may paint a first screen
before the rest; the session starts then), page_filled_ms_max (a page's lists no longer
growing, for pages that fill after their first paint), accreditation_sort_ms_p95, and
every sample under "details".
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, ROOT, child_env, demo_store, load, working_copy  # noqa: E402

FIGURES = ("launch_to_table_s", "keystroke_ms_p95", "sort_ms_p95", "edit_refresh_ms_p95",
           "approve_refresh_ms_p95", "bulk_approve_1000_ms", "page_first_visit_ms_max",
           "accreditation_filter_ms_p95", "remote_change_refresh_ms")
GOALS = {"launch_to_table_s": 2.0, "keystroke_ms_p95": 50, "sort_ms_p95": 200, "edit_refresh_ms_p95": 100,
         "approve_refresh_ms_p95": 100, "bulk_approve_1000_ms": 500, "page_first_visit_ms_max": 300,
         "accreditation_filter_ms_p95": 50, "accreditation_sort_ms_p95": 200}


def measure(delegates: int, *, edits: int, approvals: int, remote: int, timeout: float,
            log=print) -> dict:  # noqa: ANN001 - a print-like callable
    """Start the window on a copy of the demo store, let the scripted user play, collect."""
    store, keys = demo_store(delegates, log)
    with tempfile.TemporaryDirectory(prefix="mmdesk-bench-window-") as tmp:
        work = Path(tmp)
        db = working_copy(store, work)
        out = work / "figures.json"
        with sqlite3.connect(db) as con:  # what the tables must hold once loaded
            delegates_n = con.execute("SELECT count(*) FROM delegates").fetchone()[0]
            nominations_n = con.execute("SELECT count(*) FROM accreditations").fetchone()[0]
        con.close()
        env = child_env(work / "home", keys, MMDESK_BENCH="1", MMDESK_BENCH_OUT=str(out),
                        MMDESK_BENCH_DB=str(db), MMDESK_BENCH_EDITS=str(edits),
                        MMDESK_BENCH_APPROVALS=str(approvals), MMDESK_BENCH_REMOTE=str(remote),
                        MMDESK_BENCH_DELEGATES=str(delegates_n), MMDESK_BENCH_NOMINATIONS=str(nominations_n),
                        LANG="C.UTF-8")  # the window in English: the script reads its words
        for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            env.pop(var, None)
        env["PYTHONPATH"] = os.pathsep.join([str(BENCH / "_hook"), env["PYTHONPATH"]])
        log(f"starting python -m mmdesk --db {db} ({delegates} generated delegates) …")
        started = time.time()
        child = subprocess.Popen([sys.executable, "-m", "mmdesk", "--db", str(db)], env=env, cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            stdout, stderr = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.kill()  # our own child only
            stdout, stderr = child.communicate()
        result: dict = {"delegates": delegates}
        figures = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {
            "notes": [f"the window wrote no figures (exit {child.returncode}): "
                      f"{(stderr or stdout).strip()[-600:]}"], "details": {}}
        painted = figures.pop("table_painted_at", None)
        result["launch_to_table_s"] = round(painted - started, 3) if painted else None
        all_rows = figures.pop("table_all_rows_at", None)
        result["launch_to_all_rows_s"] = round(all_rows - started, 3) if all_rows else None
        paint_started = figures.pop("table_paint_started_at", None)
        if paint_started:
            details = figures.setdefault("details", {})
            details["launch_to_table_paint_start_s"] = round(paint_started - started, 3)
        for key in FIGURES[1:]:
            result[key] = figures.pop(key, None)
        result.update({k: v for k, v in figures.items() if k not in ("notes", "details")})
        result["notes"] = figures.get("notes", [])
        if child.returncode not in (0, None) and out.exists():
            result["notes"].append(f"the window exited with {child.returncode}: {stderr.strip()[-300:]}")
        result["load"] = load()
        result["details"] = figures.get("details", {})
        return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delegates", type=int, default=70_000)
    ap.add_argument("--json", action="store_true", help="print one JSON object (the figures, notes, details)")
    ap.add_argument("--edits", type=int, default=12, help="delegate edits timed (default 12)")
    ap.add_argument("--approvals", type=int, default=12, help="single approvals timed (default 12)")
    ap.add_argument("--remote", type=int, default=3, help="changes by another process timed (default 3)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before the window is stopped")
    args = ap.parse_args()
    quiet = (lambda *a, **k: print(*a, **k, file=sys.stderr)) if args.json else print
    result = measure(args.delegates, edits=args.edits, approvals=args.approvals, remote=args.remote,
                     timeout=args.timeout, log=quiet)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key in (*FIGURES, "launch_to_all_rows_s", "page_filled_ms_max", "accreditation_sort_ms_p95"):
        goal = GOALS.get(key)
        print(f"{key:30} {result.get(key)!s:>10}" + (f"   goal ≤ {goal}" if goal is not None else ""))
    for note in result["notes"]:
        print(f"note: {note}")
    print(f"load: {result['load']}")


if __name__ == "__main__":
    main()
