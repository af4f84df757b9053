"""The signatories of a declaration or pledge: each city, what it endorsed, by whom and when."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from mmdesk.printing.styles import P, new_document, page_template, table_style


def signatories_pdf(title: str, areas: tuple[str, ...],
                    rows: list[tuple[str, str, tuple[str, ...], str | None, datetime]], path: Path) -> int:
    """The signatories of a declaration: each city, what it endorsed, by whom and when."""
    doc = new_document(path, f"{title} — signatories", [page_template("page", A4, f"{title} · signatories")])
    story: list[Any] = [P(title, "title"),
                        P(f"{len(rows)} signator{'y' if len(rows) == 1 else 'ies'}", "subtitle")]
    if areas:
        story.append(P("Action areas:", bold=True))
        for i, area in enumerate(areas, start=1):
            endorsed = sum(1 for _, _, chosen, _, _ in rows if not chosen or area in chosen)
            story.append(P(f"{i}. {area} — {endorsed} endorsement{'s' if endorsed != 1 else ''}"))
        story.append(Spacer(1, 4 * mm))
    heads = ("City or organisation", "Country", "Endorses", "Signed by", "Date")
    data = [[P(h, "cell", True) for h in heads]]
    for name, country, chosen, by, at in rows:
        what = "the whole pledge" if not chosen else ", ".join(
            f"area {areas.index(a) + 1}" for a in chosen if a in areas)
        data.append([P(name, "cell"), P(country, "cell"), P(what, "cell"), P(by or "", "cell"),
                     P(f"{at:%Y-%m-%d}", "cell")])
    if not rows:
        story.append(P("No city has endorsed it yet."))
    else:
        table = Table(data, colWidths=[50 * mm, 26 * mm, 36 * mm, 46 * mm, 24 * mm], repeatRows=1)
        table.setStyle(table_style())
        story.append(table)
    doc.build(story)
    return doc.page
