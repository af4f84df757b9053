"""The desk on the command line: mmdesk walkin, mmdesk print badge WHO FILE.pdf, mmdesk import
photos FOLDER."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from mmdesk.cli import main
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.services.desk import desk_card
from mmdesk.services.person import person_record
from mmdesk.services.photos import photo_of
from mmdesk.store.database import Store
from tests.printing.conftest import pages, pdftext


def run(demo_path: Path, capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> str:
    got = main(["--db", str(demo_path), *argv])
    out, err = capsys.readouterr()
    assert got == code, (argv, out, err)
    return out if code == 0 else err


def card_of(demo_path: Path, who: int):  # noqa: ANN201
    store = Store.open(demo_path)
    try:
        return desk_card(store, who)
    finally:
        store.close()


def test_a_walk_in_approved_and_printed_in_one_command(demo_path: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = run(demo_path, capsys, "walkin", "--given", "Ana", "--family", "Walker", "--route",
              "Host and secretariat", "--country", "EC", "--organisation", "City of Quito",
              "--approve", "--print", str(tmp_path / "ana.pdf"))
    assert "approved" in out and "printed" in out
    delegate_id = int(out.split("(id ")[1].split(")")[0])
    card = card_of(demo_path, delegate_id)
    assert card.state is S.BADGE_ISSUED and card.serial in out
    assert pages(tmp_path / "ana.pdf") == 1 and "Ana Walker" in pdftext(tmp_path / "ana.pdf")


def test_a_walk_in_elsewhere_is_queued_and_cannot_be_approved_or_printed(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = run(demo_path, capsys, "walkin", "--given", "Bo", "--family", "Press", "--route", "Media",
              "--approve", code=1)
    assert "does not approve" in err
    err = run(demo_path, capsys, "walkin", "--given", "Bo", "--family", "Press", "--route", "Media",
              "--print", str(tmp_path / "bo.pdf"), code=2)
    assert "--print needs --approve" in err and not (tmp_path / "bo.pdf").exists()
    out = run(demo_path, capsys, "walkin", "--given", "Bo", "--family", "Press", "--route", "Media",
              "--category", "media")
    assert "accreditation queue" in out


def test_print_one_badge_then_a_reprint_needs_a_reason(demo_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = run(demo_path, capsys, "walkin", "--given", "Cy", "--family", "Desk", "--route",
              "Host and secretariat", "--approve")
    delegate_id = int(out.split("(id ")[1].split(")")[0])
    out = run(demo_path, capsys, "print", "badge", str(delegate_id), str(tmp_path / "one.pdf"),
              "--layout", "id1")
    first = card_of(demo_path, delegate_id).serial
    assert first and f"badge {first}" in out and pages(tmp_path / "one.pdf") == 1
    err = run(demo_path, capsys, "print", "badge", "Cy Desk", str(tmp_path / "two.pdf"), code=2)
    assert "--reason" in err and not (tmp_path / "two.pdf").exists()
    out = run(demo_path, capsys, "print", "badge", "Cy Desk", str(tmp_path / "two.pdf"), "--reason", "lost")
    second = card_of(demo_path, delegate_id).serial
    assert second != first and f"badge {first} revoked" in out
    store = Store.open(demo_path)
    try:
        badges = {b.serial: b for a in person_record(store, delegate_id).accreditations for b in a.badges}
    finally:
        store.close()
    assert badges[first].revoked_reason == "reprinted: lost"
    err = run(demo_path, capsys, "print", "badge", "Cy Desk", str(tmp_path / "x.txt"), code=2)
    assert ".pdf" in err


def test_a_nominee_gets_no_badge(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(demo_path, capsys, "walkin", "--given", "Di", "--family", "Waiting", "--route", "Media")
    assert "queue" in out
    err = run(demo_path, capsys, "print", "badge", "Di Waiting", str(tmp_path / "d.pdf"), code=1)
    assert "not approved" in err and not (tmp_path / "d.pdf").exists()


def test_import_photos_from_a_folder(demo_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = run(demo_path, capsys, "walkin", "--given", "Eva", "--family", "Photo", "--route",
              "Host and secretariat", "--email", "eva@photo.example")
    delegate_id = int(out.split("(id ")[1].split(")")[0])
    folder = tmp_path / "photos"
    folder.mkdir()
    data = BytesIO()
    Image.new("RGB", (700, 900), (10, 20, 30)).save(data, "PNG")
    (folder / "eva@photo.example.png").write_bytes(data.getvalue())
    (folder / "stranger@nowhere.example.jpg").write_bytes(data.getvalue())
    out = run(demo_path, capsys, "import", "photos", str(folder))
    assert "1 photo imported" in out and "stranger@nowhere.example.jpg" in out
    store = Store.open(demo_path)
    try:
        assert photo_of(store, delegate_id) is not None
    finally:
        store.close()
