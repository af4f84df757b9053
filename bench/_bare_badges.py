"""The no-QR limit for bench/bench_cli.py: bare ReportLab drawing the same badges, one process.

    python bench/_bare_badges.py --db FILE [--layout a6]

The badges are the ones `mmdesk print badges` prints from that store (planned by
mmdesk's own plan_badges, not timed). Then, timed: one ReportLab canvas, one badge
a page, each text drawn with drawCentredString in the first of mmdesk's font files
(loaded as plain ReportLab TTFonts) that covers it, at its box's size (no fitting,
shaping or bidi), the category band as a filled rectangle, no QR code; saved to disk.
Prints one JSON object: badges, seconds.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mmdesk.paths import resources_dir
from mmdesk.printing import text
from mmdesk.printing.badges import CATEGORY_STYLE
from mmdesk.printing.layouts import load_layout
from mmdesk.services.badges import plan_badges
from mmdesk.store.database import Store


def bare_fonts() -> list[tuple[str, str, frozenset[int]]]:
    """mmdesk's shipped font files as plain ReportLab TTFonts (not mmdesk's own font class):
    (regular, bold, covered code points) per font."""
    out = []
    for regular, bold, reg_file, bold_file, index, *_ in text._FONTS:  # noqa: SLF001
        names = []
        for name, file in ((regular, reg_file), (bold, bold_file)):
            font = TTFont(f"bare-{name}", str(resources_dir() / "fonts" / file), subfontIndex=index)
            pdfmetrics.registerFont(font)
            names.append(font.fontName)
        out.append((names[0], names[1], frozenset(font.face.charToGlyph)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--layout", default="a6")
    args = ap.parse_args()
    store = Store.open(args.db)
    header, plans = plan_badges(store)
    badges = list(plans.badges())  # what each badge shows, read before the clock starts
    store.close()
    layout = load_layout(args.layout)
    fonts = bare_fonts()

    def font_for(value: str, bold: bool) -> str:
        points = {ord(ch) for ch in value}
        for regular, heavy, covered in fonts:
            if points <= covered:
                return heavy if bold else regular
        return fonts[0][1] if bold else fonts[0][0]

    boxes = layout.boxes
    dark = HexColor("#212121")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bare.pdf"
        start = time.perf_counter()
        c = Canvas(str(target), pagesize=(layout.badge_width, layout.badge_height), pageCompression=1,
                   invariant=1)

        def line(value: str | None, key: str) -> None:
            box = boxes.get(key)
            if not value or box is None:
                return
            c.setFont(font_for(value, box.bold), box.size)
            c.drawCentredString(box.x + box.w / 2, box.y + box.h / 2 - box.size * 0.35, value)

        for b in badges:
            colour, label = CATEGORY_STYLE[b.category]
            if "band" in boxes:
                band = boxes["band"]
                c.setFillColor(HexColor(colour))
                c.rect(band.x, band.y, band.w, band.h, stroke=0, fill=1)
            c.setFillColor(white)
            line(header.bands.get(b.category.value, label).upper(), "category")
            c.setFillColor(dark)
            line(header.name, "event")
            line(header.dates, "dates")
            line(b.honorific, "honorific")
            line(b.name, "name")
            line(b.position, "position")
            line(b.organisation, "organisation")
            line(b.place, "country")
            line(" · ".join(b.zones), "zones")
            line(b.serial, "serial")
            c.showPage()
        c.save()
        seconds = time.perf_counter() - start
        size = target.stat().st_size
    print(json.dumps({"badges": len(badges), "seconds": round(seconds, 3), "pdf_mb": round(size / 1e6, 1)}))


if __name__ == "__main__":
    main()
