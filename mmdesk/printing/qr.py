"""QR codes for badges: encoded by Zint, drawn as one path of merged runs.

Encoding with Zint (C, through zint-bindings) takes about 0.2 ms; drawing each
row's dark runs as rectangles in module units, inside one transform and one
fill, keeps the PDF vector (crisp on any printer) and costs about 0.1 ms.
Drawing module by module, or encoding in pure Python, is what makes badge
printing slow.
"""

from __future__ import annotations

import numpy as np
import zint

ECC_M = 2  # Zint's option_1: 1 L, 2 M, 3 Q, 4 H
#: A fixed mask pattern (Zint's option_3 = (mask + 1) << 8) spares the evaluation
#: of all eight, which is nine tenths of Zint's time; any mask is valid QR, and
#: signed codes look random, so none makes a poor symbol.
MASK = 2


class QrEncoder:
    """Reuses one Zint symbol for every code of a batch."""

    def __init__(self) -> None:
        self._symbol = zint.Symbol()
        self._runs: dict[int, list[str]] = {}

    def _run_table(self, n: int) -> list[str]:
        """Every possible run of a size-n code as its PDF rectangle, indexed (row, start, end)."""
        table = self._runs.get(n)
        if table is None:
            table = [f"{c} {n - 1 - r} {e - c} 1 re" for r in range(n) for c in range(n + 1)
                     for e in range(n + 1)]
            self._runs[n] = table
        return table

    def matrix(self, text: str) -> np.ndarray:
        """The module matrix (1 = dark), square, without quiet zone."""
        sym = self._symbol
        sym.clear()
        sym.symbology = zint.Symbology.QRCODE
        sym.option_1 = ECC_M
        sym.option_3 = (MASK + 1) << 8
        sym.encode(text)
        n = sym.rows
        packed = np.asarray(sym.encoded_data)[:n, : (n + 7) // 8]
        return np.unpackbits(packed, axis=1, bitorder="little")[:, :n]

    def pdf_ops(self, text: str, x: float, y: float, size: float) -> str:
        """PDF content operators that fill the code's dark modules in the square (x, y, size)."""
        m = self.matrix(text)
        n = m.shape[0]
        edges = np.diff(np.pad(m.astype(np.int8), ((0, 0), (1, 1))), axis=1)
        rows, starts = np.nonzero(edges == 1)
        _, ends = np.nonzero(edges == -1)
        keys = (rows * (n + 1) + starts) * (n + 1) + ends
        body = "\n".join(map(self._run_table(n).__getitem__, keys.tolist()))
        unit = size / n
        return f"q 0 g {unit:.4f} 0 0 {unit:.4f} {x:.3f} {y:.3f} cm\n{body}\nf Q"
