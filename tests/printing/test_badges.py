"""Badges in every layout and script: fonts embedded, names extractable, QR codes decodable."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmdesk.domain.badge_codes import KeyPair, Verifier, serial_for, sign
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import Category
from mmdesk.printing import badges as badge_module
from mmdesk.printing import text
from mmdesk.printing.badges import BadgeData, EventHeader, write_badges
from mmdesk.printing.layouts import available_layouts, load_layout
from mmdesk.services import accreditation as acc
from mmdesk.services.badges import print_badges
from mmdesk.services.delegates import list_delegates, search_delegates
from mmdesk.services.keys import verification_kit
from mmdesk.store.database import Store
from tests.conftest import dump
from tests.printing.conftest import fonts, pages, pdftext, qr_codes

KEY = KeyPair.generate()
HEADER = EventHeader("6th Mayoral Forum on Human Mobility, Migration and Development",
                     "20 November 2019 · Quito")
NAMES = {
    "latin": "Małgorzata Wiśniewska-Nguyễn",
    "arabic": "محمد العلي",
    "chinese": "王秀英",
    "japanese": "山田 花子",
    "korean": "김민준",
    "cyrillic": "Наталья Коваленко",
    "greek": "Γιώργος Παπαδόπουλος",
}


NUMBERS = itertools.count(1)


def badge(name: str, category: Category = Category.CITY_OFFICIAL) -> BadgeData:
    serial = serial_for(next(NUMBERS))
    return BadgeData(serial, sign(serial, KEY.private), name, "Mayor", "Head of International Relations",
                     "City Hall", "Łódź, Poland", category, ("General", "Public"))


def write(tmp_path: Path, items: list[BadgeData], layout: str = "a6", **kw) -> Path:
    path = tmp_path / f"{layout}.pdf"
    list(write_badges(path, load_layout(layout), HEADER, items, len(items), **kw))
    return path


@pytest.mark.parametrize("layout", ["a6", "a7", "id1", "a4-4up", "a4-8up"])
def test_every_layout_renders_with_embedded_fonts_only(tmp_path: Path, layout: str) -> None:
    assert layout in available_layouts()
    items = [badge(n, c) for n, c in zip(NAMES.values(), Category, strict=False)]
    path = write(tmp_path, items, layout)
    per_page = load_layout(layout).per_page
    assert pages(path) == -(-len(items) // per_page)
    listed = fonts(path)
    assert listed and all(embedded for _, embedded in listed), listed
    assert not any("Helvetica" in name for name, _ in listed)
    shown = pdftext(path)
    for b in items:
        assert b.serial in shown


def test_names_in_every_script_come_back_from_the_pdf(tmp_path: Path) -> None:
    path = write(tmp_path, [badge(n) for n in NAMES.values()])
    shown = pdftext(path)
    for script, name in NAMES.items():
        logical = unicodedata.normalize("NFKC", name)
        assert logical in shown, f"{script}: {name!r} not in the extracted text"
    families = {name.split("+")[-1].split("-")[0] for name, _ in fonts(path)}
    assert {"NotoSans", "NotoSansArabic", "WenQuanYiMicroHei"} <= families


def test_arabic_is_joined_and_right_to_left_with_latin_in_order() -> None:
    laid = text.layout("محمد العلي (Tunis)", direction="auto")  # a name alone: right to left
    assert laid.rtl and laid.parts[-1].font == "mm-arabic"  # the Arabic, read first, sits right
    assert laid.parts[0].font == "mm-latin"  # the Latin left of it, drawn as typed:
    glyph = text._font("mm-latin").face.charToGlyph
    drawn = [[glyph[ord(c)] for c in p.codes] for p in laid.parts if p.font == "mm-latin"]
    assert [glyph[ord(c)] for c in "Tunis"] in drawn
    # (joining and searchable letters: tests/printing/test_bidi.py)


def test_qr_codes_decode_to_the_signed_badge_codes(tmp_path: Path) -> None:
    items = [badge(n) for n in NAMES.values()][:4]
    path = write(tmp_path, items, "a4-4up")
    decoded = qr_codes(path, 0)
    assert decoded == sorted(b.code for b in items)
    verifier = Verifier(KEY.public)
    assert sorted(verifier.serial_of(c) for c in decoded) == sorted(b.serial for b in items)


def test_printed_qr_is_37_modules_up_to_badge_999999() -> None:
    from mmdesk.domain.badge_codes import LAST_NUMBER
    from mmdesk.printing.qr import QrEncoder

    qr = QrEncoder()
    for number in (1, 84_525, LAST_NUMBER):
        assert qr.matrix(sign(serial_for(number), KEY.private)).shape == (37, 37)


def test_qr_on_the_smallest_card_still_decodes(tmp_path: Path) -> None:
    item = badge("Ada Lovelace")
    assert qr_codes(write(tmp_path, [item], "id1"), 0, scale=3.0) == [item.code]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzÅÉŁŞ王김محمد -"), min_size=1,
               max_size=90))
def test_long_names_shrink_and_stay_inside_the_box(name: str) -> None:
    box = load_layout("a6").boxes["name"]
    if not name.strip():
        return
    fitted = text.fit(name, box.w, box.h, box.size, box.min_size, bold=True, max_lines=box.lines)
    assert fitted.size <= box.size
    assert "".join(fitted.lines).replace(" ", "") == name.replace(" ", "") or \
        " ".join(fitted.lines).split() == name.split()  # nothing cut
    for line in fitted.lines:
        assert text.width(line, fitted.size, bold=True) <= box.w + 0.01
    assert len(fitted.lines) * fitted.size * 1.12 <= box.h + 0.01


def test_a_very_long_name_goes_on_two_lines() -> None:
    box = load_layout("a6").boxes["name"]
    name = "Maximiliane Wilhelmina Schwarzenberg-Oberhollenzer von Hohenstaufen"
    fitted = text.fit(name, box.w, box.h, box.size, box.min_size, bold=True, max_lines=2)
    assert len(fitted.lines) == 2 and " ".join(fitted.lines) == name


def test_streamed_chunks_keep_every_page_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(badge_module, "CHUNK_PAGES", 3)
    items = [badge(f"Person {i:02d}") for i in range(10)]
    path = write(tmp_path, items, "a6", workers=1)
    assert pages(path) == 10
    shown = pdftext(path)
    positions = [shown.index(f"Person {i:02d}") for i in range(10)]
    assert positions == sorted(positions)
    assert not list(tmp_path.glob(".*chunk"))


def test_worker_processes_give_the_same_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(badge_module, "CHUNK_PAGES", 2)
    items = [badge(f"Person {i:02d}") for i in range(7)]
    path = write(tmp_path, items, "a6", workers=2)
    assert pages(path) == 7
    shown = pdftext(path)
    assert [shown.index(f"Person {i:02d}") for i in range(7)] == sorted(
        shown.index(f"Person {i:02d}") for i in range(7))
    assert qr_codes(path, 6) == [items[6].code]


def test_only_approved_delegates_get_a_badge(demo: Store, tmp_path: Path) -> None:
    target = tmp_path / "badges.pdf"
    for _ in print_badges(demo, target, layout="a4-4up"):
        pass
    shown = pdftext(target)
    everyone = list_delegates(demo)
    for d in everyone:
        assert (d.badge_name in shown) == (d.state is S.BADGE_ISSUED), d.full_name
    assert sum(d.state is S.BADGE_ISSUED for d in everyone) == 26
    assert all(d.state is not S.APPROVED for d in list_delegates(demo))  # every approved one issued


def test_only_new_and_reprints(demo: Store, tmp_path: Path) -> None:
    plante = search_delegates(demo, "plante")[0].id
    before = acc.accreditations_of(demo, plante)[0].badge_serial
    sackey = search_delegates(demo, "sackey")[0].id
    assert acc.accreditations_of(demo, sackey)[0].badge_serial is None  # approved, never printed
    target = tmp_path / "new.pdf"
    list(print_badges(demo, target, only_new=True))
    shown = pdftext(target)
    assert "Sackey" in shown and "Plante" not in shown  # Plante's badge was printed before
    assert acc.accreditations_of(demo, plante)[0].badge_serial == before
    # printing everyone reprints Plante: a new serial, the old one revoked
    for _ in print_badges(demo, tmp_path / "all.pdf", delegate_ids=[plante]):
        pass
    after = acc.accreditations_of(demo, plante)[0].badge_serial
    assert after != before and before in verification_kit(demo).revoked
    history = acc.history(demo, acc.accreditations_of(demo, plante)[0].id)
    assert (history[-1].from_state, history[-1].to_state, history[-1].reason) == (
        S.BADGE_ISSUED, S.BADGE_ISSUED, "reprinted")


def test_a_cancelled_batch_changes_nothing(demo_path: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(badge_module, "CHUNK_PAGES", 2)
    store = Store.open(demo_path)
    before = dump(demo_path)
    target = tmp_path / "cancelled.pdf"
    batch = print_badges(store, target, layout="a6")
    next(batch)
    batch.close()  # the user pressed Cancel
    store.close()
    assert dump(demo_path) == before
    assert not target.exists() and not list(tmp_path.glob(".*"))


def test_a_batch_overtaken_by_another_desk_issues_nothing(demo_path: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from mmdesk.domain.errors import MmdeskError

    monkeypatch.setattr(badge_module, "CHUNK_PAGES", 2)
    store, other = Store.open(demo_path), Store.open(demo_path)
    target = tmp_path / "overtaken.pdf"
    batch = print_badges(store, target, layout="a6")
    next(batch)
    # meanwhile another desk reprints a lost badge, taking the next badge number
    plante = search_delegates(other, "plante")[0].id
    a = acc.accreditations_of(other, plante)[0]
    acc.transition(other, a.id, S.BADGE_ISSUED, reason="lost")
    before = dump(demo_path)
    with pytest.raises(MmdeskError, match="another desk issued badges"):
        for _ in batch:
            pass
    assert dump(demo_path) == before
    assert not target.exists()
    # printed again, the batch takes numbers after the other desk's
    for _ in print_badges(store, target, layout="a6"):
        pass
    assert target.exists()
    store.close()
    other.close()


def test_unapproved_choice_prints_nothing(demo: Store, tmp_path: Path) -> None:
    from mmdesk.services.badges import NothingToPrint

    rajah = search_delegates(demo, "rajah")[0].id
    with pytest.raises(NothingToPrint, match="approved: no badge"):
        list(print_badges(demo, tmp_path / "x.pdf", delegate_ids=[rajah]))
    assert not (tmp_path / "x.pdf").exists()
