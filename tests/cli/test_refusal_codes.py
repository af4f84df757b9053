"""The command line says refusals and check-in results in the chosen language; under --json they
keep a stable code (the same in every language) beside the message in that language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mmdesk.cli import main
from tests.cli.test_languages import _badge_code, run


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "no room called 'Ballroom' (rooms: "),
    ("fr", "aucune salle appelée 'Ballroom' (salles : "),
    ("es", "ninguna sala se llama 'Ballroom' (salas: "),
])
def test_a_refusal_under_json_is_one_object_with_a_stable_code(demo_path: Path,
                                                               capsys: pytest.CaptureFixture[str],
                                                               language: str, expected: str) -> None:
    status, out, err = run(capsys, "--language", language, "--db", str(demo_path), "checkin",
                           _badge_code(demo_path), "--room", "Ballroom", "--json")
    assert status == 1 and out == "" and len(err.strip().splitlines()) == 1
    error = json.loads(err)["error"]
    assert error["code"] == "checkin.no-room-called"
    assert error["message"].startswith(expected)
    assert error["values"]["room"] == "'Ballroom'" and "Plenary Hall" in error["values"]["names"]


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "mmdesk: there is already a room called 'Plenary Hall'"),
    ("fr", "mmdesk: il existe déjà une salle appelée 'Plenary Hall'"),
    ("es", "mmdesk: ya existe una sala llamada 'Plenary Hall'"),
])
def test_a_service_refusal_reads_in_the_language_with_its_values(demo_path: Path,
                                                                capsys: pytest.CaptureFixture[str],
                                                                language: str, expected: str) -> None:
    status, out, err = run(capsys, "--language", language, "--db", str(demo_path), "room", "add",
                           "Plenary Hall")
    assert status == 1 and out == "" and err.strip() == expected


def test_check_in_json_keeps_the_code_in_every_language(demo_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db, code = str(demo_path), _badge_code(demo_path)
    status, out, _ = run(capsys, "--db", db, "checkin", code, "--desk", "Desk 1", "--at", "2019-11-20T08:50",
                         "--json")
    admitted = json.loads(out)
    assert status == 0 and admitted["outcome"] == "admitted" and admitted["code"] == "checkin.admitted"
    assert admitted["message"] == "admitted to the venue" and admitted["delegate"] == "Mayor Valérie Plante"
    said = {}
    for language in ("en", "fr", "es"):
        status, out, _ = run(capsys, "--language", language, "--db", db, "checkin", code, "--desk", "Desk 2",
                             "--at", "2019-11-20T08:52", "--json")
        again = json.loads(out)
        assert status == 3 and again["outcome"] == "already_checked_in"
        assert again["code"] == "checkin.already"
        assert again["values"] == {"where": "the venue", "at": "08:50", "desk": "Desk 1"}
        said[language] = again["message"]
    assert said["en"] == "already checked in to the venue at 08:50 (Desk 1)"
    assert said["fr"] == "entrée déjà enregistrée dans l’enceinte à 08:50 (Desk 1)"
    assert said["es"] == "entrada ya registrada en el recinto a las 08:50 (Desk 1)"


def test_a_staffed_look_up_under_json(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--language", "es", "--db", str(demo_path), "checkin", "rio",
                         "--staffed", "--json")
    found = json.loads(out)
    assert status == 1 and found["outcome"] == "not_admitted" and found["code"] == "checkin.several-match"
    assert "pick the person" not in found["message"] and len(found["candidates"]) >= 2


def test_a_usage_refusal_under_json_keeps_exit_2(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--language", "fr", "--db", str(demo_path), "checkin", "x", "--at", "tomorrow", "--json"])
    err = capsys.readouterr().err
    assert status == 2 and json.loads(err)["error"]["code"] == "checkin.wants-time-like"
    assert "'tomorrow'" in json.loads(err)["error"]["message"]


@pytest.mark.parametrize(("language", "argv", "expected"), [
    ("es", ["export", "figures"], "mmdesk: las cifras se escriben en formato .xlsx"),
    ("fr", ["template", "forum"], "mmdesk: le modèle de classeur du forum s’écrit au format .xlsx"),
    ("fr", ["export", "delegates"], "mmdesk: les délégués s’exportent au format .xlsx ou .csv"),
])
def test_a_wrong_file_type_is_refused_in_the_language(demo_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str], language: str,
                                                      argv: list[str], expected: str) -> None:
    status, out, err = run(capsys, "--language", language, "--db", str(demo_path), *argv,
                           str(tmp_path / "x.txt"))
    assert status in (1, 2) and out == "" and err.strip() == expected
