"""The change sheet for the information desk, and the version line on itineraries and run-sheets."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from mmdesk.domain.programme_changes import ChangeCode, ProgrammeChange
from mmdesk.printing.changes import ChangeSheet, change_sheet, describe, version_line
from mmdesk.printing.words import Words
from mmdesk.services import programme as prog
from mmdesk.services import releases
from mmdesk.services.documents import print_document
from mmdesk.store.database import Store
from tests.printing.conftest import pages, pdftext

T = datetime(2019, 11, 20, 10)


def _sheet(changes: tuple[ProgrammeChange, ...], language: str = "en") -> ChangeSheet:
    return ChangeSheet("Mayoral Forum", "20 November 2019 · Quito", 3, T, None, T + timedelta(hours=2),
                       changes, Words((language,)))


def test_an_empty_sheet_says_no_change(tmp_path: Path) -> None:
    target = tmp_path / "c.pdf"
    assert change_sheet(_sheet(()), target) == 1
    text = pdftext(target)
    assert "Programme changes" in text and "No change." in text
    assert "From version 3 of 20 Nov 2019 10:00 to the programme as printed on 20 Nov 2019 12:00." in text


def test_every_change_in_french(tmp_path: Path) -> None:
    moved = ProgrammeChange(ChangeCode.SESSION_MOVED, 7, "Villes et migration", T.replace(hour=14), "Salle 4",
                            before="2019-11-20T10:00:00/2019-11-20T11:00:00",
                            after="2019-11-20T14:00:00/2019-11-20T15:00:00")
    added = ProgrammeChange(ChangeCode.SPEAKER_ADDED, 7, "Villes et migration", T.replace(hour=14), "Salle 4",
                            delegate_id=3, delegate="Ana Silva", after="panellist")
    cancelled = ProgrammeChange(ChangeCode.SESSION_STATUS_CHANGED, 8, "Déjeuner", T.replace(hour=15), None,
                                before="tbc", after="cancelled")
    target = tmp_path / "fr.pdf"
    assert change_sheet(_sheet((moved, added, cancelled), "fr"), target) == 1
    text = pdftext(target)
    assert "Modifications du programme" in text
    assert "intervenant ajouté : Ana Silva (panéliste)" in text
    assert "désormais annulée (auparavant à confirmer)" in text
    assert "sans salle" in text
    assert describe(moved) == "moved from Wed 20 Nov 10:00–11:00 to Wed 20 Nov 14:00–15:00"


def test_every_code_has_words() -> None:
    values = {ChangeCode.SESSION_MOVED: ("2019-11-20T10:00:00/2019-11-20T11:00:00",
                                         "2019-11-20T12:00:00/2019-11-20T13:00:00"),
              ChangeCode.SPEAKERS_REORDERED: (("A", "B"), ("B", "A"))}
    for code in ChangeCode:
        before, after = values.get(code, ("tbc", "confirmed"))
        change = ProgrammeChange(code, 1, "S", T, None, 2, "Ana", before=before, after=after)
        for lang in ("en", "fr", "es"):
            assert describe(change, Words((lang,))).strip()
    assert version_line(Words(("es",)), 3, T) == "Programa, versión 3 del 20 nov 2019 10:00"


def test_itineraries_and_run_sheets_say_which_version_they_show(demo: Store, tmp_path: Path) -> None:
    runsheet = tmp_path / "r.pdf"
    print_document(demo, "runsheet", runsheet)
    assert "Programme version" not in pdftext(runsheet)
    releases.release_programme(demo, "for the printers")
    stamp = releases.version_stamp(demo)
    assert stamp is not None
    print_document(demo, "runsheet", runsheet)
    line = f"Programme version 1 of {stamp.released_local.day} "
    assert pdftext(runsheet).count(line) == pages(runsheet)  # on every page
    session = prog.list_sessions(demo)[2]
    prog.move_session(demo, session.id, session.starts_at + timedelta(minutes=15))
    itinerary = tmp_path / "i.pdf"
    print_document(demo, "itinerary", itinerary)
    assert "with 1 later change(s)" in pdftext(itinerary)
