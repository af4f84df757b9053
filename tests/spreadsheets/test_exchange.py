"""Spreadsheets in and out: round trips in every script, formula-safe cells, every malformed
input refused with a clear error and nothing changed."""

from __future__ import annotations

import csv
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mmdesk.cli import main
from mmdesk.domain.enums import Category
from mmdesk.services import exchange
from mmdesk.services import programme as prog
from mmdesk.services.delegates import DelegateInput, create_delegate, list_delegates
from mmdesk.services.exchange import DelegateFilter, ExportError, ImportRefused
from mmdesk.spreadsheets.reading import UnreadableFile
from mmdesk.store.database import Store
from mmdesk.store.models import ExportLog
from tests.conftest import dump

WORLD = [
    ("Valérie", "Plante", "Montréal", "CA"), ("محمد", "العلي", "تونس", "TN"), ("伟", "王", "北京", "CN"),
    ("Małgorzata", "Wiśniewska", "Łódź", "PL"), ("Наталья", "Коваленко", "Київ", "UA"),
    ("Γιώργος", "Παπαδόπουλος", "Αθήνα", "GR"), ("민준", "김", "서울", "KR"),
    ("Şükrü", "Öztürk", "Gaziantep", "TR"),
]


def people(store: Store) -> None:
    for i, (given_, family, city, country) in enumerate(WORLD):
        create_delegate(store, DelegateInput(
            given_name=given_, family_name=family, city=city, country=country,
            honorific="Mayor" if i % 2 else None,
            position="Head of International Relations", organisation=f"{city} City Hall",
            email=f"person{i}@example.org", category=list(Category)[i % 5], languages=["en", "fr"],
            region="Europe", phone="+41 22 000 00 00"))


def fields(store: Store) -> list[tuple]:
    return sorted((d.given_name, d.family_name, d.city, d.country, d.email, d.position, d.organisation,
                   d.category, d.honorific, d.region) for d in list_delegates(store))


def export(store: Store, target: Path, columns: list[str] | None = None, **kw) -> Path:
    for _ in exchange.export_delegates(store, target, columns, **kw):
        pass
    return target


def empty_twin(db_path: Path, tmp_path: Path) -> Store:
    """A second store with the same event and routes but no delegates."""
    from tests.conftest import _copy

    twin = _copy(db_path, tmp_path / "twin.sqlite3")
    store = Store.open(twin)
    with store.transaction() as db:
        for table in ("speaking_slots", "invitations", "sessions", "accreditation_changes", "badges",
                      "accreditations", "delegate_sensitive", "delegates"):
            db.execute(sa.text(f"delete from {table}"))
    return store


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_in_every_script(store: Store, db_path: Path, tmp_path: Path, suffix: str) -> None:
    people(store)
    columns = ["honorific", "given_name", "family_name", "position", "organisation", "city", "country",
               "region", "category", "email", "phone", "languages"]
    target = export(store, tmp_path / f"delegates{suffix}", columns)
    twin = empty_twin(db_path, tmp_path)
    report = exchange.import_delegates(twin, target)
    assert (report.created, report.problems) == (len(WORLD), [])
    assert fields(twin) == fields(store)
    twin.close()


def test_xlsx_export_looks_like_a_finished_sheet(store: Store, tmp_path: Path) -> None:
    people(store)
    target = export(store, tmp_path / "d.xlsx", ["given_name", "family_name", "country", "country_code",
                                                 "registered"])
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert [c.value for c in sheet[1]] == [
        "Given name", "Family name", "Country", "Country code", "Registered on"]
    assert sheet[1][0].font.bold and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:E{len(WORLD) + 1}"
    assert sheet.column_dimensions["A"].width >= 12
    countries = {row[2].value for row in sheet.iter_rows(min_row=2)}
    assert {"Canada", "China", "Tunisia", "Korea, Republic of"} & countries >= {"Canada", "China", "Tunisia"}
    registered = sheet.cell(2, 5).value
    assert isinstance(registered, (date, datetime))


def test_sensitive_fields_only_when_chosen_and_logged(store: Store, tmp_path: Path) -> None:
    create_delegate(store, DelegateInput(given_name="Ada", family_name="Lovelace", passport_number="X1",
                                         date_of_birth=date(1815, 12, 10)))
    plain = export(store, tmp_path / "plain.xlsx")
    assert "X1" not in str([c.value for row in openpyxl.load_workbook(plain).active.iter_rows() for c in row])
    with pytest.raises(ExportError, match="sensitive"):
        export(store, tmp_path / "x.xlsx", ["given_name", "passport_number"])
    target = export(store, tmp_path / "s.xlsx", ["given_name", "passport_number", "date_of_birth"],
                    sensitive=True)
    row = [c.value for c in openpyxl.load_workbook(target).active[2]]
    assert row[:2] == ["Ada", "X1"] and row[2].date() == date(1815, 12, 10)
    with store.reading() as db:
        (log,) = db.scalars(sa.select(ExportLog)).all()
    assert (log.fields, log.rows, log.target, log.actor) == (
        ["passport_number", "date_of_birth"], 1, str(target), "test desk")


def test_formula_injection_stays_text(store: Store, db_path: Path, tmp_path: Path) -> None:
    evil = {"given_name": "=HYPERLINK(\"http://x\",\"click\")", "family_name": "+SUM(1,2)",
            "position": "@SUM(A1)", "organisation": "-2+3", "notes": "\t=cmd|' /C calc'!A0"}
    create_delegate(store, DelegateInput(**evil))
    columns = list(evil)
    xlsx = export(store, tmp_path / "evil.xlsx", columns)
    sheet = openpyxl.load_workbook(xlsx).active
    for cell in sheet[2]:
        assert cell.data_type == "s", cell.value  # a string, never a formula
    assert [c.value for c in sheet[2]][:2] == [evil["given_name"].strip(), evil["family_name"]]
    raw = zipfile.ZipFile(xlsx).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in raw
    csv_file = export(store, tmp_path / "evil.csv", columns)
    with open(csv_file, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert all(cell.startswith("'") for cell in rows[1] if cell)  # defused for spreadsheet programs
    twin = empty_twin(db_path, tmp_path)
    exchange.import_delegates(twin, csv_file, default_category="civil_society")
    (back,) = list_delegates(twin)
    assert (back.given_name, back.family_name, back.position) == (
        evil["given_name"], evil["family_name"], evil["position"])  # the apostrophe is taken off again
    twin.close()


def _write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def test_indico_export_is_recognised_without_mapping(store: Store, tmp_path: Path) -> None:
    source = _write_csv(tmp_path / "indico.csv", [
        ["ID", "Name", "First Name", "Last Name", "Email", "Affiliation", "Position", "Country",
         "Registration state"],
        ["17", "Marta Suplicy", "Marta", "Suplicy", "m.suplicy@example.org", "Prefeitura de São Paulo",
         "Secretary of International Affairs", "Brazil", "complete"],
        ["18", "Sáiz Emilia", "Emilia", "Sáiz", "e.saiz@example.org", "UCLG", "Secretary General", "Spain",
         "complete"],
    ])
    report = exchange.import_delegates(store, source)
    assert report.created == 2 and report.problems == []
    assert report.mapping == {"First Name": "given_name", "Last Name": "family_name", "Email": "email",
                              "Affiliation": "organisation", "Position": "position", "Country": "country",
                              "Registration state": "state"}
    assert set(report.unmapped) == {"ID", "Name"}
    marta = next(d for d in list_delegates(store) if d.family_name == "Suplicy")
    assert (marta.country, marta.organisation) == ("BR", "Prefeitura de São Paulo")


def test_pretix_attendee_export_is_recognised(store: Store, tmp_path: Path) -> None:
    source = _write_csv(tmp_path / "pretix.csv", [
        ["Order code", "Attendee name", "Attendee name: Title", "Attendee name: Given name",
         "Attendee name: Family name", "Attendee email", "Company", "Country", "Product"],
        ["ABC12", "Dr. Ayşe Öztürk", "Dr.", "Ayşe", "Öztürk", "a.ozturk@example.org", "Gaziantep Belediyesi",
         "TR", "Delegate"],
    ])
    report = exchange.import_delegates(store, source)
    assert report.created == 1 and report.problems == []
    (d,) = list_delegates(store)
    assert (d.honorific, d.given_name, d.family_name, d.email, d.organisation, d.country) == (
        "Dr.", "Ayşe", "Öztürk", "a.ozturk@example.org", "Gaziantep Belediyesi", "TR")


def test_french_and_spanish_headers_windows_1252_and_semicolons(store: Store, tmp_path: Path) -> None:
    fr = _write_csv(tmp_path / "fr.csv", [["Prénom", "Nom", "Courriel", "Ville", "Pays", "Fonction"],
                                          ["Hélène", "Lefèvre", "h@ex.fr", "Besançon", "France", "Adjointe"]],
                    encoding="cp1252", delimiter=";")
    es = _write_csv(tmp_path / "es.csv", [["Nombre", "Apellidos", "Correo electrónico", "Ciudad", "País"],
                                          ["Íñigo", "Ibáñez", "i@ex.es", "Málaga", "España"]],
                    encoding="utf-8-sig")
    assert exchange.import_delegates(store, fr).created == 1
    assert exchange.import_delegates(store, es).created == 1
    names = {(d.given_name, d.family_name, d.city, d.country) for d in list_delegates(store)}
    assert names == {("Hélène", "Lefèvre", "Besançon", "FR"), ("Íñigo", "Ibáñez", "Málaga", "ES")}


def test_duplicates_are_reported_skipped_or_merged(store: Store, db_path: Path, tmp_path: Path) -> None:
    create_delegate(store, DelegateInput(given_name="Łukasz", family_name="Wiśniewski", city="Łódź"))
    source = _write_csv(tmp_path / "dup.csv", [["Given name", "Family name", "City", "E-mail", "Position"],
                                               ["Lukasz", "Wisniewski", "Lodz", "l@ex.pl", "Councillor"],
                                               ["Anna", "Nowak", "Kraków", "a@ex.pl", ""],
                                               ["Anna", "Nowak", "Krakow", "a@ex.pl", ""]])
    before = dump(db_path)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_delegates(store, source)
    text = str(refused.value)
    assert "line 2: Lukasz Wisniewski is already in the list" in text
    assert "line 4: the same delegate as line 3" in text
    assert dump(db_path) == before
    skipped = exchange.import_delegates(store, source, duplicates="skip")
    assert (skipped.created, skipped.skipped) == (1, 2)
    merged = exchange.import_delegates(store, source, duplicates="merge")
    assert (merged.created, merged.merged) == (0, 2)  # Anna Nowak came in with the skip run
    lukasz = next(d for d in list_delegates(store) if d.given_name == "Łukasz")
    # kept its spelling
    assert (lukasz.email, lukasz.position, lukasz.city) == ("l@ex.pl", "Councillor", "Łódź")


def test_namesakes_with_their_own_addresses_are_two_people(store: Store, tmp_path: Path) -> None:
    source = _write_csv(tmp_path / "wang.csv", [["Given name", "Family name", "City", "E-mail"],
                                                ["伟", "王", "北京", "wang.wei@a.cn"],
                                                ["伟", "王", "北京", "wang.wei@b.cn"],
                                                ["伟", "王", "北京", ""]])
    with pytest.raises(ImportRefused, match="line 4: the same delegate as line 2"):
        exchange.import_delegates(store, source)
    report = exchange.import_delegates(store, source, duplicates="skip")
    assert (report.created, report.skipped) == (2, 1)


def test_dry_run_changes_nothing(store: Store, db_path: Path, tmp_path: Path) -> None:
    source = _write_csv(tmp_path / "d.csv", [["First name", "Last name"], ["Ada", "Lovelace"]])
    before = dump(db_path)
    report = exchange.import_delegates(store, source, dry_run=True)
    assert report.created == 1 and dump(db_path) == before


def _malformed(tmp_path: Path) -> dict[str, Path]:
    out = {}
    out["empty file"] = tmp_path / "empty.csv"
    out["empty file"].write_bytes(b"")
    out["no header"] = _write_csv(tmp_path / "nohead.csv", [["Ada", "Lovelace", "ada@ex.org"]])
    out["wrong types"] = _write_csv(tmp_path / "types.csv", [["First name", "Last name", "Date of birth"],
                                                             ["Ada", "Lovelace", "soon"]])
    out["unknown route"] = _write_csv(tmp_path / "route.csv",
                                      [["First name", "Last name", "Accreditation route"],
                                       ["Ada", "Lovelace", "Atlantis"]])
    out["duplicate rows"] = _write_csv(tmp_path / "dups.csv", [["First name", "Last name", "Email"],
                                                               ["Ada", "Lovelace", "a@ex.org"],
                                                               ["Ada", "Lovelace", "a@ex.org"]])
    out["huge cell"] = _write_csv(tmp_path / "huge.csv", [["First name", "Last name", "Notes"],
                                                          ["Ada", "Lovelace", "x" * 100_000]])
    out["bad e-mail"] = _write_csv(tmp_path / "mail.csv", [["First name", "Last name", "Email"],
                                                           ["Ada", "Lovelace", "ada-at-example"]])
    out["no name"] = _write_csv(tmp_path / "noname.csv", [["First name", "Last name", "Email"],
                                                          ["", "", "a@ex.org"]])
    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["First name", "Last name"])
    book.active.append(["Ada", "Lovelace"])
    book.save(good)
    data = good.read_bytes()
    out["truncated xlsx"] = tmp_path / "cut.xlsx"
    out["truncated xlsx"].write_bytes(data[: len(data) // 2])
    out["renamed .xlsx"] = tmp_path / "fake.xlsx"
    out["renamed .xlsx"].write_bytes(b"%PDF-1.4 this is not a workbook\n")
    return out


@pytest.mark.parametrize("case", ["empty file", "no header", "wrong types", "unknown route",
                                  "duplicate rows", "huge cell", "bad e-mail", "no name",
                                  "truncated xlsx", "renamed .xlsx"])
def test_malformed_input_is_refused_clearly_and_changes_nothing(store: Store, db_path: Path,
                                                                tmp_path: Path, case: str) -> None:
    source = _malformed(tmp_path)[case]
    before = dump(db_path)
    with pytest.raises((ImportRefused, UnreadableFile)) as info:
        exchange.import_delegates(store, source)
    message = str(info.value)
    assert message and len(message.splitlines()[0]) < 200
    expected = {"empty file": "empty", "no header": "not a header row", "wrong types": "not a date",
                "unknown route": "unknown accreditation route", "duplicate rows": "same delegate as line 2",
                "huge cell": "longer than", "bad e-mail": "not an e-mail address",
                "no name": "needs a given or a family name", "truncated xlsx": "not an .xlsx workbook",
                "renamed .xlsx": "not an .xlsx workbook"}[case]
    assert expected in message
    assert dump(db_path) == before


_names = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "M", "Zs", "Pd"]), max_size=40)
_countries = st.sampled_from(["Canada", "CA", "Tunisia", "中国", "Atlantis", "", "Côte d'Ivoire", "ZZ"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_names, _names, _countries), min_size=1, max_size=8))
def test_generated_rows_import_fully_or_not_at_all(store: Store, db_path: Path, tmp_path: Path,
                                                   rows: list[tuple[str, str, str]]) -> None:
    source = _write_csv(tmp_path / "gen.csv", [["Given name", "Family name", "Country"], *map(list, rows)])
    before_count = len(list_delegates(store))
    before = dump(db_path)
    try:
        report = exchange.import_delegates(store, source, duplicates="skip")
    except (ImportRefused, UnreadableFile):
        assert dump(db_path) == before
        return
    assert len(list_delegates(store)) == before_count + report.created
    assert report.problems == []


def test_filters_and_presets(demo: Store, tmp_path: Path) -> None:
    target = export(demo, tmp_path / "f.xlsx", ["given_name", "family_name"],
                    flt=DelegateFilter(category=Category.LOCAL_LEADER, state=None, route=None))
    assert openpyxl.load_workbook(target).active.max_row == 14  # 13 leaders and the header
    target = export(demo, tmp_path / "a.xlsx", ["family_name"], flt=DelegateFilter(approved_only=True))
    assert openpyxl.load_workbook(target).active.max_row == 27
    exchange.save_preset(demo, "protocol", ["honorific", "given_name", "family_name", "position"])
    assert exchange.presets(demo) == {"protocol": ["honorific", "given_name", "family_name", "position"]}


def test_programme_round_trip_and_calendar(demo: Store, demo_path: Path, tmp_path: Path) -> None:
    import icalendar

    sheet = tmp_path / "programme.xlsx"
    assert exchange.export_programme(demo, sheet) == 13

    def shape(store: Store) -> list[tuple]:
        return [(s.title, s.starts_at, s.ends_at, s.kind, s.status, s.room, s.moderator,
                 [(x.delegate_name, x.role, x.minutes, x.mode) for x in s.slots])
                for s in prog.list_sessions(store)]

    before = shape(demo)
    with demo.transaction() as db:
        db.execute(sa.text("delete from speaking_slots"))
        db.execute(sa.text("delete from invitations"))
        db.execute(sa.text("delete from sessions"))
    report = exchange.import_programme(demo, sheet)
    assert (report.created, report.unmatched) == (13, [])
    assert shape(demo) == before
    again = exchange.import_programme(demo, sheet)
    assert (again.created, again.updated) == (0, 13) and shape(demo) == before
    ics = tmp_path / "programme.ics"
    exchange.export_programme(demo, ics)
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 13
    rt = next(e for e in events if str(e["summary"]).startswith("Arrival cities"))
    assert str(rt["status"]) == "TENTATIVE" and str(rt["summary"]).endswith("(TBC)")
    assert rt.decoded("dtstart").tzinfo.key == "America/Guayaquil"
    assert rt.decoded("dtstart").hour == 14
    assert any(c.name == "VTIMEZONE" for c in cal.walk())
    plante = next(d for d in list_delegates(demo) if d.family_name == "Plante")
    mine = tmp_path / "plante.ics"
    assert exchange.export_programme(demo, mine, delegate_id=plante.id) == 1


def test_programme_sheet_with_unknown_names_and_bad_rows(demo: Store, tmp_path: Path) -> None:
    path = tmp_path / "draft.xlsx"
    book = openpyxl.Workbook()
    book.active.append(exchange.PROGRAMME_HEADERS)
    book.active.append([date(2019, 11, 20), "08:00", "08:45", "Breakfast with mayors", "meal", "confirmed",
                        "Rooftop", None, None, "Nobody Known",
                        "Valérie Plante (keynote, 10); Ghost Speaker (panellist, 5)"])
    book.save(path)
    report = exchange.import_programme(demo, path)
    assert report.created == 1 and report.rooms_created == ["Rooftop"]
    assert report.unmatched == [(2, "Nobody Known"), (2, "Ghost Speaker")]
    bad = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    book.active.append(exchange.PROGRAMME_HEADERS)
    book.active.append([date(2019, 11, 20), "10:00", "09:00", "Backwards", "plenary"])
    book.save(bad)
    count = len(prog.list_sessions(demo))
    with pytest.raises(ImportRefused, match="line 2: “Backwards” ends before it starts"):
        exchange.import_programme(demo, bad)
    assert len(prog.list_sessions(demo)) == count


def test_cli_export_and_import(demo_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = str(demo_path)
    assert main(["--db", db, "export", "delegates", str(tmp_path / "d.csv"),
                 "--filter", "country=Uganda"]) == 0
    assert "exported 2 delegates" in capsys.readouterr().out
    assert main(["--db", db, "export", "delegates", str(tmp_path / "d.xlsx"),
                 "--columns", "given_name,passport_number"]) == 1
    assert "sensitive" in capsys.readouterr().err
    assert main(["--db", db, "import", "delegates", str(tmp_path / "d.csv"), "--dry-run"]) == 0
    assert "unchanged 2" in capsys.readouterr().out  # its own export, imported back, changes nothing
    with open(tmp_path / "d.csv", encoding="utf-8-sig") as fh:
        text = fh.read()
    (tmp_path / "e.csv").write_text(text.replace("Kampala", "Kampala City"), encoding="utf-8")
    assert main(["--db", db, "import", "delegates", str(tmp_path / "e.csv"), "--dry-run"]) == 1
    assert "already in the list" in capsys.readouterr().err
    assert main(["--db", db, "import", "delegates", str(tmp_path / "e.csv"), "--duplicates", "skip"]) == 0
    assert "skipped 1" in capsys.readouterr().out
    assert main(["--db", db, "export", "programme", str(tmp_path / "p.ics")]) == 0
    assert main(["--db", db, "export", "delegates", str(tmp_path / "d.pdf")]) == 1


def test_a_cancelled_import_changes_nothing(store: Store, db_path: Path, tmp_path: Path) -> None:
    rows = [["Given name", "Family name", "E-mail"]] + [
        ["Ada", f"Lovelace {i}", f"ada{i}@example.org"] for i in range(3500)]
    source = _write_csv(tmp_path / "many.csv", rows)
    before = dump(db_path)
    report = exchange.ImportReport()
    steps = exchange.import_delegates_steps(store, source, report)
    assert next(steps) == (1000, 3500)  # progress while the rows are checked
    steps.close()  # Cancel
    assert dump(db_path) == before
    report = exchange.ImportReport()
    assert list(exchange.import_delegates_steps(store, source, report))[-1] == (3500, 3500)
    assert report.created == 3500


def test_merge_fills_gaps_and_keeps_what_was_there(store: Store, tmp_path: Path) -> None:
    from mmdesk.services.delegates import get_delegate_input

    made = create_delegate(store, DelegateInput(given_name="Ada", family_name="Lovelace", city="London",
                                                passport_number="X1", date_of_birth=date(1815, 12, 10)))
    source = _write_csv(tmp_path / "m.csv", [["Given name", "Family name", "City", "Position"],
                                             ["Ada", "Lovelace", "London", "Countess"]])
    assert exchange.import_delegates(store, source, duplicates="merge").merged == 1
    data, _ = get_delegate_input(store, made.id)
    assert (data.position, data.passport_number, data.date_of_birth) == ("Countess", "X1", date(1815, 12, 10))
