"""Nomination workbooks: written for a route, read back onto it with its quota, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from mmdesk.domain.enums import AccreditationState, Category, QuotaPolicy
from mmdesk.domain.errors import NotFound
from mmdesk.services.accreditation import RouteInput, find_route, list_accreditations, update_route
from mmdesk.services.delegates import list_delegates
from mmdesk.services.nomination_workbook import (
    NominationImportRefused,
    export_nominations,
    import_nominations,
)
from mmdesk.store.database import Store
from tests.conftest import dump

GHANA = "Ghana national delegation"
UCLG = "Partner: United Cities and Local Governments"


def _fill(path: Path, rows: list[dict[str, str]]) -> Path:
    book = load_workbook(path)
    sheet = book.worksheets[1]
    heads = [c.value for c in sheet[1]]
    for row in rows:
        sheet.append([row.get(h) for h in heads])
    book.save(path)
    return path


def _person(given: str, family: str, **more: str) -> dict[str, str]:
    return {"Given name": given, "Family name": family, "Category": "City official", **more}


def test_the_workbook_says_route_quota_places_left_and_documents(demo: Store, tmp_path: Path) -> None:
    done = export_nominations(demo, GHANA, tmp_path / "ghana.xlsx")
    assert (done.route, done.quota, done.places_left, done.languages) == (GHANA, 4, 3, ["en", "es", "fr"])
    guide = list(load_workbook(tmp_path / "ghana.xlsx")["Instructions"].iter_rows(values_only=True))
    assert ("Nominating body", "Permanent Mission of Ghana") in guide
    assert ("Places left", 3) in guide and ("Plazas disponibles", 3) in guide
    assert ("Documents to send", "Note verbale") in guide


def test_lines_are_nominated_on_the_route_the_workbook_names(demo: Store, tmp_path: Path) -> None:
    export_nominations(demo, GHANA, tmp_path / "g.xlsx")
    path = _fill(tmp_path / "g.xlsx", [
        _person("Kofi", "Mensah", **{"E-mail": "kofi@example.org", "Country": "Ghana", "City": "Kumasi"}),
        _person("Ama", "Owusu", **{"Category": "Member State", "Honorific": "H.E."}),
    ])
    report = import_nominations(demo, path)
    assert (report.route, report.created, report.nominated, report.unchanged) == (GHANA, 2, 0, 0)
    people = {d.family_name: d for d in list_delegates(demo)}
    assert (people["Mensah"].route, people["Mensah"].state, people["Mensah"].country) == (
        GHANA, AccreditationState.NOMINATED, "GH")
    assert people["Owusu"].category is Category.MEMBER_STATE
    assert find_route(demo, GHANA).left == 1
    again = import_nominations(demo, path)  # sent back twice: nothing more
    assert (again.created, again.unchanged) == (0, 2)


def test_past_a_refusing_quota_and_people_of_another_route_are_problems_and_nothing_changes(
        demo_path: Path, tmp_path: Path) -> None:
    store = Store.open(demo_path)
    try:
        path = tmp_path / "g.xlsx"
        export_nominations(store, GHANA, path)
        _fill(path, [_person("A", "One"), _person("B", "Two"), _person("C", "Three"),
                     _person("D", "Four"), _person("Yvonne", "Aki-Sawyerr", City="Freetown")])
        before = dump(demo_path)
        with pytest.raises(NominationImportRefused) as info:
            import_nominations(store, path)
        assert info.value.report.lines() == [
            "Nominations, line 5: D Four: past the route's quota (4 of 4 places taken)",
            "Nominations, line 6: Yvonne Aki-Sawyerr is already nominated by MMC secretariat "
            "(route “Partner: Mayors Migration Council”)",
        ]
    finally:
        store.close()
    assert dump(demo_path) == before


def test_a_flagging_route_takes_the_line_past_its_quota_and_says_so(demo: Store, tmp_path: Path) -> None:
    route = find_route(demo, GHANA)
    update_route(demo, route.id, RouteInput(name=GHANA, kind=route.kind, member_state="GH", quota=1,
                                            quota_policy=QuotaPolicy.FLAG,
                                            required_documents=["Note verbale"]))
    path = tmp_path / "g.xlsx"
    export_nominations(demo, GHANA, path)
    report = import_nominations(demo, _fill(path, [_person("Kofi", "Mensah")]))
    assert report.created == 1
    assert [(n, str(w)) for n, w in report.flagged] == [(2, "Kofi Mensah: place 2 of a quota of 1")]
    assert sum(1 for a in list_accreditations(demo) if a.route == GHANA) == 2


def test_a_french_workbook_reads_back_in_french(demo: Store, tmp_path: Path) -> None:
    path = tmp_path / "uclg.xlsx"
    export_nominations(demo, UCLG, path, language="fr")
    assert [c.value for c in load_workbook(path)["Nominations"][1]][:3] == ["Civilité", "Prénom",
                                                                           "Nom de famille"]
    book = load_workbook(path)
    book["Nominations"].append(["Mme", "Anne", "Hidalgo", "Maire", "Ville de Paris", "Paris", "France",
                                "Élu local ou régional", "anne@example.org"])
    book.save(path)
    report = import_nominations(demo, path)
    assert report.created == 1
    (anne,) = [d for d in list_delegates(demo) if d.family_name == "Hidalgo"]
    assert (anne.country, anne.category, anne.route) == ("FR", Category.LOCAL_LEADER, UCLG)


def test_a_workbook_for_a_route_this_forum_lacks_is_refused(demo: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.xlsx"
    export_nominations(demo, GHANA, path)
    book = load_workbook(path)
    book["mmdesk"]["B2"] = "Atlantis national delegation"
    book.save(path)
    with pytest.raises(NotFound, match="'Atlantis national delegation', which this forum does not have"):
        import_nominations(demo, path)
    book["mmdesk"]["B3"] = "Another forum"
    book.save(path)
    with pytest.raises(NominationImportRefused, match="made for “Another forum”"):
        import_nominations(demo, path)


def test_an_unknown_route_is_refused_naming_the_routes(demo: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no accreditation route called 'Atlantis'"):
        export_nominations(demo, "Atlantis", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
