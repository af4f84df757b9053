"""Letter templates an organizer edits without code: a text file per kind and language, and
the inviting organisation's sender.toml (resources/letters/README.md describes both).

A template reads like an e-mail: a few ``key: value`` lines (subject, to, closing), a blank
line, then the body. Paragraphs are separated by blank lines; the lines of a paragraph are
joined, except lines starting with ``|``, which print as they are (a block of details).
Fields are written {name}; {{ and }} print a brace. Lines starting with ``#`` are notes
for whoever edits the file and are not printed.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from babel.dates import format_date
from babel.lists import format_list

from mmdesk.domain.errors import ValidationError

KINDS = ("visa", "invitation", "confirmation", "attendance")

#: every field a template may use, with what it holds (the README lists the same)
FIELDS: dict[str, str] = {
    "full_name": "given and family name, as in the passport",
    "name": "honorific and full name (H.E. Ana Pérez)",
    "honorific": "H.E., Mayor, Dr …", "given_name": "given name", "family_name": "family name",
    "position": "position (Secretary of International Affairs)",
    "organisation": "the delegate's organisation or city government", "city": "the delegate's city",
    "country": "the delegate's country, in the letter's language",
    "date_of_birth": "date of birth (visa letters)", "passport_number": "passport number (visa letters)",
    "nationality": "nationality: the country of the passport, else the delegate's country",
    "route": "the accreditation route", "nominated_by": "the route's nominating body",
    "forum": "the forum's name", "forum_short": "the forum's short name (else its name)",
    "theme": "the forum's theme", "dates": "the forum's days (20–22 November 2019)",
    "first_day": "the forum's first day", "last_day": "the forum's last day",
    "when": "the forum's days as a phrase (on 20 November 2019; du 20 au 22 novembre 2019)",
    "where": "venue, city and country of the forum (those that are set)",
    "venue": "the venue", "forum_city": "the forum's city",
    "forum_country": "the forum's country, in the letter's language",
    "days_attended": "the days the delegate was admitted at the venue (certificates)",
    "organiser": "the inviting organisation (sender.toml)", "signatory": "who signs (sender.toml)",
    "signatory_title": "the signatory's title (sender.toml)",
    "place": "where the letter is signed (sender.toml, else the forum's city)",
    "date": "the day the letter is issued", "reference": "the letter's reference (MF2019/VISA/0007)",
    "number": "the letter's number in the register",
}

_HEADER_KEYS = ("subject", "to", "closing")


class LetterTemplateError(ValidationError):
    """A template or sender file that cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a letter; kept: each line prints as it is (a block of details)."""

    lines: tuple[str, ...]
    kept: bool = False


@dataclass(frozen=True)
class Template:
    """A parsed template: subject, addressee lines, body, closing formula, and its file."""

    subject: str
    to: tuple[str, ...]
    body: tuple[Paragraph, ...]
    closing: str
    source: str

    def fields(self) -> set[str]:
        """Every field the template uses."""
        texts = [self.subject, self.closing, *self.to, *(x for p in self.body for x in p.lines)]
        return {name for t in texts for _, name, _, _ in string.Formatter().parse(t) if name}

    def fill(self, values: Mapping[str, str]) -> Template:
        """The template with its fields filled in (a missing value prints as nothing)."""
        def f(text: str) -> str:
            return " ".join(_without_empty(text, values).format_map(_Values(values)).split())

        def shown(line: str) -> bool:  # a line whose fields were all empty is left out
            return bool(line) and not line.endswith(":")

        return Template(f(self.subject), tuple(x for x in (f(y) for y in self.to) if shown(x)),
                        tuple(Paragraph(tuple(x for x in (f(y) for y in p.lines) if not p.kept or shown(x)),
                                        p.kept) for p in self.body),
                        f(self.closing), self.source)


def _without_empty(text: str, values: Mapping[str, str]) -> str:
    """The text without its empty fields and the comma that joined each to the rest
    ("{position}, {organisation}" with no position: "{organisation}")."""
    for name in {n for _, n, _, _ in string.Formatter().parse(text) if n}:
        if str(values.get(name, "")).strip():
            continue
        field = re.escape("{" + name + "}")
        text = re.sub(rf",\s*{field}", "", text)
        text = re.sub(rf"{field}\s*,\s*", "", text)
    return text


class _Values(dict[str, str]):
    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__(values)

    def __missing__(self, key: str) -> str:
        return ""


def _check_fields(text: str, source: str, line_no: int) -> None:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise LetterTemplateError(
            "{source}, line {line_no}: {exc} (write {{{{ and }}}} for a brace)",
            source=source, line_no=line_no, exc=exc, code="letter-templates.line-write-brace") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in FIELDS or spec or conversion:
            known = ", ".join(sorted(FIELDS))
            raise LetterTemplateError(
                "{source}, line {line_no}: unknown field {{{name}}} (fields: {known})",
                source=source, line_no=line_no, name=name, known=known,
                code="letter-templates.line-unknown-field")


def parse_template(text: str, source: str) -> Template:
    """A template from its text; LetterTemplateError names the file and line of a mistake."""
    lines = text.replace("\r\n", "\n").replace("\ufeff", "").split("\n")
    header: dict[str, list[str]] = {k: [] for k in _HEADER_KEYS}
    body: list[Paragraph] = []
    current: list[str] = []
    kept = False
    in_header = True

    def end_paragraph() -> None:
        nonlocal current, kept
        if current:
            body.append(Paragraph(tuple(current) if kept else (" ".join(current),), kept))
        current, kept = [], False

    for number, raw in enumerate(lines, 1):
        if raw.lstrip().startswith("#"):
            continue
        line = raw.strip()
        if in_header:
            if not line:
                if any(header.values()):
                    in_header = False
                continue
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() in _HEADER_KEYS:
                _check_fields(value.strip(), source, number)
                header[key.strip().lower()].append(value.strip())
                continue
            if not any(header.values()):
                raise LetterTemplateError(
                    "{source}, line {number}: a template starts with 'subject: …' (then 'to: …' lines, a "
                    "blank line, the letter)",
                    source=source, number=number, code="letter-templates.line-template-starts")
            in_header = False
        if not line:
            end_paragraph()
            continue
        _check_fields(line, source, number)
        is_kept = line.startswith("|")
        if current and is_kept != kept:
            end_paragraph()
        kept = is_kept
        current.append(line[1:].strip() if is_kept else line)
    end_paragraph()
    if not header["subject"]:
        raise LetterTemplateError(
            "{source}: no 'subject: …' line at the top",
            source=source, code="letter-templates.no-subject-line")
    if not body:
        raise LetterTemplateError(
            "{source}: the letter has no text after its header",
            source=source, code="letter-templates.letter-no-text")
    return Template(header["subject"][0], tuple(header["to"]), tuple(body),
                    header["closing"][0] if header["closing"] else "", source)


def read_template(path: Path, label: str | None = None) -> Template:
    """A template file (UTF-8); label names it in messages (default: its path)."""
    source = label or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LetterTemplateError(
            "{source} is not UTF-8 text: save it as UTF-8",
            source=source, code="letter-templates.not-utf-text") from None
    except OSError as exc:
        raise LetterTemplateError(
            "{source} cannot be read: {strerror}",
            source=source, strerror=exc.strerror, code="letter-templates.cannot-read") from None
    return parse_template(text, source)


@dataclass(frozen=True)
class Sender:
    """The inviting organisation as letters print it: name, address, who signs, where, images."""

    organisation: str = ""
    address: tuple[str, ...] = ()
    signatory: str = ""
    signatory_title: str = ""
    place: str = ""
    letterhead: Path | None = None
    signature: Path | None = None


_SENDER_KEYS = ("organisation", "address", "signatory", "signatory_title", "place", "letterhead", "signature")


def read_sender(path: Path, language: str, fallback_images: Path | None = None,
                label: str | None = None) -> Sender:
    """sender.toml in one language: its [fr] / [es] table replaces the values it gives.
    Images are named relative to the file's folder, then to fallback_images (the defaults);
    not named: letterhead.png and signature.png; an empty name prints none."""
    source = label or str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LetterTemplateError(
            "{source}: {exc}",
            source=source, exc=exc, code="letter-templates.unreadable-toml") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LetterTemplateError(
            "{source} cannot be read: {exc}",
            source=source, exc=exc, code="letter-templates.cannot-read-exc") from None
    values = {k: v for k, v in data.items() if not isinstance(v, dict)}
    own = data.get(language)
    if isinstance(own, dict):
        values.update(own)
    unknown = sorted(set(values) - set(_SENDER_KEYS))
    if unknown:
        raise LetterTemplateError(
            "{source}: unknown key {unknown} (keys: {join})",
            source=source, unknown=repr(unknown[0]), join=', '.join(_SENDER_KEYS),
            code="letter-templates.unknown-key-keys")
    for key, value in values.items():
        ok = isinstance(value, str) or (key == "address" and isinstance(value, list)
                                        and all(isinstance(x, str) for x in value))
        if not ok:
            raise LetterTemplateError(
                "{source}: {key} must be text{value}",
                source=source, key=key, value=' or a list of lines' if key == 'address' else '',
                code="letter-templates.must-text")

    def image(key: str) -> Path | None:
        name = str(values.get(key, f"{key}.png")).strip()  # not named: letterhead.png, signature.png
        if not name:
            return None
        for folder in (path.parent, fallback_images):
            if folder is not None and (folder / name).is_file():
                return folder / name
        raise LetterTemplateError(
            "{source}: the {key} image {name} is not in {parent}",
            source=source, key=key, name=repr(name), parent=path.parent,
            code="letter-templates.image-missing")

    address = values.get("address", [])
    return Sender(
        organisation=str(values.get("organisation", "")).strip(),
        address=tuple(x.strip() for x in ([address] if isinstance(address, str) else address) if x.strip()),
        signatory=str(values.get("signatory", "")).strip(),
        signatory_title=str(values.get("signatory_title", "")).strip(),
        place=str(values.get("place", "")).strip(),
        letterhead=image("letterhead"), signature=image("signature"),
    )


_LOCALES = {"en": "en_GB"}
_DAY = {"en": "d MMMM y", "fr": "d MMMM y", "es": "d 'de' MMMM 'de' y"}
_DAY_MONTH = {"en": "d MMMM", "fr": "d MMMM", "es": "d 'de' MMMM"}
#: one day; several days (first, last): as each language says it in a sentence
_WHEN = {"en": ("on {d}", "from {first} to {last}"), "fr": ("le {d}", "du {first} au {last}"),
         "es": ("el {d}", "del {first} al {last}")}


def long_day(d: date, language: str) -> str:
    """20 November 2019, 20 novembre 2019, 20 de noviembre de 2019 (Babel, CLDR)."""
    return format_date(d, _DAY.get(language, _DAY["en"]), locale=_LOCALES.get(language, language))


def when_phrase(start: date, end: date, language: str) -> str:
    """The forum's days as a sentence says them: "from 20 to 22 November 2019"."""
    one, several = _WHEN.get(language, _WHEN["en"])
    locale = _LOCALES.get(language, language)
    if start == end:
        return one.format(d=long_day(start, language))
    if (start.year, start.month) == (end.year, end.month):
        first = str(start.day)
    elif start.year == end.year:
        first = format_date(start, _DAY_MONTH.get(language, _DAY_MONTH["en"]), locale=locale)
    else:
        first = long_day(start, language)
    return several.format(first=first, last=long_day(end, language))


def listed(items: Sequence[str], language: str) -> str:
    """"a, b and c" in the language (Babel)."""
    return format_list(list(items), locale=_LOCALES.get(language, language)) if items else ""
