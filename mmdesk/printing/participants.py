"""The list of participants: approved delegates by category, then country, in Unicode
collation order."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from mmdesk.domain.collation import collation_key
from mmdesk.domain.enums import Category
from mmdesk.domain.views import DelegateView, PrintableEvent, approved
from mmdesk.printing.badges import CATEGORY_STYLE
from mmdesk.printing.schedule import by_name
from mmdesk.printing.styles import P, new_document, page_template


def participants(forum: PrintableEvent, path: Path) -> int:
    """Approved delegates grouped by category, then country, in Unicode collation order."""
    doc = new_document(path, f"{forum.words('List of participants')} — {forum.title}",
               [page_template("page", A4, f"{forum.title} · {forum.words('List of participants')}")])
    by_category: dict[Category, dict[str, list[DelegateView]]] = defaultdict(lambda: defaultdict(list))
    for d in approved(forum):
        by_category[d.category][d.country_name or "—"].append(d)
    story: list[Any] = [P(forum.title, "title"),
                        P(f"{forum.words('List of participants')} · {forum.dates}", "subtitle")]
    for category in Category:
        countries = by_category.get(category)
        if not countries:
            continue
        story.append(CondPageBreak(30 * mm))
        story.append(P(forum.words(CATEGORY_STYLE[category][1]), "h2"))
        for country in sorted(countries, key=collation_key):
            story.append(CondPageBreak(18 * mm))
            story.append(P(country, "h3"))
            for d in by_name(countries[country]):
                name = " ".join(p for p in (d.honorific, d.given_name, d.family_name.upper()) if p) \
                    if d.badge_name == f"{d.given_name} {d.family_name}".strip() else \
                    " ".join(p for p in (d.honorific, d.badge_name) if p)
                detail = ", ".join(p for p in (d.position, d.organisation) if p)
                story.append(P(name + (f" — {detail}" if detail else "")))
    doc.build(story)
    return doc.page
