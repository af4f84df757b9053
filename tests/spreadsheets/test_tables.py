"""Report workbooks: headers and rows stay inert, sheet titles are accepted and unique."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mmdesk.domain.errors import MmdeskError
from mmdesk.spreadsheets.tables import sheet_title, write_tables


def test_headers_and_cells_that_look_like_formulas_stay_text(tmp_path: Path) -> None:
    path = write_tables(tmp_path / "t.xlsx", [("Sheet", ["=1+1", "@SUM(A1)"], [("-2+3", 4)])])
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["=1+1", "@SUM(A1)"]
    assert all(c.data_type == "s" for c in sheet[1])
    assert sheet.cell(2, 1).data_type == "s" and sheet.cell(2, 2).value == 4


def test_titles_are_cleaned_shortened_and_made_unique(tmp_path: Path) -> None:
    long = "A very long declaration title that runs on"
    path = write_tables(tmp_path / "t.xlsx", [("Pledge: A/B?", ["x"], []), ("[Draft] *", ["x"], []),
                                             (long, ["x"], []), (long, ["x"], []), ("pledge a b", ["x"], [])])
    names = openpyxl.load_workbook(path).sheetnames
    assert names == ["Pledge A B", "Draft", long[:31], long[:27].rstrip() + " (2)", "pledge a b (2)"]
    assert all(len(n) <= 31 for n in names)


def test_a_title_of_only_forbidden_characters_still_names_a_sheet() -> None:
    assert sheet_title("?/:") == "Sheet"
    assert sheet_title("'quoted'") == "quoted"


def test_a_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MmdeskError, match="does not exist"):
        write_tables(tmp_path / "nowhere" / "t.xlsx", [("S", ["x"], [])])
