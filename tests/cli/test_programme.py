"""mmdesk programme release|versions|changes, mmdesk print changes, mmdesk speakers sort."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mmdesk.cli import main
from mmdesk.domain.protocol import RepresentationLevel
from mmdesk.services import programme as prog
from mmdesk.services.delegates import DelegateInput, create_delegate
from mmdesk.services.programme import SessionInput
from mmdesk.store.database import Store
from tests.conftest import dump
from tests.printing.conftest import pdftext

T = datetime(2019, 11, 20, 10)


@pytest.fixture
def forum(store: Store, db_path: Path) -> tuple[str, int]:
    ana = create_delegate(store, DelegateInput(given_name="Ana", family_name="Silva")).id
    ben = create_delegate(store, DelegateInput(given_name="Ben", family_name="Osei",
                                               level=RepresentationLevel.MAYOR)).id
    s = prog.create_session(store, SessionInput("Cities and migration", "roundtable", T,
                                                T + timedelta(hours=1)))
    prog.add_slot(store, s.id, ana, "panellist", minutes=10)
    prog.add_slot(store, s.id, ben, "panellist", minutes=10)
    return str(db_path), s.id


def test_release_then_changes_in_words_and_json(forum: tuple[str, int], store: Store,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db, session_id = forum
    assert main(["--db", db, "programme", "release", "--note", "first draft"]) == 0
    out = capsys.readouterr().out
    assert "released programme version 1 of" in out and "1 session" in out and "first draft" in out
    assert main(["--db", db, "programme", "changes"]) == 0
    assert "changes from version 1 of" in capsys.readouterr().out
    prog.move_session(store, session_id, T.replace(hour=15))
    assert main(["--db", db, "programme", "changes"]) == 0
    out = capsys.readouterr().out
    assert "Cities and migration" in out
    assert "moved from Wed 20 Nov 10:00–11:00 to Wed 20 Nov 15:00–16:00" in out
    assert main(["--db", db, "programme", "changes", "--since", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["since"]["number"] == 1 and data["until"] is None
    assert [c["code"] for c in data["changes"]] == ["session_moved"]
    assert data["changes"][0]["after"] == "2019-11-20T15:00:00/2019-11-20T16:00:00"
    assert main(["--db", db, "programme", "release"]) == 0
    assert "version 2 of" in capsys.readouterr().out
    assert main(["--db", db, "programme", "versions", "--json"]) == 0
    assert [v["number"] for v in json.loads(capsys.readouterr().out)] == [1, 2]
    assert main(["--db", db, "programme", "changes", "--since", "1", "--to", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["until"]["number"] == 2


def test_refusals_are_one_line_and_change_nothing(forum: tuple[str, int], db_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = forum
    assert main(["--db", db, "programme", "changes"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no programme version has been released yet" in err
    assert main(["--db", db, "programme", "release"]) == 0
    capsys.readouterr()
    before = dump(db_path)
    assert main(["--db", db, "programme", "release"]) == 1
    assert "nothing changed since version 1" in capsys.readouterr().err
    assert main(["--db", db, "programme", "changes", "--since", "4"]) == 1
    assert "no programme version 4" in capsys.readouterr().err
    assert dump(db_path) == before


def test_print_changes_is_a_change_sheet(forum: tuple[str, int], store: Store, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db, session_id = forum
    assert main(["--db", db, "programme", "release"]) == 0
    data = prog.session_input(prog.get_session(store, session_id))
    data.status, data.title = "cancelled", "Cities and migration (cancelled)"
    prog.update_session(store, session_id, data)
    target = tmp_path / "changes.pdf"
    assert main(["--db", db, "print", "changes", str(target), "--since", "1"]) == 0
    assert "printed the change sheet (1 page)" in capsys.readouterr().out
    text = pdftext(target)
    assert "Programme changes" in text and "From version 1 of" in text
    assert "retitled (was “Cities and migration”)" in text
    assert "now cancelled (was confirmed)" in text


def test_speakers_sort_by_protocol(forum: tuple[str, int], store: Store,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    db, session_id = forum
    assert main(["--db", db, "speakers", "sort", "--session", "Cities and migration", "--protocol"]) == 0
    out = capsys.readouterr().out
    assert "now in protocol order" in out and out.index("Ben Osei") < out.index("Ana Silva")
    assert [x.delegate_name for x in prog.get_session(store, session_id).slots] == ["Ben Osei", "Ana Silva"]
    assert main(["--db", db, "speakers", "sort", "--session", str(session_id), "--protocol"]) == 0
    assert "already in protocol order" in capsys.readouterr().out
    assert main(["--db", db, "speakers", "sort", "--session", "Cities and migration"]) == 2
    assert "--protocol" in capsys.readouterr().err


def test_speakers_level_sets_the_level_of_representation(forum: tuple[str, int], store: Store,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from mmdesk.services.delegates import get_delegate_input, resolve_delegate

    db, _ = forum
    assert main(["--db", db, "speakers", "level", "Ana Silva", "head_of_state"]) == 0
    assert "Ana Silva: head of state or government" in capsys.readouterr().out
    ana = resolve_delegate(store, "Ana Silva")
    assert get_delegate_input(store, ana)[0].level is RepresentationLevel.HEAD_OF_STATE
    with pytest.raises(SystemExit) as exit_:
        main(["--db", db, "speakers", "level", "Ana Silva", "emperor"])
    assert exit_.value.code == 2 and "invalid choice: 'emperor'" in capsys.readouterr().err
