"""The command line contract: exit codes, JSON shape, and failures that change nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mmdesk import __version__
from mmdesk.cli import main
from mmdesk.services import demo as demo_module
from mmdesk.store.database import Store
from tests.conftest import dump


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"mmdesk {__version__}"


def test_demo_then_check_json_prints_conflicts_and_exits_1(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 0 and "30 delegates, 13 sessions" in out and err == ""
    code, out, err = run(capsys, "--db", db, "check", "--json")
    assert code == 1 and err == ""
    report = json.loads(out)
    assert set(report) == {"event", "errors", "warnings", "findings", "routes"}
    ghana = next(r for r in report["routes"] if r["name"] == "Ghana national delegation")
    assert (ghana["kind"], ghana["quota"], ghana["used"], ghana["left"]) == (
        "national_delegation", 4, 1, 3)
    assert report["errors"] == sum(f["severity"] == "error" for f in report["findings"]) >= 1
    for f in report["findings"]:
        assert set(f) == {"rule", "severity", "message", "sessions", "delegate", "room", "route"}
        assert f["severity"] in {"error", "warning"}
        for s in f["sessions"]:
            assert set(s) == {"id", "title", "starts_at", "ends_at", "room"}
    clash = next(f for f in report["findings"] if f["rule"] == "speaker_double_booked")
    assert clash["delegate"]["name"] == "Ms. Fabiana Goyeneche"
    assert {s["room"] for s in clash["sessions"]} == {"Sala Pichincha", "Sala Cotopaxi"}


def test_check_exits_0_when_only_warnings_remain(demo_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from mmdesk.services import programme as prog

    store = Store.open(demo_path)
    for s in prog.list_sessions(store):
        if s.title.startswith("Working through partnerships"):
            data = prog.session_input(s)
            data.moderator_id = None
            prog.update_session(store, s.id, data)
        if s.title == "Closing Plenary":
            prog.remove_slot(store, next(x.id for x in s.slots if "Rajah" in x.delegate_name))
    store.close()
    code, out, _ = run(capsys, "--db", str(demo_path), "check")
    assert code == 0
    assert "0 errors" in out and "WARNING" in out


def test_demo_on_a_used_store_leaves_it_alone(demo_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The README's first command run twice goes on to open the window (exit 0)."""
    before = dump(demo_path)
    code, out, err = run(capsys, "--db", str(demo_path), "demo", "--delegates", "5")
    assert code == 0 and err == ""
    assert out.count("\n") == 1 and "already holds “6th Mayoral Forum" in out and "left as it is" in out
    assert dump(demo_path) == before


def test_demo_failing_half_way_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    real = demo_module._generate

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        for done in real(*args, **kwargs):
            yield done
            raise demo_module.MmdeskError("disk full")

    monkeypatch.setattr(demo_module, "_generate", broken)
    monkeypatch.setattr(demo_module, "CHUNK", 100)
    db = tmp_path / "half.db"
    code, _, err = run(capsys, "--db", str(db), "demo", "--delegates", "500")
    assert code == 1 and "disk full" in err
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from events").fetchone() == (0,)
    assert con.execute("select count(*) from delegates").fetchone() == (0,)
    con.close()


def test_demo_with_generated_delegates_in_many_scripts(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import unicodedata

    db = tmp_path / "big.db"
    code, out, _ = run(capsys, "--db", str(db), "demo", "--delegates", "2000")
    assert code == 0 and "2030 delegates" in out
    con = sqlite3.connect(db)
    names = [r[0] + r[1] for r in con.execute("select given_name, family_name from delegates")]
    emails = [r[0] for r in con.execute("select email from delegates where email is not null")]
    con.close()
    scripts = {unicodedata.name(ch).split()[0] for n in names for ch in n if ch.isalpha()}
    assert {"LATIN", "ARABIC", "CJK", "CYRILLIC"} <= scripts
    assert any(ch in "łóźéãçñšø" for n in names for ch in n.lower())
    assert len(emails) == len(set(emails))


def test_backup_is_a_consistent_copy(demo_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", str(demo_path), "backup", str(target))
    assert code == 0 and str(target) in out
    con = sqlite3.connect(target)
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    assert con.execute("select count(*) from delegates").fetchone() == (30,)
    con.close()
    code, _, err = run(capsys, "--db", str(demo_path), "backup", str(demo_path))
    assert code == 1 and "cannot be the database itself" in err
    code, _, err = run(capsys, "--db", str(demo_path), "backup", str(tmp_path / "no" / "x.db"))
    assert code == 1 and "does not exist" in err


@pytest.mark.parametrize("argv", [
    ["export", "delegates", "x.xlsx"], ["import", "delegates", "missing.csv"],
    ["print", "programme", "x.pdf"], ["checkin", "Ada"], ["export", "programme", "x.ics"],
])
def test_commands_on_an_empty_store_fail_in_one_line(db_path: Path, tmp_path: Path, argv: list[str],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(tmp_path / a) if "." in a and a != argv[0] else a for a in argv]
    code, out, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 1 and out == ""
    assert err.startswith("mmdesk: ") and err.count("\n") == 1


@pytest.mark.parametrize("argv", [["frobnicate"], ["demo", "--delegates", "many"],
                                  ["demo", "--delegates", "-3"], ["check", "--buffer", "-1"]])
def test_usage_errors_exit_2_in_one_line(db_path: Path, argv: list[str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(["--db", str(db_path), *argv])
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and err.strip().count("\n") == 0 and err.startswith("mmdesk:")


def test_check_on_an_empty_store_says_what_to_do(db_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "check")
    assert code == 1 and "mmdesk demo" in err


def test_env_var_names_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MMDESK_DB", str(tmp_path / "env.db"))
    assert run(capsys, "demo")[0] == 0
    assert (tmp_path / "env.db").exists()


def test_installed_entry_points(tmp_path: Path) -> None:
    env = os.environ | {"MMDESK_DB": str(tmp_path / "e.db")}
    out = subprocess.run([sys.executable, "-m", "mmdesk", "--version"], capture_output=True,
                         text=True, env=env, check=True)
    assert out.stdout.strip() == f"mmdesk {__version__}"
    done = subprocess.run([sys.executable, "-m", "mmdesk", "check", "--json"], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 1 and done.stdout == ""  # no event yet: one line on stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_checkin_exit_codes_by_outcome(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mmdesk.services.delegates import search_delegates
    from mmdesk.services.keys import code_for_delegate

    store = Store.open(demo_path)
    code = code_for_delegate(store, search_delegates(store, "plante")[0].id)
    store.close()
    db = str(demo_path)
    code_, out, _ = run(capsys, "--db", db, "checkin", code, "--desk", "Desk 1",
                        "--at", "2019-11-20T08:50")
    assert code_ == 0 and out.startswith("ADMITTED: Mayor Valérie Plante (Montréal, Canada)")
    code_, out, _ = run(capsys, "--db", db, "checkin", code, "--desk", "Desk 2",
                        "--at", "2019-11-20T08:52")
    assert code_ == 3 and "already checked in to the venue at 08:50 (Desk 1)" in out
    code_, out, _ = run(capsys, "--db", db, "checkin", code[:-2] + "AA")
    assert code_ == 1 and out.startswith("REFUSED: forged code")
    code_, out, _ = run(capsys, "--db", db, "checkin", code, "--room", "Bilateral Room",
                        "--at", "2019-11-20T18:05")
    assert code_ == 1 and "zone 'Restricted' is not opened" in out
    code_, _, err = run(capsys, "--db", db, "checkin", code, "--room", "Ballroom")
    assert code_ == 1 and "no room called 'Ballroom'" in err
    code_, _, err = run(capsys, "--db", db, "checkin", code, "--at", "yesterday")
    assert code_ == 2 and "--at wants a time" in err
    con = sqlite3.connect(demo_path)
    assert con.execute("select count(*) from check_ins").fetchone() == (4,)
    con.close()


def test_checkin_reads_a_code_from_standard_input(demo_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Codes hold quotes, $ and backslashes: `mmdesk checkin -` spares the shell quoting."""
    import io

    from mmdesk.services.delegates import search_delegates
    from mmdesk.services.keys import code_for_delegate

    store = Store.open(demo_path)
    code = code_for_delegate(store, search_delegates(store, "plante")[0].id)
    store.close()
    assert len(code) == 80
    monkeypatch.setattr("sys.stdin", io.StringIO(code + "\n"))
    code_, out, _ = run(capsys, "--db", str(demo_path), "checkin", "-", "--at", "2019-11-20T08:50")
    assert code_ == 0 and out.startswith("ADMITTED: Mayor Valérie Plante")


def test_desk_copy_leaves_the_private_key_out(demo_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.services.delegates import search_delegates
    from mmdesk.services.keys import NoSigningKey, badge_codes, code_for_delegate

    store = Store.open(demo_path)
    code = code_for_delegate(store, search_delegates(store, "plante")[0].id)
    from mmdesk.services.keys import verification_kit
    from mmdesk.store.keyfiles import (
        read_private,  # the key lives in a key file (issue 15)
    )

    secret = read_private(verification_kit(store).public_key)
    store.close()
    full, desk = tmp_path / "full.sqlite3", tmp_path / "desk.sqlite3"
    assert run(capsys, "--db", str(demo_path), "backup", str(full))[0] == 0
    assert run(capsys, "--db", str(demo_path), "backup", str(desk), "--for-desk")[0] == 0
    assert secret not in full.read_bytes()  # no copy holds the signing key (issue 15)
    assert secret not in desk.read_bytes()
    # the desk copy verifies badges but cannot sign new ones
    code_, out, _ = run(capsys, "--db", str(desk), "checkin", code, "--at", "2019-11-20T09:00")
    assert code_ == 0 and out.startswith("ADMITTED")
    monkeypatch.setenv("MMDESK_KEYS", str(tmp_path / "another-laptop"))
    desk_store = Store.open(desk)
    with pytest.raises(NoSigningKey, match="no signing key"):
        badge_codes(desk_store, ["000001"])
    desk_store.close()


def test_export_keys_writes_public_key_and_revocations_only(demo_path: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import base64

    from mmdesk.domain.badge_codes import Verifier
    from mmdesk.domain.enums import AccreditationState
    from mmdesk.services import accreditation as acc
    from mmdesk.services.delegates import search_delegates
    from mmdesk.services.keys import code_for_delegate

    store = Store.open(demo_path)
    did = search_delegates(store, "plante")[0].id
    old = code_for_delegate(store, did)
    old_serial = acc.accreditations_of(store, did)[0].badge_serial
    a = acc.accreditations_of(store, did)[0]
    acc.transition(store, a.id, AccreditationState.BADGE_ISSUED, reason="lost")
    from mmdesk.services.keys import verification_kit
    from mmdesk.store.keyfiles import (
        read_private,  # the key lives in a key file (issue 15)
    )

    secret = read_private(verification_kit(store).public_key)
    store.close()
    target = tmp_path / "kit.json"
    code_, out, _ = run(capsys, "--db", str(demo_path), "export", "keys", str(target))
    assert code_ == 0 and "1 revoked serial" in out
    kit = json.loads(target.read_text(encoding="utf-8"))
    assert set(kit) == {"event", "public_key", "revoked", "written_at"}
    assert kit["revoked"] == [old_serial]
    public = base64.b64decode(kit["public_key"])
    assert Verifier(public).serial_of(old) == old_serial
    assert base64.b64encode(secret).decode() not in target.read_text(encoding="utf-8")
