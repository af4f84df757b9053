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
