"""Join ReportLab PDFs into one file as they are made, so memory stays flat.

ReportLab keeps every page of a canvas in memory until it saves. A big badge
batch is therefore drawn in chunks, each a complete small PDF, and each chunk
is copied into the output as soon as it is saved: its objects renumbered, its
page tree hung under one root. Only the object offsets are kept, never the
pages. (pypdf and pikepdf both hold the whole document before writing.)

This reads only what ReportLab writes: a classic cross-reference table, no
object streams, direct stream lengths.
"""

from __future__ import annotations

import re
from array import array
from pathlib import Path
from typing import BinaryIO

from mmdesk.domain.errors import MmdeskError

_REF = re.compile(rb"(\d+) 0 R")
_LENGTH = re.compile(rb"/Length (\d+)")
_ROOT = re.compile(rb"/Root (\d+) 0 R")
_INFO = re.compile(rb"/Info (\d+) 0 R")
_PAGES_OF = re.compile(rb"/Pages (\d+) 0 R")


class PdfStreamJoiner:
    """Writes one PDF from chunk PDFs appended one after another."""

    ROOT_PAGES, CATALOG = 1, 2

    def __init__(self, target: Path) -> None:
        self._out: BinaryIO = open(target, "wb")  # noqa: SIM115 - closed in finish()
        self._out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        self._offsets = array("q", [-1, -1, -1])  # by object number; -1: not written
        self._next = 3
        self._chunk_roots: list[int] = []
        self._pages = 0
        self._info: int | None = None

    def append(self, chunk: Path) -> int:
        """Copy a chunk's pages to the end of the output; returns how many pages it had."""
        data = chunk.read_bytes()
        offsets = self._xref(data)
        base = self._next - 1  # chunk object k becomes base + k
        catalog = int(_ROOT.search(data[data.rindex(b"trailer"):]).group(1))  # type: ignore[union-attr]
        info_match = _INFO.search(data[data.rindex(b"trailer"):])
        pages_root = None
        count = 0
        for number, offset in sorted(offsets.items()):
            if number == catalog:
                body = self._object(data, offset, number)[0]
                pages_root = int(_PAGES_OF.search(body).group(1))  # type: ignore[union-attr]
        for number, offset in sorted(offsets.items()):
            if number == catalog:
                continue
            head, stream = self._object(data, offset, number)
            if number == pages_root:
                count = int(re.search(rb"/Count (\d+)", head).group(1))  # type: ignore[union-attr]
                head = head.replace(b"<<", b"<< /Parent %d 0 R" % self.ROOT_PAGES, 1)
            elif info_match and number == int(info_match.group(1)):
                if self._info is not None:
                    continue  # one document information dictionary: the first chunk's
                self._info = base + number
            head = _REF.sub(lambda m: b"%d 0 R" % (base + int(m.group(1))), head)
            self._write(base + number, head, stream)
        if pages_root is None:
            raise MmdeskError("{name}: no page tree", name=chunk.name, code="pdfstream.no-page-tree")
        self._chunk_roots.append(base + pages_root)
        self._next = base + max(offsets) + 1
        self._pages += count
        return count

    @staticmethod
    def _xref(data: bytes) -> dict[int, int]:
        start = int(data[data.rindex(b"startxref") + 9:].split()[0])
        lines = data[start:].split(b"\n")
        if lines[0].strip() != b"xref":
            raise MmdeskError("not a classic cross-reference table", code="pdfstream.not-classic-cross")
        first, n = map(int, lines[1].split())
        out = {}
        for i in range(n):
            offset, _, kind = lines[2 + i].split()[:3]
            if kind == b"n" and first + i > 0:
                out[first + i] = int(offset)
        return out

    @staticmethod
    def _object(data: bytes, offset: int, number: int) -> tuple[bytes, bytes | None]:
        """The dictionary text (renumbering happens there) and the raw stream bytes, if any."""
        header = b"%d 0 obj" % number
        if not data.startswith(header, offset):
            raise MmdeskError(
                "object {number} is not where the cross-reference says",
                number=number, code="pdfstream.object-not-where")
        start = offset + len(header)
        end = data.index(b"endobj", start)
        stream_at = data.find(b"stream", start, end)
        if stream_at < 0:
            return data[start:end].strip(), None
        head = data[start:stream_at].strip()
        length = int(_LENGTH.search(head).group(1))  # type: ignore[union-attr]
        body_start = stream_at + len(b"stream")
        body_start += 2 if data[body_start:body_start + 2] == b"\r\n" else 1
        return head, data[body_start:body_start + length]

    def _write(self, number: int, head: bytes, stream: bytes | None) -> None:
        if number >= len(self._offsets):
            self._offsets.extend([-1] * (number + 1 - len(self._offsets)))
        self._offsets[number] = self._out.tell()
        self._out.write(b"%d 0 obj\n" % number + head + b"\n")
        if stream is not None:
            self._out.write(b"stream\n" + stream + b"\nendstream\n")
        self._out.write(b"endobj\n")

    def finish(self) -> int:
        """Write the root page tree, the catalog and the cross-reference; returns the page count."""
        kids = b" ".join(b"%d 0 R" % k for k in self._chunk_roots)
        self._write(self.ROOT_PAGES, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (self._pages, kids), None)
        self._write(self.CATALOG, b"<< /Type /Catalog /Pages %d 0 R >>" % self.ROOT_PAGES, None)
        xref_at = self._out.tell()
        size = self._next
        out = self._out  # a buffered file: the table is written line by line, never held whole
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        self._offsets.extend([-1] * max(0, size - len(self._offsets)))
        for number in range(1, size):
            offset = self._offsets[number]
            out.write(b"%010d 00000 n \n" % offset if offset >= 0 else b"0000000000 65535 f \n")
        info = b" /Info %d 0 R" % self._info if self._info else b""
        out.write(b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
                  % (size, self.CATALOG, info, xref_at))
        self._out.close()
        return self._pages

    def abort(self) -> None:
        self._out.close()
