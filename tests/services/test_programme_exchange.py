"""The programme's drafting sheet read in: the speakers' brackets checked before anything is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from mmdesk.services import programme as prog
from mmdesk.services.delegate_import import ImportRefused
from mmdesk.services.programme_exchange import PROGRAMME_HEADERS, import_programme
from mmdesk.store.database import Store


def sheet(path: Path, speakers: str) -> Path:
    book = openpyxl.Workbook()
    book.active.append(PROGRAMME_HEADERS)
    book.active.append([date(2019, 11, 20), "08:00", "08:45", "Breakfast with mayors", "meal", "confirmed",
                        None, None, None, None, speakers])
    book.save(path)
    return path


def test_speakers_read_with_their_role_minutes_and_mode(demo: Store, tmp_path: Path) -> None:
    report = import_programme(demo, sheet(tmp_path / "ok.xlsx", "Valérie Plante (keynote, 12', remote)"))
    assert report.created == 1 and report.unmatched == []
    made = next(s for s in prog.list_sessions(demo) if s.title == "Breakfast with mayors")
    assert [(x.delegate_name, x.role.value, x.minutes, x.mode.value) for x in made.slots] == [
        ("Mayor Valérie Plante", "keynote", 12, "remote")]


def test_a_bracket_it_cannot_read_refuses_the_sheet(demo: Store, tmp_path: Path) -> None:
    count = len(prog.list_sessions(demo))
    with pytest.raises(ImportRefused, match=r"line 2: Valérie Plante: cannot read 'soon'"):
        import_programme(demo, sheet(tmp_path / "bad.xlsx", "Valérie Plante (keynote, soon)"))
    with pytest.raises(ImportRefused, match="line 2: Valérie Plante: minutes must be more than 0"):
        import_programme(demo, sheet(tmp_path / "zero.xlsx", "Valérie Plante (0 min)"))
    assert len(prog.list_sessions(demo)) == count
