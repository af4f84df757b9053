"""mmdesk print letters and mmdesk letters: messages, exit codes, the register, passports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mmdesk.cli import main
from tests.conftest import dump
from tests.printing.conftest import pdftext


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _passport(db: Path, who: str, number: str) -> None:
    from datetime import date

    from mmdesk.services.delegates import get_delegate_input, resolve_delegate, update_delegate
    from mmdesk.store.database import Store

    store = Store.open(db)
    try:
        delegate_id = resolve_delegate(store, who)
        data, version = get_delegate_input(store, delegate_id)
        data.passport_number, data.date_of_birth = number, date(1970, 1, 1)
        update_delegate(store, delegate_id, data, expected_version=version)
    finally:
        store.close()


def test_print_one_letter_then_a_batch_with_the_left_out_listed(demo_path: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    one = tmp_path / "one.pdf"
    code, out, err = run(capsys, "--db", db, "print", "letters", str(one), "--kind", "confirmation",
                         "--delegate", "Aki-Sawyerr", "--language", "fr")
    assert (code, err) == (0, "")
    assert out.strip() == f"printed 1 letter (confirmation), MF2019/CONF/0001 (1 page), to {one}"
    assert "Confirmation de participation" in pdftext(one)
    batch = tmp_path / "batch.pdf"
    code, out, err = run(capsys, "--db", db, "print", "letters", str(batch), "--kind", "invitation",
                         "--delegate", "Aki-Sawyerr", "--delegate", "Mouhamadou Bamba Ka",
                         "--delegate", "Zanuso")
    assert code == 0
    assert out.strip() == (f"printed 2 letters (invitation), MF2019/INV/0002 to MF2019/INV/0003 "
                           f"(2 pages), to {batch}")
    assert err.splitlines() == ["left out 1:", "  Mr. Mouhamadou Bamba Ka: not accredited (rejected): "
                                               "letters go to approved delegates"]
    code, out, _ = run(capsys, "--db", db, "letters", "register", "--json")
    rows = json.loads(out)
    assert [(r["number"], r["kind"], r["language"], r["recipient"]) for r in rows] == [
        (1, "confirmation", "fr", "Mayor Yvonne Aki-Sawyerr"),
        (2, "invitation", "en", "Mayor Yvonne Aki-Sawyerr"),
        (3, "invitation", "en", "Ms. Vittoria Zanuso")]
    assert all(r["issued_by"] == "test desk" for r in rows)


def test_a_visa_letter_without_passport_data_is_one_line_and_changes_nothing(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = dump(demo_path)
    target = tmp_path / "visa.pdf"
    code, out, err = run(capsys, "--db", str(demo_path), "print", "letters", str(target), "--kind", "visa",
                         "--delegate", "Aki-Sawyerr")
    assert (code, out) == (1, "")
    assert err == ("mmdesk: Mayor Yvonne Aki-Sawyerr: no visa letter: no passport data (passport number, "
                   "date of birth missing): add it to the delegate first\n")
    assert not target.exists() and dump(demo_path) == before
    code, _, err = run(capsys, "--db", str(demo_path), "print", "letters", str(tmp_path / "no" / "x.pdf"),
                       "--kind", "invitation")
    assert (code, err) == (1, f"mmdesk: folder {tmp_path / 'no'} does not exist\n")
    assert dump(demo_path) == before


@pytest.mark.parametrize("argv, message", [
    (["--kind", "letter"], "print letters needs --kind visa|invitation|confirmation|attendance"),
    ([], "print letters needs --kind"),
    (["--kind", "visa", "--language", "fr,en"], "a letter prints in one language"),
])
def test_wrong_usage_exits_2(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             argv: list[str], message: str) -> None:
    code, _, err = run(capsys, "--db", str(demo_path), "print", "letters", str(tmp_path / "x.pdf"), *argv)
    assert code == 2 and message in err and len(err.splitlines()) == 1


def test_attendance_with_nobody_admitted_is_refused(demo_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo_path), "print", "letters", str(tmp_path / "a.pdf"),
                       "--kind", "attendance")
    assert code == 1
    assert err.startswith("mmdesk: no attendance letter printed: 30 delegates left out (")
    assert "not checked in" in err and len(err.splitlines()) == 1


def test_erase_passports_waits_for_the_visa_letters(demo_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    _passport(demo_path, "Aki-Sawyerr", "SL0412345")
    code, out, _ = run(capsys, "--db", db, "letters", "erase-passports")
    assert code == 0 and out.splitlines() == [
        "1 passport record would be erased (passport number, date of birth, nationality); "
        "run again with --yes to erase them", "1 of them has no visa letter yet: Mayor Yvonne Aki-Sawyerr"]
    code, _, err = run(capsys, "--db", db, "letters", "erase-passports", "--yes")
    assert code == 1 and "no visa letter yet (Mayor Yvonne Aki-Sawyerr)" in err and "--force" in err
    code, _, _ = run(capsys, "--db", db, "print", "letters", str(tmp_path / "v.pdf"), "--kind", "visa")
    assert code == 0 and "SL0412345" in pdftext(tmp_path / "v.pdf")
    code, out, _ = run(capsys, "--db", db, "letters", "erase-passports", "--yes")
    assert (code, out.strip()) == (0, "erased the passport data of 1 delegate")
    assert b"SL0412345" not in demo_path.read_bytes()


def test_the_forums_folder_is_set_shown_and_filled(demo_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    code, out, _ = run(capsys, "--db", str(demo_path), "letters", "folder", str(folder), "--copy-defaults")
    assert code == 0 and "copied visa.fr.txt" in out and f"forum's letters folder: {folder}" in out
    assert f"visa         fr  {folder / 'visa.fr.txt'}" in out
    code, out, _ = run(capsys, "--db", str(demo_path), "letters", "folder", "--clear")
    assert "none (the defaults are used" in out and "visa         fr  default/visa.fr.txt" in out
    code, _, err = run(capsys, "--db", str(demo_path), "letters", "folder", str(tmp_path / "missing"))
    assert code == 1 and "does not exist" in err
