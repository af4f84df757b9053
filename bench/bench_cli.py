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
  badges_main_peak_mb          {N: peak resident memory (MB) of the command's own process}, and
  badges_worker_peak_mb        {N: that of its largest worker process}, the highest of the runs
                               (/proc's VmHWM, read every 50 ms); flat: about the same at every N
  export_delegates_s           `mmdesk export delegates` of every delegate to .xlsx
  import_delegates_s           `mmdesk import delegates` of that file into a copy of the demo
                               store emptied of delegates, each time into a fresh copy, the best
                               of --import-repeat runs (default 3); goal ≤ 10 s (details.reimport_merge:
                               the file back into the store it came from with --duplicates
                               merge: every row unchanged)
  check_beyond_startup_ms      `mmdesk check` on the demo grown to 500 sessions × 5,000 speaking slots
                               (--sessions, --slots; bench/_big_programme.py, cached), minus
                               `mmdesk --version`, each the best of --check-repeat runs taken
                               alternately; goal ≤ 200 ms (check_json_beyond_startup_ms: --json;
                               check_store: the store's counts)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, ROOT, checkpoint, child_env, demo_store, load, made_once, working_copy  # noqa: E402

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


def programme_store(store: Path, keys: Path, sessions: int, slots: int, log) -> Path:  # noqa: ANN001
    """The demo store grown to `sessions` sessions and `slots` speaking slots through mmdesk's
    services (bench/_big_programme.py, in a child), made once and kept beside the demo store."""
    from _common import cache_root

    folder = cache_root() / f"programme-{sessions}x{slots}-{store.parent.name}"
    grown = folder / "programme.sqlite3"
    if (folder / "ready").exists():
        return grown
    for old in folder.parent.glob(f"programme-{sessions}x{slots}-demo-*"):  # of an older demo store
        shutil.rmtree(old, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"growing the programme to {sessions} sessions, {slots} speaking slots in {folder} (once) …")
    shutil.copyfile(store, grown)
    failed = made_once(folder, grown, keys, [str(BENCH / "_big_programme.py"), str(grown), "--sessions",
                                             str(sessions), "--slots", str(slots)], log)
    if failed:
        raise Failed(f"growing the programme failed {failed}")
    return grown


def check(runner: Runner, store: Path, work: Path, result: dict, sessions: int, slots: int, repeat: int,
          log) -> None:  # noqa: ANN001
    """`mmdesk check` and `mmdesk check --json` on a programme of `sessions` × `slots` (and the
    demo's delegates), each minus `mmdesk --version` timed alternately with it: best of `repeat`."""
    if sessions:
        store = programme_store(store, Path(runner.env["MMDESK_KEYS"]), sessions, slots, log)
    db = working_copy(store, work, "check.sqlite3")
    runner.run("--db", str(db), "check", ok=(0, 1))  # the first open may settle the file; not timed
    with sqlite3.connect(db) as con:
        counts = {"sessions": con.execute("SELECT count(*) FROM sessions").fetchone()[0],
                  "speaking_slots": con.execute("SELECT count(*) FROM speaking_slots").fetchone()[0],
                  "delegates": con.execute("SELECT count(*) FROM delegates").fetchone()[0]}
    con.close()
    runs: dict[str, list[float]] = {"version": [], "check": [], "check_json": []}
    cpu: dict[str, list[float]] = {"version": [], "check": [], "check_json": []}
    commands = {"version": ("--version",), "check": ("--db", str(db), "check"),
                "check_json": ("--db", str(db), "check", "--json")}
    findings = None
    for _ in range(repeat):  # alternately, so that a busy moment of the machine hits all three
        for key, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            said = runner.run(*command, ok=(0, 1))  # 1: errors found
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            runs[key].append(said["seconds"])
            cpu[key].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if key == "check_json":
                report = json.loads(said["stdout"])
                findings = {"errors": report["errors"], "warnings": report["warnings"]}
    start = min(runs["version"])
    result["check_s"] = round(min(runs["check"]), 3)
    result["check_beyond_startup_ms"] = round((min(runs["check"]) - start) * 1000)
    result["check_json_beyond_startup_ms"] = round((min(runs["check_json"]) - start) * 1000)
    result["check_store"] = counts
    result["details"]["check"] = {
        **counts, "findings": findings, "startup_s_best": round(start, 3),
        # processor time (user + system) of the child: steadier than wall time on a shared machine
        "cpu_beyond_startup_ms": {k: round((min(cpu[k]) - min(cpu["version"])) * 1000)
                                  for k in ("check", "check_json")},
        # without a bytecode cache every module is compiled again at each start (a user's
        # installed mmdesk has one)
        "bytecode_cache": "off (PYTHONDONTWRITEBYTECODE)" if runner.env.get("PYTHONDONTWRITEBYTECODE")
        else "on", "runs_s": {k: [round(x, 3) for x in v] for k, v in runs.items()}}


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
    commands, bares, memory = [], [], []
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
            peaks = _PeakWatch(child.pid)
            status, usage = _wait4(child)
            seconds = time.perf_counter() - start
            peaks.stop()
        out = said.read_text(errors="replace")
        if status != 0:
            raise Failed(f"print badges failed ({status}): {out.strip()[-400:]}")
        printed = int(m.group(1)) if (m := re.search(r"printed (\d+) badge", out)) else None
        commands.append((seconds, printed, round(pdf.stat().st_size / 1e6, 1), round(usage.ru_maxrss / 1024)))
        memory.append((peaks.main_mb, peaks.worker_mb))
        bares.append(json.loads(runner.run("--db", str(db), script=BENCH / "_bare_badges.py")["stdout"]))
        pdf.unlink(missing_ok=True)
        db.unlink(missing_ok=True)
    seconds, printed, pdf_mb, peak = min(commands)
    bare = min(bares, key=lambda b: b["seconds"])
    result[f"print_badges_{n}_s"] = round(seconds, 3)
    result[f"bare_reportlab_no_qr_{n}_s"] = bare["seconds"]
    result[f"print_badges_{n}_ratio"] = round(seconds / bare["seconds"], 2)
    for key, values in (("badges_main_peak_mb", [m for m, _ in memory]),
                        ("badges_worker_peak_mb", [w for _, w in memory])):
        seen = [round(v) for v in values if v is not None]
        result.setdefault(key, {})[str(n)] = max(seen) if seen else None
    result["details"][f"print_badges_{n}"] = {
        "badges_printed": printed, "bare_badges": bare["badges"],
        "badges_per_s": round((printed or 0) / seconds),
        "pdf_mb": pdf_mb, "bare_pdf_mb": bare["pdf_mb"], "peak_rss_mb_command": peak,
        "beyond_startup_ratio": round((seconds - result["startup_s"]) / bare["seconds"], 2),
        "runs_s": {"command": [round(c[0], 2) for c in commands], "bare": [b["seconds"] for b in bares]}}


class _PeakWatch:
    """Reads, every 50 ms until stopped, the peak resident memory (VmHWM) of a process and of
    each of its child processes (the badge workers) while they live; None where /proc is not."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.main_mb: float | None = None
        self.worker_mb: float | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    @staticmethod
    def _hwm_mb(pid: int) -> float | None:
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError):
            pass
        return None

    def _children(self) -> set[int]:
        found: set[int] = set()
        try:
            for task in os.listdir(f"/proc/{self.pid}/task"):
                with open(f"/proc/{self.pid}/task/{task}/children") as kids:
                    found.update(int(k) for k in kids.read().split())
        except (OSError, ValueError):
            pass
        return found

    def _watch(self) -> None:
        while not self._done.wait(0.05):
            if (main := self._hwm_mb(self.pid)) is not None:
                self.main_mb = max(self.main_mb or 0.0, main)
            for kid in self._children():
                if (worker := self._hwm_mb(kid)) is not None:
                    self.worker_mb = max(self.worker_mb or 0.0, worker)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


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


def spreadsheets(runner: Runner, store: Path, work: Path, result: dict, repeat: int) -> None:
    db = working_copy(store, work, "export.sqlite3")
    sheet = work / "delegates.xlsx"
    took = runner.run("--db", str(db), "export", "delegates", str(sheet))
    result["export_delegates_s"] = round(took["seconds"], 3)
    empty = working_copy(store, work, "empty.sqlite3")  # the same forum and routes …
    empty_of_delegates(empty)  # … without a delegate
    runs = []
    for _ in range(max(1, repeat)):  # each into a fresh copy of the emptied store; the best counts
        target = working_copy(empty, work, "import.sqlite3")
        took = runner.run("--db", str(target), "import", "delegates", str(sheet))
        runs.append(round(took["seconds"], 3))
    result["import_delegates_s"] = min(runs)
    said = took["stdout"].strip().splitlines()
    result["details"]["import_delegates"] = {"said": said[0][:300] if said else "",
                                             "lines_reported": max(0, len(said) - 1), "runs_s": runs}
    with sqlite3.connect(target) as con:
        count = con.execute("SELECT count(*) FROM delegates").fetchone()[0]
        result["details"]["delegates_after_import"] = count
    con.close()
    # the file back into the store it came from, merged: every row is there and adds nothing
    took = runner.run("--db", str(db), "import", "delegates", str(sheet), "--duplicates", "merge")
    said = took["stdout"].strip().splitlines()
    result["details"]["reimport_merge"] = {"seconds": round(took["seconds"], 3),
                                           "said": said[0][:300] if said else ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delegates", type=int, default=70_000)
    ap.add_argument("--badges", default="20000", help="badge counts, comma-separated (default 20000)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--repeat", type=int, default=3,
                    help="print badges and the bare loop this many times each, alternately; the best "
                         "of each counts (default 3)")
    ap.add_argument("--skip", default="", help="parts to leave out: badges,import,check")
    ap.add_argument("--sessions", type=int, default=500,
                    help="check: the programme grown to this many sessions (0: the demo's own)")
    ap.add_argument("--slots", type=int, default=5000, help="check: … and this many speaking slots")
    ap.add_argument("--import-repeat", type=int, default=3,
                    help="import: runs, each into a fresh copy; the best counts (default 3)")
    ap.add_argument("--check-repeat", type=int, default=5,
                    help="check: runs of --version, check and check --json, alternately; the best counts")
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
            parts.append((f"mmdesk check ({args.sessions} sessions, {args.slots} speaking slots)",
                          lambda: check(runner, store, work, result, args.sessions, args.slots,
                                        args.check_repeat, log)))
        if "badges" not in skip:
            for n in (int(x) for x in args.badges.split(",") if x.strip()):
                parts.append((f"mmdesk print badges ({n}) and bare ReportLab",
                              lambda n=n: badges(runner, store, work, n, args.repeat, result)))
        if "import" not in skip:
            parts.append(("mmdesk export delegates, mmdesk import delegates",
                          lambda: spreadsheets(runner, store, work, result, args.import_repeat)))
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
