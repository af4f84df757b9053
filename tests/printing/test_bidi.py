"""Mixed Arabic/Hebrew and Latin lines print in their right order and read back as typed.

pdftotext (poppler) is read here without NFKC folding: a name must come back as
the letters a user types (U+0600–U+06FF, Hebrew U+0590–U+05FF), never as Arabic
presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), so that a viewer's search finds it;
vowel signs with their letters (NFC), digits inside Arabic and Hebrew in their place, in
pdftotext's reading order and in its -layout mode. Bidi marks (poppler's RLE/PDF, the
LRM/RLM the PDF writes) are left out before comparing.
"""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from pathlib import Path

import pytest

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.badge_codes import KeyPair, serial_for, sign
from mmdesk.domain.enums import Category, SlotRole, SlotStatus
from mmdesk.printing import text
from mmdesk.printing.badges import BadgeData, EventHeader, write_badges
from mmdesk.printing.bidi_levels import levels
from mmdesk.printing.layouts import load_layout
from mmdesk.services.delegates import get_delegate_input, list_delegates, update_delegate
from mmdesk.services.documents import print_document
from mmdesk.services.programme import list_sessions, session_input, update_session
from mmdesk.store.database import Store
from tests.printing.conftest import BIDI_CONTROLS, fonts

KEY = KeyPair.generate()
NAMES = {
    "arabic": "يوسف العلي",
    "arabic with lam-alef": "علاء سلامة",
    "persian": "مریم رضایی",
    "persian with a zero-width non-joiner": "محمدرضا می‌خواهد",
    "urdu": "عائشہ صدیقی",
    "hebrew": "דוד כהן",
}


def typed_text(path: Path, *options: str) -> str:
    """pdftotext's text as it is (no NFKC), bidi marks left out, white space folded."""
    raw = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(raw.translate(BIDI_CONTROLS).split())


def presentation_forms(shown: str) -> list[str]:
    return [ch for ch in shown if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF]


def assert_embedded(path: Path) -> None:
    listed = fonts(path)
    assert listed and all(embedded for _, embedded in listed), listed


def test_a_document_line_is_label_first_and_a_name_alone_right_to_left() -> None:
    line = "• مريم الخطيب — Panellist"
    laid = text.layout(line)  # a line of an English document: left to right
    plain = [p.codes for p in laid.parts if p.moves is None]
    assert not laid.rtl and plain[0] == "• " and plain[-1].endswith(" — Panellist")
    assert levels(line)[1][:2] == (0, 0)  # the bullet stays with the name after it, on the left
    alone = text.layout("مريم الخطيب (UNHCR)", direction="auto")  # a badge name: right to left
    assert alone.rtl and alone.parts[0].font == "mm-latin"  # "(UNHCR)" on the left
    assert alone.parts[-1].font == "mm-arabic"  # the name, read first, on the right


def test_bidi_levels_come_from_the_rust_algorithm_with_bracket_pairs() -> None:
    # "(" and ")" around Latin after Arabic take the paragraph's direction (rule N0)
    base, lv = levels("مريم (UN) خطيب", "rtl")
    assert base == 1 and lv == (1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1)
    assert levels("abc مريم ", "ltr")[1][-1] == 0  # trailing space: the paragraph's level (L1)


def test_badges_give_back_every_name_as_typed_letters(tmp_path: Path) -> None:
    items = []
    for i, name in enumerate(NAMES.values(), start=1):
        serial = serial_for(i)
        items.append(BadgeData(serial, sign(serial, KEY.private), name, None, "Councillor", "City Hall بيروت",
                               "Beirut, Lebanon", Category.LOCAL_LEADER, ("General",)))
    path = tmp_path / "badges.pdf"
    list(write_badges(path, load_layout("a6"), EventHeader("Mayoral Forum", "20 November 2019"), items,
                      len(items)))
    shown = typed_text(path)
    for script, name in NAMES.items():
        assert name in shown, f"{script}: {name!r} not in {shown!r}"
    assert "City Hall بيروت" in shown
    assert not presentation_forms(shown)
    assert_embedded(path)
    assert {"NotoSansArabic", "NotoSansHebrew"} <= {n.split("+")[-1].split("-")[0] for n, _ in fonts(path)}


def test_vowel_signs_are_drawn_and_the_letters_still_read_as_typed(tmp_path: Path) -> None:
    # harakat and Hebrew points print (as outlines) and come back with their letters, as typed
    names = ("مُحَمَّد عَلِيّ", "שָׁלוֹם דָּוִד")
    items = [BadgeData(serial_for(i), sign(serial_for(i), KEY.private), name, None, None, None, "—",
                       Category.LOCAL_LEADER, ()) for i, name in enumerate(names, 1)]
    path = tmp_path / "badges.pdf"
    list(write_badges(path, load_layout("a6"), EventHeader("Mayoral Forum", "2019"), items, len(items)))
    shown = typed_text(path)
    for name in names:
        assert unicodedata.normalize("NFC", name) in shown, shown
    assert not presentation_forms(shown)


#: badge lines (name, position, organisation, city) in Arabic, Persian, Urdu and Hebrew, with
#: vowel signs, European and Arabic-Indic digits; most of the page right to left
BADGE_LINES = (
    ("مُحَمَّد عَلِيّ", "رئيس بلدية", "مكتب ٢٠٢٤", "قاعة 12 — الطابق 3"),
    ("پژمان گلپایگانی", "شهردار", "شهرداری تهران", "Room 12 — قاعة ١٢"),
    ("عائشہ خاں", "لاہور کے میئر", "بلدیہ لاہور", "لاہور، پاکستان"),
    ("דָּוִד כֹּהֵן", "ראש העירייה", "עיריית חיפה 2030", "חיפה, ישראל"),
)


@pytest.mark.parametrize("options", [(), ("-layout",)], ids=["reading-order", "layout"])
def test_badges_give_back_marks_digits_and_every_script_as_typed(tmp_path: Path,
                                                                  options: tuple[str, ...]) -> None:
    items = [BadgeData(serial_for(i), sign(serial_for(i), KEY.private), name, None, position, organisation,
                       city, Category.LOCAL_LEADER, ())
             for i, (name, position, organisation, city) in enumerate(BADGE_LINES, 1)]
    path = tmp_path / "badges.pdf"
    list(write_badges(path, load_layout("a6"), EventHeader("Mayoral Forum", "2019"), items, len(items)))
    shown = typed_text(path, *options)
    for line in (line for lines in BADGE_LINES for line in lines):
        assert unicodedata.normalize("NFC", line) in shown, f"{line!r} not in {shown!r}"
    assert not presentation_forms(shown)


def _rename(store: Store, delegate_id: int, **change: str | None) -> None:
    data, version = get_delegate_input(store, delegate_id)
    update_delegate(store, delegate_id, dataclasses.replace(data, honorific=None, badge_name=None, **change),
                    expected_version=version)


@pytest.fixture
def mixed(demo: Store) -> Store:
    """The demo with an Arabic-named panellist and Arabic, Hebrew, Persian participants."""
    speaking = {x.delegate_id for s in list_sessions(demo) for x in s.slots
                if x.role is SlotRole.PANELLIST and x.status is not SlotStatus.DECLINED}
    approved = [d.id for d in list_delegates(demo) if d.state in APPROVED_STATES]
    panellist = next(i for i in approved if i in speaking)
    others = [i for i in approved if i not in speaking]
    _rename(demo, panellist, given_name="مريم", family_name="الخطيب")
    _rename(demo, others[0], given_name="يوسف", family_name="العلي", position="Councillor",
            organisation="City Hall بيروت")
    _rename(demo, others[1], given_name="דוד", family_name="כהן", position="Mayor",
            organisation="עיריית חיפה")
    _rename(demo, others[2], given_name="مریم", family_name="رضایی", position="Policy Officer",
            organisation="شهرداری تهران")
    return demo


def test_booklet_keeps_the_bullet_and_the_role_with_an_arabic_name(mixed: Store, tmp_path: Path) -> None:
    path = tmp_path / "programme.pdf"
    print_document(mixed, "programme", path)
    shown = typed_text(path)
    assert "• مريم الخطيب — Panellist" in shown
    assert "مريم الخطيب •" not in shown
    assert not presentation_forms(shown)
    assert_embedded(path)


def test_list_of_participants_reads_name_position_organisation(mixed: Store, tmp_path: Path) -> None:
    path = tmp_path / "participants.pdf"
    print_document(mixed, "participants", path)
    shown = typed_text(path)
    assert "يوسف العلي — Councillor, City Hall بيروت" in shown
    assert "דוד כהן — Mayor, עיריית חיפה" in shown
    assert "مریم رضایی — Policy Officer, شهرداری تهران" in shown
    assert not presentation_forms(shown)
    assert_embedded(path)


def test_booklet_keeps_numbers_in_arabic_lines_in_order(mixed: Store, tmp_path: Path) -> None:
    session = next(s for s in list_sessions(mixed) if s.slots)
    data = session_input(session)
    data.title, data.host = "Room 12 — قاعة ١٢", "بلدية بيروت — قاعة 12، الطابق 3"
    update_session(mixed, session.id, data)
    path = tmp_path / "programme.pdf"
    print_document(mixed, "programme", path)
    for options in ((), ("-layout",)):
        shown = typed_text(path, *options)
        assert "Room 12 — قاعة ١٢" in shown
        assert "Host: بلدية بيروت — قاعة 12، الطابق 3" in shown
        assert not presentation_forms(shown)


def test_list_of_participants_keeps_vowel_signs_and_numbers(mixed: Store, tmp_path: Path) -> None:
    approved = [d.id for d in list_delegates(mixed) if d.state in APPROVED_STATES and d.given_name.isascii()]
    _rename(mixed, approved[-1], given_name="مُحَمَّد", family_name="عَلِيّ", position="Director",
            organisation="مكتب ٢٠٢٤")
    _rename(mixed, approved[-2], given_name="عائشہ", family_name="خاں", position="لاہور کے میئر",
            organisation="قاعة 12 — الطابق 3")
    _rename(mixed, approved[-3], given_name="پژمان", family_name="گلپایگانی", position="Mayor",
            organisation="Room 12 — قاعة ١٢")
    path = tmp_path / "participants.pdf"
    print_document(mixed, "participants", path)
    for options in ((), ("-layout",)):
        shown = typed_text(path, *options)
        assert unicodedata.normalize("NFC", "مُحَمَّد عَلِيّ — Director, مكتب ٢٠٢٤") in shown
        assert "عائشہ خاں — لاہور کے میئر, قاعة 12 — الطابق 3" in shown
        assert "پژمان گلپایگانی — Mayor, Room 12 — قاعة ١٢" in shown
        assert "يوسف العلي — Councillor, City Hall بيروت" in shown
        assert not presentation_forms(shown)
