"""Finding the people in a file: the sheet, the header row, and which column is whose."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mmdesk.domain.errors import ValidationError
from mmdesk.spreadsheets.columns import plan_columns, plan_file
from mmdesk.spreadsheets.headers import field_of, header_score
from mmdesk.spreadsheets.reading import Table, UnreadableFile, read_table, sheet_names
from tests.spreadsheets.corpus import BUILDERS


def test_the_header_is_found_below_titles_logos_and_blank_rows(tmp_path: Path) -> None:
    path, _ = BUILDERS["logo sheet"](tmp_path)
    table = read_table(path, score=header_score)
    assert table.header_line == 3 and table.headers[1:3] == ["Given name", "Family name"]
    assert table.notes == (
        "header on line 3; lines 1–2 above it (titles, logos, blank rows) were passed over",
    )
    un, _ = BUILDERS["un list"](tmp_path)
    assert read_table(un, score=header_score).header_line == 5


def test_the_sheet_holding_people_is_chosen_or_named(tmp_path: Path) -> None:
    path, _ = BUILDERS["pretix"](tmp_path)
    assert sheet_names(path) == ["Orders", "Order positions", "Order fees"]
    table = read_table(path, score=header_score)
    assert table.sheet == "Order positions" and len(table.rows) == 7
    assert read_table(path, sheet="orders", score=header_score).sheet == "Orders"
    with pytest.raises(UnreadableFile, match="has no sheet 'Guests' \\(sheets: Orders, Order positions"):
        read_table(path, sheet="Guests")


def test_form_questions_and_decorated_headers_are_recognised() -> None:
    assert [
        field_of(h)
        for h in (
            "Institución",
            "Position / Job title",
            "Country of residence",
            "Phone number (WhatsApp)",
            "What is your e-mail address?",
            "Votre fonction",
            "Attendee name: Given name",
            "Favourite colour",
        )
    ] == ["organisation", "position", "country", "phone", "email", "position", "given_name", None]


def test_attendee_columns_outrank_and_repeated_headers_are_reported() -> None:
    table = Table(
        ["Email", "Attendee email", "Company", "Company", "Name"],
        [
            (2, ["buyer@ex.org", "a@ex.org", "Town hall", "", "Ana Lima"]),
            (3, ["buyer@ex.org", "b@ex.org", "Town hall", "", "Rui Dias"]),
        ],
    )
    plan = plan_columns(table)
    assert plan.index == {1: "email", 2: "organisation", 4: "full_name"}
    assert any(
        "'Company' appears more than once: column 3 is used, column 4 is left out" in n for n in plan.notes
    )
    fixed = plan_columns(table, {"Company": "-", 3: "organisation"})
    assert fixed.index[3] == "organisation" and 2 not in fixed.index
    second = plan_columns(table, {"Company#2": "organisation"})
    assert second.index[3] == "organisation" and 2 not in second.index
    with pytest.raises(ValidationError, match="unknown field"):
        plan_columns(table, {"Company": "organization_name"})


def test_an_account_column_is_not_the_persons_email(tmp_path: Path) -> None:
    path, _ = BUILDERS["microsoft forms"](tmp_path)
    plan = plan_file(path)
    assert plan.mapping["Email address"] == "email" and "Email" in plan.unmapped
    book = openpyxl.Workbook()
    book.active.append(["Name", "Email"])
    for n in range(3):
        book.active.append([f"Person {n} Test", "registrations@city.example"])
    same = tmp_path / "same.xlsx"
    book.save(same)
    plan = plan_file(same)
    assert "email" not in plan.index.values()
    assert any("the same 'registrations@city.example' on every row" in n for n in plan.notes)
