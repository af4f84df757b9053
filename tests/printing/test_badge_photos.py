"""Photos on the photo layouts (one image per badge, as pdfimages lists them), the desk
printers' layouts (CR80 card, Brother QL 62 mm label, Zebra 4 × 3 in label), and a whole
batch from the store with the delegates' photos."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.printing.layouts import available_layouts, load_layout
from mmdesk.services import accreditation as acc
from mmdesk.services.badges import print_badges
from mmdesk.services.photos import set_photo
from mmdesk.store.database import Store
from tests.printing.conftest import pages, pdftext
from tests.printing.test_badges import badge, write

PHOTO_LAYOUTS = [k for k in available_layouts() if "photo" in load_layout(k).boxes]
needs_pdfimages = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler-utils missing")


def jpeg(colour: tuple[int, int, int]) -> bytes:
    out = BytesIO()
    Image.new("RGB", (350, 450), colour).save(out, "JPEG")
    return out.getvalue()


def images(path: Path) -> list[tuple[int, int, int]]:
    """(page, width, height) of every picture drawn, as pdfimages -list shows them (the QR
    codes, 1-bit masks of their modules, are listed as "stencil" and left out)."""
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    return [(int(p[0]), int(p[3]), int(p[4])) for p in (line.split() for line in listed) if p[2] != "stencil"]


def test_the_photo_layouts_are_shipped() -> None:
    assert {"id1-photo", "a6-photo"} <= set(PHOTO_LAYOUTS)


@needs_pdfimages
@pytest.mark.parametrize("layout", PHOTO_LAYOUTS)
def test_every_badge_prints_its_own_photo(tmp_path: Path, layout: str) -> None:
    colours = [(200, 40, 40), (40, 200, 40), (40, 40, 200)]
    items = [dataclasses.replace(badge(f"Person {i}"), photo=jpeg(c)) for i, c in enumerate(colours)]
    path = write(tmp_path, items, layout)
    listed = images(path)
    per = load_layout(layout).per_page
    assert len(listed) == 3  # one photo a badge
    assert sorted(p for p, _, _ in listed) == [1 + i // per for i in range(3)]
    assert all((w, h) == (350, 450) for _, w, h in listed)
    assert "Person 2" in pdftext(path)


@needs_pdfimages
def test_a_badge_without_photo_keeps_an_empty_frame_and_no_image(tmp_path: Path) -> None:
    path = write(tmp_path, [badge("No Photo")], "a6-photo")
    assert images(path) == [] and pages(path) == 1


@pytest.mark.parametrize(("layout", "page", "printer"), [
    ("id1", (85.6, 54), (54, 85.6, True)),  # a CR80 card printer's page, turned
    ("id1-photo", (85.6, 54), (54, 85.6, True)),
    ("label-62x100", (62, 100), None),  # Brother QL, 62 mm continuous
    ("label-4x3", (101.6, 76.2), None),  # Zebra 4 × 3 in
])
def test_desk_printer_layouts(tmp_path: Path, layout: str, page: tuple[float, float],
                              printer: tuple[float, float, bool] | None) -> None:
    chosen = load_layout(layout)
    assert (round(chosen.page_width / 72 * 25.4, 1), round(chosen.page_height / 72 * 25.4, 1)) == page
    assert chosen.printer_page == printer
    path = write(tmp_path, [badge("Label Person")], layout)
    assert pages(path) == 1 and "Label Person" in pdftext(path)


@needs_pdfimages
def test_a_batch_from_the_store_carries_the_delegates_photos(demo: Store, tmp_path: Path) -> None:
    approved = [r for r in acc.list_accreditations(demo) if r.state is S.APPROVED][:3]
    for i, r in enumerate(approved[:2]):
        set_photo(demo, r.delegate_id, jpeg((60 * i, 90, 120)))
    ids = [r.delegate_id for r in approved]
    done = list(print_badges(demo, tmp_path / "b.pdf", layout="a6-photo", delegate_ids=ids))
    assert done[-1] == (3, 3)
    assert len(images(tmp_path / "b.pdf")) == 2  # the third has no photo: an empty frame
