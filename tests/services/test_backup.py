"""Nothing lost on the embedded store: rotating automatic copies, and restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mmdesk.cli import main
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import accreditation as acc
from mmdesk.services import backup as svc
from mmdesk.services.delegates import list_delegates
from mmdesk.store.database import Store
from tests.conftest import dump


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("select count(*) from delegates").fetchone()[0]
    finally:
        con.close()


def test_automatic_copies_rotate(demo: Store) -> None:
    for _ in range(5):
        svc.auto_backup(demo, "periodic", keep=3)
    copies = svc.list_backups(demo)
    assert len(copies) == 3
    assert all(_count(c) == 30 for c in copies)
    assert all(sqlite3.connect(c).execute("pragma integrity_check").fetchone() == ("ok",) for c in copies)


def test_risky_work_is_backed_up_first(demo: Store, tmp_path: Path) -> None:
    nominated = [a.id for d in list_delegates(demo) for a in acc.accreditations_of(demo, d.id)
                 if a.state is S.NOMINATED]
    for a in nominated:
        for doc, done in acc.documents(demo, a).items():
            if not done:
                acc.set_document(demo, a, doc, True)
    acc.bulk_transition(demo, nominated, S.APPROVED)
    (copy,) = svc.list_backups(demo)
    assert "before-bulk" in copy.name
    con = sqlite3.connect(copy)
    assert con.execute("select count(*) from accreditations where state = 'nominated'").fetchone() == (2,)
    con.close()


def test_a_refused_bulk_move_keeps_no_copy_and_rotates_none_away(demo: Store) -> None:
    for _ in range(svc.KEEP):
        svc.auto_backup(demo, "periodic")
    before = svc.list_backups(demo)
    nominated = [a.id for d in list_delegates(demo) for a in acc.accreditations_of(demo, d.id)
                 if a.state is S.NOMINATED]
    approved = [a.id for d in list_delegates(demo) for a in acc.accreditations_of(demo, d.id)
                if a.state is S.APPROVED]
    with pytest.raises(MmdeskError):  # approving an approved one again is refused: nothing moves
        acc.bulk_transition(demo, [*nominated, approved[0]], S.APPROVED)
    assert svc.list_backups(demo) == before
    assert all(a.state is S.NOMINATED for d in list_delegates(demo)
               for a in acc.accreditations_of(demo, d.id) if a.id in nominated)


def test_restore_puts_a_backup_back_and_keeps_what_was_there(demo_path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved.sqlite3"
    assert main(["--db", str(demo_path), "backup", str(saved)]) == 0
    store = Store.open(demo_path)
    from mmdesk.services.delegates import delete_delegate

    for d in list_delegates(store)[:10]:
        delete_delegate(store, d.id)
    store.close()
    assert _count(demo_path) == 20
    capsys.readouterr()
    assert main(["--db", str(demo_path), "restore", str(saved)]) == 0
    out = capsys.readouterr().out
    assert _count(demo_path) == 30 and "before-restore" in out
    store = Store.open(demo_path)
    (before,) = [c for c in svc.list_backups(store) if "before-restore" in c.name]
    assert _count(before) == 20
    store.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 90])
def test_restore_refuses_what_is_not_an_mmdesk_store(demo_path: Path, tmp_path: Path, content: bytes) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    before = dump(demo_path)
    store = Store.open(demo_path)
    with pytest.raises(MmdeskError, match="not an mmdesk database|damaged"):
        svc.restore(store, bogus)
    store.close()
    assert dump(demo_path) == before


# -- restore never bricks a store (issue 15)

def _alembic_only(path: Path, version: str) -> Path:
    con = sqlite3.connect(path)
    con.execute("create table alembic_version (version_num varchar(32) not null primary key)")
    con.execute("insert into alembic_version values (?)", (version,))
    con.commit()
    con.close()
    return path


def _restore_is_refused(demo_path: Path, bad: Path, match: str) -> None:
    before = dump(demo_path)
    store = Store.open(demo_path)
    try:
        with pytest.raises(MmdeskError, match=match):
            svc.restore(store, bad)
        assert svc.list_backups(store) == []  # refused before anything, even the copy
    finally:
        store.close()
    assert dump(demo_path) == before
    assert _count(demo_path) == 30  # still opens, still the forum
    assert not list(demo_path.parent.glob(".*restore*"))


def test_restore_refuses_a_newer_schema_before_replacing_anything(demo_path: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    assert main(["--db", str(demo_path), "backup", str(newer)]) == 0
    con = sqlite3.connect(newer)
    con.execute("update alembic_version set version_num = 'f00dfeed'")
    con.commit()
    con.close()
    _restore_is_refused(demo_path, newer, "newer mmdesk")


@pytest.mark.parametrize("version", ["head", "0001"])
def test_restore_refuses_a_file_with_only_a_schema_version(demo_path: Path, tmp_path: Path,
                                                           version: str) -> None:
    from mmdesk.store.database import head_revision

    bare = _alembic_only(tmp_path / "bare.sqlite3", head_revision() if version == "head" else version)
    _restore_is_refused(demo_path, bare, "not a complete mmdesk database|holds no forum")


def test_a_restore_whose_upgrade_fails_changes_nothing(demo_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    assert main(["--db", str(demo_path), "backup", str(old)]) == 0
    con = sqlite3.connect(old)
    con.execute("update alembic_version set version_num = '0006'")  # claims an older schema…
    con.execute("drop table rooms")  # …that its upgrade cannot bring up to date
    con.commit()
    con.close()
    _restore_is_refused(demo_path, old, "not a complete mmdesk database|cannot be restored")


def test_restoring_a_desk_copy_keeps_this_desks_key(demo: Store, demo_path: Path, tmp_path: Path) -> None:
    from mmdesk.services.keys import badge_codes, has_signing_key

    desk = svc.backup(demo, tmp_path / "desk.sqlite3", for_desk=True)
    svc.restore(demo, desk)
    store = Store.open(demo_path)
    try:
        assert has_signing_key(store) and badge_codes(store, ["000001"])
        assert len(list_delegates(store)) == 30
    finally:
        store.close()
