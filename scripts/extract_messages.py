"""Collect the sentences mmdesk's services and command line say to a user (refusals, check-in
results) as message templates for resources/locale/*/LC_MESSAGES/mmdesk.po.

A refusal raised as data (``ValidationError("room {room} is in use", room=..., code="...")``)
gives its first argument as written. A refusal or reason still made as a finished sentence gives
a template: the sentence with each f-string value replaced by a named placeholder ({room},
{text}...), which mmdesk.i18n.translate_message matches to put the values into the translation.
Run: python3 scripts/extract_messages.py [--list]
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ERROR_NAME = re.compile(r"(Error|Refused|NotFound|Exceeded|Closed|InUse|Transition|Conflict|NothingToPrint|"
                        r"BadCode|UnreadableFile|HostileFile|BadPhoto|NoSigningKey|Sentence)$")
#: modules whose every sentence-like string is said to a user (check-in results and reasons)
WHOLE_MODULES = ("mmdesk/services/checkin.py", "mmdesk/services/delegate_import.py",
                 "mmdesk/services/delegate_import_rows.py", "mmdesk/services/delegate_import_write.py")
SKIP = ("mmdesk/ui/",)
#: calls that take a refusal as an argument (its position): a msgid as written
REFUSAL_ARGUMENTS = {"target_file": 2, "export_target": 2}
#: calls whose first string argument (or first two, for plurals) is a msgid as written
GETTEXT_CALLS = {"_": 1, "say": 1, "ngettext": 2, "say_n": 2, "say_in": 1, "say_n_in": 2}
#: calls whose msgid comes after a first argument (the language)
AFTER_LANGUAGE = ("say_in", "say_n_in")
#: sentences no raise site spells whole (values inside others, variants of joined parts)
EXTRA = (
    "already checked in to {where} at {at} ({desk})",
    "the venue", "no zone", "missing", "revoked", "more than {count}",
    "not accredited", "nominated", "approved", "rejected", "withdrawn", "badge issued",
    "badge collected", "collected by {who}",  # a hand-over's reason in the history (services/desk.py)
    "passport number", "date of birth", "nationality",  # what a visa letter lacks (services/letters.py)
    # refusals of the window's badge printing (mmdesk/ui/badge_printing.py; ui/ is not scanned)
    "the badges were not drawn", "the printer could not be opened: nothing was issued",
    "the printer did not take the page",
    "missing column: {named}", "missing columns: {named}",  # services/programme_exchange.py
    "nothing was imported: {len} problem(s) in {where}", "… and {n} more", "the workbook", "the file",
    "declares", "reaches",  # a sheet that declares/reaches {rows} rows × {cols} columns (guard.py)
    # what `mmdesk export`/`mmdesk workbook` write (the {what} of "the {what} is written as .xlsx")
    "forum workbook", "nomination workbook", "forum workbook template", "endorsements", "figures",
    # the {what} of "no {what} with id {ident}" (services.common.fetch) and "unknown {what} {value}"
    "accreditation", "declaration", "delegate", "endorsement", "event", "room", "route", "session",
    "speaking slot", "access", "mode", "role", "session kind", "session status", "slot status",
    "unknown country: {value} (closest: {near})",
    "unknown country {value}: left empty (closest: {near})",
    # argparse's own refusals (mmdesk.cli.common.Parser.error translates them)
    "argument {arg}: invalid int value: {value}", "argument {arg}: invalid float value: {value}",
    "argument {arg}: invalid choice: {value} (choose from {choices})",
    "unrecognized arguments: {args}", "the following arguments are required: {args}",
    "argument {arg}: expected one argument", "argument {arg}: expected at least one argument",
    "argument {arg}: not allowed with argument {other}", "one of the arguments {args} is required",
    "argument {arg}: ignored explicit argument {value}", "ambiguous option: {option} could match {matches}",
    "the revocation list is from {asof} UTC, older than the last revocation this store knows ({last} UTC): "
    "import a fresh verification kit (mmdesk export keys at the main desk)",
)
LOCALE = ROOT / "resources" / "locale"
#: the msgctxt of sentences made in English and matched whole by mmdesk.i18n.translate_message
SENTENCE = "sentence"
PLURAL_FORMS = {"fr": (2, "(n > 1)"), "es": (2, "(n != 1)")}


def _vocabulary() -> tuple[str, ...]:
    """Words that _() looks up through a table (rule titles, roles, kinds, route kinds)."""
    sys.path.insert(0, str(ROOT))
    from mmdesk.cli.check import ROUTE_KIND_WORDS
    from mmdesk.cli.help_words import parser_words
    from mmdesk.domain import rules
    from mmdesk.domain.enums import KIND_LABELS

    return (*rules._RULE_TITLES.values(), *rules._ROLE_WORDS.values(), *KIND_LABELS.values(),
            *ROUTE_KIND_WORDS.values(), *parser_words())


def _name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Call):
        return _name(expr.func)
    if isinstance(expr, ast.Subscript):
        return _name(expr.value)
    return ""


def template(node: ast.expr) -> str | None:
    """The template of a string expression (None if it is no string made of parts)."""
    parts: list[str] = []
    used: dict[str, int] = {}

    def hole(expr: ast.expr) -> None:
        base = _name(expr) or "value"
        base = re.sub(r"\W", "_", base).strip("_") or "value"
        used[base] = used.get(base, 0) + 1
        parts.append("{" + (base if used[base] == 1 else f"{base}{used[base]}") + "}")

    def walk(n: ast.expr) -> bool:
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            parts.append(n.value.replace("{", "{{").replace("}", "}}"))
            return True
        if isinstance(n, ast.JoinedStr):
            for v in n.values:
                if isinstance(v, ast.Constant):
                    parts.append(str(v.value).replace("{", "{{").replace("}", "}}"))
                elif isinstance(v, ast.FormattedValue):
                    hole(v.value)
            return True
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
            left = walk(n.left) if _stringy(n.left) else (hole(n.left) or True)
            right = walk(n.right) if _stringy(n.right) else (hole(n.right) or True)
            return left and right
        return False

    if not _stringy(node) or not walk(node):
        return None
    text = "".join(parts)
    literal = re.sub(r"\{[^{}]*\}", "", text)
    return text if re.search(r"[A-Za-z]{2,}", literal) and " " in literal.strip() else None


def _stringy(n: ast.expr) -> bool:
    if isinstance(n, ast.Constant):
        return isinstance(n.value, str)
    if isinstance(n, ast.JoinedStr):
        return True
    if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
        return _stringy(n.left) or _stringy(n.right)
    return False


def _strings_in(node: ast.AST) -> list[ast.expr]:
    """Every maximal string expression inside node (conditional branches included)."""
    out: list[ast.expr] = []
    if isinstance(node, ast.expr) and _stringy(node):
        return [node]
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FormattedValue):
            continue
        out += _strings_in(child)
    return out


def messages_of(path: Path) -> list[tuple[str | None, str, int]]:
    """(context, template, line) of every user sentence in one module: context None for a
    message looked up by _()/say(), SENTENCE for one matched by translate_message()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return ([(None, m, line) for m, _plural, line in gettext_calls(tree)]
            + [(SENTENCE, m, line) for m, line in sentences_of(path)])


def is_new_form(call: ast.Call) -> bool:
    """A refusal raised as data: a literal template first, its values and code as keywords
    (the template is the msgid as written)."""
    first = call.args[0] if call.args else None
    return (isinstance(first, ast.Constant) and isinstance(first.value, str)
            and any(k.arg == "code" for k in call.keywords))


def sentences_of(path: Path) -> list[tuple[str, int]]:
    """(template, line) of every sentence made in English in one module (refusals, check-in)."""
    rel = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, int]] = []
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr)}
    # templates of refusals raised as data are msgids as written: never read as sentences
    as_written = {id(n.args[0]) for n in ast.walk(tree) if isinstance(n, ast.Call) and is_new_form(n)}
    docstrings |= as_written
    if rel in WHOLE_MODULES:
        found += [(n.args[0].value, n.args[0].lineno) for n in ast.walk(tree)  # type: ignore[attr-defined]
                  if isinstance(n, ast.Call) and is_new_form(n)]
        for n in _strings_in(tree):
            if id(n) not in docstrings and not (isinstance(n, ast.Constant) and "\n" in n.value):
                # a plain string with {holes} is a template as written (CONFIRMED in checkin.py)
                written = isinstance(n, ast.Constant) and re.search(r"(?<!\{)\{\w+\}", n.value)
                t = n.value if written else template(n)
                if t:
                    found.append((t, n.lineno))
        return found
    # a refusal kept in a module's constant (NO_FORUM) and raised by its name
    constants = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)
                 and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}
    for n in ast.walk(tree):
        if (isinstance(n, ast.Call) and ERROR_NAME.search(_name(n.func)) and n.args
                and isinstance(n.args[0], ast.Name) and n.args[0].id in constants):
            kept = constants[n.args[0].id]
            if re.sub(r"\{\w+\}", "", kept.value).strip():  # "{why}" alone has no words to translate
                found.append((kept.value, kept.lineno))  # type: ignore[attr-defined]
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)
    for fn in [n for n in ast.walk(tree) if isinstance(n, scopes)]:
        indirect = False
        for n in ast.walk(fn):
            if (isinstance(n, ast.Call) and _name(n.func) in REFUSAL_ARGUMENTS
                    and len(n.args) > REFUSAL_ARGUMENTS[_name(n.func)]):
                given = n.args[REFUSAL_ARGUMENTS[_name(n.func)]]
                if isinstance(given, ast.Constant) and isinstance(given.value, str):
                    found.append((given.value, given.lineno))
            elif isinstance(n, ast.Call) and _name(n.func) == "__init__" and is_new_form(n):
                found.append((n.args[0].value, n.args[0].lineno))  # type: ignore[attr-defined]
            elif isinstance(n, ast.Call) and ERROR_NAME.search(_name(n.func)) and n.args:
                arg = n.args[0]
                if is_new_form(n):  # Error("template {x}", x=..., code="...")
                    found.append((arg.value, arg.lineno))  # type: ignore[attr-defined]
                elif _stringy(arg) or isinstance(arg, (ast.IfExp, ast.BoolOp)):
                    for s in _strings_in(arg):
                        t = template(s)
                        if t:
                            found.append((t, s.lineno))
                elif isinstance(arg, ast.Name):
                    indirect = True
        if indirect and not isinstance(fn, ast.Module):
            for n in ast.walk(fn):
                if isinstance(n, (ast.Assign, ast.AugAssign, ast.Return)) and n.value is not None:
                    for s in _strings_in(n.value):
                        t = None if id(s) in as_written else template(s)
                        if t:
                            found.append((t, s.lineno))
    return found


def gettext_calls(tree: ast.AST) -> list[tuple[str, str | None, int]]:
    """(msgid, plural msgid or None, line) of every _()/say()/ngettext()/say_n() call."""
    out: list[tuple[str, str | None, int]] = []
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call):
            continue
        called = n.func.id if isinstance(n.func, ast.Name) else (
            n.func.attr if isinstance(n.func, ast.Attribute) and _name(n.func.value) == "i18n" else "")
        if called not in GETTEXT_CALLS:
            continue
        wanted = GETTEXT_CALLS[called]
        first_arg = 1 if called in AFTER_LANGUAGE else 0
        args = n.args[first_arg:first_arg + wanted]
        firsts: list[ast.expr] = []
        if args and isinstance(args[0], ast.IfExp):  # say("a" if x else "b", ...)
            firsts = [args[0].body, args[0].orelse]
        elif args:
            firsts = [args[0]]
        for first in firsts:
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                second = args[1] if wanted == 2 and len(args) > 1 else None
                plural = second.value if isinstance(second, ast.Constant) else None
                out.append((first.value, plural, n.lineno))
    return out


def plurals() -> dict[str, str]:
    """Singular msgid → plural msgid of every ngettext()/say_n() call."""
    out: dict[str, str] = {}
    for path in sorted((ROOT / "mmdesk").rglob("*.py")):
        if path.relative_to(ROOT).as_posix().startswith(SKIP):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for msgid, plural, _line in gettext_calls(tree):
            if plural:
                out[msgid] = plural
        for n in ast.walk(tree):  # a refusal about a count: Error("{n} …", plural="{n} …", n=…, code=…)
            if isinstance(n, ast.Call) and is_new_form(n):
                given = next((k.value for k in n.keywords if k.arg == "plural"), None)
                if isinstance(given, ast.Constant) and isinstance(given.value, str):
                    out[n.args[0].value] = given.value  # type: ignore[attr-defined]
    return out


def write_catalogues(found: dict[tuple[str | None, str], list[str]]) -> None:
    """Merge the templates into resources/locale/{fr,es}/LC_MESSAGES/mmdesk.po, keeping translations."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    several = plurals()
    for code in ("fr", "es"):
        po = LOCALE / code / "LC_MESSAGES" / "mmdesk.po"
        old = None
        if po.exists():
            with po.open("rb") as f:
                old = read_po(f, locale=code)
        cat = Catalog(locale=code, domain="mmdesk", project="mmdesk", charset="utf-8", fuzzy=False,
                      copyright_holder="the mmdesk authors", msgid_bugs_address="",
                      last_translator="mmdesk", language_team=code)
        # gettext's usual rules (CLDR's French "many" form for millions is not worth a third form)
        cat._num_plurals, cat._plural_expr = PLURAL_FORMS[code]
        for (context, msgid), where in found.items():
            key = (msgid, several[msgid]) if msgid in several else msgid
            before = old.get(msgid, context=context) if old is not None else None
            string = before.string if before is not None else ("", "") if msgid in several else ""
            flags = ["python-brace-format"] if "{" in msgid else []
            places = [(w.rsplit(":", 1)[0], int(w.rsplit(":", 1)[1])) for w in where[:3]]
            cat.add(key, string, locations=places, flags=flags, context=context)
        po.parent.mkdir(parents=True, exist_ok=True)
        with po.open("wb") as f:
            write_po(f, cat, width=100, sort_output=False, omit_header=False)


def collect() -> dict[tuple[str | None, str], list[str]]:
    """(context, template) → where it comes from (file:line), over the whole package."""
    out: dict[tuple[str | None, str], list[str]] = {}
    for path in sorted((ROOT / "mmdesk").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(SKIP):
            continue
        for context, text, line in messages_of(path):
            out.setdefault((context, text), []).append(f"{rel}:{line}")
    for text in EXTRA:
        for context in (None, SENTENCE):
            out.setdefault((context, text), ["scripts/extract_messages.py:0"])
    for text in _vocabulary():
        out.setdefault((None, text), ["scripts/extract_messages.py:0"])
    return out


if __name__ == "__main__":
    found = collect()
    if "--list" in sys.argv:
        for (context, text), where in found.items():
            print(f"{where[0]}\t{context or ''}\t{text!r}")
    else:
        write_catalogues(found)
    print(f"{len(found)} messages", file=sys.stderr)
