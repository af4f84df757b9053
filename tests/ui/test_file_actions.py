"""The window's one "choose a file, run the service, report" helper."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mmdesk.domain.errors import MmdeskError
from mmdesk.ui.file_actions import choose_file, file_action, temp_pdf


def test_a_save_name_gets_its_ending_and_a_cancel_is_none(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "forum"), ""))
    assert choose_file(None, "Save", "*.xlsx", save_as="x.xlsx", suffix=".xlsx") == tmp_path / "forum.xlsx"
    assert choose_file(None, "Save", "*.xlsx", given=str(tmp_path / "a.XLSX"), suffix=".xlsx") \
        == tmp_path / "a.XLSX"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert choose_file(None, "Open", "*.xlsx") is None


def test_the_service_runs_on_the_chosen_file_and_a_refusal_is_said_once(
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: said.append((title, text)))
    ran = file_action(None, lambda p: p.name.upper(), title="t", filters="", failure="Not done",
                      given=tmp_path / "a.txt")
    assert ran == (tmp_path / "a.txt", "A.TXT") and said == []

    def refuse(_p: Path) -> None:
        raise MmdeskError("folder nowhere does not exist")

    assert file_action(None, refuse, title="t", filters="", failure="Not done", given="x") is None
    assert said == [("Not done", "folder nowhere does not exist")]
    handled: list[str] = []
    assert file_action(None, refuse, title="t", filters="", failure="Not done", given="x",
                       refused=lambda exc: handled.append(str(exc)) is None) is None
    assert handled == ["folder nowhere does not exist"] and len(said) == 1


def test_a_cancelled_choice_runs_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    ran: list[Path] = []
    assert file_action(None, ran.append, title="t", filters="", failure="f") is None
    assert ran == []


def test_each_print_gets_its_own_folder() -> None:
    a, b = temp_pdf("x.pdf"), temp_pdf("x.pdf")
    assert a.name == b.name == "x.pdf" and a.parent != b.parent and a.parent.is_dir()


def test_a_disk_error_named_in_also_is_said_like_a_refusal(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: said.append((title, text)))

    def full(_p: Path) -> None:
        raise OSError("No space left on device")

    assert file_action(None, full, title="t", filters="", failure="Not saved", given="x",
                       also=(OSError,)) is None
    assert said == [("Not saved", "No space left on device")]
    with pytest.raises(OSError):  # not named: not swallowed
        file_action(None, full, title="t", filters="", failure="Not saved", given="x")
