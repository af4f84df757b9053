"""Files are written whole or not at all."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from mmdesk.domain.errors import MmdeskError
from mmdesk.files import atomic_write


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(tmp_path: Path) -> None:
    target = tmp_path / "programme.pdf"
    target.write_bytes(b"the good one")
    with pytest.raises(OSError, match="disk full"), atomic_write(target) as tmp:
        tmp.write_bytes(b"half a fi")
        raise OSError("disk full")
    assert target.read_bytes() == b"the good one"
    assert [p.name for p in tmp_path.iterdir()] == ["programme.pdf"]


def test_a_finished_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"old")
    with atomic_write(target, private=True) as tmp:
        tmp.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["list.xlsx"]


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(MmdeskError, match="folder .*nowhere does not exist"), \
            atomic_write(tmp_path / "nowhere" / "x.pdf"):
        pass
