"""The language mmdesk speaks outside Qt: the command line's words, the rules' findings, refusals.

One current language for the process (English, French or Spanish), set once: by the command
line (``--language``, else ``MMDESK_LANGUAGE``, else ``LC_ALL``/``LC_MESSAGES``/``LANG``) or by
the window (View › Language). The catalogues are gettext ``.po`` files in
resources/locale/{fr,es}/LC_MESSAGES/mmdesk.po; a ``.mo`` beside them is used when it is newer,
otherwise Babel compiles one once into the user's cache folder (as mmdesk.ui.i18n does for .qm).

Two ways in:

- ``_()`` / ``ngettext()`` / ``say()`` where a sentence is made from a template with named
  values (the rules of ``mmdesk check``, the command line's own lines);
- ``render(template, values)`` for what a service reports as data (a refusal's ``MmdeskError``,
  a check-in result's code and values): exact look-up of the English template (msgctxt
  "sentence"), its values put in, known words among them translated exactly;
- ``translate_message(text)`` only for a finished English sentence: one stored in the database
  by an older version (a check-in reason), a library's message, a refusal raised the older
  way: the catalogue's templates (scripts/extract_messages.py collects them) are matched
  against the sentence, and its values go into the translation — themselves translated when
  they are known words ("the venue", "not accredited").
"""

from __future__ import annotations

import gettext
import io
import os
import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from pathlib import Path

from mmdesk.paths import resources_dir

LANGUAGES = ("en", "fr", "es")
DOMAIN = "mmdesk"
ENV = "MMDESK_LANGUAGE"
#: the msgctxt of sentences made in English elsewhere (scripts/extract_messages.py writes it)
SENTENCE = "sentence"
#: a template matches whole sentences only if this much of it is words, not values
MIN_LITERAL = 6

_current = "en"


def set_language(code: str | None) -> str:
    """Speak this language from now on (an unknown or empty code means English); returns it."""
    global _current
    code = (code or "en").strip().lower()[:2]
    _current = code if code in LANGUAGES else "en"
    return _current


def language() -> str:
    """The language mmdesk speaks now."""
    return _current


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """MMDESK_LANGUAGE, else the locale's messages language (LC_ALL, LC_MESSAGES, LANG) if
    mmdesk speaks it, else English."""
    env = os.environ if environ is None else environ
    wanted = env.get(ENV, "").strip()
    if wanted:
        return wanted.lower()[:2] if wanted.lower()[:2] in LANGUAGES else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def catalogue_source(code: str) -> Path:
    """The .po file of a language."""
    return resources_dir() / "locale" / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def _compiled(code: str) -> bytes | None:
    """The .mo bytes of a language: committed, cached, or compiled now by Babel."""
    po = catalogue_source(code)
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        return mo.read_bytes()
    if not po.exists():
        return None
    from platformdirs import user_cache_path

    cached = user_cache_path("mmdesk", appauthor=False) / "locale" / code / f"{DOMAIN}.mo"
    try:
        if cached.exists() and cached.stat().st_mtime >= po.stat().st_mtime:
            return cached.read_bytes()
    except OSError:
        pass
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        catalog = read_po(f, locale=code, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    data = buffer.getvalue()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cached)
    except OSError:
        pass  # a read-only home: compile again next time
    return data


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The gettext translations of a language (NullTranslations for English or a missing one)."""
    if code == "en":
        return gettext.NullTranslations()
    data = _compiled(code)
    if data is None:
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(data))


def _(message: str) -> str:
    """The message in the current language."""
    return translations(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural message for n, by the current language's plural rule."""
    return translations(_current).ngettext(singular, plural, n)


def say(template: str, /, **values: object) -> str:
    """A template translated, then filled with its named values."""
    return say_in(_current, template, **values)


def say_n(singular: str, plural: str, n: int, /, **values: object) -> str:
    """A plural template translated for n, then filled (n is available as {n})."""
    return say_n_in(_current, singular, plural, n, **values)


def say_in(code: str | None, template: str, /, **values: object) -> str:
    """say() in a given language (None: the current one), e.g. English for a log."""
    return translations(code or _current).gettext(template).format(**values)


def say_n_in(code: str | None, singular: str, plural: str, n: int, /, **values: object) -> str:
    """say_n() in a given language (None: the current one)."""
    return translations(code or _current).ngettext(singular, plural, n).format(n=n, **values)


# -- sentences made in English elsewhere ----------------------------------------------------

_HOLE = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> tuple[re.Pattern[str], int] | None:
    """The regular expression matching sentences made from a template, and its literal length."""
    parts: list[str] = []
    literal = 0
    i = 0
    names: set[str] = set()
    for m in re.finditer(r"\{\{|\}\}|\{(\w+)\}", template):
        text = template[i:m.start()]
        parts.append(re.escape(text))
        literal += len(text)
        token = m.group(0)
        if token in ("{{", "}}"):
            parts.append(re.escape(token[0]))
            literal += 1
        else:
            name = m.group(1)
            parts.append(f"(?P={name})" if name in names else f"(?P<{name}>.*?)")
            names.add(name)
        i = m.end()
    tail = template[i:]
    parts.append(re.escape(tail))
    literal += len(tail)
    if not names:
        return None
    return re.compile("".join(parts)), literal  # a value never spans lines


@cache
def _templates(code: str) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, template, translation) of the language's templated messages, most specific first."""
    trans = translations(code)
    catalog: dict[object, str] = getattr(trans, "_catalog", {})
    prefix = SENTENCE + "\x04"
    found: list[tuple[int, re.Pattern[str], str, str]] = []
    for key, value in catalog.items():
        if not isinstance(key, str) or not key.startswith(prefix) or not value or "{" not in key:
            continue
        template = key[len(prefix):]
        made = _pattern(template)
        if made is not None and made[1] >= MIN_LITERAL:
            found.append((made[1], made[0], template, value))
    found.sort(key=lambda x: -x[0])
    return tuple((p, k, v) for _, p, k, v in found)


def _fill(translation: str, values: Mapping[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        token = m.group(0)
        if token in ("{{", "}}"):
            return token[0]
        return values.get(m.group(1), token)

    return re.sub(r"\{\{|\}\}|\{(\w+)\}", one, translation)


def translate_message(text: str, code: str | None = None, _depth: int = 0) -> str:
    """An English sentence made by mmdesk, in the current (or given) language.

    A sentence the catalogue does not know comes back unchanged (a name, a file path, a
    message from a library).
    """
    code = code or _current
    if code == "en" or not text or _depth > 4:
        return text
    trans = translations(code)
    exact = trans.pgettext(SENTENCE, text)
    if exact != text:
        return exact
    stripped = text.strip()
    if stripped != text and stripped:
        inner = translate_message(stripped, code, _depth + 1)
        if inner != stripped:
            return text.replace(stripped, inner)
    for pattern, _template, translation in _templates(code):
        m = pattern.fullmatch(text)
        if m is None:
            continue
        values = {k: translate_message(v, code, _depth + 1) for k, v in m.groupdict().items()}
        return _fill(translation, values)
    if "\n" in text:  # a refusal with its list of lines ("nothing was imported: …\nline 3: …")
        return "\n".join(translate_message(line, code, _depth + 1) for line in text.split("\n"))
    return text


def word(value: object, code: str | None = None) -> str:
    """A value put into a sentence: a known word ("the venue", "not accredited") translated by
    exact look-up, a list of them joined by " / ", an error in its own words, anything else as
    it is written."""
    code = code or _current
    message = getattr(value, "message", None)
    if callable(message) and hasattr(value, "template"):  # an MmdeskError
        return str(message(code))
    said = getattr(value, "said", None)
    if callable(said):  # a day or moment (date_words.When), words listed (sentences.Joined)
        return str(said(code))
    if isinstance(value, date):  # a day (or a moment) in CLDR's words
        from mmdesk.date_words import said as date_said

        return date_said(value, code)
    if isinstance(value, (list, tuple)):  # several known words ("nominated / rejected")
        return " / ".join(word(v, code) for v in value)
    text = str(value)
    if code == "en" or not isinstance(value, str) or not text:
        return text
    return translations(code).pgettext(SENTENCE, text)


def render(template: str, values: Mapping[str, object], code: str | None = None,
           plural: str | None = None) -> str:
    """A sentence from its English template (msgctxt "sentence") and named values, in the
    current (or given) language. Without values the template is the sentence as it stands.
    With a plural template the value ``n`` chooses the form (the language's plural rule).
    A day or moment among the values is said in that language (mmdesk.date_words).
    A translation whose holes do not fit falls back to the English template."""
    code = code or _current
    if plural is not None:
        n = int(values.get("n", 0))  # type: ignore[call-overload]
        if code == "en":
            text = template if n == 1 else plural
        else:
            text = translations(code).npgettext(SENTENCE, template, plural, n)
        template = template if n == 1 else plural
    else:
        text = template if code == "en" else translations(code).pgettext(SENTENCE, template)
    if not values:
        return text
    filled = {k: word(v, code) for k, v in values.items()}
    for candidate in (text, template):
        try:
            return candidate.format_map(filled)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return template


def plain_values(values: Mapping[str, object]) -> dict[str, object]:
    """Values as JSON can carry them: numbers, text, true/false and null as they are, anything
    else (a date, an error) as its text."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if value is None or isinstance(value, (bool, int, float, str)):
            out[key] = value
        elif isinstance(value, (list, tuple)):
            out[key] = [v if isinstance(v, (bool, int, float, str)) or v is None else str(v)
                        for v in value]
        else:
            out[key] = str(value)
    return out


def known_messages(code: str) -> set[str]:
    """Every msgid the language's catalogue translates (for tests)."""
    # gettext's catalogue: msgid → text, and (msgid, n) → each plural form
    catalog: dict[str | tuple[str, int], str] = getattr(translations(code), "_catalog", {})
    return {k if isinstance(k, str) else k[0] for k in catalog if k and catalog[k]}
