"""The command line in French and Spanish from the first command to the letters register: every
line it prints, and every word of --help, in the chosen language (issue 18)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from mmdesk import i18n
from mmdesk.cli import build_parser, main
from mmdesk.cli.common import Parser
from mmdesk.cli.help_words import ARGPARSE_WORDS, help_texts

FORUM = "Forum des maires Dakar"
#: a forum day as an organizer types it: (argv after --db, expected exit code)
DAY: list[tuple[tuple[str, ...], int]] = [
    (("forum", "new", "--name", FORUM, "--from", "2026-11-25", "--to", "2026-11-26",
      "--time-zone", "Africa/Dakar", "--city", "Dakar", "--country", "SN", "--languages", "fr,en"), 0),
    (("forum", "show"), 0),
    (("forum", "edit", "--venue", "CICAD"), 0),
    (("room", "add", "Salle Mbaye", "--capacity", "400", "--zone", "plenary"), 0),
    (("room", "add", "Salle Gorée", "--capacity", "60"), 0),
    (("room", "list"), 0),
    (("room", "order", "Salle Gorée"), 0),
    (("route", "add", "Ville de Dakar", "--kind", "own_authority", "--quota", "10"), 0),
    (("route", "add", "Presse", "--kind", "media"), 0),
    (("route", "list"), 0),
    (("delegate", "list"), 0),
    (("delegate", "add", "--given", "Awa", "--family", "Ndiaye", "--organisation", "Ville de Dakar",
      "--country", "SN", "--email", "awa@dakar.example"), 0),
    (("delegate", "add", "--given", "Lamine", "--family", "Sow"), 0),
    (("nominate", "awa@dakar.example", "--route", "Ville de Dakar"), 0),
    (("nominate", "Lamine Sow", "--route", "Presse"), 0),
    (("accredit", "approve", "awa@dakar.example", "Lamine Sow"), 0),
    (("delegate", "list"), 0),
    (("session", "add", "Ouverture", "--kind", "plenary", "--start", "2026-11-25 09:00", "--end", "10:30",
      "--room", "Salle Mbaye"), 0),
    (("session", "add", "Table Gorée", "--kind", "roundtable", "--start", "2026-11-25 11:00",
      "--end", "12:00", "--room", "Salle Gorée", "--access", "invitation"), 0),
    (("speaker", "add", "--session", "Ouverture", "awa@dakar.example", "--role", "keynote",
      "--minutes", "10"), 0),
    (("invite", "--session", "Table Gorée", "Lamine Sow"), 0),
    (("session", "list"), 0),
    (("session", "show", "Table Gorée"), 0),
    (("programme", "release", "--note", "v1"), 0),
    (("programme", "versions"), 0),
    (("speaker", "add", "--session", "Ouverture", "Lamine Sow", "--role", "panellist"), 0),
    (("speakers", "level", "Lamine Sow", "minister"), 0),
    (("speakers", "sort", "--session", "Ouverture", "--protocol"), 0),
    (("session", "duplicate", "Table Gorée"), 0),
    (("uninvite", "--session", "Table Gorée", "Lamine Sow"), 0),
    (("room", "edit", "Salle Mbaye", "--capacity", "450"), 0),
    (("route", "edit", "Presse", "--quota", "5", "--document", "Carte de presse"), 0),
    (("walkin", "--given", "Fatou", "--family", "Diop", "--route", "Presse"), 0),
    (("accredit", "document", "Fatou Diop", "--route", "Presse", "Carte de presse"), 0),
    (("programme", "release"), 0),
    (("programme", "changes", "--since", "1"), 0),
    (("print", "badges", "{dir}/badges.pdf"), 0),
    (("print", "programme", "{dir}/programme.pdf"), 0),
    (("print", "letters", "{dir}/letters.pdf", "--kind", "confirmation", "--delegate", "Awa Ndiaye"), 0),
    (("letters", "register"), 0),
    (("export", "forum", "{dir}/forum.xlsx"), 0),
    (("export", "delegates", "{dir}/delegates.xlsx"), 0),
    (("--db", "{dir}/copy.sqlite3", "import", "forum", "{dir}/forum.xlsx"), 0),
    (("backup", "{dir}/backup.sqlite3"), 0),
    (("export", "programme", "{dir}/programme.ics"), 0),
    (("export", "keys", "{dir}/keys.json"), 0),
    (("import", "keys", "{dir}/keys.json"), 0),
    (("export", "nominations", "--route", "Ville de Dakar", "{dir}/nominations.xlsx"), 0),
    (("template", "forum", "{dir}/template.xlsx"), 0),
    (("print", "changes", "{dir}/changes.pdf"), 0),
    (("accredit", "reject", "Fatou Diop", "--reason", "doublon"), 0),
    (("restore", "{dir}/backup.sqlite3"), 0),
    (("letters", "folder"), 0),
    (("letters", "erase-passports"), 0),
    (("close-event",), 0),
    (("close-event", "--keep-until", "2027-06-30"), 0),
    (("room", "remove", "Salle Gorée"), 1),
]

#: English words a translated line may not hold (unless the organizer typed them as data)
ENGLISH = {"the", "of", "to", "and", "with", "from", "in", "by", "added", "removed", "printed", "exported",
           "imported", "created", "changed", "delegate", "delegates", "session", "sessions", "room",
           "rooms", "route", "routes", "letter", "letters", "nominated", "approved", "invited", "yet",
           "none", "left", "used", "seats", "speaker", "speakers", "released", "wrote",
           "backed", "up", "column", "body", "state", "host", "usage", "options", "arguments",
           "show", "help", "message", "exit", "default", "name"}


def _words(text: str) -> set[str]:
    """The words of a line, paths, file names and commands to type left out (data)."""
    text = re.sub(r"`[^`]*`|\bmmdesk [^;()`]*", " ", text)  # a command to type is typed in English
    text = re.sub(r"\S*[/\\]\S*|\S+\.(pdf|xlsx|txt|sqlite3)\b", " ", text)
    return {w.lower() for w in re.findall(r"[^\W\d_]{2,}", text)}


def run_day(folder: Path, language: str, capsys: pytest.CaptureFixture[str]) -> list[list[str]]:
    """Each command's output lines (stdout, then stderr), the folder written as <dir>."""
    folder.mkdir()
    said = []
    for argv, code in DAY:
        args = [a.replace("{dir}", str(folder)) for a in argv]
        if args[0] != "--db":
            args = ["--db", str(folder / "forum.sqlite3"), *args]
        got = main(["--language", language, *args])
        out, err = capsys.readouterr()
        assert got == code, (language, argv, out, err)
        said.append([line.replace(str(folder), "<dir>") for line in (out + err).splitlines()])
    return said


def english_left(english: str, translated: str, data: set[str]) -> str | None:
    """Why a translated line still reads as English (None when it does not)."""
    if translated == english and _words(translated) - data:
        return "same as in English"
    left = (_words(translated) & ENGLISH) - data
    return f"English words {sorted(left)}" if left else None


def test_the_checker_finds_an_english_line() -> None:
    data = _words(FORUM) | {"salle", "gorée"}
    assert english_left("added room 'Salle Gorée' (column 2)", "added room 'Salle Gorée' (column 2)", data)
    assert english_left("added room 'Salle Gorée'", "salle 'Salle Gorée' added", data)
    assert english_left("  2  Salle Gorée", "  2  Salle Gorée", data) is None
    assert english_left("added room 'Salle Gorée'", "salle 'Salle Gorée' ajoutée", data) is None


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_forum_day_in_french_and_spanish(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           language: str) -> None:
    english = run_day(tmp_path / "en", "en", capsys)
    translated = run_day(tmp_path / language, language, capsys)
    commands = {name for path in _command_paths(build_parser()) for name in path}
    typed = [a for argv, _ in DAY for a in argv if not a.startswith("-") and a not in commands]
    data = set().union(*(_words(a) for a in typed))  # what the organizer typed: names, zones, titles
    data |= {"mbaye", "cicad", "ndiaye", "awa", "lamine", "sow", "utc", "fatou", "diop", "en", "fr", "es"}
    data |= {"visa", "invitation", "confirmation"}  # the same word in French
    found = []
    for (argv, _), en_lines, lines in zip(DAY, english, translated, strict=True):
        assert len(lines) == len(en_lines), (argv, en_lines, lines)
        for en, line in zip(en_lines, lines, strict=True):
            why = english_left(en, line, data)
            if why:
                found.append(f"{' '.join(argv[:2])}: {why}: {line!r}")
    assert not found, "\n".join(found)
    assert any(FORUM in line for line in translated[0])


def test_the_letters_register_names_the_event_zone(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    said = run_day(tmp_path / "en", "en", capsys)
    register = said[[argv[:2] for argv, _ in DAY].index(("letters", "register"))]
    assert len(register) == 1 and "Africa/Dakar" in register[0] and "UTC" not in register[0]


def test_the_letters_register_shows_the_venue_clock(demo_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from datetime import datetime, timedelta

    db = str(demo_path)
    assert main(["--db", db, "print", "letters", str(tmp_path / "l.pdf"), "--kind", "confirmation",
                 "--delegate", "Aki-Sawyerr"]) == 0
    capsys.readouterr()
    main(["--db", db, "letters", "register", "--json"])
    (entry,) = json.loads(capsys.readouterr().out)
    utc = datetime.fromisoformat(entry["issued_at"])
    main(["--language", "es", "--db", db, "letters", "register"])
    (line,) = capsys.readouterr().out.splitlines()
    venue = utc - timedelta(hours=5)  # Quito, UTC-5
    assert f"{venue:%H:%M} America/Guayaquil" in line and "confirmación" in line and " por " in line


def test_a_moment_on_the_venue_clock_in_each_language() -> None:
    from datetime import datetime

    from mmdesk.date_words import span, venue_moment

    at = datetime(2026, 11, 25, 8, 30)  # stored in UTC
    said = {}
    for code in ("en", "fr", "es"):
        i18n.set_language(code)
        said[code] = (venue_moment(at, "Asia/Tokyo"), span(at.date(), datetime(2026, 11, 26).date()))
    i18n.set_language("en")
    assert said["en"] == ("25 Nov 2026 17:30 Asia/Tokyo", "25 November to 26 November 2026")
    assert said["fr"] == ("25 nov. 2026 17:30 Asia/Tokyo", "25 novembre au 26 novembre 2026")
    assert said["es"] == ("25 nov 2026 17:30 Asia/Tokyo", "25 de noviembre al 26 de noviembre de 2026")


def _untranslated(parser: argparse.ArgumentParser, code: str) -> list[str]:
    i18n.set_language(code)
    try:
        return [f"{where}: {text!r}" for where, text in help_texts(parser) if i18n._(text) == text
                and text not in _SAME.get(code, ())]
    finally:
        i18n.set_language("en")


#: words written alike in the language (a metavar, a technical name)
_SAME = {"fr": {"options", "ACTION", "DATE", "MIN", "URL", "CAT", "ZONE", "NOTE", "DOCUMENT"},
         "es": {"MIN", "URL", "CAT"}}


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_help_word_of_every_command_is_translated(code: str) -> None:
    assert _untranslated(build_parser(), code) == []
    for word in ARGPARSE_WORDS:
        assert word in _SAME[code] or i18n.translations(code).gettext(word) != word


def test_the_help_check_finds_an_untranslated_line() -> None:
    parser = Parser(prog="mmdesk")
    parser.add_argument("--colour", metavar="COLOUR", help="paint the badges in this colour")
    found = _untranslated(parser, "fr")
    assert any("paint the badges" in f for f in found) and any("COLOUR" in f for f in found)


def _command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [prefix]
    for a in parser._actions:
        if isinstance(a, argparse._SubParsersAction):
            for name, sub in a.choices.items():
                out += _command_paths(sub, (*prefix, name))
    return out


@pytest.mark.parametrize("language", ["fr", "es"])
def test_help_of_every_command_reads_in_the_language(capsys: pytest.CaptureFixture[str],
                                                     language: str) -> None:
    english = {text for _, text in help_texts(build_parser()) if " " in text}
    found = []
    for path in _command_paths(build_parser()):
        with pytest.raises(SystemExit) as done:
            main(["--language", language, *path, "--help"])
        assert done.value.code == 0
        shown = " ".join(capsys.readouterr().out.split())
        found += [f"{' '.join(path)}: {e!r}" for e in english if " ".join(e.split()) in shown]
        assert not shown.startswith("usage:"), path
        assert "positional arguments" not in shown and "show this help message" not in shown, path
    assert not found, "\n".join(found)


def test_help_in_spanish_from_the_environment(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MMDESK_LANGUAGE", "es")
    with pytest.raises(SystemExit):
        main(["import", "delegates", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("uso: mmdesk import") and "opciones:" in out and "ARCHIVO" in out
    assert "mostrar esta ayuda y salir" in out
