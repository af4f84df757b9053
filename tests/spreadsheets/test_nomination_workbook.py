"""The nomination workbook's layout: instructions in the forum's languages, lists, the hidden route."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from mmdesk.spreadsheets import nomination_workbook as nw
from mmdesk.spreadsheets.reading import UnreadableFile


def _info(languages: list[str]) -> nw.NominationRoute:
    return nw.NominationRoute(
        forum="Mayoral Forum", days="2019-11-20", venue="Quito", route="Ghana national delegation",
        nominating_body="Permanent Mission of Ghana", quota=4, places_left=3, documents=["Note verbale"],
        languages=languages, countries=["Ghana", "Ecuador"], categories=["City official", "Member State"])


def test_instructions_in_each_language_and_headers_in_the_first(tmp_path: Path) -> None:
    path = nw.write_nomination_workbook(tmp_path / "n.xlsx", _info(["fr", "en"]))
    book = load_workbook(path)
    assert book.sheetnames == ["Instructions", "Nominations", "Listes", "mmdesk"]
    assert [book[n].sheet_state for n in book.sheetnames] == ["visible", "visible", "hidden", "veryHidden"]
    guide = [row for row in book["Instructions"].iter_rows(values_only=True)]
    assert ("Places restantes", 3) in guide and ("Places left", 3) in guide
    assert ("Documents à envoyer", "Note verbale") in guide
    assert [c.value for c in book["Nominations"][1]][:3] == ["Civilité", "Prénom", "Nom de famille"]


def test_category_and_country_are_picked_from_lists(tmp_path: Path) -> None:
    book = load_workbook(nw.write_nomination_workbook(tmp_path / "n.xlsx", _info(["en"])))
    checks = {str(v.sqref): (v.formula1, v.showErrorMessage)
              for v in book["Nominations"].data_validations.dataValidation}
    assert checks["H2:H301"] == ("'Lists'!$A$1:$A$2", True)     # category: only the list
    assert checks["G2:G301"] == ("'Lists'!$B$1:$B$2", True)     # country: only the list
    assert checks["A2:A301"][1] is False                        # honorific: suggestions
    assert [c.value for c in book["Lists"]["B"] if c.value] == ["Ghana", "Ecuador"]


def test_read_back_gives_the_route_and_the_rows_by_line(tmp_path: Path) -> None:
    path = nw.write_nomination_workbook(tmp_path / "n.xlsx", _info(["es"]))
    book = load_workbook(path)
    sheet = book["Nominaciones"]
    sheet.append(["Sr.", "Kofi", "Mensah", None, None, "Accra", "Ghana", "City official", "k@example.org"])
    book.save(path)
    read = nw.read_nomination_workbook(path)
    assert (read.route, read.forum, read.sheet, read.unknown) == (
        "Ghana national delegation", "Mayoral Forum", "Nominaciones", [])
    ((line, row),) = read.rows
    assert line == 2 and row["family_name"] == "Mensah" and row["country"] == "Ghana"


def test_a_workbook_without_a_nominations_sheet_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    Workbook().save(tmp_path / "other.xlsx")
    with pytest.raises(UnreadableFile, match="no sheet called Nominations"):
        nw.read_nomination_workbook(tmp_path / "other.xlsx")


def test_only_languages_it_speaks() -> None:
    assert nw.workbook_languages(["de", "fr", "en", "fr"]) == ["fr", "en"]
    assert nw.workbook_languages(["de"]) == ["en"]
