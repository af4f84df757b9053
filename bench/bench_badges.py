"""Badge printing speed: badges with a QR code per second, A6, streamed to disk.

    python bench/bench_badges.py [--badges 70000] [--layout a6]

Draws N badges with names in several scripts and a fresh signed code each
(QR encoded by Zint, drawn as merged runs), and reports badges per second and
the peak memory of the process, at the start and at the end (flat memory
means the PDF is streamed page by page). For comparison it also times the
same badges without QR, and the QR drawn one module at a time with segno.
Goal: at least 2,000 badges/s with QR on A6.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from mmdesk.domain.badge_codes import KeyPair, serial_for, sign
from mmdesk.domain.enums import Category
from mmdesk.printing import badges as badge_module
from mmdesk.printing.badges import BadgeData, EventHeader, write_badges
from mmdesk.printing.layouts import load_layout

NAMES = [("Mayor", "Yvonne Aki-Sawyerr", "Freetown, Sierra Leone"), (None, "محمد العلي", "تونس, Tunisia"),
         (None, "王伟", "北京, China"), (None, "Иван Петров", "Москва, Russia"),
         ("Ms.", "Małgorzata Wiśniewska", "Łódź, Poland"), (None, "김민준", "서울, Korea")]


def badges(n: int) -> list[BadgeData]:
    key = KeyPair.generate()
    out = []
    for i in range(n):
        honorific, name, place = NAMES[i % len(NAMES)]
        serial = serial_for(i + 1)
        out.append(BadgeData(serial, sign(serial, key.private), f"{name} {i}", honorific,
                             "Head of International Relations", "City Hall", place,
                             list(Category)[i % len(Category)], ("General", "Public")))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def workers_peak_mb() -> float:
    """The largest peak of any worker process that has ended (0 where none ran)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run(label: str, items: list[BadgeData], layout: str, folder: Path, workers: int | None = None) -> float:
    path = folder / f"{label}.pdf"
    start = time.perf_counter()
    marks = []
    header = EventHeader("6th Mayoral Forum", "20 November 2019 · Quito")
    for done in write_badges(path, load_layout(layout), header, iter(items), len(items), workers=workers):
        if done >= len(items) * (len(marks) + 1) / 10 or done == len(items):
            marks.append(peak_mb())
    seconds = time.perf_counter() - start
    rate = len(items) / seconds
    print(f"{label:28} {len(items):6} badges in {seconds:6.2f} s = {rate:7.0f} badges/s, "
          f"{path.stat().st_size / 1e6:6.1f} MB, peak RSS {marks[0]:.0f} MB at 10 %, "
          f"{marks[len(marks) // 2]:.0f} MB half-way, {marks[-1]:.0f} MB at the end"
          f" (workers' peak so far {workers_peak_mb():.0f} MB)")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--badges", type=int, default=70_000)
    ap.add_argument("--layout", default="a6")
    args = ap.parse_args()
    t = time.perf_counter()
    items = badges(args.badges)
    print(f"prepared {len(items)} badges with signed codes in {time.perf_counter() - t:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = items[:3000]
        run("QR, merged runs (mmdesk)", items, args.layout, folder)
        run("QR, merged runs, one process", items[:10000], args.layout, folder, workers=1)
        real = badge_module.QrEncoder.pdf_ops
        badge_module.QrEncoder.pdf_ops = lambda self, code, x, y, size: ""  # type: ignore[method-assign]
        run("no QR, one process", sample, args.layout, folder, workers=1)
        badge_module.QrEncoder.pdf_ops = real  # type: ignore[method-assign]

        import segno

        def one_rect_per_module(self, code: str, x: float, y: float, size: float) -> str:  # noqa: ANN001
            m = segno.make(code, error="m", micro=False).matrix
            u = size / len(m)
            return "\n".join(f"{x + c * u:.2f} {y + (len(m) - 1 - r) * u:.2f} {u:.2f} {u:.2f} re f"
                             for r, row in enumerate(m) for c, v in enumerate(row) if v)

        badge_module.QrEncoder.pdf_ops = one_rect_per_module  # type: ignore[method-assign]
        run("QR, segno, module by module", sample[:1000], args.layout, folder, workers=1)
        badge_module.QrEncoder.pdf_ops = real  # type: ignore[method-assign]


if __name__ == "__main__":
    main()
