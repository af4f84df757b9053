"""Real-world delegate lists import as they come (issue 17), nominating and setting states
(issue 14), and a re-import of mmdesk's own export changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from mmdesk.cli import main
from mmdesk.domain.enums import AccreditationState, RouteKind
from mmdesk.domain.errors import ValidationError
from mmdesk.services import exchange
from mmdesk.services.accreditation import RouteInput, accreditations_of, create_route, history, set_document
from mmdesk.services.delegate_import import import_delegates
from mmdesk.services.delegates import get_delegate_input, list_delegates
from mmdesk.store.database import Store
from tests.conftest import dump
from tests.spreadsheets.corpus import BUILDERS, Person

S = AccreditationState


def _routes(store: Store) -> None:
    for name, kind, extra in [
        ("Own authority", RouteKind.OWN_AUTHORITY, {}),
        ("National delegation of Ghana", RouteKind.NATIONAL_DELEGATION, {"member_state": "GH"}),
        ("UCLG delegation", RouteKind.PARTNER_ORGANISATION, {"partner": "UCLG", "quota": 20}),
        ("Media", RouteKind.MEDIA, {}),
        ("Press", RouteKind.MEDIA, {}),
        ("Delegate", RouteKind.OWN_AUTHORITY, {}),
    ]:
        create_route(store, RouteInput(name=name, kind=kind, **extra))


def _arrived(store: Store, expected: list[Person]) -> None:
    got = {(d.given_name, d.family_name): d.country for d in list_delegates(store)}
    for given, family, country in expected:
        assert (given, family) in got, f"{given} {family} not imported (got {sorted(got)})"
        assert got[(given, family)] == country, (given, family, got[(given, family)], country)


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_every_file_of_the_corpus_imports_whole_without_map(store: Store, tmp_path: Path, kind: str) -> None:
    _routes(store)
    path, expected = BUILDERS[kind](tmp_path)
    report = import_delegates(store, path, route="Own authority")
    assert report.problems == []
    assert report.created == len(expected) == len(list_delegates(store))
    _arrived(store, expected)


def test_indico_cldr_names_states_and_tags(store: Store, tmp_path: Path) -> None:
    _routes(store)
    path, _ = BUILDERS["indico"](tmp_path)
    report = import_delegates(store, path, route="Own authority")
    assert report.mapping["Registration state"] == "state" and report.mapping["Tags"] == "tags"
    people = {d.family_name: d for d in list_delegates(store)}
    assert people["Hadžić"].country == "BA" and people["Mbuyi Kalala"].country == "CD"

    def acc(family: str) -> tuple[str, S]:
        (a,) = accreditations_of(store, people[family].id)
        return a.route, a.state

    assert acc("Hadžić") == ("National delegation of Ghana", S.APPROVED)  # the tag names a route
    assert acc("Leung") == ("Media", S.APPROVED)
    assert acc("Aung") == ("Own authority", S.NOMINATED)  # pending
    assert acc("Khoury") == ("Own authority", S.WITHDRAWN)
    assert acc("Kouassi") == ("Own authority", S.REJECTED)
    assert acc("Østergaard") == ("Own authority", S.NOMINATED)  # unpaid
    assert report.nominated == 10
    text = "\n".join(report.lines())
    assert "states: complete → approved (6)" in text and "states: withdrawn → withdrawn (1)" in text
    (a,) = accreditations_of(store, people["Kouassi"].id)
    assert [c.to_state for c in history(store, a.id)] == [S.NOMINATED, S.REJECTED]  # the desk's own moves


def test_withdrawn_people_without_a_route_are_listed_not_imported_as_the_others(
    store: Store, tmp_path: Path
) -> None:
    path, _ = BUILDERS["indico"](tmp_path)
    report = import_delegates(store, path)
    assert report.created == 8 and report.skipped == 2
    left = [why.english for _, why in report.warnings if "left out" in why.english]
    assert any("Rania Khoury left out: withdrawn" in w for w in left)
    assert any("Adjoua Kouassi left out: rejected" in w for w in left)


def test_indico_single_name_column_is_split_only_where_certain(store: Store, tmp_path: Path) -> None:
    path, _ = BUILDERS["indico names"](tmp_path)
    report = import_delegates(store, path)
    people = {d.badge_name: d for d in list_delegates(store)}
    jose = people["José Luis Rodríguez Zapatero"]
    assert (jose.given_name, jose.family_name) == ("José Luis Rodríguez Zapatero", "")
    assert (people["Ngozi Okafor"].given_name, people["Ngozi Okafor"].family_name) == ("Ngozi", "Okafor")
    assert people["عبد الله بن سالم"].country == "OM"
    unsure = [why.english for _, why in report.warnings if "kept whole" in why.english]
    assert len(unsure) == 4 and any("Zoë Ó Briain" in w for w in unsure)


def test_pretix_attendees_outrank_the_buyer_and_the_sheet_is_found(store: Store, tmp_path: Path) -> None:
    _routes(store)
    path, expected = BUILDERS["pretix"](tmp_path)
    report = import_delegates(store, path, duplicates="skip")
    assert report.sheet == "Order positions" and report.skipped == 0
    assert any("sheet 'Order positions' read" in n for n in map(str, report.notes))
    assert any("'Company' appears more than once" in n for n in map(str, report.notes))
    assert any("'Email' left out: 'Attendee email'" in n for n in map(str, report.notes))
    people = {d.family_name: d for d in list_delegates(store)}
    assert people["Mensah"].email == "a.mensah@accra.example.gov" and people["Boateng"].email is None
    assert any("'Phone number' left out: the file has attendee columns" in n for n in map(str, report.notes))
    assert get_delegate_input(store, people["Mensah"].id)[0].phone is None  # not the buyer's
    assert people["Asante"].organisation == "Accra Metropolitan Assembly"  # the attendee's Company
    assert people["Asante"].honorific == "Hon."
    (a,) = accreditations_of(store, people["Ndayisenga"].id)
    assert (a.route, a.state) == ("UCLG delegation", S.APPROVED)  # the product names the route
    (a,) = accreditations_of(store, people["Zieliński"].id)
    assert (a.route, a.state) == ("Press", S.WITHDRAWN)  # a cancelled order
    (a,) = accreditations_of(store, people["Quishpe"].id)
    assert a.state is S.NOMINATED  # pending
    with pytest.raises(Exception, match="no sheet 'Attendees'"):
        import_delegates(store, path, sheet="Attendees")
    orders = import_delegates(store, path, sheet="Orders", dry_run=True)
    assert orders.sheet == "Orders"


def test_microsoft_forms_anonymous_account_column_is_not_the_email(store: Store, tmp_path: Path) -> None:
    path, _ = BUILDERS["microsoft forms"](tmp_path)
    report = import_delegates(store, path)
    assert report.mapping["Email address"] == "email" and "Email" not in report.mapping
    assert any("account column" in n and "'anonymous'" in n for n in map(str, report.notes))
    assert {d.email for d in list_delegates(store)} >= {"rossi@forms.example", "dlamini@forms.example"}
    ((line, why),) = [w for w in report.warnings if "country" in w[1].english]
    assert (
        line == 5
        and "unknown country 'Aotearoa New Zealand': left empty (closest: New Zealand (NZ)" in why.english
    )


def test_un_list_titles_blank_row_and_country_sections(store: Store, tmp_path: Path) -> None:
    path, _ = BUILDERS["un list"](tmp_path)
    report = import_delegates(store, path)
    assert report.header_line == 5
    assert any("header on line 5" in n for n in map(str, report.notes))
    assert any("section 'IRAN (ISLAMIC REPUBLIC OF)'" in n for n in map(str, report.notes))
    assert report.rows == 8  # the section rows are not people


def test_french_and_spanish_dates_are_read_day_first_by_column(store: Store, tmp_path: Path) -> None:
    fr, _ = BUILDERS["french"](tmp_path)
    es, _ = BUILDERS["spanish"](tmp_path)
    for path in (fr, es):
        report = import_delegates(store, path)
        assert any("read day first" in n for n in map(str, report.notes)), report.notes
    born = {}
    for d in list_delegates(store):
        data, _ = get_delegate_input(store, d.id)
        born[d.family_name] = data.date_of_birth
    assert born["Lefèvre"] == date(1968, 4, 12) and born["Fernández Ortega"] == date(1968, 4, 12)
    assert born["Diop"] == date(1975, 3, 31) and born["Kabila"] == date(1980, 2, 1)


def test_an_ambiguous_date_column_is_reported_not_guessed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "en.csv"
    path.write_text(
        "First name,Last name,Date of birth\nAda,Lovelace,03/04/1968\nAlan,Turing,05/06/1970\n",
        encoding="utf-8",
    )
    report = import_delegates(store, path)
    assert report.created == 2
    assert any("left empty" in n and "day first or month first" in n for n in map(str, report.notes))
    assert all(get_delegate_input(store, d.id)[0].date_of_birth is None for d in list_delegates(store))


def test_map_corrects_one_column_and_refuses_unknown_fields_and_headers(store: Store, tmp_path: Path) -> None:
    path, _ = BUILDERS["google forms"](tmp_path)
    report = import_delegates(store, path, mapping={"City or municipality": "notes"}, dry_run=True)
    assert report.mapping["City or municipality"] == "notes"
    assert report.mapping["First name"] == "given_name" and report.mapping["Institución"] == "organisation"
    with pytest.raises(ValidationError, match=r"unknown field\(s\): organisaton \(fields: reference, "):
        import_delegates(store, path, mapping={"Institución": "organisaton"})
    with pytest.raises(ValidationError, match="no column 'Employer' in the file"):
        import_delegates(store, path, mapping={"Employer": "organisation"})
    left = import_delegates(store, path, mapping={"Phone number (WhatsApp)": "-"}, dry_run=True)
    assert "Phone number (WhatsApp)" in left.unmapped


def test_reimporting_its_own_export_changes_nothing_whatever_the_columns(
    demo: Store, demo_path: Path, tmp_path: Path
) -> None:
    before = dump(demo_path)
    total = len(list_delegates(demo))
    for columns in (
        None,
        ["given_name", "family_name"],
        ["family_name", "given_name", "city", "state"],
        list(exchange.COLUMNS)[:20],
    ):
        target = tmp_path / "own.xlsx"
        for _ in exchange.export_delegates(demo, target, columns):
            pass
        report = import_delegates(demo, target)
        assert (report.created, report.merged, report.problems, report.unchanged) == (0, 0, [], total), (
            columns
        )
    csv_target = tmp_path / "own.csv"
    for _ in exchange.export_delegates(demo, csv_target):
        pass
    assert import_delegates(demo, csv_target).unchanged == total
    after = dump(demo_path)
    assert [x for x in after if "backup" not in x.lower()] == [x for x in before if "backup" not in x.lower()]


def test_a_region_stored_in_another_spelling_is_unchanged_not_merged(
    demo: Store, demo_path: Path, tmp_path: Path
) -> None:
    """A delegate whose region was stored as "North America" (the demo's and older lists' word;
    the import reads it as M49's "Northern America") adds nothing when exported and imported
    again with merge: counted unchanged, and the store is left exactly as it was."""
    con = sqlite3.connect(demo_path)
    with con:
        con.execute("UPDATE delegates SET region = 'North America' WHERE id IN "
                    "(SELECT id FROM delegates ORDER BY id LIMIT 3)")
    con.close()
    before = dump(demo_path)
    total = len(list_delegates(demo))
    target = tmp_path / "own.xlsx"
    for _ in exchange.export_delegates(demo, target):
        pass
    report = import_delegates(demo, target, duplicates="merge")
    assert (report.created, report.merged, report.unchanged, report.problems) == (0, 0, total, [])
    after = dump(demo_path)
    assert [x for x in after if "backup" not in x.lower()] == [x for x in before if "backup" not in x.lower()]
    assert sum("'North America'" in x for x in after) == 3


def test_the_reference_column_makes_the_round_trip_exact(demo: Store, tmp_path: Path) -> None:
    target = tmp_path / "own.xlsx"
    for _ in exchange.export_delegates(demo, target, ["reference", "given_name", "family_name", "position"]):
        pass
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet.cell(1, 1).value == "Reference" and str(sheet.cell(2, 1).value).startswith("MMD-")
    sheet.cell(2, 4).value = "Chief Resilience Officer"
    book.save(target)
    report = import_delegates(demo, target, duplicates="merge")
    assert (report.created, report.merged) == (0, 1)


def test_route_column_nominates_new_and_merged_delegates_and_sets_states(
    store: Store, tmp_path: Path
) -> None:
    _routes(store)
    create_route(
        store, RouteInput(name="Checked", kind=RouteKind.OWN_AUTHORITY, required_documents=["Letter"])
    )
    first = tmp_path / "a.csv"
    first.write_text("Given name,Family name,E-mail\nAma,Owusu,ama@ex.gh\n", encoding="utf-8")
    import_delegates(store, first)
    second = tmp_path / "b.csv"
    second.write_text(
        "Given name,Family name,E-mail,Accreditation route,Accreditation state\n"
        "Ama,Owusu,ama@ex.gh,Own authority,approved\n"
        "Kofi,Boateng,kofi@ex.gh,Own authority,withdrawn\n"
        "Esi,Mensah,esi@ex.gh,Checked,approved\n",
        encoding="utf-8",
    )
    report = import_delegates(store, second, duplicates="merge")
    assert (report.created, report.merged, report.nominated) == (2, 1, 3)
    assert "nominated 3 on routes" in report.summary()
    states = {d.given_name: accreditations_of(store, d.id)[0].state for d in list_delegates(store)}
    assert states == {"Ama": S.APPROVED, "Kofi": S.WITHDRAWN, "Esi": S.NOMINATED}
    assert any(
        "Esi Mensah kept nominated on 'Checked': documents not received: Letter" in w.english
        for _, w in report.warnings
    )
    esi = next(d for d in list_delegates(store) if d.given_name == "Esi")
    set_document(store, accreditations_of(store, esi.id)[0].id, "Letter", True)
    again = import_delegates(store, second, duplicates="merge")
    assert accreditations_of(store, esi.id)[0].state is S.APPROVED and again.unchanged == 2


def test_a_full_route_refuses_the_import(store: Store, tmp_path: Path) -> None:
    create_route(store, RouteInput(name="Small", kind=RouteKind.OWN_AUTHORITY, quota=1))
    path = tmp_path / "q.csv"
    path.write_text(
        "Given name,Family name,Accreditation route\nA,One,Small\nB,Two,Small\n", encoding="utf-8"
    )
    with pytest.raises(exchange.ImportRefused, match="line 3: route 'Small' is full"):
        import_delegates(store, path)


def test_cli_reports_sheet_header_and_warnings(store: Store, db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path, _ = BUILDERS["un list"](tmp_path)
    assert main(["--db", str(db_path), "import", "delegates", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would import 8" in out and "header row: line 5" in out and "section 'State of Palestine'" in out
    assert main(["--db", str(db_path), "import", "delegates", str(path), "--map", "Function=positon"]) == 1
    assert "unknown field(s): positon" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import", "delegates", str(path), "--sheet", "Nope"]) == 1
    assert "no sheet 'Nope' (sheets: LoP)" in capsys.readouterr().err


def test_dates_with_garbage_week_dates_and_future_births_are_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "First name,Last name,Date of birth\nAda,Lovelace,1975-03-31xyz\n"
        "Alan,Turing,1975-W13-1\nGrace,Hopper,2999-01-01\n",
        encoding="utf-8",
    )
    with pytest.raises(exchange.ImportRefused) as refused:
        import_delegates(store, path)
    text = str(refused.value)
    assert "line 2: not a date: '1975-03-31xyz'" in text and "line 3: not a date: '1975-W13-1'" in text
    assert "line 4: date of birth 2999-01-01 is in the future" in text
