"""Delegates' photos: taken as JPEG or PNG, cropped to the badge's photo box (7 wide by 9
high, a passport photo), downscaled to at most 600 pixels high and stored as a compressed
JPEG; imported in bulk from a folder by file name (the delegate's e-mail or id).

Photos are personal data: out of exports unless asked for (and then as a file name only),
refused once the event is closed, erased by the closing.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.services.common import changed_rows, current_event
from mmdesk.store.database import Store
from mmdesk.store.models import Delegate, DelegatePhoto, utcnow

#: the photo box of every photo layout: width / height
RATIO = 7 / 9
#: the tallest photo kept, in pixels (600 px over a 41 mm box is well over 300 dpi)
MAX_HEIGHT = 600
QUALITY = 82
#: a photo file larger than this is refused before it is read
MAX_FILE_BYTES = 25 * 1024 * 1024
#: and an image of more pixels than this (a decompression bomb)
MAX_PIXELS = 60_000_000
SUFFIXES = (".jpg", ".jpeg", ".png")


class BadPhoto(ValidationError):
    """A file that is not a JPEG or PNG photo that can be used."""


@dataclass(frozen=True)
class Photo:
    """A stored photo: the JPEG and its size in pixels."""

    delegate_id: int
    jpeg: bytes
    width: int
    height: int


def prepare(data: bytes) -> tuple[bytes, int, int]:
    """The photo as stored: cropped around its centre to the box's shape, at most MAX_HEIGHT
    high, as JPEG. BadPhoto for anything but a readable JPEG or PNG."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_FILE_BYTES:
        raise BadPhoto(
            "the photo is too large ({value} MB; at most {value2} MB)",
            value=len(data) // (1024 * 1024), value2=MAX_FILE_BYTES // (1024 * 1024),
            code="photos.photo-too-large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(BytesIO(data))
            if image.format not in ("JPEG", "PNG"):
                raise BadPhoto(
                    "a photo is a JPEG or PNG file, not {value}",
                    value=image.format or 'this', code="photos.photo-jpeg-png")
            if image.width * image.height > MAX_PIXELS:
                raise BadPhoto(
                    "the photo has too many pixels ({width} × {height})",
                    width=image.width, height=image.height, code="photos.too-many-pixels-size")
            image.load()
    except BadPhoto:
        raise
    except UnidentifiedImageError:
        raise BadPhoto("not a JPEG or PNG photo that can be read", code="photos.not-jpeg-png") from None
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise BadPhoto("the photo has too many pixels", code="photos.too-many-pixels") from None
    except (OSError, ValueError) as exc:
        raise BadPhoto("the photo cannot be read ({exc})", exc=exc, code="photos.photo-cannot-read") from None
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, "white")  # transparent PNG: on white
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    w, h = image.size
    if w / h > RATIO:  # too wide: keep the middle
        cw = max(1, round(h * RATIO))
        image = image.crop(((w - cw) // 2, 0, (w - cw) // 2 + cw, h))
    else:  # too tall: keep the top part (a face is in the upper half of a portrait)
        ch = max(1, round(w / RATIO))
        top = min((h - ch) // 4, h - ch)
        image = image.crop((0, top, w, top + ch))
    if image.height > MAX_HEIGHT:
        image = image.resize((max(1, round(MAX_HEIGHT * RATIO)), MAX_HEIGHT), Image.Resampling.LANCZOS)
    out = BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue(), image.width, image.height


def _put(db: DbSession, delegate_id: int, jpeg: bytes, width: int, height: int) -> None:
    row = db.get(DelegatePhoto, delegate_id)
    if row is None:
        db.add(DelegatePhoto(delegate_id=delegate_id, jpeg=jpeg, width=width, height=height))
    else:
        row.jpeg, row.width, row.height, row.updated_at = jpeg, width, height, utcnow()


def set_photo(store: Store, delegate_id: int, data: bytes) -> Photo:
    """Take a delegate's photo (JPEG or PNG bytes), replacing the one they had."""
    jpeg, width, height = prepare(data)
    with store.transaction() as db:
        event = current_event(db)
        if db.scalar(sa.select(Delegate.id).where(Delegate.id == delegate_id,
                                                  Delegate.event_id == event.id)) is None:
            raise MmdeskError(
                "no delegate with id {delegate_id}",
                delegate_id=delegate_id, code="desk.no-delegate-id")
        _put(db, delegate_id, jpeg, width, height)
    return Photo(delegate_id, jpeg, width, height)


def remove_photo(store: Store, delegate_id: int) -> bool:
    """Delete a delegate's photo; whether there was one."""
    with store.transaction() as db:
        return bool(changed_rows(db, sa.delete(DelegatePhoto).where(
            DelegatePhoto.delegate_id == delegate_id)))


def photo_of(store: Store, delegate_id: int) -> bytes | None:
    """A delegate's photo as JPEG bytes (None without one)."""
    with store.reading() as db:
        return db.scalar(sa.select(DelegatePhoto.jpeg).where(DelegatePhoto.delegate_id == delegate_id))


def photos_for(db: DbSession, delegate_ids: Iterable[int]) -> dict[int, bytes]:
    """The photos of these delegates (those who have one), read in chunks."""
    ids = list(dict.fromkeys(delegate_ids))
    out: dict[int, bytes] = {}
    for start in range(0, len(ids), 900):
        out.update((i, jpeg) for i, jpeg in db.execute(sa.select(
            DelegatePhoto.delegate_id, DelegatePhoto.jpeg).where(
            DelegatePhoto.delegate_id.in_(ids[start:start + 900]))))
    return out


def with_photo(db: DbSession, delegate_ids: Iterable[int] | None = None) -> set[int]:
    """Which delegates have a photo (all of them when ids is None)."""
    q = sa.select(DelegatePhoto.delegate_id)
    if delegate_ids is None:
        return set(db.scalars(q))
    ids = list(delegate_ids)
    found: set[int] = set()
    for start in range(0, len(ids), 900):
        found.update(db.scalars(q.where(DelegatePhoto.delegate_id.in_(ids[start:start + 900]))))
    return found


def file_name(delegate_id: int) -> str:
    """The name a delegate's photo goes by outside the store (an export names it, an import
    by delegate id takes it back)."""
    return f"{delegate_id}.jpg"


@dataclass
class PhotoImport:
    """What a folder import did: photos taken, files that named no one, files refused."""

    imported: int = 0
    replaced: int = 0
    unmatched: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """A summary line, then one line per file left out."""
        out = [f"{self.imported} photo(s) imported ({self.replaced} replaced), "
               f"{len(self.unmatched)} file(s) named no delegate, {len(self.refused)} refused"]
        out += [f"{name}: no delegate has this e-mail or id" for name in self.unmatched]
        out += [f"{name}: {why}" for name, why in self.refused]
        return out


def import_photos(store: Store, folder: Path | str) -> PhotoImport:
    """Take every JPEG or PNG in a folder whose name (without its ending) is a delegate's
    e-mail or id: "ana.lopez@city.example.jpg", "1234.png". The good files go in together;
    files that name no one or cannot be read are listed and left out."""
    folder = Path(folder)
    with store.reading() as db:
        event = current_event(db)  # no forum yet: refused first, as every command is
        rows = db.execute(sa.select(Delegate.id, Delegate.email).where(Delegate.event_id == event.id)).all()
    if not folder.is_dir():
        raise MmdeskError("folder {folder} does not exist", folder=folder, code="letters.folder-does-not")
    files = sorted(p for p in folder.iterdir()
                   if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
    if not files:
        raise MmdeskError("no .jpg, .jpeg or .png file in {folder}", folder=folder, code="photos.no-jpg-jpeg")
    report = PhotoImport()
    by_email = {e.strip().lower(): i for i, e in rows if e}
    ids = {i for i, _ in rows}
    chosen: dict[int, tuple[bytes, int, int]] = {}
    for path in files:
        stem = path.stem.strip()
        who = int(stem) if stem.isdigit() and int(stem) in ids else by_email.get(stem.lower())
        if who is None:
            report.unmatched.append(path.name)
            continue
        try:
            chosen[who] = prepare(path.read_bytes())
        except (BadPhoto, OSError) as exc:
            report.refused.append((path.name, str(exc)))
    with store.transaction() as db:
        had = with_photo(db, chosen)
        for delegate_id, (jpeg, width, height) in chosen.items():
            _put(db, delegate_id, jpeg, width, height)
    report.imported = len(chosen)
    report.replaced = len(had)
    return report
