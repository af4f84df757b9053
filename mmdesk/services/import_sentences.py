"""The problems, warnings and notes of an import as data (mmdesk.domain.sentences.Sentence; a
refusal met on a row is kept as its MmdeskError.sentence), and a line said in English for logs
whichever it is (a Sentence, or a plain line the reading of a file wrote)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mmdesk.domain.sentences import Sentence


def english(line: Sentence | str) -> str:
    """A problem, warning or note in English (a plain line as it is)."""
    return line.english if isinstance(line, Sentence) else line


def said(line: Sentence | str, language: str | None = None) -> str:
    """A problem, warning or note in a language (default: the current one); a plain English line
    (a library's, the file reader's) through the catalogue's templates."""
    if isinstance(line, Sentence):
        return line.message(language)
    from mmdesk.i18n import translate_message

    return translate_message(line, language)


def at_line(line: int, why: Sentence | str) -> Sentence | str:
    """A problem with its line ("line 4: …"): a Sentence, or a plain English line for plain text."""
    if isinstance(why, Sentence):
        return Sentence("line {line}: {reason}", line=line, reason=why, code=why.code)
    return f"line {line}: {why}"


def on_sheet(sheet: str, line: int, why: Sentence | str) -> Sentence | str:
    """A workbook's problem with its sheet and line ("Rooms, line 3: …"; "Forum: …" for none)."""
    if isinstance(why, Sentence):
        if line:
            return Sentence("{sheet}, line {line}: {why}", sheet=sheet, line=line, why=why, code=why.code)
        return Sentence("{sheet}: {why}", sheet=sheet, why=why, code=why.code)
    return f"{sheet}, line {line}: {why}" if line else f"{sheet}: {why}"


@dataclass(frozen=True)
class Days:
    """A forum's days put into a sentence ("25 November to 26 November 2026"), said in the
    sentence's language by mmdesk.i18n.render."""

    first: date
    last: date

    def said(self, code: str | None = None) -> str:
        """The days in a language (default: the current one)."""
        from mmdesk.date_words import span

        return span(self.first, self.last, code)

    def __str__(self) -> str:  # what a script reads (--json): ISO 8601
        return f"{self.first.isoformat()}/{self.last.isoformat()}"
