"""Programme, door signs, itineraries, run-sheets, tent cards and participants on the demo."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from mmdesk.cli import main
from mmdesk.printing.documents import clock_times
from mmdesk.services.documents import DOCUMENTS, print_document
from mmdesk.services.programme import list_sessions
from mmdesk.store.database import Store
from tests.printing.conftest import fonts, pages, pdftext


@pytest.mark.parametrize("what", DOCUMENTS)
def test_every_document_prints_with_embedded_fonts(demo: Store, tmp_path: Path, what: str) -> None:
    target = tmp_path / f"{what}.pdf"
    n = print_document(demo, what, target)
    assert n == pages(target) >= 1
    listed = fonts(target)
    assert listed and all(embedded for _, embedded in listed), listed
    assert not any("Helvetica" in name for name, _ in listed)


def test_programme_holds_every_session_title_and_marks_tbc(demo: Store, tmp_path: Path) -> None:
    target = tmp_path / "programme.pdf"
    print_document(demo, "programme", target)
    shown = pdftext(target)
    for s in list_sessions(demo):
        assert " ".join(s.title.split()) in shown, s.title
    assert shown.count("(TBC)") == 3
    for name in ("Ms. Vittoria Zanuso", "Mayor Valérie Plante", "Ms. Emilia Sáiz"):
        assert name in shown


def test_run_sheet_times_add_up(demo: Store, tmp_path: Path) -> None:
    target = tmp_path / "runsheet.pdf"
    print_document(demo, "runsheet", target)
    shown = pdftext(target)
    for s in list_sessions(demo):
        times = [t for t in clock_times(s) if t]
        if not times:
            continue
        assert times[0][0] == s.starts_at
        for (_, end), (start, _) in itertools.pairwise(times):
            assert end == start  # one speaker after another, no gap
        assert (times[-1][1] - s.starts_at).total_seconds() / 60 == s.speaking_minutes
        assert f"the last speaker ends at {times[-1][1]:%H:%M}" in shown
    assert "withdrawn" in shown  # the closing plenary's withdrawn speaker is flagged


def test_run_sheet_flags_an_overrun(demo: Store, tmp_path: Path) -> None:
    from mmdesk.services import programme as prog

    opening = next(s for s in list_sessions(demo) if s.title == "Opening")
    prog.update_slot(demo, opening.slots[0].id, minutes=20)
    target = tmp_path / "runsheet.pdf"
    print_document(demo, "runsheet", target)
    assert "Overrun: the speakers need 6 min more than the session has." in pdftext(target)


def test_participants_grouped_by_category_then_country_in_collation_order(demo: Store,
                                                                           tmp_path: Path) -> None:
    target = tmp_path / "participants.pdf"
    print_document(demo, "participants", target)
    shown = pdftext(target)
    assert shown.index("Local government leader") < shown.index("City official") < shown.index("Academia")
    leaders = shown[shown.index("Local government leader"):shown.index("City official")]
    order = [leaders.index(c) for c in ("Bangladesh", "Belgium", "Canada", "France", "Ghana")]
    assert order == sorted(order)
    assert "RAJAH" not in shown and "Colin" not in shown  # withdrawn: not a participant
    assert "Ka" not in shown.split()  # rejected


def test_itineraries_and_tent_cards_name_the_people(demo: Store, tmp_path: Path) -> None:
    target = tmp_path / "itinerary.pdf"
    print_document(demo, "itinerary", target)
    shown = pdftext(target)
    assert "Mayor Yvonne Aki-Sawyerr" in shown and "Closing remarks" in shown and "Invited" in shown
    cards = tmp_path / "tents.pdf"
    print_document(demo, "tentcards", cards)
    assert pdftext(cards).count("Mayor Valérie Plante") == 2  # both faces


def test_cli_prints_and_refuses_bad_input(demo_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["--db", str(demo_path), "print", "programme", str(tmp_path / "p.pdf")]) == 0
    assert main(["--db", str(demo_path), "print", "badges", str(tmp_path / "b.pdf"),
                 "--layout", "a4-8up"]) == 0
    assert "printed 26 badges (a4-8up)" in capsys.readouterr().out
    assert main(["--db", str(demo_path), "print", "badges", str(tmp_path / "b.pdf"),
                 "--layout", "poster"]) == 2
    assert "no badge layout 'poster'" in capsys.readouterr().err
    assert main(["--db", str(demo_path), "print", "badges", str(tmp_path / "b.txt")]) == 2
    assert main(["--db", str(demo_path), "print", "badges", str(tmp_path / "missing" / "b.pdf")]) == 1
