"""Letters as PDF from plain data: every line reads back, fonts embedded, long letters go on."""

from __future__ import annotations

from pathlib import Path

from mmdesk.paths import resources_dir
from mmdesk.printing.letter_templates import Paragraph, Sender, Template
from mmdesk.printing.letters import LetterText, render_letters
from tests.printing.conftest import fonts, pages, pdftext

IMAGES = resources_dir() / "letters"


def _letter(name: str, paragraphs: int = 2, sender: Sender | None = None) -> LetterText:
    body = tuple(Paragraph((f"Paragraph {i} for {name}: the forum brings together mayors and cities. " * 3,))
                 for i in range(paragraphs))
    template = Template(f"Invitation for {name}", (name, "Quito"),
                        (*body, Paragraph(("Passport: X1",), True)),
                        "Yours sincerely,", "test")
    return LetterText(template, f"MF2019/INV/{paragraphs:04d}", "Quito, 1 October 2019",
                      sender or Sender("Forum Secretariat", ("Quito, Ecuador",), "Ana Pérez", "Head",
                                       letterhead=IMAGES / "letterhead.png",
                                       signature=IMAGES / "signature.png"))


def test_a_batch_prints_each_letter_from_a_new_page(tmp_path: Path) -> None:
    target = tmp_path / "letters.pdf"
    names = ["Yvonne Aki-Sawyerr", "محمد الأحمد", "Ana Pérez"]
    assert render_letters([_letter(n) for n in names], target, title="Letters") == 3
    text = pdftext(target)
    for name in names:
        assert f"Invitation for {name}" in text
    assert "Ref. MF2019/INV/0002" in text and "Quito, 1 October 2019" in text
    assert "Ana Pérez Head Forum Secretariat" in text and "Forum Secretariat · Quito, Ecuador" in text
    assert pages(target) == 3
    assert all(embedded for _, embedded in fonts(target))


def test_a_long_letter_goes_on_to_a_second_page_that_names_it(tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    assert render_letters([_letter("Ana Pérez", paragraphs=14)], target, title="Letters") == 2
    assert pages(target) == 2
    assert "Ref. MF2019/INV/0014 — 2" in pdftext(target)


def test_no_images_no_address(tmp_path: Path) -> None:
    target = tmp_path / "plain.pdf"
    render_letters([_letter("Ana Pérez", sender=Sender())], target, title="Letters")
    assert "Invitation for Ana Pérez" in pdftext(target) and "·" not in pdftext(target)
