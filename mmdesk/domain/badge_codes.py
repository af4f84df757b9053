"""Signed badge codes: the badge serial plus an Ed25519 signature of the event's key.

A code is at most 80 characters for the first 84,526 badges a store issues
(81 after that, up to serial 999999). The serial is a six-digit badge number;
the code packs the number and the 64-byte signature (R, S) into one integer,

    N = (number · 2²⁵⁶ + R) · L + S        (L: the order of Ed25519's group, S < L)

written in base 94 over the printable ASCII characters without the space,
so it needs no more room than the information in it: 508 bits of signature
and 16 of number fill 80 characters. Any desk verifies a code offline with
the event's public key; a code signed by another event's key, or with one
character changed, does not verify. Every string has at most one reading, so
no two spellings of one code exist.

The QR code of an 80-character code is version 5 (37 × 37 modules) at error
level M. A keyboard-wedge scanner types it as long as it is set to the desk
computer's keyboard layout; a code read with Caps Lock on (letters in the
wrong case) is still recognised.

Badges printed before this format carry 116-character codes (`MM1` + a
10-character serial + base32 signature); they still verify.
"""

from __future__ import annotations

import base64
import binascii
import re
import string
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mmdesk.domain.errors import MmdeskError

#: Base-94 digits: the printable ASCII characters without the space. "-" comes
#: last, so a code starts with it only near the top of the number range and
#: rarely looks like a command-line option.
ALPHABET = (string.digits + string.ascii_uppercase + string.ascii_lowercase
            + string.punctuation.replace("-", "") + "-")
_DIGIT = {c: i for i, c in enumerate(ALPHABET)}
_BASE = len(ALPHABET)  # 94
_GROUP_ORDER = 2**252 + 27742317777372353535851937790883648493  # L
_SIGNATURE_SPAN = 2**256 * _GROUP_ORDER  # every (R, S) pair is below this
CODE_LENGTH = 80
SERIAL_DIGITS = 6
LAST_NUMBER = 10**SERIAL_DIGITS - 1
#: the badge numbers whose code fits in CODE_LENGTH characters
NUMBERS_IN_80 = _BASE**CODE_LENGTH // _SIGNATURE_SPAN - 1  # 84,525 (0 is never used)
_DOMAIN = b"mmdesk badge v2:"

# the first format, still accepted at the door
LEGACY_PREFIX = "MM1"
_LEGACY_SERIAL = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_LEGACY_LENGTH = 116
_LEGACY_DOMAIN = b"mmdesk badge v1:"
_LEGACY_SHAPE = re.compile(rf"^{LEGACY_PREFIX}([{_LEGACY_SERIAL}]{{10}})([A-Z2-7]{{103}})$")


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


def serial_for(number: int) -> str:
    """The serial printed on badge number `number` (1 … 999999): six digits."""
    if not 1 <= number <= LAST_NUMBER:
        raise BadCode(
            "badge numbers run from 1 to {LAST_NUMBER}, not {number}",
            LAST_NUMBER=LAST_NUMBER, number=number, code="badge-codes.badge-numbers-run")
    return f"{number:0{SERIAL_DIGITS}d}"


def number_of(serial: str) -> int | None:
    """The badge number of a six-digit serial; None for a serial of the first format."""
    if len(serial) == SERIAL_DIGITS and serial.isascii() and serial.isdigit():
        return int(serial)
    return None


def looks_like_code(text: str) -> bool:
    """True for anything a scanner would type (long, no spaces): then it must verify."""
    text = text.strip()
    return text.upper().startswith(LEGACY_PREFIX) or (
        len(text) >= 60 and not any(c.isspace() for c in text))


_PART = _BASE**9  # nine digits at a time: one division of the big number, the rest on small ones


def _encode(value: int) -> str:
    chars: list[str] = []
    while value:
        value, part = divmod(value, _PART)
        for _ in range(9):
            part, digit = divmod(part, _BASE)
            chars.append(ALPHABET[digit])
    return "".join(reversed(chars)).lstrip(ALPHABET[0]).rjust(CODE_LENGTH, ALPHABET[0])


def signing_key(private_key: bytes) -> Ed25519PrivateKey:
    """The private key loaded for signing many serials (loading it costs as much as a signature)."""
    return Ed25519PrivateKey.from_private_bytes(private_key)


def sign(serial: str, private_key: bytes | Ed25519PrivateKey) -> str:
    """The code for a serial (in the first format for a serial of the first format, so a
    badge printed before the upgrade can still show its code). A batch passes the key
    loaded once (signing_key) rather than its bytes."""
    key = private_key if isinstance(private_key, Ed25519PrivateKey) else signing_key(private_key)
    if re.fullmatch(f"[{_LEGACY_SERIAL}]{{10}}", serial):
        signature = key.sign(_LEGACY_DOMAIN + serial.encode())
        return LEGACY_PREFIX + serial + base64.b32encode(signature).decode().rstrip("=")
    number = number_of(serial)
    if number is None or number == 0:
        raise BadCode(
            "not a badge serial: {serial}",
            serial=repr(serial), code="badge-codes.not-badge-serial")
    signature = key.sign(_DOMAIN + serial.encode())
    r = int.from_bytes(signature[:32], "little")
    s = int.from_bytes(signature[32:], "little")
    return _encode((number * 2**256 + r) * _GROUP_ORDER + s)


class Verifier:
    """Verifies codes against one public key (built once per desk, reused per scan)."""

    def __init__(self, public_key: bytes) -> None:
        self._key = Ed25519PublicKey.from_public_bytes(public_key)

    def serial_of(self, code: str) -> str:
        """The serial of a genuine code; BadCode says why a code is refused."""
        text = code.strip()
        if len(text) == _LEGACY_LENGTH:
            return self._legacy_serial(text.upper())
        if not CODE_LENGTH <= len(text) <= CODE_LENGTH + 1:
            raise BadCode(
                "unreadable code: not an mmdesk badge code, or cut short",
                code="badge-codes.unreadable-code-not")
        if any(c not in _DIGIT for c in text):
            raise BadCode(
                "unreadable code: it holds characters no badge code has",
                code="badge-codes.unreadable-code-holds")
        serial = self._verified(text)
        if serial is None and text.swapcase() != text:
            serial = self._verified(text.swapcase())  # typed with Caps Lock on
        if serial is None:
            raise BadCode(
                "forged code: its signature is not this event's (altered, or from another event)",
                code="badge-codes.forged-code-signature")
        return serial

    def _verified(self, text: str) -> str | None:
        if len(text) > CODE_LENGTH and text[0] == ALPHABET[0]:
            return None  # a leading zero digit: a longer spelling of a shorter code
        value = 0
        for c in text:
            value = value * _BASE + _DIGIT[c]
        pair, s = divmod(value, _GROUP_ORDER)
        number, r = divmod(pair, 2**256)
        if not 1 <= number <= LAST_NUMBER:
            return None
        serial = serial_for(number)
        signature = r.to_bytes(32, "little") + s.to_bytes(32, "little")
        try:
            self._key.verify(signature, _DOMAIN + serial.encode())
        except InvalidSignature:
            return None
        return serial

    def _legacy_serial(self, text: str) -> str:
        match = _LEGACY_SHAPE.match(text)
        if match is None:
            raise BadCode(
                "unreadable code: not an mmdesk badge code, or cut short",
                code="badge-codes.unreadable-code-not")
        serial, sig_text = match.groups()
        try:
            signature = base64.b32decode(sig_text + "=" * (-len(sig_text) % 8))
        except binascii.Error as exc:
            raise BadCode(
                "unreadable code: damaged signature",
                code="badge-codes.unreadable-code-damaged") from exc
        # the last base-32 character carries 3 spare bits: only the canonical
        # spelling is accepted, so no changed character decodes to the same code
        if base64.b32encode(signature).decode().rstrip("=") != sig_text:
            raise BadCode("forged code: altered signature", code="badge-codes.forged-code-altered")
        try:
            self._key.verify(signature, _LEGACY_DOMAIN + serial.encode())
        except InvalidSignature:
            raise BadCode(
                "forged code: its signature is not this event's (altered, or from another event)",
                code="badge-codes.forged-code-signature") from None
        return serial
