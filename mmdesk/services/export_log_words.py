"""The fields of the log of sensitive exports (File › Data protection) in the reader's language.

The log stores stable codes ("passport_number", "invitation_letter", "closing"); older stores
hold a few as English words ("invitation letter", "passport data erased"): both are said here.
"""

from __future__ import annotations

from mmdesk.domain.sentences import Sentence

#: each logged field's words (its English template is the msgid, context "sentence")
FIELD_WORDS: dict[str, Sentence] = {
    "passport_number": Sentence("passport number", code="export-log.passport-number"),
    "date_of_birth": Sentence("date of birth", code="export-log.date-of-birth"),
    "nationality": Sentence("nationality", code="export-log.nationality"),
    "photo": Sentence("photo", code="export-log.photo"),
    "closing": Sentence("closing of the event", code="export-log.closing"),
    "passport_data_erased": Sentence("passport data erased", code="export-log.passport-data-erased"),
    "visa_letter": Sentence("visa support letter", code="export-log.visa-letter"),
    "invitation_letter": Sentence("letter of invitation", code="export-log.invitation-letter"),
    "confirmation_letter": Sentence("confirmation of participation", code="export-log.confirmation-letter"),
    "attendance_letter": Sentence("certificate of attendance", code="export-log.attendance-letter"),
}


def field_said(field: str, language: str | None = None) -> str:
    """A logged field in a language (default: the one mmdesk speaks now); an unknown one as stored."""
    known = FIELD_WORDS.get(field.strip().replace(" ", "_"))
    return known.message(language) if known is not None else field
