"""`mmdesk --help` in the user's language: the help formatter and the walk that lists its words.

The parser is built with the English words (help=, description=, metavar=); the formatter puts
each one through mmdesk.i18n's catalogue as it writes the help, along with argparse's own words
("usage: ", "positional arguments", "options", "show this help message and exit").
scripts/extract_messages.py takes every one of them from ``parser_words()``.
"""

from __future__ import annotations

import argparse
import copy
import re
from collections.abc import Iterable, Iterator

from mmdesk.i18n import _

#: argparse's own words, as it writes them (its gettext calls, translated by our catalogue)
ARGPARSE_WORDS = ("usage: ", "positional arguments", "options", "show this help message and exit",
                  "show program's version number and exit")

#: a metavar holding a word to translate (NAME, PATH_OR_URL, FILE.pdf, "YYYY-MM-DD HH:MM"), not a
#: letter or a code (G, CC, TZ, en,fr)
_WORD = re.compile(r"[A-Z]{3,}")


def is_word_metavar(metavar: str) -> bool:
    """Whether a metavar is written in words (translated) rather than a shape or a letter."""
    return isinstance(metavar, str) and bool(_WORD.search(metavar))


def _word(text: str) -> str:
    return _(text) if text else text


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter speaking the current language."""

    def _format_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None) -> str:
        return super()._format_usage(usage, actions, groups,
                                     _("usage: ") if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(_word(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = _(text)
        super().add_text(text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _word(action.help) if action.help else action.help

    def _metavar_formatter(self, action: argparse.Action, default_metavar: str):  # type: ignore[no-untyped-def]
        if isinstance(action.metavar, str) and is_word_metavar(action.metavar):
            translated = copy.copy(action)
            translated.metavar = _(action.metavar)
            return super()._metavar_formatter(translated, default_metavar)
        if action.metavar is None and action.choices is None and is_word_metavar(default_metavar):
            default_metavar = _(default_metavar)
        return super()._metavar_formatter(action, default_metavar)


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every sub-command's parser below it, each once."""
    seen: set[int] = set()
    todo = [parser]
    while todo:
        p = todo.pop(0)
        if id(p) in seen:
            continue
        seen.add(id(p))
        yield p
        for a in p._actions:
            if isinstance(a, argparse._SubParsersAction):
                todo += list(a.choices.values())


def shown_metavar(action: argparse.Action) -> str | None:
    """The metavar --help shows for an action, when it is a word to translate."""
    if isinstance(action.metavar, str):
        return action.metavar if is_word_metavar(action.metavar) else None
    if action.metavar is not None or action.choices is not None or action.nargs == 0:
        return None
    default = action.dest.upper() if action.option_strings else action.dest
    return default if is_word_metavar(default) else None


def _choice_names() -> dict[str, str]:
    """The names of positional arguments that take a word from a list (export WHAT, key ACTION)."""
    return {"what": _("WHAT"), "action": _("ACTION"), "level": _("LEVEL")}


def argument_name(action: argparse.Action) -> str | None:
    """An argument as a refusal names it, in the user's language: its option (--kind), else the
    metavar --help shows (NOM, COMMANDE), else its attribute named in words (QUOI)."""
    if action.option_strings:
        return "/".join(action.option_strings)
    if isinstance(action.metavar, str):
        return _(action.metavar) if is_word_metavar(action.metavar) else action.metavar
    if action.metavar is not None or action.dest in (None, argparse.SUPPRESS):
        return None
    return _choice_names().get(action.dest, action.dest)


def help_texts(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str]]:
    """(where, text) of every word --help shows in any command, as the parser holds it (English)."""
    for p in _parsers(parser):
        for text in (p.description, p.epilog):
            if text and text is not argparse.SUPPRESS:
                yield p.prog, text
        for g in p._action_groups:
            if g.title:
                yield p.prog, g.title
        for a in p._actions:
            if a.help and a.help is not argparse.SUPPRESS:
                yield f"{p.prog} {'/'.join(a.option_strings) or a.dest}", a.help
            metavar = shown_metavar(a)
            if metavar:
                yield f"{p.prog} {a.dest}", metavar
            if isinstance(a, argparse._SubParsersAction):
                for c in a._choices_actions:
                    if c.help:
                        yield f"{p.prog} {c.dest}", c.help


def parser_words() -> tuple[str, ...]:
    """Every msgid of the command line's help (for scripts/extract_messages.py)."""
    from mmdesk import i18n
    from mmdesk.cli import build_parser

    before = i18n.language()
    i18n.set_language("en")
    try:
        found = dict.fromkeys(t for _where, t in help_texts(build_parser()))
    finally:
        i18n.set_language(before)
    return (*ARGPARSE_WORDS, *found)
