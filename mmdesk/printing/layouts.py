"""Badge layouts read from resources/layouts/*.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm

from mmdesk.domain.errors import MmdeskError
from mmdesk.paths import resources_dir

ELEMENTS = ("band", "category", "event", "dates", "honorific", "name", "position",
            "organisation", "country", "qr", "serial", "zones", "photo")


@dataclass(frozen=True)
class Box:
    """One element's box in points from the badge's bottom-left corner (PDF space)."""

    x: float
    y: float
    w: float
    h: float
    size: float = 10.0
    min_size: float = 6.0
    bold: bool = False
    align: str = "center"
    lines: int = 1


@dataclass(frozen=True)
class Layout:
    """Page and badge sizes in points, the grid of badges per page, the element boxes."""

    key: str
    name: str
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int
    rows: int
    crop_marks: bool
    boxes: dict[str, Box]
    #: the page as a desk printer's driver names it, in mm (a CR80 card printer: 54 × 85.6,
    #: landscape), when it differs from the PDF page; None: the PDF page as it is
    printer_page: tuple[float, float, bool] | None = None

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner of the index-th badge on a page (filled row by row from the top)."""
        col, row = index % self.columns, index // self.columns
        left = (self.page_width - self.columns * self.badge_width) / 2
        top = (self.page_height - self.rows * self.badge_height) / 2
        return left + col * self.badge_width, self.page_height - top - (row + 1) * self.badge_height


def available_layouts() -> list[str]:
    """The layout names shipped in resources/layouts."""
    return sorted(p.stem for p in (resources_dir() / "layouts").glob("*.json"))


@lru_cache(maxsize=16)
def load_layout(key: str) -> Layout:
    """A layout by name; MmdeskError names the known ones if it does not exist or is malformed."""
    path = resources_dir() / "layouts" / f"{key}.json"
    if not path.is_file():
        raise MmdeskError(
            "no badge layout {key} (layouts: {join})",
            key=repr(key), join=', '.join(available_layouts()), code="layouts.no-badge-layout")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        badge_w, badge_h = data["badge"]
        boxes = {}
        for name, b in data["elements"].items():
            if name not in ELEMENTS:
                raise MmdeskError("unknown element {name}", name=repr(name), code="layouts.unknown-element")
            boxes[name] = Box(
                x=b["x"] * mm, y=(badge_h - b["y"] - b["h"]) * mm, w=b["w"] * mm, h=b["h"] * mm,
                size=b.get("size", 10.0), min_size=b.get("min_size", b.get("size", 10.0) * 0.6),
                bold=b.get("bold", False), align=b.get("align", "center"), lines=b.get("lines", 1),
            )
        layout = Layout(
            key=key, name=data["name"], page_width=data["page"][0] * mm,
            page_height=data["page"][1] * mm, badge_width=badge_w * mm, badge_height=badge_h * mm,
            columns=int(data["columns"]), rows=int(data["rows"]),
            crop_marks=bool(data.get("crop_marks")), boxes=boxes,
            printer_page=(float(data["printer_page"][0]), float(data["printer_page"][1]),
                          data.get("printer_orientation") == "landscape") if "printer_page" in data else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise MmdeskError(
            "badge layout {key} is malformed: {exc}",
            key=repr(key), exc=exc, code="layouts.badge-layout-malformed") from exc
    if layout.columns * layout.badge_width > layout.page_width + 0.01 or \
            layout.rows * layout.badge_height > layout.page_height + 0.01:
        raise MmdeskError(
            "badge layout {key}: the badges do not fit the page",
            key=repr(key), code="layouts.badge-layout-badges")
    return layout
