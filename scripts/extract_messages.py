"""Collect the sentences mmdesk's services and command line say to a user (refusals, check-in
results) as message templates for resources/locale/*/LC_MESSAGES/mmdesk.po.

A template is the sentence with each f-string value replaced by a named placeholder
({room}, {text}...); mmdesk.i18n.translate_message matches a sentence made from it and
puts the values into the translation. Run: python3 scripts/extract_messages.py [--list]
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ERROR_NAME = re.compile(r"(Error|Refused|NotFound|Exceeded|Closed|InUse|Transition|Conflict|NothingToPrint|"
                        r"BadCode|UnreadableFile|NoSigningKey)$")
#: modules whose every sentence-like string is said to a user (check-in results and reasons)
WHOLE_MODULES = ("mmdesk/services/checkin.py",)
SKIP = ("mmdesk/ui/", "mmdesk/domain/rules.py")


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


def messages_of(path: Path) -> list[tuple[str, int]]:
    """(template, line) of every user sentence in one module."""
    rel = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, int]] = []
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr)}
    if rel in WHOLE_MODULES:
        for n in _strings_in(tree):
            if id(n) not in docstrings and not (isinstance(n, ast.Constant) and "\n" in n.value):
                t = template(n)
                if t:
                    found.append((t, n.lineno))
        return found
    for fn in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module))]:
        indirect = False
        for n in ast.walk(fn):
            if isinstance(n, ast.Call) and ERROR_NAME.search(_name(n.func)) and n.args:
                arg = n.args[0]
                if _stringy(arg) or isinstance(arg, (ast.IfExp, ast.BoolOp)):
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
                        t = template(s)
                        if t:
                            found.append((t, s.lineno))
    return found


def collect() -> dict[str, list[str]]:
    """Template → where it comes from (file:line), over the whole package."""
    out: dict[str, list[str]] = {}
    for path in sorted((ROOT / "mmdesk").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(SKIP):
            continue
        for text, line in messages_of(path):
            out.setdefault(text, []).append(f"{rel}:{line}")
    return out


if __name__ == "__main__":
    found = collect()
    for text, where in found.items():
        print(f"{where[0]}\t{text!r}")
    print(len(found), file=sys.stderr)
