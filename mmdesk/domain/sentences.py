"""A sentence a service reports as data (a warning, a reason), said in the reader's language.

Made like a refusal (mmdesk.domain.errors): ``Sentence("the list is from {asof}", asof=when,
code="keys.revocations-stale")``: the English template is its msgid (context "sentence",
collected by scripts/extract_messages.py), the values fill it (a day or moment is said in the
reader's language), the code names it for scripts. ``str()`` is the sentence in the language
mmdesk speaks now.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class Joined:
    """Known words put into a sentence as one value, each said in the sentence's language and
    joined (", " by default): "passport number, date of birth"."""

    __slots__ = ("items", "separator")

    def __init__(self, items: Sequence[str], separator: str = ", ") -> None:
        self.items = tuple(items)
        self.separator = separator

    def said(self, code: str | None = None) -> str:
        """The words in a language (default: the current one)."""
        from mmdesk.i18n import word

        return self.separator.join(word(x, code) for x in self.items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Joined) and (self.items, self.separator) == (other.items, other.separator)

    def __hash__(self) -> int:
        return hash(self.items)

    def __str__(self) -> str:  # what a script reads (--json): the words in English
        return self.separator.join(self.items)


class Sentence:
    """What happened, in words, as data: a stable code, the English template and its values."""

    __slots__ = ("code", "plural", "template", "values")

    def __init__(self, template: str, /, *, code: str, plural: str | None = None, **values: Any) -> None:
        self.template = template
        self.code = code
        #: the plural template (the value ``n`` chooses the form)
        self.plural = plural
        self.values: dict[str, Any] = dict(values)

    def message(self, language: str | None = None) -> str:
        """The sentence in a language (default: the one mmdesk speaks now)."""
        from mmdesk.i18n import render

        return render(self.template, self.values, language, self.plural)

    @property
    def english(self) -> str:
        """The sentence in English (for logs and stored reasons)."""
        return self.message("en")

    def as_data(self) -> dict[str, Any]:
        """What a script reads (--json): the code, the message in the current language, the values."""
        from mmdesk.i18n import plain_values

        return {"code": self.code, "message": str(self), "values": plain_values(self.values)}

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Sentence) and (self.code, self.template, self.plural, self.values)
                == (other.code, other.template, other.plural, other.values))

    def __hash__(self) -> int:
        return hash((self.code, self.template))

    def __repr__(self) -> str:
        return f"Sentence({self.english!r}, code={self.code!r})"

    def __str__(self) -> str:
        return self.message()
