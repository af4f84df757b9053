"""Hostile files cannot take the program down (issue 15, point 6): each is refused with one
line, by a process held to 1 GB of memory (a reader that trusted the file would need
hundreds of gigabytes and abort)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mmdesk.cli import main
from mmdesk.spreadsheets.reading import UnreadableFile, read_table

_READ = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from mmdesk.spreadsheets.reading import read_table, UnreadableFile
from mmdesk.spreadsheets.headers import header_score
try:
    read_table(sys.argv[1], score=header_score)
except UnreadableFile as exc:
    print("REFUSED", exc)
else:
    print("READ")
"""


def _read_in_a_small_process(path: Path, script: str = _READ) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-500:]  # the process was not killed or aborted
    return done.stdout.strip()


def _small_book(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["First name", "Last name"])
    book.active.append(["Ada", "Lovelace"])
    book.save(path)
    return path


def _rewrite(path: Path, target: Path, change: dict[str, object]) -> Path:
    """Copy a workbook, replacing parts (bytes, or a function of the old bytes)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            new = change.get(info.filename)
            if callable(new):
                data = new(data)
            elif new is not None:
                data = new
            dst.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return target


SHEET = "xl/worksheets/sheet1.xml"


def test_a_dimension_at_xfd1048576_is_refused(tmp_path: Path) -> None:
    import re

    good = _small_book(tmp_path / "good.xlsx")
    bad = _rewrite(
        good,
        tmp_path / "dimension.xlsx",
        {SHEET: lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', d)},
    )
    assert bad.stat().st_size < 10_000
    out = _read_in_a_small_process(bad)
    assert out.startswith("REFUSED") and "declares 1,048,576 rows × 16,384 columns" in out
    assert len(out.splitlines()) == 1


def test_the_forum_and_nomination_workbooks_are_guarded_too(tmp_path: Path) -> None:
    import re

    good = _small_book(tmp_path / "good.xlsx")
    bad = _rewrite(
        good,
        tmp_path / "dimension.xlsx",
        {SHEET: lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', d)},
    )
    for reader in (
        "mmdesk.spreadsheets.forum_workbook import read_book as read",
        "mmdesk.spreadsheets.nomination_workbook import read_nomination_workbook as read",
    ):
        script = _READ.replace(
            "from mmdesk.spreadsheets.headers import header_score", f"from {reader}"
        ).replace("read_table(sys.argv[1], score=header_score)", "read(sys.argv[1])")
        out = _read_in_a_small_process(bad, script)
        assert out.startswith("REFUSED") and "declares 1,048,576 rows" in out, (reader, out)


def test_one_cell_at_xfd1048576_is_refused(tmp_path: Path) -> None:
    good = _small_book(tmp_path / "good.xlsx")
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    bad = _rewrite(good, tmp_path / "cell.xlsx", {SHEET: lambda d: d.replace(b"</sheetData>", far)})
    out = _read_in_a_small_process(bad)
    assert out.startswith("REFUSED") and "reaches" in out and "larger than mmdesk reads" in out


def test_a_shared_string_bomb_is_refused(tmp_path: Path) -> None:
    good = _small_book(tmp_path / "good.xlsx")
    long_text = "x" * 30_000
    strings = (
        b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
        + long_text.encode()
        + b"</t></si></sst>"
    )
    rows = b"".join(
        b'<row r="%d">' % r
        + b"".join(b'<c r="%s%d" t="s"><v>0</v></c>' % (col, r) for col in (b"A", b"B", b"C", b"D", b"E"))
        + b"</row>"
        for r in range(1, 40_001)
    )
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>"
    )

    def with_rel(data: bytes) -> bytes:
        return data.replace(
            b"</Relationships>",
            b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.'
            b'org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            b"</Relationships>",
        )

    def with_type(data: bytes) -> bytes:
        return data.replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )

    bad = _rewrite(
        good,
        tmp_path / "strings.xlsx",
        {SHEET: sheet, "xl/_rels/workbook.xml.rels": with_rel, "[Content_Types].xml": with_type},
    )
    with zipfile.ZipFile(bad, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", strings)
    assert bad.stat().st_size < 4_000_000  # inflates to 6,000 million characters of text
    out = _read_in_a_small_process(bad)
    assert out.startswith("REFUSED") and "repeats its texts into more than" in out


def test_a_deflate_bomb_is_refused(tmp_path: Path) -> None:
    good = _small_book(tmp_path / "good.xlsx")
    bad = tmp_path / "bomb.xlsx"
    with (
        zipfile.ZipFile(good) as src,
        zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for info in src.infolist():
            if info.filename != SHEET:
                dst.writestr(info.filename, src.read(info))
        with dst.open(SHEET, "w", force_zip64=True) as fh:
            fh.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                b'2006/main"><sheetData>'
            )
            blank = b"<b/>" * (1 << 18)  # 1 MB of an element no reader keeps
            for _ in range(300):
                fh.write(blank)
            fh.write(b"</sheetData></worksheet>")
    assert bad.stat().st_size < 2_000_000
    out = _read_in_a_small_process(bad)
    assert out.startswith("REFUSED") and "inflates to more than" in out


def test_an_ordinary_workbook_still_reads_in_the_small_process(tmp_path: Path) -> None:
    assert _read_in_a_small_process(_small_book(tmp_path / "good.xlsx")) == "READ"


def test_a_utf8_csv_with_one_windows_1252_line_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "First name,Last name\nZoë,Brontë\n".encode()
        + "Hélène,Lefèvre\n".encode("cp1252")
        + "Łukasz,Wiśniewski\n".encode()
    )
    with pytest.raises(UnreadableFile, match=r"line 3 is not UTF-8 like the rest of the file"):
        read_table(path)
    whole = tmp_path / "cp1252.csv"
    whole.write_bytes("Prénom;Nom\nHélène;Lefèvre\n".encode("cp1252"))
    assert read_table(whole).rows[0][1] == ["Hélène", "Lefèvre"]  # a Windows-1252 file throughout reads


def test_a_50_mb_header_line_is_refused_not_echoed(store, db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "wide.csv"
    with open(path, "wb") as fh:
        fh.write(b"First name," + b"A" * (50 << 20) + b"\nAda,Lovelace\n")
    assert main(["--db", str(db_path), "import", "delegates", str(path)]) == 1
    captured = capsys.readouterr()
    assert "line 1 is 52,428,811 characters long" in captured.err
    assert len(captured.err) < 400 and "AAAAAAAA" not in captured.err + captured.out


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("First name,Notes\nAda," + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="line 2, column 2: a cell longer than 32,767 characters"):
        read_table(path)
