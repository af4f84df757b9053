"""The dashboard's figures, the endorsement register, and closing the event."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.services import dashboard, endorsements, privacy
from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.delegates import get_delegate_input, search_delegates
from mmdesk.services.exchange import DelegateFilter, export_delegates
from mmdesk.store.database import Store
from tests.conftest import dump


def test_figures_of_the_demo(demo: Store) -> None:
    f = dashboard.figures(demo)
    assert f.delegates == 30
    assert dict(f.by_gender) == {"women": 15, "men": 15}
    assert sum(n for _, n in f.by_state) == 30 and dict(f.by_state)[S.WITHDRAWN] == 1
    assert dict(f.by_category)["local_leader"] == 13
    assert ("Africa", 6) in f.by_region or dict(f.by_region)["Africa"] >= 1
    opening = next(p for p in f.panels if p.title == "Opening")
    assert opening.speakers == sum(opening.genders.values())
    assert f.admitted == 0 and f.checkins_by_hour == []
    desk = CheckInDesk(demo, "Main door")
    from mmdesk.services.keys import code_for_delegate  # only a signed code admits (issue 15)

    for name, hhmm in (("Zanuso", (8, 40)), ("Aki-Sawyerr", (8, 55)), ("Atiqul Islam", (9, 10))):
        desk.scan(code_for_delegate(demo, search_delegates(demo, name)[0].id),
                  at=datetime(2019, 11, 20, *hhmm))
    f = dashboard.figures(demo)
    assert f.admitted == 3
    assert f.checkins_by_hour == [(datetime(2019, 11, 20, 8), 2), (datetime(2019, 11, 20, 9), 1)]


def test_figures_export_to_xlsx(demo: Store, tmp_path: Path) -> None:
    target = dashboard.export_figures(demo, tmp_path / "figures.xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:3] == ["Summary", "By route", "By state"]
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Delegates"] == 30
    genders = {r[0]: r[1] for r in book["By gender"].iter_rows(min_row=2, values_only=True)}
    assert genders == {"women": 15, "men": 15}
    assert book["Panel balance"].max_row == 1 + len(dashboard.figures(demo).panels)


def test_the_pledge_register(demo: Store, tmp_path: Path) -> None:
    (pledge,) = endorsements.list_declarations(demo)
    assert pledge.title == "Quito Cities Action Pledge" and pledge.endorsements == 7
    areas = list(pledge.action_areas)
    made = endorsements.endorse(demo, pledge.id, "Ciudad de México", country="MX", areas=areas[:2],
                                endorsed_by="Jefa de Gobierno")
    assert made.areas == tuple(areas[:2]) and not made.whole
    # the city widens to the whole pledge: its record is replaced, not doubled
    again = endorsements.endorse(demo, pledge.id, "Ciudad de México", country="MX", areas=areas)
    assert again.id == made.id and again.whole
    with pytest.raises(ValidationError, match="no action area"):
        endorsements.endorse(demo, pledge.id, "Quito", areas=["Free ice cream"])
    (plante,) = search_delegates(demo, "plante")
    by_delegate = endorsements.endorse(demo, pledge.id, "", delegate_id=plante.id, areas=areas[3:])
    assert by_delegate.organisation == "Ville de Montréal"
    assert by_delegate.endorsed_by == "Mayor Valérie Plante"
    _, rows = endorsements.signatories(demo, pledge.id)
    assert len(rows) == 8 and rows[0].organisation == "Ciudad de México"  # collation order
    sheet = endorsements.export_endorsements(demo, tmp_path / "pledge.xlsx")
    values = list(openpyxl.load_workbook(sheet).active.iter_rows(values_only=True))
    assert values[0][:3] == ("City or organisation", "Country", "Whole pledge")
    assert values[-1][0] == "Endorsements" and values[-1][1] == 8
    pdf = tmp_path / "pledge.pdf"
    assert endorsements.print_signatories(demo, pdf) == 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Ciudad de México" in text and "Mayor Yvonne Aki-Sawyerr" in text and "8 signatories" in text
    endorsements.withdraw_endorsement(demo, again.id)
    assert endorsements.list_declarations(demo)[0].endorsements == 7


def test_closing_waits_for_the_date_then_erases_people_and_keeps_counts(demo: Store, demo_path: Path,
                                                                        tmp_path: Path) -> None:
    for _ in export_delegates(demo, tmp_path / "sensitive.xlsx", ["given_name", "passport_number"],
                              flt=DelegateFilter(), sensitive=True):
        pass
    before = dashboard.figures(demo)
    people = [get_delegate_input(demo, d.id)[0] for d in search_delegates(demo, "", limit=None)]
    # e-mail addresses and "Mayor of …" positions are nowhere else in the file
    private = [t.encode() for p in people for t in (p.email, p.position)
               if t and ("@" in t or t.startswith("Mayor of"))]
    assert len(private) >= 10
    privacy.schedule_closing(demo, date(2020, 2, 20))
    unchanged = dump(demo_path)
    with pytest.raises(MmdeskError, match="kept until 2020-02-20"):
        privacy.close_event(demo, today=date(2020, 2, 20))
    assert dump(demo_path) == unchanged
    with pytest.raises(ValidationError, match="until the forum ends"):
        privacy.schedule_closing(demo, date(2019, 1, 1))
    assert privacy.closing_due(demo, today=date(2020, 2, 21)) == date(2020, 2, 20)
    report = privacy.close_event(demo, today=date(2020, 2, 21))
    assert report.delegates == 30
    after = dashboard.figures(demo)
    assert (after.delegates, after.by_state, after.by_gender, after.by_region, after.by_route,
            after.panels) == (before.delegates, before.by_state, before.by_gender, before.by_region,
                              before.by_route, before.panels)
    assert search_delegates(demo, "Plante") == []
    people = [get_delegate_input(demo, d.id)[0] for d in search_delegates(demo, "", limit=None)]
    assert all(p.email is None and p.phone is None and p.passport_number is None and p.position is None
               for p in people)
    log = privacy.sensitive_exports(demo)
    assert log[0].fields == ("closing",) and log[1].fields == ("passport_number",)
    with pytest.raises(MmdeskError, match="already closed"):
        privacy.close_event(demo, today=date(2021, 1, 1))
    # nothing of the erased data is left in the file, not in freed pages, not in the search index
    demo.close()
    stored = demo_path.read_bytes()
    assert not demo_path.with_name(demo_path.name + "-wal").exists()
    assert [t for t in private if t in stored] == []
