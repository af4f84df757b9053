"""The event's badge-signing key: made on first use, the private part kept apart."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.badge_codes import SERIAL_DIGITS, KeyPair, Verifier, number_of, serial_for, sign
from mmdesk.domain.errors import MmdeskError
from mmdesk.services.common import current_event
from mmdesk.store.database import Store
from mmdesk.store.models import Accreditation, Badge, Delegate, Event, EventKey, EventSecret, utcnow


class NoSigningKey(MmdeskError):
    """This copy of the store can verify badges but not issue codes (no private key)."""


def ensure_key(db: DbSession, event_id: int) -> KeyPair:
    """The event's key pair, generated on first use (within the caller's transaction)."""
    public = db.get(EventKey, event_id)
    if public is None:
        pair = KeyPair.generate()
        db.add(EventKey(event_id=event_id, public_key=pair.public))
        db.add(EventSecret(event_id=event_id, private_key=pair.private))
        db.flush()
        return pair
    secret = db.get(EventSecret, event_id)
    return KeyPair(public.public_key, secret.private_key if secret else None)


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
        raise NoSigningKey(
            "this copy of the database holds no signing key: print badges at the main desk"
        )
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
        raise MmdeskError(f"{name or 'that delegate'} has no valid badge")
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
