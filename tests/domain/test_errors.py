"""Refusals as data: a stable code, an English template and values, said in the user's language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from mmdesk import i18n
from mmdesk.domain.errors import LEGACY_CODE, EditConflict, MmdeskError, NotFound, ValidationError

PACKAGE = Path(__file__).resolve().parents[2] / "mmdesk"
#: helpers that take the refusal they raise as an argument (its position)
REFUSAL_ARGUMENTS = {"target_file": 2, "export_target": 2}


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_a_refusal_carries_its_code_template_and_values() -> None:
    exc = NotFound("no room called {text} (rooms: {names})", text="'Ballroom'", names="Plenary, Salon A",
                   code="venue.no-room-called")
    assert exc.code == "venue.no-room-called"
    assert exc.template == "no room called {text} (rooms: {names})"
    assert exc.values == {"text": "'Ballroom'", "names": "Plenary, Salon A"}
    assert str(exc) == "no room called 'Ballroom' (rooms: Plenary, Salon A)"
    assert exc.as_data() == {"code": "venue.no-room-called", "message": str(exc), "values": exc.values}


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "la voie 'Media' est complète : 3 places prises sur 3"),
    ("es", "la vía 'Media' está completa: 3 de 3 plazas ocupadas"),
])
def test_the_same_refusal_reads_in_french_and_spanish(speaking: None, language: str, expected: str) -> None:
    exc = ValidationError("route {name} is full: {used} of {quota} places taken", name="'Media'", used=3,
                          quota=3, code="accreditation.route-full-places")
    english = str(exc)
    i18n.set_language(language)
    assert str(exc) == expected
    assert exc.english == english == "route 'Media' is full: 3 of 3 places taken"
    assert exc.as_data()["code"] == "accreditation.route-full-places"  # the same in every language


def test_known_words_among_the_values_are_translated_exactly(speaking: None) -> None:
    exc = ValidationError("{name}: accreditation {value}", name="Ana Ruiz", value=["nominated", "rejected"],
                          code="checkin.not-accredited")
    i18n.set_language("fr")
    said = str(exc)
    assert said.startswith("Ana Ruiz") and "nominated" not in said and "rejected" not in said
    assert i18n.word("the venue", "es") != "the venue"
    assert i18n.word("Ana Ruiz", "es") == "Ana Ruiz"  # a name is no word of the catalogue


def test_a_nested_refusal_is_said_in_the_language_too(speaking: None) -> None:
    inner = ValidationError("route {name} is full: {used} of {quota} places taken", name="'Media'", used=3,
                            quota=3, code="accreditation.route-full-places")
    outer = ValidationError("{given_name} {family_name}: {exc}; nothing was changed", given_name="Ana",
                            family_name="Ruiz", exc=inner, code=inner.code)
    i18n.set_language("es")
    assert "la vía 'Media' está completa" in str(outer) and "is full" not in str(outer)
    assert outer.as_data()["values"]["exc"] == str(inner)


def test_the_older_form_still_works(speaking: None) -> None:
    exc = ValidationError("route Media is full: 3 of 3 places taken")
    assert exc.code == LEGACY_CODE and exc.legacy and exc.values == {}
    i18n.set_language("es")
    assert str(exc) == "la vía Media está completa: 3 de 3 plazas ocupadas"


def test_braces_without_values_are_text(speaking: None) -> None:
    assert str(ValidationError("write {{ for a brace", code="x.brace")) == "write {{ for a brace"


def test_a_wrapped_refusal_keeps_code_and_values() -> None:
    inner = NotFound("no file {path}", path="/tmp/x.xlsx", code="backup.no-file")
    outer = ValidationError.wrapping(inner)
    assert (outer.code, outer.template, outer.values) == (inner.code, inner.template, inner.values)
    assert isinstance(outer, ValidationError) and str(outer) == "no file /tmp/x.xlsx"
    assert ValidationError.wrapping(MmdeskError("plain")).code == LEGACY_CODE


def test_an_edit_conflict_carries_theirs_beside_its_code() -> None:
    exc = EditConflict("“{title}” was changed by another desk since you opened it", title="Plenary",
                       theirs={"title": "Plenary"}, version=3, code="programme.changed-another-desk")
    assert exc.theirs == {"title": "Plenary"} and exc.version == 3 and "Plenary" in str(exc)


def test_a_translation_that_drops_a_hole_falls_back_to_english() -> None:
    assert i18n.render("{a} and {b}", {"a": 1}, "fr") == "{a} and {b}"


# -- no refusal comes back as an English-only sentence ---------------------------------------

def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of every class of mmdesk/ that derives from MmdeskError."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
                    for b in node.bases)
    ours = {"MmdeskError"}
    grown = True
    while grown:
        more = {name for name, of in bases.items() if of & ours} - ours
        grown = bool(more)
        ours |= more
    return ours


def _made_in_english(arg: ast.expr) -> bool:
    """An f-string, a concatenation or a .format() call: a sentence finished in English."""
    if isinstance(arg, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in arg.values)
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Add, ast.Mod)):
        return True
    if isinstance(arg, ast.IfExp):
        return _made_in_english(arg.body) or _made_in_english(arg.orelse)
    return (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
            and arg.func.attr in ("format", "strip", "join")
            and isinstance(arg.func.value, ast.Constant | ast.JoinedStr))


def english_only_refusals(root: Path = PACKAGE) -> list[str]:
    """file:line of every MmdeskError raised (or built) with a finished English sentence."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(root.rglob("*.py"))}
    ours = _error_classes(trees)
    found: list[str] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (func.id if isinstance(func, ast.Name)
                    else func.attr if isinstance(func, ast.Attribute) else "")
            if isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id == "type":
                name = "MmdeskError"  # type(exc)(...) re-raises one of ours
            if name == "__init__":  # super().__init__(...) inside one of our classes
                name = "MmdeskError" if _inside_error_class(tree, node, ours) else ""
            if name in ours and _made_in_english(node.args[0]):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
            # helpers that raise the refusal they are given (the file-type checks)
            given = REFUSAL_ARGUMENTS.get(name)
            if given is not None and len(node.args) > given and _made_in_english(node.args[given]):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


def _inside_error_class(tree: ast.Module, call: ast.Call, ours: set[str]) -> bool:
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and cls.name in ours:
            if any(n is call for n in ast.walk(cls)):
                return True
    return False


def test_no_refusal_is_made_as_an_english_sentence() -> None:
    """Every refusal is raised as a template with values and a code, so that it can be said in
    French and Spanish (a new f-string refusal would reach the user in English only)."""
    assert english_only_refusals() == []


def test_the_walk_finds_an_english_refusal(tmp_path: Path) -> None:
    package = tmp_path / "mmdesk"
    package.mkdir()
    (package / "errors.py").write_text(
        "class MmdeskError(Exception):\n    pass\n\nclass Refused(MmdeskError):\n    pass\n",
        encoding="utf-8")
    (package / "service.py").write_text(
        "from mmdesk.errors import Refused\n\n"
        "def a(room):\n    raise Refused(f'room {room} is in use')\n\n"
        "def b(room):\n    raise Refused('room ' + room + ' is in use')\n\n"
        "def c(room):\n    raise Refused('room {room} is in use', room=room, code='room.in-use')\n\n"
        "def d(room):\n    raise ValueError(f'room {room}')\n\n"
        "def e(what):\n    return target_file('x', '.xlsx', f'the {what} is written as .xlsx')\n",
        encoding="utf-8")
    assert english_only_refusals(package) == ["mmdesk/service.py:4", "mmdesk/service.py:7",
                                              "mmdesk/service.py:16"]


def test_every_coded_refusal_has_one_template_per_code() -> None:
    """A code names one sentence: the same code never stands for two different templates."""
    seen: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            code = next((k.value for k in node.keywords if k.arg == "code"), None)
            first = node.args[0]
            if (isinstance(code, ast.Constant) and isinstance(code.value, str)
                    and isinstance(first, ast.Constant) and isinstance(first.value, str)):
                seen.setdefault(code.value, set()).add(first.value)
    assert len(seen) > 250
    shared = {c: t for c, t in seen.items() if len(t) > 1 and not c.startswith("checkin.already")}
    assert shared == {}
