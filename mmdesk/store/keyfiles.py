"""The event's badge-signing key lives in a key file on the printing desk, never in the store.

A key file is named by the fingerprint of the event's public key (which stays in
the store, so every copy verifies), in the user's data folder under `keys/`
(or the folder named by MMDESK_KEYS), readable by its owner only (0600, folder
0700). A copy of the store taken anywhere (automatic backups, `mmdesk backup`,
a server's backup to a file) therefore carries no way to issue codes; moving
the key to another printing desk is `mmdesk key export` / `mmdesk key import`,
under a passphrase.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from platformdirs import user_data_path

from mmdesk.domain.errors import MmdeskError

KEYS_ENV = "MMDESK_KEYS"
#: the shortest passphrase an exported key is written under
MIN_PASSPHRASE = 8


class KeyFileError(MmdeskError):
    """A key file that cannot be read, written or unlocked."""


def private_folder(path: Path) -> Path:
    """Make a folder (and its missing parents' last level) readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Create an empty file readable by its owner only (or tighten an existing one)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return path


def keys_dir() -> Path:
    """Where this desk keeps its signing keys (MMDESK_KEYS, else <data folder>/keys)."""
    chosen = os.environ.get(KEYS_ENV)
    return Path(chosen).expanduser() if chosen else user_data_path("mmdesk", appauthor=False) / "keys"


def fingerprint(public_key: bytes) -> str:
    """The name of an event key: the first 32 hex digits of its SHA-256."""
    return hashlib.sha256(public_key).hexdigest()[:32]


def key_path(public_key: bytes) -> Path:
    """The key file of the event whose public key is given."""
    return keys_dir() / f"{fingerprint(public_key)}.key"


def _public_of(private: bytes) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(private)
    return key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())


def read_private(public_key: bytes) -> bytes | None:
    """The private key of this event on this desk, or None where the desk has none."""
    path = key_path(public_key)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyFileError(
            "the signing key {path} cannot be read ({strerror})",
            path=path, strerror=exc.strerror, code="keyfiles.signing-key-cannot") from exc
    try:
        key = ser.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(
            "the signing key {path} is damaged",
            path=path, code="keyfiles.signing-key-damaged") from exc
    if not isinstance(key, Ed25519PrivateKey) or _public_of(_raw(key)) != public_key:
        raise KeyFileError(
            "the signing key {path} does not belong to this event",
            path=path, code="keyfiles.signing-key-does")
    return _raw(key)


def write_private(private: bytes) -> Path:
    """Keep a private key on this desk (PKCS#8 PEM, 0600); returns its file."""
    public = _public_of(private)
    target = key_path(public)
    private_folder(target.parent)
    pem = Ed25519PrivateKey.from_private_bytes(private).private_bytes(
        ser.Encoding.PEM, ser.PrivateFormat.PKCS8, ser.NoEncryption())
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(part, target)
    return target


def export_encrypted(private: bytes, target: Path, passphrase: str) -> Path:
    """The key as encrypted PKCS#8 PEM under a passphrase (0600), to carry to another desk."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyFileError(
            "the passphrase must have at least {MIN_PASSPHRASE} characters",
            MIN_PASSPHRASE=MIN_PASSPHRASE, code="keyfiles.passphrase-must-least")
    pem = Ed25519PrivateKey.from_private_bytes(private).private_bytes(
        ser.Encoding.PEM, ser.PrivateFormat.PKCS8,
        ser.BestAvailableEncryption(passphrase.encode("utf-8")))
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
    finally:
        os.close(fd)
    os.replace(part, target)
    return target


def read_encrypted(source: Path, passphrase: str) -> bytes:
    """The private key in an exported key file (KeyFileError for a wrong passphrase)."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise KeyFileError(
            "{source} cannot be read ({strerror})",
            source=source, strerror=exc.strerror, code="keyfiles.cannot-read") from exc
    if len(data) > 64 * 1024 or b"PRIVATE KEY" not in data:
        raise KeyFileError(
            "{name} is not an exported mmdesk key",
            name=source.name, code="keyfiles.not-exported-mmdesk")
    try:
        key = ser.load_pem_private_key(data, password=passphrase.encode("utf-8") or None)
    except TypeError:
        raise KeyFileError(
            "{name} is not protected by a passphrase; export the key again with `mmdesk key export`",
            name=source.name, code="keyfiles.not-protected-passphrase") from None
    except ValueError:
        raise KeyFileError(
            "{name}: wrong passphrase, or not an exported mmdesk key",
            name=source.name, code="keyfiles.wrong-passphrase-not") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(
            "{name} holds no badge-signing key",
            name=source.name, code="keyfiles.holds-no-badge")
    return _raw(key)
