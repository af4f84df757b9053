"""The signing key stays on the printing desk: no copy of the store can issue codes; the key
moves only under a passphrase; a desk takes revocations from a verification kit."""

from __future__ import annotations

import base64
import json
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from mmdesk.domain.badge_codes import KeyPair
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import CheckInOutcome as O
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import accreditation as acc
from mmdesk.services import backup as backups
from mmdesk.services import keys
from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.delegates import search_delegates
from mmdesk.store import database, keyfiles
from mmdesk.store.database import Store
from mmdesk.store.keyfiles import KeyFileError

NINE = datetime(2019, 11, 20, 9, 0)


def _private(store: Store) -> bytes:
    with store.transaction() as db:
        pair = keys.ensure_key(db, keys.current_event(db).id)
    assert pair.private is not None
    return pair.private


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def other_desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Another laptop: its own, empty key folder."""
    folder = tmp_path / "other-desk-keys"
    monkeypatch.setenv(keyfiles.KEYS_ENV, str(folder))
    return folder


def _plante(store: Store) -> int:
    (d,) = search_delegates(store, "plante")
    return d.id


def test_no_copy_of_the_store_holds_the_private_key(demo: Store, demo_path: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The attack: the raw key was in the store, every backup and every desk copy."""
    secret = _private(demo)
    manual = backups.backup(demo, tmp_path / "manual.sqlite3")
    auto = backups.auto_backup(demo, "periodic")
    assert auto is not None
    for path in (demo_path, manual, auto):
        assert secret not in path.read_bytes(), path
        with sqlite3.connect(path) as con:
            tables = {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}
        assert "event_secrets" not in tables
    # the private key is on this desk, beside the user's data, readable by its owner only
    pub = keys.verification_kit(demo).public_key
    key_file = keyfiles.key_path(pub)
    assert key_file.is_file() and _mode(key_file) == 0o600 and _mode(key_file.parent) == 0o700
    assert keyfiles.read_private(pub) == secret
    # anyone holding a copy, on another laptop, cannot mint a badge
    monkeypatch.setenv(keyfiles.KEYS_ENV, str(tmp_path / "thief"))
    copy = Store.open(manual)
    try:
        with pytest.raises(keys.NoSigningKey, match=r"this desk has no signing key; import it with "
                                                    r"`mmdesk key import FILE`"):
            keys.badge_codes(copy, ["000001"])
        from mmdesk.services.badges import print_badges

        with pytest.raises(keys.NoSigningKey, match="no signing key"):
            list(print_badges(copy, tmp_path / "b.pdf"))
        assert not keys.has_signing_key(copy)
        # but it verifies: the public key stays in the store
        assert CheckInDesk(copy, "Copy door").verifier is not None
    finally:
        copy.close()


def test_the_store_and_its_copies_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    from mmdesk.services.demo import load_demo

    store = Store.open(tmp_path / "forum.sqlite3")
    load_demo(store)
    auto = backups.auto_backup(store, "periodic")
    manual = backups.backup(store, tmp_path / "manual.sqlite3")
    store.close()
    assert auto is not None
    assert _mode(tmp_path / "forum.sqlite3") == 0o600
    assert _mode(auto) == 0o600 and _mode(auto.parent) == 0o700
    assert _mode(manual) == 0o600


def _legacy_store(path: Path, private: bytes) -> None:
    """A store written before key files: at migration 0007, the raw key in event_secrets."""
    from alembic import command

    url = database.resolve_url(path)
    engine = database.make_engine(url)
    cfg = database.alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    pair_public = keys._public_of(private)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "insert into events (id, name, start_date, end_date, time_zone, languages, created_at) "
            "values (1, 'Old Forum', '2019-11-20', '2019-11-20', 'UTC', '[\"en\"]', '2019-01-01')"))
        conn.execute(sa.text("insert into event_keys (event_id, public_key, created_at) "
                             "values (1, :p, '2019-01-01')"), {"p": pair_public})
        conn.execute(sa.text("insert into event_secrets (event_id, private_key) values (1, :k)"),
                     {"k": private})
    engine.dispose()


def test_an_older_store_moves_its_key_out_and_erases_it(tmp_path: Path, other_desk: Path) -> None:
    private = KeyPair.generate().private
    assert private is not None
    path = tmp_path / "old.sqlite3"
    _legacy_store(path, private)
    # an automatic copy taken before the upgrade held the key too
    old_copy = database.sqlite_backup(path, database.backups_dir(path) / "old-periodic-1.sqlite3")
    assert private in path.read_bytes() and private in old_copy.read_bytes()
    store = Store.open(path)
    try:
        assert keys.badge_codes(store, ["000001"])  # this desk prints: the key file is here
        assert keyfiles.read_private(keys._public_of(private)) == private
        assert store.backup_taken is not None
        for copy in (path, old_copy, store.backup_taken):
            assert private not in copy.read_bytes(), copy
    finally:
        store.close()
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or private not in wal.read_bytes()


def test_the_key_moves_to_another_desk_only_under_a_passphrase(demo: Store, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    secret = _private(demo)
    carried = keys.export_key(demo, tmp_path / "forum.key", "correct horse battery")
    text = carried.read_bytes()
    assert _mode(carried) == 0o600 and b"ENCRYPTED PRIVATE KEY" in text and secret not in text
    with pytest.raises(KeyFileError, match="at least 8"):
        keys.export_key(demo, tmp_path / "weak.key", "short")
    monkeypatch.setenv(keyfiles.KEYS_ENV, str(tmp_path / "printing-desk-2"))
    assert not keys.has_signing_key(demo)
    with pytest.raises(KeyFileError, match="wrong passphrase"):
        keys.import_key(demo, carried, "wrong horse battery")
    assert not keys.has_signing_key(demo)
    # another event's key is refused
    stranger = KeyPair.generate().private
    assert stranger is not None
    other = keyfiles.export_encrypted(stranger, tmp_path / "other.key", "correct horse battery")
    with pytest.raises(MmdeskError, match="key of another event"):
        keys.import_key(demo, other, "correct horse battery")
    kept = keys.import_key(demo, carried, "correct horse battery")
    assert _mode(kept) == 0o600 and keys.has_signing_key(demo)
    assert keys.badge_codes(demo, ["000001"])


def _kit(store: Store, path: Path, *, written_at: str | None = None) -> Path:
    data = keys.verification_kit(store).as_json()
    if written_at:
        data["written_at"] = written_at
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _reprint(store: Store, did: int) -> None:
    a = acc.accreditations_of(store, did)[0]
    acc.transition(store, a.id, S.BADGE_ISSUED, reason="lost")


def test_a_verification_kit_brings_revocations_to_a_desk_copy(demo: Store, tmp_path: Path) -> None:
    """The attack: a desk copy made before a reprint admits the old badge."""
    did = _plante(demo)
    old = keys.code_for_delegate(demo, did)
    desk_file = backups.backup(demo, tmp_path / "desk.sqlite3", for_desk=True)
    _reprint(demo, did)
    kit = _kit(demo, tmp_path / "kit.json")
    desk = Store.open(desk_file)
    try:
        assert CheckInDesk(desk, "North door").scan(old, at=NINE).outcome is O.ADMITTED  # the hole
        done = keys.import_kit(desk, kit)
        assert done.revoked == 1 and done.warning is None
        refused = CheckInDesk(desk, "North door").scan(old, at=NINE.replace(hour=10))
        assert refused.outcome is O.REFUSED and "revoked at the main desk" in refused.reason
        # a kit of another event changes nothing
        foreign = json.loads(kit.read_text(encoding="utf-8"))
        foreign["public_key"] = base64.b64encode(KeyPair.generate().public).decode()
        (tmp_path / "foreign.json").write_text(json.dumps(foreign), encoding="utf-8")
        with pytest.raises(MmdeskError, match="another event"):
            keys.import_kit(desk, tmp_path / "foreign.json")
        for bad in ("", "[]", '{"public_key": 1}', "{" * 100_000):
            (tmp_path / "bad.json").write_text(bad, encoding="utf-8")
            with pytest.raises(MmdeskError, match="verification kit|damaged"):
                keys.import_kit(desk, tmp_path / "bad.json")
    finally:
        desk.close()


def test_a_kit_older_than_the_last_revocation_is_flagged_at_the_door(demo: Store, tmp_path: Path) -> None:
    did = _plante(demo)
    code = keys.code_for_delegate(demo, did)
    sala = search_delegates(demo, "sala")[0].id
    a = acc.accreditations_of(demo, sala)[0]
    acc.transition(demo, a.id, S.BADGE_ISSUED)
    _reprint(demo, sala)  # a revocation this store knows, made now
    stale = _kit(demo, tmp_path / "stale.json", written_at="2019-11-19T10:00:00Z")
    done = keys.import_kit(demo, stale)
    assert done.warning and "before the last revocation" in str(done.warning)
    assert done.warning.code == "keys.kit-older-than-revocation"
    assert "19 Nov 10:00 UTC" in done.warning.message("en")
    assert "19 nov. 10:00 UTC" in done.warning.message("fr") and "Nov" not in done.warning.message("fr")
    assert "19 nov 10:00 UTC" in done.warning.message("es") and "Nov" not in done.warning.message("es")
    admitted = CheckInDesk(demo, "North door").scan(code, at=NINE)
    assert admitted.outcome is O.ADMITTED
    assert admitted.warning and "older than the last revocation" in str(admitted.warning)
    assert "date du 19 nov. 10:00 UTC, avant" in admitted.warning.message("fr")
    assert "es del 19 nov 10:00 UTC, anterior" in admitted.warning.message("es")
    fresh = _kit(demo, tmp_path / "fresh.json", written_at="2099-01-01T00:00:00Z")
    assert keys.import_kit(demo, fresh).warning is None
    assert CheckInDesk(demo, "North door").scan(code, at=NINE, force=True).warning is None
