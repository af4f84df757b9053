"""The forum workbook's layout: sheets and headers in three languages, the template, reading back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from mmdesk.spreadsheets import forum_workbook as fw
from mmdesk.spreadsheets.reading import UnreadableFile


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_template_has_every_sheet_in_its_language_with_one_example_row(tmp_path: Path,
                                                                           language: str) -> None:
    path = fw.write_template(tmp_path / "t.xlsx", language)
    book = load_workbook(path)
    assert book.sheetnames == [fw.SHEETS[k][language] for k in
                               ("forum", "rooms", "routes", "programme", "delegates", "notes")]
    for kind in ("rooms", "routes", "programme", "delegates"):
        sheet = book[fw.SHEETS[kind][language]]
        assert [c.value for c in sheet[1]] == fw.headers(kind, language)
        assert sheet.max_row == 2  # the header and one example
    forum = book[fw.SHEETS["forum"][language]]
    assert [forum.cell(r, 1).value for r in range(2, forum.max_row + 1)] == [
        labels[language] for labels in fw.FORUM_FIELDS.values()]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_notes_explain_every_column_of_every_sheet(tmp_path: Path, language: str) -> None:
    book = load_workbook(fw.write_template(tmp_path / "t.xlsx", language))
    notes = book[fw.SHEETS["notes"][language]]
    explained = {(row[0], row[1]) for row in notes.iter_rows(min_row=2, values_only=True)}
    for kind, columns in [("forum", fw.FORUM_FIELDS), *fw.TABLES.items()]:
        sheet = fw.SHEETS[kind][language]
        assert (sheet, None) in explained
        for labels in columns.values():
            assert (sheet, labels[language]) in explained, (sheet, labels[language])
    if language != "en":  # written in the language, not copied
        assert not {t for *_, t in fw.NOTES[language]} & {t for *_, t in fw.NOTES["en"]}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_headers_of_every_language_read_back_as_their_keys(tmp_path: Path, language: str) -> None:
    book = fw.read_book(fw.write_template(tmp_path / "t.xlsx", language))
    assert set(book) == {"forum", "rooms", "routes", "programme", "delegates"}  # Notes is not data
    values, unknown = fw.forum_values(book["forum"])
    assert unknown == [] and set(values) == set(fw.FORUM_FIELDS)
    assert values["time_zone"] == (10, "America/Guayaquil")  # the line in the sheet
    for kind in fw.TABLES:
        rows, unknown = fw.keyed_rows(kind, book[kind])
        assert unknown == []
        assert [line for line, _ in rows] == [2]
        assert set(rows[0][1]) == set(fw.TABLES[kind])
    assert fw.english_headers("programme", book["programme"].headers) == fw.headers("programme", "en")


def test_words_of_any_language_name_the_same_code() -> None:
    assert fw.code_of(fw.ROUTE_KINDS, "Délégation nationale") == "national_delegation"
    assert fw.code_of(fw.ROUTE_KINDS, "delegacion nacional") == "national_delegation"
    assert fw.code_of(fw.ROUTE_KINDS, "national_delegation") == "national_delegation"
    assert fw.code_of(fw.QUOTA_POLICIES, "Signaler") == "flag"
    assert fw.code_of(fw.STATES, "badge collected") == "badge_collected"
    assert fw.code_of(fw.STATES, "credencial impresa") == "badge_issued"
    assert fw.code_of(fw.ROUTE_KINDS, "embassy") is None


def test_lists_in_one_cell() -> None:
    assert fw.split_list("Note verbale; Passport copy\nPhoto") == ["Note verbale", "Passport copy", "Photo"]
    assert fw.join_list(["a", "b"]) == "a; b" and fw.join_list([]) is None


def test_a_formula_looking_name_stays_text(tmp_path: Path) -> None:
    book = fw.new_book()
    fw.write_table_sheet(book, "rooms", [{"name": "=HYPERLINK(\"x\")", "capacity": 10}])
    book.save(tmp_path / "r.xlsx")
    cell = load_workbook(tmp_path / "r.xlsx")["Rooms"]["A2"]
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"x\")"


def test_an_unknown_forum_field_is_reported_with_its_line(tmp_path: Path) -> None:
    book = fw.new_book()
    fw.write_forum_sheet(book, {"name": "F"})
    book["Forum"].append(["Mascot", "a condor"])
    book.save(tmp_path / "f.xlsx")
    values, unknown = fw.forum_values(fw.read_book(tmp_path / "f.xlsx")["forum"])
    assert values["name"] == (2, "F")
    assert unknown == [(12, "unknown field 'Mascot'")]


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_text("name,capacity\n")
    with pytest.raises(UnreadableFile, match="not an .xlsx workbook"):
        fw.read_book(bad)
    with pytest.raises(UnreadableFile, match="no file"):
        fw.read_book(tmp_path / "missing.xlsx")
