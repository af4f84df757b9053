"""The post-session record and the run-sheet's Actual column: planned against actual."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from mmdesk.cli import main
from mmdesk.services import programme as prog
from mmdesk.services.console import load_console, print_session_record, record_turn, set_delegation_minutes
from mmdesk.services.documents import print_document
from mmdesk.store.database import Store
from tests.printing.conftest import pdftext


def _held(demo: Store) -> tuple[int, str]:
    s = next(s for s in prog.list_sessions(demo) if len(s.slots) >= 4)
    turns = load_console(demo, s.id).turns
    clock = s.starts_at + timedelta(minutes=2)
    record_turn(demo, turns[0].slot_id, clock, clock + timedelta(minutes=turns[0].minutes + 1),
                (turns[0].minutes + 1) * 60)
    return s.id, turns[0].name


def test_the_record_prints_planned_against_actual(demo: Store, tmp_path: Path) -> None:
    session_id, first = _held(demo)
    set_delegation_minutes(demo, session_id, 5)
    target = tmp_path / "record.pdf"
    assert print_session_record(demo, session_id, target) == 1
    text = pdftext(target)
    s = prog.get_session(demo, session_id)
    assert "Session record" in text and first in text
    start = s.starts_at + timedelta(minutes=2)
    assert f"held {start:%H:%M}–" in text
    assert "+1:00" in text                      # one minute over
    assert "Total allowed" in text and "5:00" in text
    fr = tmp_path / "fr.pdf"
    print_session_record(demo, session_id, fr, languages=["fr"])
    assert "Compte rendu de séance" in pdftext(fr) and "Écart" in pdftext(fr)


def test_a_session_not_held_says_so(demo: Store, tmp_path: Path) -> None:
    s = next(s for s in prog.list_sessions(demo) if s.slots)
    target = tmp_path / "r.pdf"
    print_session_record(demo, s.id, target)
    assert "Nothing was recorded for this session yet." in pdftext(target)


def test_run_sheet_shows_actual_times_where_recorded(demo: Store, tmp_path: Path) -> None:
    session_id, _ = _held(demo)
    target = tmp_path / "runsheet.pdf"
    print_document(demo, "runsheet", target)
    text = pdftext(target)
    assert text.count("Actual") == 1  # only the session that was held has the column
    start = prog.get_session(demo, session_id).starts_at + timedelta(minutes=2)
    assert f"{start:%H:%M}–" in text


def test_print_record_from_the_command_line(demo: Store, demo_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    session_id, _ = _held(demo)
    target = tmp_path / "rec.pdf"
    assert main(["--db", str(demo_path), "print", "record", str(target), "--session", str(session_id)]) == 0
    assert "printed the record of" in capsys.readouterr().out
    assert main(["--db", str(demo_path), "print", "record", str(target)]) == 2
    assert "--session" in capsys.readouterr().err
