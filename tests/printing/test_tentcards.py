"""Tent cards: a right-to-left name reads back as typed, without a trail of bidi marks."""

from __future__ import annotations

import subprocess
from pathlib import Path

from mmdesk.domain.enums import SlotRole, SlotStatus
from mmdesk.services.documents import print_document
from mmdesk.services.programme import list_sessions
from mmdesk.store.database import Store
from tests.printing.test_bidi import _rename

LRM = "\u200e"
EMBEDDING = "\u202a\u202b\u202c "  # poppler puts right-to-left words between RLE and PDF


def raw_lines(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return out.splitlines()


def panellist(store: Store) -> int:
    return next(x.delegate_id for s in list_sessions(store) for x in s.slots
                if x.role is SlotRole.PANELLIST and x.status is not SlotStatus.DECLINED)


def test_an_arabic_name_with_a_latin_organisation_carries_no_marks(demo: Store, tmp_path: Path) -> None:
    who = panellist(demo)
    _rename(demo, who, given_name="مريم", family_name="الخطيب", organisation="Municipality of Beirut")
    path = tmp_path / "tentcards.pdf"
    print_document(demo, "tentcards", path, delegate_ids=[who])
    lines = raw_lines(path)
    named = [line for line in lines if "مريم" in line]
    assert len(named) == 2, lines  # both faces of the card
    # the page holds more Latin letters than Arabic ones: no mark is needed anywhere
    assert all(line.strip(EMBEDDING) == "مريم الخطيب" for line in named), named
    assert not any(LRM in line for line in lines), lines


def test_a_page_that_would_tip_gets_its_marks_on_no_line_of_text(demo: Store, tmp_path: Path) -> None:
    who = panellist(demo)
    _rename(demo, who, given_name="عبد الرحمن", family_name="الخطيب", organisation="بلدية بيروت")
    path = tmp_path / "tentcards.pdf"
    print_document(demo, "tentcards", path, delegate_ids=[who])
    lines = raw_lines(path)
    named = [line for line in lines if "الرحمن" in line]
    assert len(named) == 2, lines
    assert all(line.replace(LRM, "").strip(EMBEDDING) == "عبد الرحمن الخطيب" for line in named), named
    # a line a reader copies carries at most one mark; the page's own marks stand apart
    worded = [line for line in lines if line.replace(LRM, "").strip(EMBEDDING + "\f")]
    assert all(line.count(LRM) <= 1 for line in worded), worded
