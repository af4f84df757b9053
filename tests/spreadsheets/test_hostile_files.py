"""Hostile files cannot take the program down (issue 15, point 6): each is refused with one
line, by a process held to 1 GB of memory (a reader that trusted the file would need
hundreds of gigabytes and abort)."""

from __future__ import annotations

import re
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
    bad = _string_bomb(tmp_path, {"xl/sharedStrings.xml": _SST})
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


# ---------------------------------------------------------------- a cell written as calamine reads it
# Each of these is read by calamine as a cell at ALL1048576 (a billion-cell grid: the process
# aborts); a guard reading only r="ABC123" took them for small sheets.

_FAR_CELL = {
    "'>' inside a quoted value before r": b'<c x=">" r="ALL1048576" t="inlineStr"><is><t>x</t></is></c>',
    "single quotes": b"<c r='ALL1048576' t=\"inlineStr\"><is><t>x</t></is></c>",
    "spaces around =": b'<c r = "ALL1048576" t="inlineStr"><is><t>x</t></is></c>',
    "lower-case letters": b'<c r="all1048576" t="inlineStr"><is><t>x</t></is></c>',
    "a namespace prefix": b'<x:c xmlns:x="urn:x" r="ALL1048576" t="inlineStr"><is><t>x</t></is></x:c>',
    "leading zeros": b'<c r="ALL0001048576" t="inlineStr"><is><t>x</t></is></c>',
    "below its own row": b'<c r="ALL1048576" t="inlineStr"><is><t>x</t></is></c>',
    "written twice": b'<c r="A3" r="ALL1048576" t="inlineStr"><is><t>x</t></is></c>',
    "written twice, after a tab": b'<c r="A3"\tr="ALL1048576" t="inlineStr"><is><t>x</t></is></c>',
    "written twice, around another": b'<c r="A3" s="1" r="ALL1048576" t="inlineStr"><is><t>x</t></is></c>',
    "'<' inside a value": b'<c x="<' + b"a" * 1000 + b'" r="ALL1048576" t="inlineStr"><is><t>x</t></is></c>',
}


@pytest.mark.parametrize("how", list(_FAR_CELL))
def test_a_far_cell_is_refused_however_it_is_written(tmp_path: Path, how: str) -> None:
    good = _small_book(tmp_path / "good.xlsx")
    row = b'<row r="3">' + _FAR_CELL[how] + b"</row></sheetData>"
    bad = _rewrite(good, tmp_path / "far.xlsx", {SHEET: lambda d: d.replace(b"</sheetData>", row)})
    out = _read_in_a_small_process(bad)
    assert out.startswith("REFUSED") and ("reaches 1,048,576 rows" in out or "holds an element" in out), out


@pytest.mark.parametrize(
    "dimension",
    [b"<dimension ref='A1:XFD1048576'/>", b'<x:dimension xmlns:x="urn:x" ref="A1:XFD1048576"/>'],
)
def test_a_dimension_however_written_is_refused(tmp_path: Path, dimension: bytes) -> None:
    good = _small_book(tmp_path / "good.xlsx")
    bad = _rewrite(
        good, tmp_path / "dim.xlsx", {SHEET: lambda d: re.sub(rb"<dimension [^>]*>", dimension, d)}
    )
    with pytest.raises(UnreadableFile, match="declares 1,048,576 rows × 16,384 columns"):
        read_table(bad)


def _sheet(rows: bytes) -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>"
    )


def _text(value: str, ref: str = "") -> bytes:
    at = f' r="{ref}"' if ref else ""
    return f'<c{at} t="inlineStr"><is><t>{value}</t></is></c>'.encode()


def test_cells_without_references_continue_the_row_across_chunks(tmp_path: Path) -> None:
    # 1 MB of elements no reader keeps between them: the cells after it still follow column 999
    padding = b"<b/>" * (1 << 18)
    row = b'<row r="1">' + _text("x", "ALK1") + padding + _text("y") * 10 + b"</row>"
    bad = _rewrite(_small_book(tmp_path / "good.xlsx"), tmp_path / "carry.xlsx", {SHEET: _sheet(row)})
    with pytest.raises(UnreadableFile, match=r"reaches 1 rows × 1,009 columns"):
        read_table(bad)


def test_a_row_end_inside_an_unclosed_text_does_not_restart_the_row(tmp_path: Path) -> None:
    # calamine reads on to the second </is>: the </row> inside is no row end, and the five cells
    # after it stand in columns 1,000 to 1,004 of the first row
    rows = (
        b'<row r="1"><c r="ALK1" t="inlineStr"><is><t>x</t></c></row>'
        b'<row r="2"><c t="inlineStr"><is><t>y</t></is></is></c>' + _text("z") * 5 + b"</row>"
    )
    bad = _rewrite(_small_book(tmp_path / "good.xlsx"), tmp_path / "swallow.xlsx", {SHEET: _sheet(rows)})
    with pytest.raises(UnreadableFile, match=r"reaches \d rows × 1,00\d columns"):
        read_table(bad)


@pytest.mark.parametrize(("ref", "columns"), [("ALM2", "1,001"), ("AAAA2", "18,279")])
def test_three_and_four_letter_columns_are_counted(tmp_path: Path, ref: str, columns: str) -> None:
    rows = b'<row r="1">' + _text("First name", "A1") + _text("Last name", "B1") + b"</row>"
    rows += b'<row r="2">' + _text("Ada", "A2") + _text("x", ref) + b"</row>"
    bad = _rewrite(_small_book(tmp_path / "good.xlsx"), tmp_path / "wide.xlsx", {SHEET: _sheet(rows)})
    with pytest.raises(UnreadableFile, match=f"reaches 2 rows × {columns} columns"):
        read_table(bad)


def test_a_sheet_without_references_or_with_prefixes_reads_as_the_plain_one(tmp_path: Path) -> None:
    from mmdesk.spreadsheets.guard import check_sheet

    names = ["Ada", "Zoë", "Grace", "Hedy", "Radia"]
    with_refs = b"".join(
        b'<row r="%d">' % r
        + b"".join(_text(f"{names[(r + k) % 5]} {r}", f"{col}{r}") for k, col in enumerate("ABCDE"))
        + b"</row>"
        for r in range(1, 30_001)
    )  # about 3 MB: several chunks, rows cut between them
    without = re.sub(rb' r="[A-Z]*\d+"', b"", with_refs)  # as some streaming writers
    cells_without = re.sub(rb'<c r="[A-Z]+\d+"', b"<c", with_refs)  # the rows keep theirs
    other_attribute = with_refs.replace(b' t="inlineStr">', b' t="inlineStr" customAttr="1">')

    def prefixed(rows: bytes) -> bytes:  # as .NET writers
        sheet = re.sub(rb"<(/?)(row|c|is|t|sheetData|worksheet)\b", rb"<\1x:\2", _sheet(rows))
        return sheet.replace(b"<x:worksheet xmlns=", b"<x:worksheet xmlns:x=")

    sizes = []
    for name, sheet in (("refs.xlsx", _sheet(with_refs)), ("bare.xlsx", _sheet(without)),
                        ("cells.xlsx", _sheet(cells_without)), ("other.xlsx", _sheet(other_attribute)),
                        ("x.xlsx", prefixed(with_refs)), ("x-bare.xlsx", prefixed(without))):
        path = _rewrite(_small_book(tmp_path / "good.xlsx"), tmp_path / name, {SHEET: sheet})
        with zipfile.ZipFile(path) as book:
            sizes.append(check_sheet(book, SHEET, "Sheet", [], [0]))
        table = read_table(path, header_required=False)
        assert len(table.rows) == 29_999 and table.rows[-1][1][4] == "Radia 30000"
    assert len(set(sizes)) == 1 and (sizes[0].rows, sizes[0].columns) == (30_000, 5)


def test_cells_without_references_are_counted_row_by_row(tmp_path: Path) -> None:
    # rows taken whole (no reference on their cells): the widest row still counts, cell by cell
    rows = b"<row>" + _text("First name") * 2 + b"</row>" + b'<row s="1">' + _text("x") * 1_001 + b"</row>"
    bad = _rewrite(_small_book(tmp_path / "good.xlsx"), tmp_path / "wide.xlsx", {SHEET: _sheet(rows * 3)})
    with pytest.raises(UnreadableFile, match=r"reaches 6 rows × 1,001 columns"):
        read_table(bad)


def test_a_shared_string_bomb_in_single_quotes_is_refused(tmp_path: Path) -> None:
    bad = _string_bomb(tmp_path, {"xl/sharedStrings.xml": _SST}, cell=b"<c r=\"%s%d\" t='s'><v>0</v></c>")
    out = _read_in_a_small_process(bad)
    assert out.startswith("REFUSED") and "repeats its texts into more than" in out


def test_a_sheet_named_in_another_case_is_checked_too(tmp_path: Path) -> None:
    # calamine finds xl/worksheets/sheet1.xml for a relationship to /xl/worksheets/SHEET1.xml
    good = _small_book(tmp_path / "good.xlsx")
    far = b'<row r="3"><c r="ALL1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    bad = _rewrite(
        good,
        tmp_path / "case.xlsx",
        {
            SHEET: lambda d: d.replace(b"</sheetData>", far),
            "xl/_rels/workbook.xml.rels": lambda d: d.replace(b"/sheet1.xml", b"/SHEET1.xml"),
        },
    )
    assert b"SHEET1.xml" in zipfile.ZipFile(bad).read("xl/_rels/workbook.xml.rels")
    out = _read_in_a_small_process(bad)
    assert out.startswith("REFUSED") and "reaches 1,048,576 rows" in out


_SST = (
    b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>' + b"x" * 30_000 + b"</t></si></sst>"
)

_PREFIXED_SST = re.sub(rb"<(/?)(sst|si|t)\b", rb"<\1x:\2", _SST).replace(b"xmlns=", b"xmlns:x=")


def _string_bomb(
    tmp_path: Path, parts: dict[str, bytes], cell: bytes = b'<c r="%s%d" t="s"><v>0</v></c>'
) -> Path:
    """40,000 rows of five cells (`cell` % (column, row)), each the shared string 0 (a workbook
    of a few MB)."""
    rows = b"".join(
        b'<row r="%d">' % r
        + b"".join(cell % (col, r) for col in (b"A", b"B", b"C", b"D", b"E"))
        + b"</row>"
        for r in range(1, 40_001)
    )

    def with_rel(data: bytes) -> bytes:
        return data.replace(
            b"</Relationships>",
            b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )

    def with_type(data: bytes) -> bytes:
        return data.replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )

    bad = _rewrite(
        _small_book(tmp_path / "good.xlsx"),
        tmp_path / "strings.xlsx",
        {SHEET: _sheet(rows), "xl/_rels/workbook.xml.rels": with_rel, "[Content_Types].xml": with_type},
    )
    with zipfile.ZipFile(bad, "a", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return bad


@pytest.mark.parametrize(
    "parts",
    [
        # the strings with a namespace prefix
        {"xl/sharedStrings.xml": _PREFIXED_SST},
        # a decoy of one short string before the part calamine reads
        {"a/sharedStrings.xml": _SST.replace(b"x" * 30_000, b"x"), "xl/sharedStrings.xml": _SST},
        # the part in capitals (calamine finds it all the same)
        {"XL/SHAREDSTRINGS.XML": _SST},
    ],
    ids=["prefix", "decoy", "capitals"],
)
def test_a_shared_string_bomb_is_refused_however_its_strings_are_stored(
    tmp_path: Path, parts: dict[str, bytes]
) -> None:
    out = _read_in_a_small_process(_string_bomb(tmp_path, parts))
    assert out.startswith("REFUSED") and "repeats its texts into more than" in out
