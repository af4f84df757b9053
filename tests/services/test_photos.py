"""Delegates' photos: cropped, downscaled, stored as JPEG; imported from a folder; masked in
exports; erased by the closing."""

from __future__ import annotations

import csv
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from mmdesk.domain.errors import MmdeskError
from mmdesk.services import photos
from mmdesk.services.delegates import list_delegates
from mmdesk.services.exchange import ExportError, export_delegates
from mmdesk.services.privacy import close_event
from mmdesk.store.database import Store


def image(width: int, height: int, fmt: str = "JPEG", colour: tuple[int, int, int] = (180, 90, 60)) -> bytes:
    out = BytesIO()
    Image.new("RGB", (width, height), colour).save(out, fmt)
    return out.getvalue()


def test_a_photo_is_cropped_to_the_box_and_downscaled() -> None:
    jpeg, w, h = photos.prepare(image(2000, 1000))  # landscape: the middle is kept
    assert h == photos.MAX_HEIGHT
    assert abs(w / h - photos.RATIO) < 0.01 and h <= photos.MAX_HEIGHT
    assert Image.open(BytesIO(jpeg)).format == "JPEG"
    jpeg, w, h = photos.prepare(image(300, 900, "PNG"))  # tall and small: cropped, not enlarged
    assert (w, h) == (300, round(300 / photos.RATIO))


@pytest.mark.parametrize("data", [b"not an image", image(40, 40, "GIF")])
def test_anything_but_a_jpeg_or_png_is_refused(data: bytes) -> None:
    with pytest.raises(photos.BadPhoto):
        photos.prepare(data)


def test_set_replace_and_remove(demo: Store) -> None:
    d = list_delegates(demo)[0]
    assert photos.photo_of(demo, d.id) is None
    photos.set_photo(demo, d.id, image(700, 900))
    first = photos.photo_of(demo, d.id)
    photos.set_photo(demo, d.id, image(700, 900, colour=(10, 200, 10)))
    assert photos.photo_of(demo, d.id) not in (None, first)
    assert photos.remove_photo(demo, d.id) and photos.photo_of(demo, d.id) is None
    with pytest.raises(MmdeskError):
        photos.set_photo(demo, 999_999, image(70, 90))


def test_a_folder_is_imported_by_e_mail_or_id(demo: Store, tmp_path: Path) -> None:
    people = list_delegates(demo)
    with_mail = next(d for d in people if d.email)
    other, third = [d for d in people if d.id != with_mail.id][:2]
    (tmp_path / f"{with_mail.email.upper()}.jpg").write_bytes(image(350, 450))
    (tmp_path / f"{other.id}.png").write_bytes(image(350, 450, "PNG"))
    (tmp_path / "nobody@nowhere.example.jpg").write_bytes(image(350, 450))
    (tmp_path / f"{third.id}.jpg").write_bytes(b"\xff\xd8 broken")
    (tmp_path / "notes.txt").write_text("not a photo")
    report = photos.import_photos(demo, tmp_path)
    assert report.imported == 2 and report.unmatched == ["nobody@nowhere.example.jpg"]
    assert [name for name, _ in report.refused] == [f"{third.id}.jpg"]
    assert photos.photo_of(demo, with_mail.id) and photos.photo_of(demo, other.id)
    assert photos.photo_of(demo, third.id) is None
    with pytest.raises(MmdeskError, match="does not exist"):
        photos.import_photos(demo, tmp_path / "missing")


def test_photos_are_masked_in_exports_and_named_only_with_sensitive(demo: Store, tmp_path: Path) -> None:
    d = list_delegates(demo)[0]
    photos.set_photo(demo, d.id, image(350, 450))
    with pytest.raises(ExportError, match="sensitive"):
        list(export_delegates(demo, tmp_path / "a.csv", ["given_name", "photo"]))
    list(export_delegates(demo, tmp_path / "plain.csv"))
    assert "Photo" not in (tmp_path / "plain.csv").read_text(encoding="utf-8-sig")
    list(export_delegates(demo, tmp_path / "b.csv", ["given_name", "family_name", "photo"], sensitive=True))
    with open(tmp_path / "b.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    named = [r["Photo file"] for r in rows if r["Photo file"]]
    assert named == [f"{d.id}.jpg"]  # a file name, never the photo


def test_the_closing_erases_the_photos(demo: Store) -> None:
    d = list_delegates(demo)[0]
    photos.set_photo(demo, d.id, image(350, 450))
    close_event(demo, today=date(2100, 1, 1))
    assert photos.photo_of(demo, d.id) is None
    with pytest.raises(MmdeskError, match="closed"):
        photos.set_photo(demo, d.id, image(350, 450))
