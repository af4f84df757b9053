"""The forum workbook: export, import into an empty or a used store (all or nothing), template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from mmdesk.domain.enums import AccreditationState, QuotaPolicy, RouteKind
from mmdesk.services import exchange
from mmdesk.services.accreditation import list_accreditations, list_routes
from mmdesk.services.delegates import list_delegates
from mmdesk.services.events import get_event
from mmdesk.services.forum_workbook import (
    ForumImportRefused,
    export_forum,
    import_forum,
    write_template,
)
from mmdesk.services.programme import list_sessions
from mmdesk.services.venue import list_rooms
from mmdesk.spreadsheets import forum_workbook as fw
from mmdesk.store.database import Store
from tests.conftest import dump


def cells(path: Path) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    try:
        return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    finally:
        book.close()


@pytest.fixture
def exported(demo: Store, tmp_path: Path) -> Path:
    return _export(demo, tmp_path / "forum.xlsx")


def _export(store: Store, path: Path) -> Path:
    export_forum(store, path)
    return path


def test_demo_export_import_into_an_empty_store_export_gives_the_same_workbook(
        exported: Path, db_path: Path, tmp_path: Path) -> None:
    empty = Store.open(db_path)
    try:
        report = import_forum(empty, exported)
        again = _export(empty, tmp_path / "again.xlsx")
    finally:
        empty.close()
    first, second = cells(exported), cells(again)
    assert list(first) == ["Forum", "Rooms", "Routes", "Programme", "Delegates"]
    assert [len(first[s]) for s in first] == [11, 8, 13, 14, 31]  # headers + rows
    for sheet in first:
        assert second[sheet] == first[sheet], sheet
    assert report.forum == "created"
    assert {k: (c.created, c.updated) for k, c in report.sheets.items()} == {
        "rooms": (7, 0), "routes": (12, 0), "delegates": (30, 0), "programme": (13, 0)}
    assert report.unmatched == []


def test_the_import_creates_the_forum_as_the_services_show_it(exported: Path, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        import_forum(store, exported)
        event = get_event(store)
        assert (event.city, event.country, event.start_date, event.time_zone) == (
            "Quito", "EC", date(2019, 11, 20), "America/Guayaquil")
        assert event.languages == ("en", "es", "fr")
        rooms = {r.name: r for r in list_rooms(store)}
        assert (rooms["Plenary Hall"].capacity, rooms["Bilateral Room"].access_zone) == (400, "Restricted")
        routes = {r.name: r for r in list_routes(store)}
        ghana = routes["Ghana national delegation"]
        assert (ghana.kind, ghana.member_state, ghana.quota, ghana.required_documents) == (
            RouteKind.NATIONAL_DELEGATION, "GH", 4, ("Note verbale",))
        uclg = routes["Partner: United Cities and Local Governments"]
        assert (uclg.partner, uclg.nominating_body) == ("United Cities and Local Governments",
                                                        "UCLG World Secretariat")
        assert routes["Local governments (own authority)"].quota_policy is QuotaPolicy.FLAG
        states = {(a.delegate, a.state) for a in list_accreditations(store)}
        assert ("Mayor Yvonne Aki-Sawyerr", AccreditationState.BADGE_COLLECTED) in states
        assert sum(1 for _, s in states if s is AccreditationState.REJECTED) >= 1
        approved = [a for a in list_accreditations(store) if a.state is AccreditationState.APPROVED]
        assert all(a.documents_received == a.documents_required for a in approved)
        plenary = [s for s in list_sessions(store) if s.room == "Plenary Hall"]
        assert plenary and any(s.slots for s in plenary)
    finally:
        store.close()


def test_the_english_headers_are_those_of_the_programme_and_delegate_exports() -> None:
    assert fw.headers("programme", "en") == exchange.PROGRAMME_HEADERS
    assert fw.headers("delegates", "en") == [exchange.COLUMNS[k].header for k in fw.DELEGATE_COLUMNS]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_template_imports_into_an_empty_store(db_path: Path, tmp_path: Path, language: str) -> None:
    template = write_template(tmp_path / f"template-{language}.xlsx", language)
    store = Store.open(db_path)
    try:
        report = import_forum(store, template)
        assert report.forum == "created"
        assert [r.name for r in list_rooms(store)] == ["Plenary Hall"]
        (route,) = list_routes(store)
        assert (route.kind, route.quota, route.used) == (RouteKind.PARTNER_ORGANISATION, 20, 1)
        (person,) = list_delegates(store)
        assert (person.given_name, person.state) == ("Ana", AccreditationState.NOMINATED)
        (session,) = list_sessions(store)
        assert session.title == "Opening plenary" and report.unmatched == []
    finally:
        store.close()


def test_into_a_used_store_rooms_routes_and_delegates_are_updated_by_name_and_email(
        demo: Store, exported: Path, tmp_path: Path) -> None:
    book = load_workbook(exported)
    rooms = book["Rooms"]
    rooms.insert_rows(2)  # a new room as the first column
    for col, value in enumerate(["Press Room", 25, "Press"], start=1):
        rooms.cell(2, col, value)
    for row in rooms.iter_rows(min_row=3):
        if row[0].value == "Terrace":
            row[1].value = 350
    routes = book["Routes"]
    for row in routes.iter_rows(min_row=2):
        if row[0].value == "Ghana national delegation":
            row[5].value = 6
    people = book["Delegates"]
    heads = [c.value for c in people[1]]
    for row in people.iter_rows(min_row=2):
        if row[heads.index("Family name")].value == "Aki-Sawyerr":
            row[heads.index("Position")].value = "Mayor of Freetown City Council"
    new = {"Given name": "Nia", "Family name": "Mensah", "E-mail": "nia@example.org",
           "Category": "City official",
           "Accreditation route": "Ghana national delegation", "Accreditation state": "approved"}
    people.append([new.get(h) for h in heads])
    book.save(tmp_path / "edited.xlsx")

    report = import_forum(demo, tmp_path / "edited.xlsx")
    assert report.forum == "updated"
    assert (report.sheets["rooms"].created, report.sheets["rooms"].updated) == (1, 7)
    assert (report.sheets["delegates"].created, report.sheets["delegates"].updated) == (1, 30)
    listed = list_rooms(demo)
    assert listed[0].name == "Press Room"
    assert {r.name: r.capacity for r in listed}["Terrace"] == 350
    assert {r.name: r.quota for r in list_routes(demo)}["Ghana national delegation"] == 6
    by_name = {d.family_name: d for d in list_delegates(demo)}
    assert by_name["Aki-Sawyerr"].position == "Mayor of Freetown City Council"
    assert by_name["Aki-Sawyerr"].state is AccreditationState.BADGE_COLLECTED  # not walked again
    assert (by_name["Mensah"].route, by_name["Mensah"].state) == ("Ghana national delegation",
                                                                  AccreditationState.APPROVED)
    assert len(list_delegates(demo)) == 31


def test_problems_in_several_sheets_are_all_reported_and_nothing_is_imported(
        demo_path: Path, exported: Path, tmp_path: Path) -> None:
    book = load_workbook(exported)
    book["Rooms"]["B3"] = "many"
    book["Routes"]["B2"] = "embassy"
    heads = [c.value for c in book["Delegates"][1]]
    book["Delegates"].cell(4, heads.index("Accreditation route") + 1, "Atlantis delegation")
    book["Programme"]["A2"] = date(2019, 12, 25)
    book.save(tmp_path / "bad.xlsx")
    before = dump(demo_path)
    store = Store.open(demo_path)
    try:
        with pytest.raises(ForumImportRefused) as info:
            import_forum(store, tmp_path / "bad.xlsx")
    finally:
        store.close()
    lines = info.value.report.lines()
    assert any(line.startswith("Rooms, line 3: the capacity must be a whole number") for line in lines)
    assert any(line.startswith("Routes, line 2: unknown route kind 'embassy'") for line in lines)
    assert any(line.startswith("Delegates, line 4: unknown accreditation route") for line in lines)
    assert any(line.startswith("Programme, line 2:") and "outside the forum's days" in line for line in lines)
    assert str(info.value).startswith("nothing was imported: 4 problems in the workbook")
    assert dump(demo_path) == before


def test_a_route_that_refuses_past_its_quota_refuses_the_line_beyond_it(
        db_path: Path, tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    book["Routes"]["F2"] = 1
    people = book["Delegates"]
    people.append(["Mayor", "Kofi", "Asante"] + [None] * 8 + ["kofi@example.org"] + [None] * 5
                  + ["Partner: United Cities and Local Governments", "nominated"])
    book.save(path)
    store = Store.open(db_path)
    try:
        with pytest.raises(ForumImportRefused) as info:
            import_forum(store, path)
        assert info.value.report.lines() == [
            "Delegates, line 3: route 'Partner: United Cities and Local Governments' is full: "
            "1 of 1 place taken"]  # one place: the singular form (issue 18)
        from mmdesk.services.forum import has_event

        assert not has_event(store)
    finally:
        store.close()


def test_an_empty_store_needs_the_forum_sheet(db_path: Path, exported: Path, tmp_path: Path) -> None:
    book = load_workbook(exported)
    del book["Forum"]
    book.save(tmp_path / "no-forum.xlsx")
    store = Store.open(db_path)
    try:
        with pytest.raises(ForumImportRefused, match="no forum yet: the workbook needs a Forum sheet"):
            import_forum(store, tmp_path / "no-forum.xlsx")
    finally:
        store.close()


def test_export_refuses_another_suffix(demo: Store, tmp_path: Path) -> None:
    with pytest.raises(exchange.ExportError, match=r"\.xlsx"):
        export_forum(demo, tmp_path / "forum.csv")
    assert not (tmp_path / "forum.csv").exists()


def test_a_reference_column_finds_the_person_whose_city_changed(demo: Store, exported: Path,
                                                                tmp_path: Path) -> None:
    for _ in exchange.export_delegates(demo, tmp_path / "refs.xlsx", ["family_name", "reference"]):
        pass
    refs = dict(cells(tmp_path / "refs.xlsx")["Delegates"][1:])  # the delegate export's references
    (yvonne,) = [d for d in list_delegates(demo) if d.family_name == "Aki-Sawyerr"]
    book = load_workbook(exported)
    people = book["Delegates"]
    heads = [c.value for c in people[1]]
    people.cell(1, len(heads) + 1, "Reference")
    for row in people.iter_rows(min_row=2):
        if row[heads.index("Family name")].value == "Aki-Sawyerr":
            row[heads.index("City")].value = "Freetown (Western Area)"
            people.cell(row[0].row, len(heads) + 1, refs["Aki-Sawyerr"])
    book.save(tmp_path / "ref.xlsx")
    report = import_forum(demo, tmp_path / "ref.xlsx")
    assert (report.sheets["delegates"].created, report.sheets["delegates"].updated) == (0, 30)
    assert {d.id: d.city for d in list_delegates(demo)}[yvonne.id] == "Freetown (Western Area)"
