"""Helpers to read PDFs back the way a user's viewer would (poppler, pdfium, zxing)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069"))


@pytest.fixture(scope="session", autouse=True)
def _poppler() -> None:
    # scripts/test.sh installs poppler-utils; without it these tests must fail, not skip
    for tool in ("pdftotext", "pdffonts", "pdfinfo"):
        assert shutil.which(tool), f"{tool} (poppler-utils) is needed: run scripts/test.sh"


def pdftext(path: Path) -> str:
    """pdftotext's text, NFKC (Arabic presentation forms back to letters), no bidi marks,
    white space folded."""
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).translate(BIDI_CONTROLS).split())


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        emb = next(p for p in parts[::-1][:6] if p in ("yes", "no"))  # emb sub uni: emb is the first
        yes_no = [p for p in parts if p in ("yes", "no")]
        rows.append((parts[0], yes_no[0] == "yes"))
        del emb
    return rows


def pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))  # type: ignore[union-attr]


def qr_codes(path: Path, page: int = 0, scale: float = 4.0) -> list[str]:
    """Every QR code on a page, decoded from a rendering of it (pdfium + zxing-cpp)."""
    import pypdfium2
    import zxingcpp

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        image = pdf[page].render(scale=scale).to_pil()
    finally:
        pdf.close()
    return sorted(r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "QRCode")
