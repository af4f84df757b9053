"""Errors that say what happened as data: a stable code, an English template and its values.

A refusal is raised as ``ValidationError("room {room} is in use by {n} sessions",
room=name, n=n, code="rooms.in-use")``: the first argument is the English sentence with
{named} holes (also its msgid in resources/locale/*/LC_MESSAGES/mmdesk.po, collected by
scripts/extract_messages.py), the keywords are its values, ``code`` names it for scripts
(``--json``) and tests. A sentence about a count has both forms:
``ValidationError("{n} session is in {room}", plural="{n} sessions are in {room}", n=n, room=...)``
(the plural is its msgid_plural). ``str(exc)`` is the sentence in the language mmdesk speaks now
(mmdesk.i18n, set by the command line's --language or the window's View › Language).

The older form, one finished English sentence (``ValidationError(f"... {x}")``), still works:
its code is ``refused`` and its text is matched against the catalogue's templates.
"""

from __future__ import annotations

from typing import Any, Self

from mmdesk.domain.sentences import Sentence

#: the code of a refusal raised the older way (a finished English sentence, no code)
LEGACY_CODE = "refused"
#: the template of such a refusal as a Sentence: the refusal's own words, nothing to translate
_WHOLE = "{why}"


class MmdeskError(Exception):
    """Base of every error mmdesk reports to a user; str() is the message in the current language.

    ``code`` is stable across languages and versions, ``template`` the English msgid with
    {named} holes, ``values`` what fills them. Without values the template is the sentence
    as it stands (braces in it are not holes).
    """

    def __init__(self, template: str = "", /, *args: object, code: str | None = None,
                 plural: str | None = None, **values: Any) -> None:
        super().__init__(template, *args)
        self.template = template
        #: the plural template (the value ``n`` chooses between it and the singular template)
        self.plural = plural
        self.values: dict[str, Any] = dict(values)
        self.code = code or LEGACY_CODE
        #: made the older way: a finished English sentence, matched against templates when said
        self.legacy = code is None and not values

    @property
    def sentence(self) -> Sentence:
        """This refusal as a Sentence (code, template, values): a problem an import keeps per row.
        A finished sentence of the older form is carried whole, as the value of "{why}"."""
        if self.legacy:
            return Sentence(_WHOLE, code=self.code, why=self)
        return Sentence(self.template, code=self.code, plural=self.plural, **self.values)

    def message(self, language: str | None = None) -> str:
        """The sentence in a language (default: the one mmdesk speaks now)."""
        if not self.values:  # a whole sentence: by exact look-up, else (older form) by template
            from mmdesk.i18n import translate_message

            return translate_message(self.template, language)
        return self.sentence.message(language)

    @classmethod
    def wrapping(cls, other: MmdeskError) -> Self:
        """The same refusal (code, template, values) as another kind of error."""
        made = cls(other.template, code=None if other.legacy else other.code, plural=other.plural,
                   **other.values)
        made.legacy = other.legacy
        return made

    @property
    def english(self) -> str:
        """The sentence in English (for logs and the history)."""
        return self.message("en")

    def as_data(self) -> dict[str, Any]:
        """What a script reads (--json): the code, the message in the current language, the values."""
        from mmdesk.i18n import plain_values

        return {"code": self.code, "message": str(self), "values": plain_values(self.values)}

    def __str__(self) -> str:
        return self.message()


class IllegalTransition(MmdeskError):
    """An accreditation move the workflow does not allow."""


class ValidationError(MmdeskError):
    """Input that breaks a rule (missing name, bad e-mail, unknown country…)."""


class NotFound(MmdeskError):
    """A delegate, session, room or route that is not in the store."""


class EditConflict(MmdeskError):
    """Someone else changed the record since it was read.

    Carries what is stored now (`theirs`, in the same shape the edit was made in)
    and its version, so the desk can show both versions and choose; None where the
    record is gone.
    """

    def __init__(self, template: str, /, *, theirs: object | None = None,
                 version: int | None = None, code: str | None = None, **values: Any) -> None:
        super().__init__(template, code=code, **values)
        self.theirs = theirs
        self.version = version
