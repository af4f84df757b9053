"""One word per thing in each language: the window (the Qt .ts "labels") and the command line
(the gettext .po) name every accreditation state, speaking role, session kind, route kind,
category and speaking mode alike, and a speaker is one word in both."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from enum import Enum

import pytest

from mmdesk.i18n import translations
from mmdesk.paths import resources_dir


def _window_words(language: str) -> dict[str, str]:
    """English → the window's word, from the .ts "labels" context."""
    tree = ET.parse(resources_dir() / "translations" / f"mmdesk_{language}.ts")
    return {m.findtext("source") or "": m.findtext("translation") or ""
            for c in tree.getroot().iter("context") if c.findtext("name") == "labels"
            for m in c.iter("message")}


def _same(word: str) -> str:
    """A word as compared: no case, one kind of apostrophe."""
    return word.replace("’", "'").casefold().strip()


def _tables() -> list[tuple[type[Enum], dict, Callable[[Enum], str]]]:
    """(enum, the command line's English words, the window's label function) per closed list."""
    from mmdesk.cli.check import ROUTE_KIND_WORDS
    from mmdesk.domain import rules
    from mmdesk.domain.enums import (
        CATEGORY_WORDS,
        KIND_LABELS,
        AccreditationState,
        Category,
        RouteKind,
        SessionKind,
        SlotMode,
        SlotRole,
    )
    from mmdesk.ui import labels

    return [
        (AccreditationState, rules._STATE_WORDS, labels.state),  # type: ignore[dict-item]
        (SlotRole, rules._ROLE_WORDS, labels.role),  # type: ignore[dict-item]
        (SessionKind, KIND_LABELS, labels.kind),  # type: ignore[dict-item]
        (RouteKind, ROUTE_KIND_WORDS, labels.route_kind),  # type: ignore[dict-item]
        (Category, CATEGORY_WORDS, labels.category),  # type: ignore[dict-item]
        (SlotMode, {m: m.value.replace("_", " ") for m in SlotMode}, labels.mode),  # type: ignore[dict-item]
    ]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_window_and_the_command_line_name_each_value_alike(language: str) -> None:
    window = _window_words(language)
    cli = translations(language)
    found = []
    for enum, words, label in _tables():
        assert set(words) == set(enum), f"{enum.__name__}: the command line has no word for some values"
        for member in enum:
            english = label(member)  # no translator installed: the window's English
            shown, said = window.get(english, ""), cli.gettext(words[member])
            assert shown, f"{enum.__name__}.{member.name}: the window has no word for {english!r}"
            if _same(shown) != _same(said):
                found.append(f"{enum.__name__}.{member.name}: window {shown!r}, command line {said!r}")
    assert not found, "\n".join(found)


#: a word for a concept, and the synonym the other catalogue once used for it
SYNONYMS = {"fr": {"orateur": "intervenant", "autorité propre": "en son nom propre",
                   "secrétariat hôte": "hôte / secrétariat"},
            "es": {"ponente": "orador", "nominado": "propuesta", "autoridad propia": "en nombre propio",
                   "secretaría anfitriona": "anfitrión / secretaría"}}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_catalogue_uses_the_other_word_for_a_thing(language: str) -> None:
    from babel.messages.pofile import read_po

    texts = [t.text or "" for t in ET.parse(resources_dir() / "translations" / f"mmdesk_{language}.ts")
             .getroot().iter() if t.tag in ("translation", "numerusform")]
    with (resources_dir() / "locale" / language / "LC_MESSAGES" / "mmdesk.po").open("rb") as f:
        for m in read_po(f, locale=language):
            texts += [m.string] if isinstance(m.string, str) else list(m.string)
    found = [f"{word!r} (say {instead!r}) in {text[:80]!r}" for word, instead in SYNONYMS[language].items()
             for text in texts if re.search(rf"\b{word}s?\b", text, re.IGNORECASE)]
    assert not found, "\n".join(found)
