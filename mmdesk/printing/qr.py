"""QR codes for badges: encoded by Zint, drawn as one inline image mask of its modules.

Encoding with Zint (C, through zint-bindings) takes about 0.2 ms. The modules
are drawn as a 1-bit image mask, one sample a module, scaled to the code's
square and painted in the fill colour: a few hundred bytes of page content
that PDF renderers and printers scale without smoothing (no /Interpolate), so
every module edge is as sharp as a drawn rectangle's. Drawing the dark runs as
rectangles, as before, wrote ten times the content and made the QR code three
quarters of a badge's drawing time; drawing module by module, or encoding in
pure Python, is slower still.
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
        """PDF content operators that paint the code's dark modules in the square (x, y, size)."""
        m = self.matrix(text)
        n = m.shape[0]
        rows = np.packbits(m, axis=1).tobytes().hex()  # row by row from the top, 1 = dark
        # an image mask paints its 1 samples (/D [1 0]) in the fill colour, black here
        return (f"q 0 g {size:.3f} 0 0 {size:.3f} {x:.3f} {y:.3f} cm\n"
                f"BI /IM true /W {n} /H {n} /BPC 1 /D [1 0] /F /AHx ID\n{rows}> EI Q")
