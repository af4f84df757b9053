"""The registration desk at scale, measured in the real window: `python -m mmdesk --db FILE`.

    QT_QPA_PLATFORM=offscreen python bench/bench_desk.py [--delegates 70000] [--people 12] [--json]

The store is `python -m mmdesk --db FILE demo --delegates N` (cached, see bench/_common.py);
every run works on a copy. The window is started in a child process with MMDESK_BENCH=desk,
whose bootstrap (bench/_desk_hook/sitecustomize.py) loads bench/_drive_desk.py: a desk
volunteer on the Check-in desk page in Badge desk mode. Figures (issue 16, goals at 70,000
delegates):

  card_ms     the Enter after a typed name → the person's card shown and painted   ≤ 100 ms
  print_ms    Print badge → the page handed to the printer (a PDF QPrinter), the
              serial issued                                                         ≤ 300 ms

each as first / median / p95 / max over the people (the first includes loading fonts).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, ROOT, child_env, demo_store, load, working_copy  # noqa: E402

GOALS = {"card_ms": 100, "print_ms": 300}


def measure(delegates: int, people: int, timeout: float, log=print) -> dict:  # noqa: ANN001
    """Start the window on a copy of the demo store; the desk volunteer plays; collect."""
    store, keys = demo_store(delegates, log)
    with tempfile.TemporaryDirectory(prefix="mmdesk-bench-desk-") as tmp:
        work = Path(tmp)
        db = working_copy(store, work)
        out = work / "figures.json"
        env = child_env(work / "home", keys, MMDESK_BENCH="desk", MMDESK_BENCH_OUT=str(out),
                        MMDESK_BENCH_DB=str(db), MMDESK_BENCH_PEOPLE=str(people), LANG="C.UTF-8")
        for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            env.pop(var, None)
        env["PYTHONPATH"] = os.pathsep.join([str(BENCH / "_desk_hook"), env["PYTHONPATH"]])
        log(f"starting python -m mmdesk --db {db} ({delegates} generated delegates) …")
        child = subprocess.run([sys.executable, "-m", "mmdesk", "--db", str(db)], env=env, cwd=ROOT,
                               capture_output=True, text=True, timeout=timeout)
        result: dict = {"delegates": delegates}
        if out.exists():
            result.update(json.loads(out.read_text(encoding="utf-8")))
        else:
            result["notes"] = [f"the window wrote no figures (exit {child.returncode}): "
                               f"{(child.stderr or child.stdout).strip()[-600:]}"]
        result["load"] = load()
        return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delegates", type=int, default=70_000)
    ap.add_argument("--people", type=int, default=12, help="people found and printed (default 12)")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    quiet = (lambda *a, **k: print(*a, **k, file=sys.stderr)) if args.json else print
    result = measure(args.delegates, args.people, args.timeout, log=quiet)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, goal in GOALS.items():
        print(f"{key:10} {json.dumps(result.get(key))}   goal p95 ≤ {goal} ms")
    for note in result.get("notes", []):
        print(f"note: {note}")
    print(f"load: {result['load']}")


if __name__ == "__main__":
    main()
