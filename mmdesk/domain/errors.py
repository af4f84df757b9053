"""Errors that carry one clear sentence for the organizer."""

from __future__ import annotations


class MmdeskError(Exception):
    """Base of every error mmdesk reports to a user; str() is the message.

    The message is made in English; str() gives it in the language mmdesk speaks now
    (mmdesk.i18n, set by the command line's --language or the window's View › Language).
    """

    def __str__(self) -> str:
        from mmdesk.i18n import translate_message

        return translate_message(super().__str__())


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

    def __init__(self, message: str, *, theirs: object | None = None,
                 version: int | None = None) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.version = version
