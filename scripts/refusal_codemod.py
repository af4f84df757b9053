"""Rewrite refusals made as finished English sentences into template + values + a stable code.

``raise NotFound(f"no room called {name!r}")`` becomes
``raise NotFound("no room called {name}", name=repr(name), code="rooms.no-room-called")``.
The template comes from scripts/extract_messages.template(), so the msgid (and the French and
Spanish translations of it) stays the same. A plain sentence only gets its code. Each file is
read, rewritten and written in one quick step; only the refusal calls change.

Run once: python3 scripts/refusal_codemod.py [--dry-run] [FILES...]
"""

from __future__ import annotations

import ast
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_messages import ERROR_NAME, ROOT, _name, _stringy, template  # noqa: E402

SKIP = ("mmdesk/ui/",)
STOP = frozenset("""a an the of to in on at by for and or is are be was it its this that with as from
has have but any one only than there their them then""".split())
WIDTH = 110
#: builtin exceptions the name pattern also matches: not refusals said to a user
NOT_OURS = frozenset({"ValueError", "TypeError", "KeyError", "OSError", "RuntimeError", "LookupError"})


def holes(node: ast.expr) -> list[tuple[str, str]]:
    """(hole name, value expression) in the order template() names them."""
    out: list[tuple[str, str]] = []
    used: dict[str, int] = {}

    def value(expr: ast.expr, conversion: int = -1, spec: ast.expr | None = None) -> str:
        text = ast.unparse(expr)
        if spec is not None:
            if isinstance(spec, ast.JoinedStr) and all(isinstance(v, ast.Constant) for v in spec.values):
                fmt = "".join(str(v.value) for v in spec.values)  # type: ignore[attr-defined]
                inner = f"repr({text})" if conversion == ord("r") else text
                return f"format({inner}, {json.dumps(fmt)})"
            return ast.unparse(ast.JoinedStr(values=[ast.FormattedValue(expr, conversion, spec)]))
        if conversion == ord("r"):
            return f"repr({text})"
        if conversion == ord("a"):
            return f"ascii({text})"
        return text

    def hole(expr: ast.expr, text: str) -> None:
        base = _name(expr) or "value"
        base = re.sub(r"\W", "_", base).strip("_") or "value"
        used[base] = used.get(base, 0) + 1
        out.append((base if used[base] == 1 else f"{base}{used[base]}", text))

    def walk(n: ast.expr) -> None:
        if isinstance(n, ast.JoinedStr):
            for v in n.values:
                if isinstance(v, ast.FormattedValue):
                    hole(v.value, value(v.value, v.conversion, v.format_spec))
        elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
            for side in (n.left, n.right):
                if _stringy(side):
                    walk(side)
                else:
                    hole(side, ast.unparse(side))

    walk(node)
    return out


def raw_template(node: ast.expr) -> str:
    """template() without its is-it-a-sentence filter (for "{path}: {why}")."""
    parts: list[str] = []
    used: dict[str, int] = {}

    def hole(expr: ast.expr) -> None:
        base = re.sub(r"\W", "_", _name(expr) or "value").strip("_") or "value"
        used[base] = used.get(base, 0) + 1
        parts.append("{" + (base if used[base] == 1 else f"{base}{used[base]}") + "}")

    def walk(n: ast.expr) -> None:
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            parts.append(n.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(n, ast.JoinedStr):
            for v in n.values:
                if isinstance(v, ast.Constant):
                    parts.append(str(v.value).replace("{", "{{").replace("}", "}}"))
                elif isinstance(v, ast.FormattedValue):
                    hole(v.value)
        elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
            for side in (n.left, n.right):
                if _stringy(side):
                    walk(side)
                else:
                    hole(side)

    walk(node)
    return "".join(parts)


def slug(text: str, words: int) -> str:
    """The first few meaningful words of a template, kebab-case ASCII."""
    literal = re.sub(r"\{\w+\}", " ", text)
    literal = unicodedata.normalize("NFKD", literal).encode("ascii", "ignore").decode()
    found = [w for w in re.findall(r"[a-z0-9]+", literal.lower()) if w not in STOP and len(w) > 1]
    return "-".join(found[:words]) or "refused"


def module_word(rel: str) -> str:
    stem = Path(rel).stem
    folder = Path(rel).parent.name
    return {"__init__": folder, "common": folder}.get(stem, stem).replace("_", "-")


class Codes:
    """One code per distinct template, unique over the package."""

    def __init__(self) -> None:
        self.by_template: dict[str, str] = {}
        self.taken: set[str] = set()

    def code(self, rel: str, text: str) -> str:
        if text in self.by_template:
            return self.by_template[text]
        for words in (3, 4, 5, 6, 8):
            candidate = f"{module_word(rel)}.{slug(text, words)}"
            if candidate not in self.taken:
                break
        n = 2
        while candidate in self.taken:
            candidate = f"{module_word(rel)}.{slug(text, 8)}-{n}"
            n += 1
        self.taken.add(candidate)
        self.by_template[text] = candidate
        return candidate


def literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def call_source(func: str, msgid: str, rest: list[str], indent: int, prefix: int, suffix: int) -> str:
    """The rewritten call, on one line if it fits, else the template on its own lines."""
    one = f"{func}({', '.join([literal(msgid), *rest])})"
    if prefix + len(one) + suffix <= WIDTH:
        return one
    pad = " " * (indent + 4)
    room = WIDTH - len(pad) - 1
    pieces: list[str] = []
    line = ""
    for word in re.findall(r"\S+\s*", msgid):
        if line and len(literal(line + word)) > room:
            pieces.append(line)
            line = ""
        line += word
    pieces.append(line)
    lines = [pad + literal(p) for p in pieces]
    lines[-1] += ","
    tail = ""
    for item in rest:
        if tail and len(pad) + len(tail) + len(item) + 2 + suffix > WIDTH - 1:
            lines.append(pad + tail.rstrip())
            tail = ""
        tail += item + ", "
    lines.append(pad + tail.rstrip().rstrip(","))
    body = "\n".join(lines)
    return f"{func}(\n{body})"


def rewrite(path: Path, codes: Codes, report: list[str], dry: bool) -> int:
    rel = path.relative_to(ROOT).as_posix()
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src)
    offsets = [0]
    for line in src.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    for n in ast.walk(tree):
        if not (isinstance(n, ast.Call) and isinstance(n.func, (ast.Name, ast.Attribute))
                and ERROR_NAME.search(_name(n.func)) and _name(n.func) not in NOT_OURS and n.args):
            continue
        if any(k.arg == "code" for k in n.keywords):
            continue
        first = n.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            msgid, values = first.value, []
            if "{" in msgid:  # a plain sentence with braces: the template is it, escaped
                msgid = msgid.replace("{", "{{").replace("}", "}}")
                report.append(f"{rel}:{n.lineno}: braces in a plain sentence, check by hand")
                continue
        elif isinstance(first, (ast.JoinedStr, ast.BinOp)) and _stringy(first):
            msgid = template(first) or raw_template(first)
            if msgid != raw_template(first):
                report.append(f"{rel}:{n.lineno}: template mismatch, left alone")
                continue
            values = holes(first)
            names = re.findall(r"(?<!\{)\{(\w+)\}", msgid.replace("{{", ""))
            if names != [h for h, _ in values]:
                report.append(f"{rel}:{n.lineno}: holes {names} != {values}, left alone")
                continue
            if len(set(names)) != len(names):
                report.append(f"{rel}:{n.lineno}: a hole twice, left alone")
                continue
        else:
            continue
        if not values and template(first) is None and isinstance(first, ast.Constant):
            pass  # still give a plain word its code
        code = codes.code(rel, msgid)
        rest = [ast.unparse(a) for a in n.args[1:]]
        rest += [f"{k}={v}" for k, v in values]
        rest += [ast.unparse(k) if k.arg is None else f"{k.arg}={ast.unparse(k.value)}" for k in n.keywords]
        rest.append(f"code={literal(code)}")
        start = offsets[n.lineno - 1] + _col(src, n.lineno, n.col_offset, offsets)
        end = offsets[n.end_lineno - 1] + _col(src, n.end_lineno, n.end_col_offset, offsets)  # type: ignore[operator]
        first_line = src[offsets[n.lineno - 1]:offsets[n.lineno]].rstrip("\n")
        last_line = src[offsets[n.end_lineno - 1]:offsets[n.end_lineno]].rstrip("\n")  # type: ignore[operator]
        indent = len(first_line) - len(first_line.lstrip())
        prefix = start - offsets[n.lineno - 1]
        suffix = len(last_line) - (end - offsets[n.end_lineno - 1])  # type: ignore[operator]
        new = call_source(ast.unparse(n.func), msgid, rest, indent, prefix, suffix)
        edits.append((start, end, new))
        report.append(f"{code}\t{rel}:{n.lineno}\t{msgid}")
    if not edits:
        return 0
    edits.sort(reverse=True)
    out = src
    for start, end, new in edits:
        out = out[:start] + new + out[end:]
    ast.parse(out)
    if not dry:
        path.write_text(out, encoding="utf-8")
    return len(edits)


def _col(src: str, lineno: int, col: int, offsets: list[int]) -> int:
    """A character column from ast's UTF-8 byte column."""
    line = src[offsets[lineno - 1]:offsets[lineno]]
    return len(line.encode("utf-8")[:col].decode("utf-8"))


def main(argv: list[str]) -> None:
    dry = "--dry-run" in argv
    files = ([Path(a).resolve() for a in argv if not a.startswith("--")]
             or sorted((ROOT / "mmdesk").rglob("*.py")))
    codes = Codes()
    report: list[str] = []
    total = 0
    for path in files:
        if path.relative_to(ROOT).as_posix().startswith(SKIP):
            continue
        total += rewrite(path, codes, report, dry)
    print("\n".join(report))
    print(f"{total} calls rewritten, {len(codes.by_template)} codes", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
