"""Letter templates: the shipped ones, the format an organizer edits, its mistakes in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmdesk.paths import resources_dir
from mmdesk.printing.letter_templates import (
    FIELDS,
    KINDS,
    LetterTemplateError,
    Paragraph,
    parse_template,
    read_sender,
    read_template,
)

DEFAULTS = resources_dir() / "letters"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_kind_ships_in_every_language(kind: str, language: str) -> None:
    template = read_template(DEFAULTS / f"{kind}.{language}.txt")
    assert template.subject and template.body and template.closing
    assert template.fields() <= set(FIELDS)
    if kind == "visa":
        assert {"full_name", "date_of_birth", "passport_number", "nationality", "forum", "when", "where",
                "organiser"} <= template.fields()


def test_every_field_is_documented_in_the_readme() -> None:
    readme = (DEFAULTS / "README.md").read_text(encoding="utf-8")
    missing = [name for name in FIELDS if f"{{{name}}}" not in readme]
    assert missing == []


def test_the_format_header_paragraphs_kept_lines_and_notes() -> None:
    t = parse_template("# a note for the editor\nsubject: Hello {name}\nto: {name}\nto: {organisation}\n"
                       "closing: Yours,\n\nDear {name},\nsecond line of the paragraph.\n\n"
                       "| Passport: {passport_number}\n| Position: {position}, {organisation}\n"
                       "# not printed\nAfter the block.\n", "t.txt")
    assert (t.subject, t.to, t.closing) == ("Hello {name}", ("{name}", "{organisation}"), "Yours,")
    assert t.body == (Paragraph(("Dear {name}, second line of the paragraph.",)),
                      Paragraph(("Passport: {passport_number}", "Position: {position}, {organisation}"),
                                True),
                      Paragraph(("After the block.",)))
    filled = t.fill({"name": "Ana Pérez", "organisation": "Quito", "position": ""})
    # an empty field leaves out its comma, and a line with nothing after its label
    assert filled.to == ("Ana Pérez", "Quito")
    assert filled.body[1].lines == ("Position: Quito",)
    assert filled.body[0].lines == ("Dear Ana Pérez, second line of the paragraph.",)


@pytest.mark.parametrize("text, message", [
    ("subject: Hi {nmae}\n\nBody\n", "t.txt, line 1: unknown field {nmae}"),
    ("subject: Hi\n\nBody {name.__class__}\n", "t.txt, line 3: unknown field {name.__class__}"),
    ("subject: Hi\n\nBody {name!r}\n", "t.txt, line 3: unknown field {name}"),
    ("subject: Hi\n\nAn unclosed { brace\n", "t.txt, line 3:"),
    ("Dear all,\n\nBody\n", "t.txt, line 1: a template starts with 'subject: …'"),
    ("subject: Hi\n\n", "t.txt: the letter has no text after its header"),
])
def test_a_mistake_is_one_line_naming_the_file_and_line(text: str, message: str) -> None:
    with pytest.raises(LetterTemplateError) as error:
        parse_template(text, "t.txt")
    assert str(error.value).startswith(message) and "\n" not in str(error.value)


def test_braces_are_written_twice() -> None:
    t = parse_template("subject: {{draft}}\n\nText\n", "t.txt")
    assert t.fill({}).subject == "{draft}"


def test_sender_in_each_language_with_the_default_images(tmp_path: Path) -> None:
    fr = read_sender(DEFAULTS / "sender.toml", "fr")
    en = read_sender(DEFAULTS / "sender.toml", "en")
    assert (en.organisation, fr.organisation) == ("Forum Secretariat", "Secrétariat du Forum")
    assert fr.letterhead == DEFAULTS / "letterhead.png" and fr.signature == DEFAULTS / "signature.png"
    own = tmp_path / "sender.toml"
    own.write_text('organisation = "City of Quito"\naddress = "Venezuela y Espejo, Quito"\nsignature = ""\n',
                   encoding="utf-8")
    mine = read_sender(own, "es", DEFAULTS)
    assert mine.address == ("Venezuela y Espejo, Quito",) and mine.signature is None
    assert mine.letterhead == DEFAULTS / "letterhead.png"  # not in the forum's folder: the default
    own.write_text('letterhead = "logo.png"\n', encoding="utf-8")
    with pytest.raises(LetterTemplateError, match="the letterhead image 'logo.png' is not in"):
        read_sender(own, "en", DEFAULTS)
    own.write_text('organization = "typo"\n', encoding="utf-8")
    with pytest.raises(LetterTemplateError, match="unknown key 'organization'"):
        read_sender(own, "en", DEFAULTS)
