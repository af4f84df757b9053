"""The command line as an attacker would use it: typed numbers at doors, the key, the kit."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest

from mmdesk.cli import main
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.services import accreditation as acc
from mmdesk.services.delegates import search_delegates
from mmdesk.services.keys import code_for_delegate
from mmdesk.store.database import Store

AT = ("--at", "2019-11-20T09:25")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _serial(demo_path: Path, who: str) -> tuple[str, str]:
    """A delegate's printed badge number and signed code (a badge issued first where needed)."""
    store = Store.open(demo_path)
    try:
        did = search_delegates(store, who)[0].id
        a = acc.accreditations_of(store, did)[0]
        if a.badge_serial is None:
            acc.transition(store, a.id, S.BADGE_ISSUED)
        code = code_for_delegate(store, did)
        return acc.accreditations_of(store, did)[0].badge_serial or "", code
    finally:
        store.close()


def _admissions(demo_path: Path) -> list[tuple[str, str | None]]:
    import sqlite3

    with sqlite3.connect(demo_path) as con:
        return con.execute("select desk, confirmed_by from check_ins where outcome = 'admitted' "
                           "order by id").fetchall()


def test_a_typed_serial_at_a_room_door_is_refused(demo_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The attack: `mmdesk checkin 000003 --room "Plenary Hall"` was ADMITTED."""
    serial, code = _serial(demo_path, "sala")
    db = ("--db", str(demo_path))
    rc, out, _ = run(capsys, *db, "checkin", serial, "--room", "Plenary Hall", *AT)
    assert rc == 1 and out.startswith("REFUSED") and "only a badge's signed code admits" in out
    rc, out, _ = run(capsys, *db, "checkin", "000003", "--room", "Plenary Hall", *AT)
    assert rc == 1 and out.startswith("REFUSED")
    rc, out, _ = run(capsys, *db, "checkin", "Giuseppe Sala", *AT)  # an unstaffed desk
    assert rc == 1 and out.startswith("REFUSED") and "staffed desk" in out
    rc, _, err = run(capsys, *db, "checkin", serial, "--room", "Plenary Hall", "--staffed", *AT)
    assert rc == 2 and "room door" in err
    rc, _, err = run(capsys, *db, "checkin", serial, "--confirm", *AT)
    assert rc == 2 and "--staffed" in err
    assert _admissions(demo_path) == []
    rc, out, _ = run(capsys, *db, "checkin", code, "--room", "Plenary Hall", *AT)
    assert rc == 0 and out.startswith("ADMITTED: Mayor Giuseppe Sala")


def test_a_staffed_desk_shows_the_person_and_admits_only_when_confirmed(
        demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    serial, _ = _serial(demo_path, "vandersmissen")
    db = ("--db", str(demo_path), "checkin")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    rc, out, _ = run(capsys, *db, "Mayor Alexander Vandersmissen", "--staffed", *AT)
    assert rc == 1 and "Mayor Alexander Vandersmissen" in out and "NOT ADMITTED" in out
    assert "--confirm" in out and _admissions(demo_path) == []
    rc, out, _ = run(capsys, *db, serial, "--staffed", "--confirm", "--desk", "Desk 2", *AT)
    assert rc == 0 and out.startswith("  Mayor Alexander Vandersmissen")
    assert "ADMITTED: Mayor Alexander Vandersmissen" in out and "confirmed by test desk" in out
    assert _admissions(demo_path) == [("Desk 2", "test desk")]


def test_a_terminal_asks_before_admitting(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _serial(demo_path, "goyeneche")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    rc, out, _ = run(capsys, "--db", str(demo_path), "checkin", "Goyeneche", "--staffed", *AT)
    assert rc == 1 and "Admit Ms. Fabiana Goyeneche?" in out and _admissions(demo_path) == []
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    rc, out, _ = run(capsys, "--db", str(demo_path), "checkin", "Goyeneche", "--staffed", *AT)
    assert rc == 0 and "ADMITTED" in out and len(_admissions(demo_path)) == 1


def test_a_partial_or_ambiguous_name_lists_candidates_and_admits_no_one(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_path), "checkin")
    rc, out, _ = run(capsys, *db, "Maria", "--staffed", "--confirm", *AT)
    assert rc == 1 and "Mr. Pablo Mariani" in out and "[partial match]" in out
    assert "NOT ADMITTED" in out
    rc, out, _ = run(capsys, *db, "Rio", "--staffed", "--confirm", *AT)
    assert rc == 1 and "Mayor Philippe Rio" in out and "Mayor Ricardo Rio" in out
    assert _admissions(demo_path) == []


def test_the_key_travels_only_under_a_passphrase(demo_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = ("--db", str(demo_path))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.delenv("MMDESK_KEY_PASSPHRASE", raising=False)
    rc, _, err = run(capsys, *db, "key", "export", str(tmp_path / "k.pem"))
    assert rc == 2 and "MMDESK_KEY_PASSPHRASE" in err and not (tmp_path / "k.pem").exists()
    monkeypatch.setenv("MMDESK_KEY_PASSPHRASE", "a long passphrase")
    rc, out, _ = run(capsys, *db, "key", "export", str(tmp_path / "k.pem"))
    assert rc == 0 and stat.S_IMODE((tmp_path / "k.pem").stat().st_mode) == 0o600
    # the printing desk next door: a copy of the store, no key
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, *db, "backup", str(copy))[0] == 0
    monkeypatch.setenv("MMDESK_KEYS", str(tmp_path / "desk-2-keys"))
    rc, _, err = run(capsys, "--db", str(copy), "print", "badges", str(tmp_path / "b.pdf"))
    assert rc == 1 and "this desk has no signing key; import it with `mmdesk key import FILE`" in err
    monkeypatch.setenv("MMDESK_KEY_PASSPHRASE", "not the passphrase")
    rc, _, err = run(capsys, "--db", str(copy), "key", "import", str(tmp_path / "k.pem"))
    assert rc == 1 and "wrong passphrase" in err
    monkeypatch.setenv("MMDESK_KEY_PASSPHRASE", "a long passphrase")
    rc, out, _ = run(capsys, "--db", str(copy), "key", "import", str(tmp_path / "k.pem"))
    assert rc == 0 and "can now print badges" in out
    rc, _, err = run(capsys, "--db", str(copy), "print", "badges", str(tmp_path / "b.pdf"))
    assert rc == 0, err


def test_import_keys_updates_a_desks_revocation_list(demo_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    serial, old = _serial(demo_path, "plante")
    desk = tmp_path / "desk.sqlite3"
    assert run(capsys, "--db", str(demo_path), "backup", str(desk), "--for-desk")[0] == 0
    store = Store.open(demo_path)
    did = search_delegates(store, "plante")[0].id
    acc.transition(store, acc.accreditations_of(store, did)[0].id, S.BADGE_ISSUED, reason="lost")
    store.close()
    kit = tmp_path / "kit.json"
    assert run(capsys, "--db", str(demo_path), "export", "keys", str(kit))[0] == 0
    rc, out, _ = run(capsys, "--db", str(desk), "import", "keys", str(kit))
    assert rc == 0 and "1 badge revoked here now" in out
    rc, out, _ = run(capsys, "--db", str(desk), "checkin", old, *AT)
    assert rc == 1 and "revoked" in out
    stale = json.loads(kit.read_text(encoding="utf-8"))
    stale["written_at"] = "2019-01-01T00:00:00Z"
    kit.write_text(json.dumps(stale), encoding="utf-8")
    rc, out, _ = run(capsys, "--db", str(desk), "import", "keys", str(kit))
    assert rc == 0 and "WARNING" in out
