"""Grouping what delegates say of their gender, for the balance figures organizers are asked for."""

from __future__ import annotations

from mmdesk.domain.text import strip_marks

WOMEN, MEN, OTHER, NOT_RECORDED = "women", "men", "other", "not_recorded"
GENDER_GROUPS = (WOMEN, MEN, OTHER, NOT_RECORDED)

_WORDS = {
    WOMEN: {"f", "w", "female", "woman", "women", "femme", "femenino", "feminin", "mujer", "mulher"},
    MEN: {"m", "h", "male", "man", "men", "homme", "masculino", "masculin", "hombre", "homem"},
    NOT_RECORDED: {"", "prefer not to say", "not recorded", "n/a", "na", "unknown", "-"},
}


def gender_group(value: str | None) -> str:
    """women, men, other (non-binary or any other word) or not_recorded."""
    word = " ".join(strip_marks(value or "").lower().split())
    for group, words in _WORDS.items():
        if word in words:
            return group
    return OTHER
