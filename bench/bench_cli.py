"""The command line at scale, measured from outside: whole `python -m mmdesk …` commands.

    python bench/bench_cli.py [--delegates 70000] [--badges 20000[,70000]] [--json]

On copies of the cached demo store (`mmdesk demo --delegates N`, see bench/_common.py):

  startup_s                    `mmdesk --version`, the price of any command (median of 3)
  print_badges_N_s             `mmdesk print badges` of exactly N badges (N delegates approved in
                               the copy), the whole command
  bare_reportlab_no_qr_N_s     bare ReportLab drawing the same N badges without QR in one
                               process, in the same run (bench/_bare_badges.py; drawing only)
  print_badges_N_ratio         command / bare; issue 19 asks ≤ 2 (≥ 50 % of the no-QR limit);
                               both run --repeat times alternately (default 3), the best of each
  export_delegates_s           `mmdesk export delegates` of every delegate to .xlsx
  import_delegates_s           `mmdesk import delegates` of that file into a fresh demo store
                               (the demo's own delegates skipped as duplicates); goal ≤ 10 s
  check_beyond_startup_ms      `mmdesk check` on the demo, minus startup_s (median of 3); goal ≤ 200 ms
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, ROOT, checkpoint, child_env, demo_store, load, working_copy  # noqa: E402

APPROVED = ("approved", "badge_issued", "badge_collected")


class Failed(Exception):
    """A command that did not succeed: its figure is left out and said in the notes."""


class Runner:
    """Runs `python -m mmdesk` (or a bench script) as a child; wall time and peak memory."""

    def __init__(self, home: Path, keys: Path) -> None:
        self.env = child_env(home, keys)

    def run(self, *args: str, script: Path | None = None, ok: tuple[int, ...] = (0,)) -> dict:
        command = [sys.executable, str(script)] if script else [sys.executable, "-m", "mmdesk"]
        start = time.perf_counter()
        child = subprocess.Popen([*command, *args], env=self.env, cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        stdout, stderr = child.communicate()
        seconds = time.perf_counter() - start
        if child.returncode not in ok:
            raise Failed(f"{' '.join(args[2:] if args[:1] == ('--db',) else args)} failed "
                         f"({child.returncode}): {(stderr or stdout).strip()[-400:]}")
        return {"seconds": seconds, "stdout": stdout, "stderr": stderr}

    def median(self, *args: str, times: int = 3, ok: tuple[int, ...] = (0,)) -> float:
        return statistics.median(self.run(*args, ok=ok)["seconds"] for _ in range(times))


def check(runner: Runner, store: Path, work: Path, result: dict) -> None:
    db = working_copy(store, work, "check.sqlite3")
    seconds = runner.median("--db", str(db), "check", ok=(0, 1))  # 1: the demo has errors
    result["check_s"] = round(seconds, 3)
    result["check_beyond_startup_ms"] = round((seconds - result["startup_s"]) * 1000)


def approve_exactly(db: Path, n: int) -> int:
    """In a copy: exactly n delegates approved (one nomination each), every other nomination
    back to nominated, so `mmdesk print badges` prints n badges."""
    with sqlite3.connect(db) as con:
        marks = ",".join("?" * len(APPROVED))
        con.execute(f"UPDATE accreditations SET state = 'nominated' WHERE state IN ({marks})", APPROVED)
        chosen = con.execute("UPDATE accreditations SET state = 'approved' WHERE id IN (SELECT min(id) "
                             "FROM accreditations GROUP BY delegate_id ORDER BY 1 LIMIT ?)", (n,)).rowcount
    con.close()
    return chosen


def badges(runner: Runner, store: Path, work: Path, n: int, repeat: int, result: dict) -> None:
    """Print n badges, then the bare loop, `repeat` times alternately (the best of each)."""
    commands, bares = [], []
    for _ in range(repeat):
        db = working_copy(store, work, f"badges-{n}.sqlite3")  # each attempt prints new badges
        got = approve_exactly(db, n)
        if got < n and not commands:
            result["notes"].append(f"print badges: the demo store has only {got} delegates; "
                                   f"use --delegates ≥ {n}")
        pdf = work / f"badges-{n}.pdf"
        said = work / "print.out"
        with open(said, "w+b") as sink:
            start = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-m", "mmdesk", "--db", str(db), "print", "badges",
                                      str(pdf)], env=runner.env, cwd=ROOT, stdout=sink, stderr=sink)
            status, usage = _wait4(child)
            seconds = time.perf_counter() - start
        out = said.read_text(errors="replace")
        if status != 0:
            raise Failed(f"print badges failed ({status}): {out.strip()[-400:]}")
        printed = int(m.group(1)) if (m := re.search(r"printed (\d+) badge", out)) else None
        commands.append((seconds, printed, round(pdf.stat().st_size / 1e6, 1), round(usage.ru_maxrss / 1024)))
        bares.append(json.loads(runner.run("--db", str(db), script=BENCH / "_bare_badges.py")["stdout"]))
        pdf.unlink(missing_ok=True)
        db.unlink(missing_ok=True)
    seconds, printed, pdf_mb, peak = min(commands)
    bare = min(bares, key=lambda b: b["seconds"])
    result[f"print_badges_{n}_s"] = round(seconds, 3)
    result[f"bare_reportlab_no_qr_{n}_s"] = bare["seconds"]
    result[f"print_badges_{n}_ratio"] = round(seconds / bare["seconds"], 2)
    result["details"][f"print_badges_{n}"] = {
        "badges_printed": printed, "bare_badges": bare["badges"],
        "badges_per_s": round((printed or 0) / seconds),
        "pdf_mb": pdf_mb, "bare_pdf_mb": bare["pdf_mb"], "peak_rss_mb_command": peak,
        "beyond_startup_ratio": round((seconds - result["startup_s"]) / bare["seconds"], 2),
        "runs_s": {"command": [round(c[0], 2) for c in commands], "bare": [b["seconds"] for b in bares]}}


def _wait4(child: subprocess.Popen) -> tuple[int, Any]:
    """Wait for a child with its resource usage (peak memory of it, or of the largest worker it
    waited for)."""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, usage


def empty_of_delegates(db: Path) -> None:
    """Delete every delegate and every row that depends on one (sessions and routes stay)."""
    with sqlite3.connect(db) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'")]
        refers = {t: {row[2] for row in con.execute(f"PRAGMA foreign_key_list('{t}')")} for t in tables}
        doomed = ["delegates"]
        while grown := [t for t in tables if t not in doomed and refers[t] & set(doomed)]:
            doomed += grown
        for table in reversed(doomed):
            con.execute(f'DELETE FROM "{table}"')
    con.close()
    checkpoint(db)


def spreadsheets(runner: Runner, store: Path, work: Path, result: dict) -> None:
    db = working_copy(store, work, "export.sqlite3")
    sheet = work / "delegates.xlsx"
    took = runner.run("--db", str(db), "export", "delegates", str(sheet))
    result["export_delegates_s"] = round(took["seconds"], 3)
    target = working_copy(store, work, "import.sqlite3")  # the same forum and routes …
    empty_of_delegates(target)  # … without a delegate
    took = runner.run("--db", str(target), "import", "delegates", str(sheet))
    result["import_delegates_s"] = round(took["seconds"], 3)
    said = took["stdout"].strip().splitlines()
    result["details"]["import_delegates"] = {"said": said[0][:300] if said else "",
                                             "lines_reported": max(0, len(said) - 1)}
    with sqlite3.connect(target) as con:
        count = con.execute("SELECT count(*) FROM delegates").fetchone()[0]
        result["details"]["delegates_after_import"] = count
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delegates", type=int, default=70_000)
    ap.add_argument("--badges", default="20000", help="badge counts, comma-separated (default 20000)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--repeat", type=int, default=3,
                    help="print badges and the bare loop this many times each, alternately; the best "
                         "of each counts (default 3)")
    ap.add_argument("--skip", default="", help="parts to leave out: badges,import,check")
    args = ap.parse_args()
    log = (lambda *a, **k: print(*a, **k, file=sys.stderr)) if args.json else print
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    store, keys = demo_store(args.delegates, log)
    result: dict = {"delegates": args.delegates, "notes": [], "details": {}}
    with tempfile.TemporaryDirectory(prefix="mmdesk-bench-cli-") as tmp:
        work = Path(tmp)
        runner = Runner(work / "home", keys)
        log("mmdesk --version …")
        result["startup_s"] = round(runner.median("--version"), 3)
        parts = []
        if "check" not in skip:
            parts.append(("mmdesk check", lambda: check(runner, store, work, result)))
        if "badges" not in skip:
            for n in (int(x) for x in args.badges.split(",") if x.strip()):
                parts.append((f"mmdesk print badges ({n}) and bare ReportLab",
                              lambda n=n: badges(runner, store, work, n, args.repeat, result)))
        if "import" not in skip:
            parts.append(("mmdesk export delegates, mmdesk import delegates",
                          lambda: spreadsheets(runner, store, work, result)))
        for what, part in parts:
            log(f"{what} …")
            try:
                part()
            except Failed as exc:
                result["notes"].append(str(exc))
    result["load"] = load()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        if key not in ("notes", "details"):
            print(f"{key:34} {value}")
    for note in result["notes"]:
        print(f"note: {note}")
    print(json.dumps(result["details"], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
