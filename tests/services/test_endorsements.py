"""The endorsement register's export: inert cells, any declaration title (issue 15 point 8)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from mmdesk.services.endorsements import create_declaration, endorse, export_endorsements
from mmdesk.store.database import Store

HOSTILE = "=cmd|' /C calc'!A0"


def test_an_action_area_that_looks_like_a_formula_is_written_as_text(store: Store, tmp_path: Path) -> None:
    decl = create_declaration(store, "Quito Pledge", [HOSTILE, "Inclusion"])
    endorse(store, decl.id, "City of Quito", areas=[HOSTILE])
    target = export_endorsements(store, tmp_path / "register.xlsx", decl.id)
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    assert HOSTILE in header
    cell = sheet.cell(1, header.index(HOSTILE) + 1)
    assert cell.data_type == "s"          # text, not a formula openpyxl would write as <f>
    assert "<f>" not in _sheet_xml(target)


def test_a_title_with_characters_a_sheet_name_refuses_exports(store: Store, tmp_path: Path) -> None:
    decl = create_declaration(store, "Pledge: A/B?", ["Housing"])
    endorse(store, decl.id, "City of Quito")
    out = tmp_path / "out"
    out.mkdir()
    target = export_endorsements(store, out / "register.xlsx", decl.id)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Pledge A B"]
    assert book.active.cell(2, 1).value == "City of Quito"
    assert [p.name for p in out.iterdir()] == ["register.xlsx"]   # no .part left behind


def _sheet_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_a_declaration_says_whether_its_endorsers_names_are_public(store: Store) -> None:
    from mmdesk.services import endorsements

    made = endorsements.create_declaration(store, "Public pledge", ["Housing"],
                                           endorsers_public=True)
    plain = endorsements.create_declaration(store, "Pledge", ["Housing"])
    shown = {d.title: d.endorsers_public for d in endorsements.list_declarations(store)}
    assert made.endorsers_public and not plain.endorsers_public
    assert shown == {"Public pledge": True, "Pledge": False}
