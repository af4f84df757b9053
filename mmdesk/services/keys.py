"""The event's badge-signing key: made on first use; the public part in the store, the private
part in a key file on the printing desk (mmdesk/store/keyfiles.py), never in the store."""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.badge_codes import SERIAL_DIGITS, KeyPair, Verifier, number_of, serial_for, sign
from mmdesk.domain.errors import MmdeskError
from mmdesk.domain.sentences import Sentence
from mmdesk.files import writable_target
from mmdesk.services.common import current_event
from mmdesk.store import keyfiles
from mmdesk.store.database import Store
from mmdesk.store.models import Accreditation, Badge, Delegate, Event, EventKey, utcnow

#: what a desk without the private key says when asked to print
NO_KEY = "this desk has no signing key; import it with `mmdesk key import FILE`"


_SERIAL = re.compile(r"^(\d{6}|[0-9A-HJKMNP-TV-Z]{10})$")


class NoSigningKey(MmdeskError):
    """This desk can verify badges but not issue codes (the key file is not here)."""


def ensure_key(db: DbSession, event_id: int) -> KeyPair:
    """The event's key pair, generated on first use (within the caller's transaction): the
    public key in the store, the private key in this desk's key file (None where absent)."""
    public = db.get(EventKey, event_id)
    if public is None:
        pair = KeyPair.generate()
        assert pair.private is not None
        keyfiles.write_private(pair.private)  # on this desk only, never in the store
        db.add(EventKey(event_id=event_id, public_key=pair.public))
        db.flush()
        return pair
    return KeyPair(public.public_key, keyfiles.read_private(public.public_key))


def last_badge_number(db: DbSession, *, lock: bool = False) -> int:
    """The highest badge number the store has issued (0 for none). With `lock`, the
    numbering is held until the transaction ends, so two desks on a server never issue the
    same number (a file store already lets one writer in at a time)."""
    if lock:
        db.execute(sa.select(Event.id).with_for_update())
    top = db.scalar(sa.select(sa.func.max(Badge.serial))
                    .where(sa.func.length(Badge.serial) == SERIAL_DIGITS))
    return number_of(top or "") or 0


def next_serial(db: DbSession) -> str:
    """The store's next badge serial within this transaction (each call the next number)."""
    last = db.info.get("last_badge_number")
    if last is None:
        last = last_badge_number(db, lock=True)
    db.info["last_badge_number"] = last + 1
    return serial_for(last + 1)


def verifier(store: Store, *, event_id: int | None = None) -> Verifier:
    """A verifier for the event's public key (made once per desk session and reused)."""
    with store.transaction() as db:
        event = current_event(db, event_id)
        return Verifier(ensure_key(db, event.id).public)


def badge_codes(store: Store, serials: list[str], *, event_id: int | None = None) -> dict[str, str]:
    """The signed code of each serial (for printing); NoSigningKey at a verifying-only desk."""
    with store.transaction() as db:
        event = current_event(db, event_id)
        pair = ensure_key(db, event.id)
    if pair.private is None:
        raise NoSigningKey(NO_KEY, code="keys.no-signing-key")
    return {s: sign(s, pair.private) for s in serials}


def code_for_delegate(store: Store, delegate_id: int) -> str:
    """The code of a delegate's valid badge (NotFound-like error where none is issued)."""
    with store.reading() as db:
        serial = db.scalar(
            sa.select(Badge.serial).join(Accreditation)
            .where(Accreditation.delegate_id == delegate_id, Badge.revoked_at.is_(None))
            .order_by(Badge.id.desc()).limit(1)
        )
        name = db.scalar(sa.select(Delegate.family_name).where(Delegate.id == delegate_id))
    if serial is None:
        raise MmdeskError(
            "{value} has no valid badge",
            value=name or 'that delegate', code="keys.no-valid-badge")
    return badge_codes(store, [serial])[serial]


@dataclass(frozen=True)
class VerificationKit:
    """What travels to another desk: the public key and the revoked serials, never the private key."""

    event: str
    public_key: bytes
    revoked: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "public_key": base64.b64encode(self.public_key).decode(),
            "revoked": list(self.revoked),
            "written_at": utcnow().isoformat(timespec="seconds") + "Z",
        }


def verification_kit(store: Store, *, event_id: int | None = None) -> VerificationKit:
    """The event's public key and revocation list."""
    with store.transaction() as db:
        event = current_event(db, event_id)
        pair = ensure_key(db, event.id)
        revoked = db.scalars(
            sa.select(Badge.serial).join(Accreditation).join(Delegate)
            .where(Delegate.event_id == event.id, Badge.revoked_at.is_not(None))
            .order_by(Badge.serial)
        )
        return VerificationKit(event.name, pair.public, tuple(revoked))


def _event_key(db: DbSession, event_id: int) -> EventKey:
    ensure_key(db, event_id)
    key = db.get(EventKey, event_id)
    assert key is not None
    return key


def has_signing_key(store: Store) -> bool:
    """Whether this desk holds the event's private key (can print badges)."""
    with store.transaction() as db:
        return ensure_key(db, current_event(db).id).private is not None


def export_key(store: Store, target: Path, passphrase: str) -> Path:
    """Write the event's private key under a passphrase (encrypted PKCS#8 PEM, 0600), to be
    imported at another printing desk with import_key."""
    target = target.expanduser().resolve()
    if target.is_dir():
        raise MmdeskError("{target} is a folder", target=target, code="keys.target-is-folder")
    writable_target(target)
    with store.transaction() as db:
        pair = ensure_key(db, current_event(db).id)
    if pair.private is None:
        raise NoSigningKey(NO_KEY, code="keys.no-signing-key")
    return keyfiles.export_encrypted(pair.private, target, passphrase)


def import_key(store: Store, source: Path, passphrase: str) -> Path:
    """Take an exported key into this desk's key folder; refused for another event's key."""
    private = keyfiles.read_encrypted(source.expanduser(), passphrase)
    with store.reading() as db:
        event = current_event(db)
        key = db.get(EventKey, event.id)
        if key is None:
            raise MmdeskError(
                "this store has no event key yet: open the forum's own store (or a copy of it) before "
                "importing its key",
                code="keys.store-no-event")
        public = key.public_key
    if _public_of(private) != public:
        raise MmdeskError(
            "{name} is the key of another event, not of {name2}; nothing was imported",
            name=source.name, name2=repr(event.name), code="keys.key-another-event")
    return keyfiles.write_private(private)


def _public_of(private: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        ser.Encoding.Raw, ser.PublicFormat.Raw)


# -- the verification kit at a desk

#: the largest verification kit read (a kit of 999,999 revoked serials is ~10 MB)
KIT_LIMIT = 16 * 1024 * 1024


@dataclass(frozen=True)
class KitImport:
    """What importing a verification kit did at this desk."""

    written_at: datetime
    revoked: int
    already: int
    unknown: int
    #: a line for the operator where the kit is older than what this desk already knows
    warning: Sentence | None


def _last_revocation(db: DbSession, event_id: int) -> datetime | None:
    return db.scalar(sa.select(sa.func.max(Badge.revoked_at)).join(Accreditation).join(Delegate)
                     .where(Delegate.event_id == event_id))


def revocations_warning(db: DbSession, event_id: int) -> Sentence | None:
    """At a desk that took its revocations from a verification kit: a warning while the kit
    is older than the last revocation this store knows (else None)."""
    key = db.get(EventKey, event_id)
    if key is None or key.revocations_as_of is None:
        return None
    last = _last_revocation(db, event_id)
    if last is not None and key.revocations_as_of < last:
        return Sentence("the revocation list is from {asof} UTC, older than the last revocation this store "
                        "knows ({last} UTC): import a fresh verification kit (mmdesk export keys at the main "
                        "desk)", asof=key.revocations_as_of, last=last, code="keys.revocation-list-stale")
    return None


def _parse_kit(source: Path) -> tuple[bytes, datetime, list[str]]:
    try:
        if source.stat().st_size > KIT_LIMIT:
            raise MmdeskError(
                "{name} is too large for a verification kit",
                name=source.name, code="keys.too-large-verification")
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MmdeskError("no file {source}", source=source, code="backup.no-file") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MmdeskError(
            "{name} is not a verification kit ({name2})",
            name=source.name, name2=type(exc).__name__, code="keys.not-verification-kit-detail") from None
    if not isinstance(data, dict) or not {"public_key", "revoked", "written_at"} <= set(data):
        raise MmdeskError(
            "{name} is not a verification kit (mmdesk export keys writes one)",
            name=source.name, code="keys.not-verification-kit")
    try:
        public = base64.b64decode(str(data["public_key"]), validate=True)
        written = datetime.fromisoformat(str(data["written_at"]).removesuffix("Z"))
    except (ValueError, binascii.Error):
        raise MmdeskError(
            "{name}: damaged public key or date",
            name=source.name, code="keys.damaged-public-key") from None
    revoked = data["revoked"]
    if not isinstance(revoked, list) or not all(isinstance(x, str) and _SERIAL.match(x) for x in revoked):
        raise MmdeskError(
            "{name}: the revoked serials are damaged",
            name=source.name, code="keys.revoked-serials-damaged")
    return public, written.replace(tzinfo=None, microsecond=0), revoked


def import_kit(store: Store, source: Path) -> KitImport:
    """Update this desk's revocation list from a verification kit (mmdesk export keys): every
    serial it revokes is refused here from now on. Refused for another event's kit; a kit
    older than what this store knows is taken (revocations only add) but flagged."""
    public, written, serials = _parse_kit(source.expanduser())
    with store.transaction() as db:
        event = current_event(db)
        key = _event_key(db, event.id)
        if public != key.public_key:
            raise MmdeskError(
                "{name} is the verification kit of another event, not of {name2}; nothing was changed",
                name=source.name, name2=repr(event.name), code="keys.verification-kit-another")
        last = _last_revocation(db, event.id)
        older = key.revocations_as_of is not None and written < key.revocations_as_of
        known: dict[str, datetime | None] = {}
        for i in range(0, len(serials), 900):
            known.update(db.execute(sa.select(Badge.serial, Badge.revoked_at).join(Accreditation)
                                    .join(Delegate).where(Delegate.event_id == event.id,
                                                          Badge.serial.in_(serials[i:i + 900]))).all())
        fresh = [s for s in serials if s in known and known[s] is None]
        for i in range(0, len(fresh), 900):
            db.execute(sa.update(Badge).where(Badge.serial.in_(fresh[i:i + 900]))
                       .values(revoked_at=written, revoked_reason="revoked at the main desk"))
        if key.revocations_as_of is None or written > key.revocations_as_of:
            key.revocations_as_of = written
        warning = None
        if older or (last is not None and written < last):
            warning = Sentence("this kit was written {written} UTC, before the last revocation this desk "
                               "knows ({last} UTC): the door will warn until a fresher kit is imported",
                               written=written, last=max(filter(None, (last, key.revocations_as_of))),
                               code="keys.kit-older-than-revocation")
            if older:
                warning = Sentence("this kit ({written} UTC) is older than the one imported before ({asof} "
                                   "UTC); its revocations were added", written=written,
                                   asof=key.revocations_as_of, code="keys.kit-older-than-imported")
    unknown = sum(1 for s in serials if s not in known)
    return KitImport(written, len(fresh), len(serials) - len(fresh) - unknown, unknown, warning)
