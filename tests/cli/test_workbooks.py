"""mmdesk export forum, import forum and template forum: messages, exit codes, nothing half done."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from mmdesk.cli import main
from tests.conftest import dump


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_import_into_a_new_file(demo_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "forum.xlsx"
    code, out, err = run(capsys, "--db", str(demo_path), "export", "forum", str(book))
    assert (code, err) == (0, "")
    assert out.strip() == (f"exported the forum to {book}: 7 rooms, 12 routes, 13 sessions, "
                           f"30 delegates")
    new = tmp_path / "new.sqlite3"
    code, out, err = run(capsys, "--db", str(new), "import", "forum", str(book))
    assert (code, err) == (0, "")
    assert out.startswith("imported forum.xlsx: forum created; rooms: 7 created, 0 updated; "
                          "routes: 12 created, 0 updated; delegates: 30 created")
    code, out, _ = run(capsys, "--db", str(new), "import", "forum", str(book))  # again: updates
    assert code == 0 and "forum updated; rooms: 0 created, 7 updated" in out


@pytest.mark.parametrize("language, sheet", [("fr", "Salles"), ("es", "Salas"), (None, "Rooms")])
def test_template_in_a_language_imports_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   language: str | None, sheet: str) -> None:
    target = tmp_path / "template.xlsx"
    code, out, err = run(capsys, "template", "forum", str(target),
                         *(["--language", language] if language else []))
    assert (code, err) == (0, "") and f"({language or 'en'})" in out
    assert sheet in load_workbook(target).sheetnames
    code, out, err = run(capsys, "--db", str(tmp_path / "t.sqlite3"), "import", "forum", str(target))
    assert (code, err) == (0, "") and "forum created" in out


def test_a_workbook_with_problems_changes_nothing_and_names_sheet_and_line(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "forum.xlsx"
    assert run(capsys, "--db", str(demo_path), "export", "forum", str(book))[0] == 0
    wb = load_workbook(book)
    wb["Rooms"]["B2"] = -3
    wb.save(book)
    before = dump(demo_path)
    code, out, err = run(capsys, "--db", str(demo_path), "import", "forum", str(book))
    assert code == 1 and out == ""
    assert err.splitlines()[:2] == ["mmdesk: nothing was imported: 1 problem in the workbook",
                                    "Rooms, line 2: the capacity of 'Bilateral Room' must be more than 0"]
    assert dump(demo_path) == before


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "template", "forum", str(tmp_path / "t.csv"))
    assert code == 2 and "written as .xlsx" in err
    with pytest.raises(SystemExit) as info:
        main(["template", "forum", str(tmp_path / "t.xlsx"), "--language", "de"])
    assert info.value.code == 2
    code, _, err = run(capsys, "--db", str(tmp_path / "e.sqlite3"), "export", "forum",
                       str(tmp_path / "f.ods"))
    assert code == 2 and "written as .xlsx" in err
    assert not (tmp_path / "t.xlsx").exists()


def test_export_of_an_empty_store_is_one_line_and_no_file(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "e.sqlite3"), "export", "forum",
                       str(tmp_path / "f.xlsx"))
    assert code == 1 and err.startswith("mmdesk: ") and len(err.splitlines()) == 1
    assert not (tmp_path / "f.xlsx").exists()


def test_nominations_out_and_back(demo_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "ghana.xlsx"
    code, out, err = run(capsys, "--db", str(demo_path), "export", "nominations", "--route",
                         "Ghana national delegation", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == (f"wrote the nomination workbook of route “Ghana national delegation” "
                           f"(3 of 4 places left; en, es, fr) to {target}")
    book = load_workbook(target)
    book["Nominations"].append(["Mr", "Kofi", "Mensah", None, None, "Kumasi", "Ghana", "City official"])
    book.save(target)
    code, out, err = run(capsys, "--db", str(demo_path), "import", "nominations", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == ("imported ghana.xlsx: route “Ghana national delegation”: 1 nominated "
                           "(1 new, 0 already in the list), 0 already on the route")


def test_nominations_need_a_route(demo_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo_path), "export", "nominations", str(tmp_path / "n.xlsx"))
    assert code == 2 and "--route NAME" in err
    code, _, err = run(capsys, "--db", str(demo_path), "export", "nominations", "--route", "Atlantis",
                       str(tmp_path / "n.xlsx"))
    assert code == 1 and err.startswith("mmdesk: no accreditation route called 'Atlantis'")
    assert not (tmp_path / "n.xlsx").exists()


def test_route_list_says_which_workbooks_were_sent_and_returned(demo_path: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from datetime import datetime

    target = tmp_path / "ghana.xlsx"
    db = ("--db", str(demo_path))
    route = ("--route", "Ghana national delegation")
    assert run(capsys, *db, "export", "nominations", *route, str(target))[0] == 0
    book = load_workbook(target)
    book["Nominations"].append(["Mr", "Kofi", "Mensah", None, None, "Kumasi", "Ghana", "City official"])
    book.save(target)
    assert run(capsys, *db, "import", "nominations", str(target))[0] == 0
    code, out, err = run(capsys, *db, "route", "list", "--json")
    ghana = {r["name"]: r["workbooks"] for r in json.loads(out)}["Ghana national delegation"]
    assert (ghana["sent"], ghana["returned"]) == (1, 1) and ghana["last_returned"].endswith("Z")
    sent, returned = (datetime.fromisoformat(ghana[k].removesuffix("Z"))
                      for k in ("last_sent", "last_returned"))
    code, out, err = run(capsys, *db, "route", "list")
    lines = out.splitlines()
    at = lines.index(next(x for x in lines if x.startswith("Ghana national delegation:")))
    assert (f"    workbooks: sent 1 ({sent.day} {sent:%b}), returned 1 ({returned.day} {returned:%b})"
            in lines[at + 1:at + 4])
    assert sum("workbooks:" in x for x in lines) == 1  # the other routes were sent none


@pytest.mark.parametrize("speaking, sheet", [("fr", "Salles"), ("es", "Salas")])
def test_template_without_its_own_language_takes_the_language_of_the_messages(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], speaking: str, sheet: str) -> None:
    target = tmp_path / "template.xlsx"
    code, _out, err = run(capsys, "--language", speaking, "template", "forum", str(target))
    assert (code, err) == (0, "")
    assert sheet in load_workbook(target).sheetnames
