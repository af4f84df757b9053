"""What a French- or Spanish-speaking organizer met in English on the command line (issue 18 audit):
argument names in usage errors, a delegate's category, a badge refused for want of an
accreditation, and programme versions released on a clock that was not named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mmdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # a usage error: argparse exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("language", "argv", "named", "english"), [
    ("fr", ("room", "add"), "NOM", "NAME"),
    ("es", ("room", "add"), "NOMBRE", "NAME"),
    ("fr", ("session", "add", "--kind", "plenary"), "TITRE, --start, --end", "TITLE"),
    ("fr", ("nosuchcommand",), "argument COMMANDE :", "COMMAND"),
    ("es", ("nosuchcommand",), "argumento ORDEN:", "COMMAND"),
    ("fr", ("template", "x.xlsx"), "argument QUOI :", "what"),
    ("es", ("export", "x.xlsx", "y"), "argumento QUÉ:", "what"),
    ("es", ("speakers", "level", "Someone", "king"), "argumento NIVEL:", "level"),
])
def test_a_usage_error_names_the_argument_as_help_does(db_path: Path, capsys: pytest.CaptureFixture[str],
                                                       language: str, argv: tuple[str, ...], named: str,
                                                       english: str) -> None:
    code, out, err = run(capsys, "--language", language, "--db", str(db_path), *argv)
    assert code == 2 and out == ""
    assert named in err
    assert not re.search(rf"\b{english}\b", err), err


def test_a_usage_error_in_english_keeps_the_english_names(db_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "room", "add")
    assert code == 2 and "the following arguments are required: NAME" in err
    code, _, err = run(capsys, "--db", str(db_path), "template", "x.xlsx")
    assert code == 2 and "argument WHAT: invalid choice: 'x.xlsx'" in err


@pytest.mark.parametrize(("language", "word"), [("fr", "(Presse)"), ("es", "(Prensa)"), ("en", "(Media)")])
def test_a_delegate_added_is_said_with_the_category_in_words(demo_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            language: str, word: str) -> None:
    code, out, _ = run(capsys, "--language", language, "--db", str(demo_path), "delegate", "add",
                       "--given", "Lea", "--family", "Martin", "--category", "media")
    assert code == 0 and out.rstrip().endswith(word) and "media)" not in out


@pytest.mark.parametrize(("language", "said"), [("fr", "n’a aucune accréditation"),
                                                ("es", "no tiene acreditación")])
def test_a_badge_for_someone_never_nominated_is_refused_in_words(demo_path: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 language: str, said: str) -> None:
    db = str(demo_path)
    assert main(["--db", db, "delegate", "add", "--given", "Lea", "--family", "Martin"]) == 0
    capsys.readouterr()
    code, _, err = run(capsys, "--language", language, "--db", db, "print", "badge", "Lea Martin",
                       str(tmp_path / "b.pdf"))
    assert code == 1 and said in err and "accreditation" not in err and not (tmp_path / "b.pdf").exists()


def test_programme_versions_name_the_venue_clock(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    code, out, _ = run(capsys, "--language", "es", "--db", db, "programme", "release")
    assert code == 0 and "America/Guayaquil" in out  # the demo forum is in Quito
    _, out, _ = run(capsys, "--language", "fr", "--db", db, "programme", "versions")
    assert all("America/Guayaquil" in line for line in out.splitlines())
    _, out, _ = run(capsys, "--language", "fr", "--db", db, "programme", "changes", "--since", "1")
    assert "America/Guayaquil" in out.splitlines()[0]


@pytest.mark.parametrize(("language", "one", "many"), [("fr", "déjà révoqué,", "déjà révoqués,"),
                                                      ("es", "ya revocada,", "ya revocadas,")])
def test_a_verification_kit_taken_in_says_its_counts_and_moment_in_the_language(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, one: str,
        many: str) -> None:
    import json

    db, kit = str(demo_path), tmp_path / "keys.json"
    assert main(["--db", db, "export", "keys", str(kit)]) == 0
    revoked = len(json.loads(kit.read_text(encoding="utf-8"))["revoked"])
    capsys.readouterr()
    code, out, _ = run(capsys, "--language", language, "--db", db, "import", "keys", str(kit))
    assert code == 0
    assert "America/Guayaquil" in out and "UTC" not in out  # the venue's clock, named
    assert "already" not in out and "not in this store" not in out
    assert f"{revoked} {one if revoked == 1 or (language == 'fr' and revoked == 0) else many}" in out
