"""Signed badge codes: the badge serial plus an Ed25519 signature of the event's key.

A code reads `MM1` + the 10-character serial + the signature in base32
(RFC 4648, no padding): 116 characters from the QR alphanumeric set
(digits and capitals), so a keyboard-wedge scanner types it on any layout
and the QR code stays at version 5 (37 × 37 modules) at error level M, the
size an 80-character code in byte mode would take. Any desk verifies it
offline with the event's public key; a code signed by another event's key,
or with one character changed, does not verify.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mmdesk.domain.errors import MmdeskError

PREFIX = "MM1"
SERIAL_LENGTH = 10
SIGNATURE_CHARS = 103  # 64 bytes in base32 without padding
CODE_LENGTH = len(PREFIX) + SERIAL_LENGTH + SIGNATURE_CHARS
SERIAL_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_DOMAIN = b"mmdesk badge v1:"
_SHAPE = re.compile(rf"^{PREFIX}([{SERIAL_ALPHABET}]{{{SERIAL_LENGTH}}})([A-Z2-7]{{{SIGNATURE_CHARS}}})$")


class BadCode(MmdeskError):
    """A scanned code that is unreadable or whose signature does not verify."""


@dataclass(frozen=True)
class KeyPair:
    """An event's signing key (private part may be absent at a verifying-only desk)."""

    public: bytes
    private: bytes | None = None

    @classmethod
    def generate(cls) -> KeyPair:
        from cryptography.hazmat.primitives import serialization as ser

        key = Ed25519PrivateKey.generate()
        raw = ser.Encoding.Raw
        return cls(
            public=key.public_key().public_bytes(raw, ser.PublicFormat.Raw),
            private=key.private_bytes(raw, ser.PrivateFormat.Raw, ser.NoEncryption()),
        )


def new_serial() -> str:
    """A fresh badge serial: 10 Crockford base-32 characters (50 random bits), hard to guess."""
    return "".join(secrets.choice(SERIAL_ALPHABET) for _ in range(SERIAL_LENGTH))


def looks_like_code(text: str) -> bool:
    """True for anything that starts like a badge code (then it must verify)."""
    return text.strip().upper().startswith(PREFIX)


def sign(serial: str, private_key: bytes) -> str:
    """The code for a serial."""
    if not re.fullmatch(f"[{SERIAL_ALPHABET}]{{{SERIAL_LENGTH}}}", serial):
        raise BadCode(f"not a badge serial: {serial!r}")
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(_DOMAIN + serial.encode())
    return PREFIX + serial + base64.b32encode(signature).decode().rstrip("=")


class Verifier:
    """Verifies codes against one public key (built once per desk, reused per scan)."""

    def __init__(self, public_key: bytes) -> None:
        self._key = Ed25519PublicKey.from_public_bytes(public_key)

    def serial_of(self, code: str) -> str:
        """The serial of a genuine code; BadCode says why a code is refused."""
        text = code.strip().upper()
        match = _SHAPE.match(text)
        if match is None:
            raise BadCode("unreadable code: not an mmdesk badge code, or cut short")
        serial, sig_text = match.groups()
        try:
            signature = base64.b32decode(sig_text + "=" * (-len(sig_text) % 8))
        except binascii.Error as exc:
            raise BadCode("unreadable code: damaged signature") from exc
        # the last base-32 character carries 3 spare bits: only the canonical
        # spelling is accepted, so no changed character decodes to the same code
        if base64.b32encode(signature).decode().rstrip("=") != sig_text:
            raise BadCode("forged code: altered signature")
        try:
            self._key.verify(signature, _DOMAIN + serial.encode())
        except InvalidSignature:
            raise BadCode(
                "forged code: its signature is not this event's (altered, or from another event)"
            ) from None
        return serial
