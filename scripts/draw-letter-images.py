"""Draw the default letterhead and signature of resources/letters/ (simple PNGs an organizer
replaces with their own): python3 scripts/draw-letter-images.py"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "letters"
TEAL, BLUE, INK = (0, 105, 120, 255), (30, 80, 160, 255), (20, 40, 110, 255)


def letterhead(path: Path) -> None:
    """An emblem (a globe of arcs in a ring) and a band across the page's width."""
    w, h = 1800, 240
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    cx, cy, r = 120, 110, 92
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=TEAL, width=10)
    d.ellipse((cx - r + 26, cy - r + 26, cx + r - 26, cy + r - 26), outline=BLUE, width=6)
    for k in (-1, 0, 1):
        d.arc((cx - 30 - 14 * abs(k), cy - r + 26, cx + 30 + 14 * abs(k), cy + r - 26),
              90 if k < 0 else 270, 270 if k < 0 else 90, fill=BLUE, width=5)
    d.line((cx - r + 26, cy, cx + r - 26, cy), fill=BLUE, width=5)
    d.rectangle((260, 96, w - 20, 124), fill=TEAL)
    d.rectangle((260, 138, w - 420, 146), fill=BLUE)
    img.save(path, optimize=True)


def signature(path: Path) -> None:
    """A handwritten-looking stroke in dark ink on a transparent ground."""
    w, h = 720, 220
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    points = []
    for i in range(400):
        t = i / 399
        x = 40 + t * 600
        y = 120 + 55 * math.sin(t * 14) * (1 - t) - 30 * math.sin(t * 5) + 20 * t
        points.append((x, y))
    d.line(points, fill=INK, width=7, joint="curve")
    d.line([(60, 175), (420, 160), (660, 170)], fill=INK, width=5, joint="curve")
    img.save(path, optimize=True)


if __name__ == "__main__":
    letterhead(FOLDER / "letterhead.png")
    signature(FOLDER / "signature.png")
