"""A delegate import's problems, warnings and notes are data (issue 18): each a Sentence with a
stable code and its values, said in French or Spanish from its template, and in English in the
report's lines for logs. No problem, warning or note of an import module is a finished f-string."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mmdesk import i18n
from mmdesk.domain.sentences import Sentence
from mmdesk.report_words import import_lines
from mmdesk.services.delegate_import import ImportRefused, import_delegates
from mmdesk.services.import_sentences import Days
from mmdesk.store.database import Store

PACKAGE = Path(__file__).resolve().parents[2] / "mmdesk"
IMPORT_MODULES = ("services/delegate_import.py", "services/delegate_import_rows.py",
                  "services/delegate_import_write.py", "services/forum_workbook.py",
                  "services/forum_workbook_delegates.py", "services/nomination_workbook.py",
                  "services/programme_exchange.py")
#: the lists a report's problems, warnings, notes and flags are kept in
KEPT_IN = ("problems", "warnings", "notes", "flagged", "outside")

DUPLICATES = ("Given name,Family name,E-mail,Category\n"
              "Ama,Owusu,ama@accra.example,\n"
              "Ama,Owusu,ama@accra.example,\n"
              "Kofi,Mensah,kofi@accra.example,Astronaut\n")
WARNED = ("Given name,Family name,Country,Accreditation state\n"
          "Ama,Owusu,Atlantis Republic,\n"
          "Kofi,Mensah,Ghana,half-way there\n")


@pytest.fixture
def speak() -> Iterator[object]:
    yield i18n.set_language
    i18n.set_language("en")


def _refused(store: Store, tmp_path: Path) -> ImportRefused:
    path = tmp_path / "list.csv"
    path.write_text(DUPLICATES, encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        import_delegates(store, path)
    return caught.value


def test_each_problem_carries_a_stable_code_and_its_values(store: Store, tmp_path: Path) -> None:
    report = _refused(store, tmp_path).report
    problems = dict(report.problems)
    assert sorted(problems) == [3, 4]
    assert all(isinstance(why, Sentence) for why in problems.values())
    assert problems[3].code == "delegate-import.same-as-line" and problems[3].values == {"earlier": 2}
    assert problems[4].code == "delegate-import.unknown-category-known"
    assert "line 3: the same delegate as line 2" in report.lines()  # the English lines for logs


@pytest.mark.parametrize(("code", "same", "unknown"), [
    ("fr", "ligne 3 : le même délégué qu’à la ligne 2", "ligne 4 : catégorie inconnue 'Astronaut'"),
    ("es", "línea 3: el mismo delegado que en la línea 2", "línea 4: categoría desconocida 'Astronaut'"),
])
def test_an_import_refused_for_its_problems_reads_in_french_and_spanish(
    store: Store, tmp_path: Path, speak: object, code: str, same: str, unknown: str
) -> None:
    refused = _refused(store, tmp_path)
    assert [(n, why.code) for n, why in refused.report.problems] == [
        (3, "delegate-import.same-as-line"), (4, "delegate-import.unknown-category-known")]
    i18n.set_language(code)
    lines = import_lines(refused.report)
    assert same in lines and any(line.startswith(unknown) for line in lines), lines
    said = str(refused)
    assert same in said and unknown in said and "the same delegate" not in said, said


@pytest.mark.parametrize(("code", "country", "state"), [
    ("fr", "ligne 2 : pays inconnu 'Atlantis Republic' : laissé vide",
     "ligne 3 : état 'half-way there' non compris : laissé de côté"),
    ("es", "línea 2: país desconocido 'Atlantis Republic'", "línea 3: estado 'half-way there' no entendido"),
])
def test_warnings_read_in_french_and_spanish_with_their_values(
    store: Store, tmp_path: Path, speak: object, code: str, country: str, state: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(WARNED, encoding="utf-8")
    report = import_delegates(store, path, dry_run=True)
    assert [(n, why.code) for n, why in report.warnings] == [
        (2, "delegate-import.unknown-country-near"), (3, "delegate-import.state-not-understood")]
    i18n.set_language(code)
    lines = import_lines(report)
    assert any(line.startswith(country) for line in lines), lines
    assert any(line.startswith(state) for line in lines), lines
    assert not any("unknown country" in line or "not understood" in line for line in lines)


def _appended(tree: ast.AST) -> Iterator[ast.Call]:
    """Every call that adds a problem, warning or note to a report."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr in ("append", "extend", "insert")
                and ((isinstance(func.value, ast.Attribute) and func.value.attr in KEPT_IN)
                     or (isinstance(func.value, ast.Name) and func.value.id in KEPT_IN))):
            yield node
        elif (isinstance(func, ast.Name) and func.id in ("_warn_about", "ImportReport")) or (
                isinstance(func, ast.Attribute) and func.attr == "problem"):
            yield node


def test_no_problem_warning_or_note_of_an_import_is_a_finished_f_string() -> None:
    found = []
    for name in IMPORT_MODULES:
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        calls = list(_appended(tree))
        assert calls, name  # the test looks where the problems are made
        for call in calls:
            for inner in ast.walk(call):  # no f-string, no "..." + "..."
                if isinstance(inner, ast.JoinedStr) or (
                        isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Add)
                        and any(isinstance(x, ast.Constant) and isinstance(x.value, str)
                                for x in (inner.left, inner.right))):
                    found.append(f"{name}:{inner.lineno}")
    assert found == []


def test_days_in_a_problem_are_said_in_the_language_and_as_before_in_english(speak: object) -> None:
    outside = Sentence("{title} is on {day}, outside the forum's days ({days})", title="'Opening'",
                       day=date(2026, 12, 5), days=Days(date(2026, 11, 25), date(2026, 11, 26)),
                       code="forum-workbook.outside-days")
    assert outside.english == ("'Opening' is on 05 December 2026, outside the forum's days "
                               "(25 November to 26 November 2026)")  # strftime's words, as the log had them
    assert "décembre" in outside.message("fr") and "December" not in outside.message("fr")
    assert "diciembre" in outside.message("es") and "November" not in outside.message("es")
