"""The set-up commands' refusals: one line, the right exit code, nothing changed, the next step."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmdesk.cli import main
from tests.conftest import dump


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "forum.sqlite3"
    for argv in (["forum", "new", "--name", "Forum", "--from", "2022-05-17", "--to", "2022-05-18",
                  "--time-zone", "America/New_York"],
                 ["route", "add", "Own authority", "--kind", "own_authority"],
                 ["route", "add", "Media", "--kind", "media"],
                 ["delegate", "add", "--given", "Ana", "--family", "López", "--category", "Media"],
                 ["delegate", "add", "--given", "Ben", "--family", "Osei"]):
        assert main(["--db", str(path), *argv]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize(("argv", "code", "words"), [
    (["forum", "new", "--name", "X", "--from", "17/05/2022", "--time-zone", "UTC"], 2,
     "--from wants a day like 2022-05-17"),
    (["forum", "edit"], 2, "say what to change"),
    (["forum", "edit", "--time-zone", "Mars/Olympus"], 1, "unknown time zone 'Mars/Olympus'"),
    (["forum", "edit", "--from", "2022-05-19", "--to", "2022-05-18"], 1, "comes before the first"),
    (["room", "add", "Hall", "--capacity", "0"], 2, "--capacity must be more than 0"),
    (["room", "edit", "Hall"], 2, "say what to change"),
    (["room", "remove", "Hall"], 1, "no room called 'Hall' (rooms: none yet)"),
    (["route", "add", "Ghana", "--kind", "national_delegation"], 1, "must name its Member State"),
    (["route", "add", "UCLG", "--kind", "partner_organisation"], 1, "must name the organisation"),
    (["route", "add", "Press", "--kind", "media", "--state", "GH"], 2, "--state names the Member State"),
    (["route", "add", "Media", "--kind", "media"], 1, "already a route called 'Media'"),
    (["route", "add", "Press", "--kind", "press"], 2, "invalid choice: 'press'"),
    (["nominate", "Zoe", "--route", "Media"], 1, "no delegate called 'Zoe'"),
    (["nominate", "Ana López", "--route", "UCLG"], 1, "routes: "),
    (["accredit", "approve", "Ana López"], 1, "no accreditation yet; nominate them first"),
    (["accredit", "reject", "Ana López"], 2, "a rejection needs a reason"),
    (["accredit", "document", "Ana López", "--route", "Media", "Press card"], 1, "is not on route 'Media'"),
    (["delegate", "add", "--given", "Cy", "--category", "mayor"], 2, "unknown category 'mayor'"),
    (["delegate", "add", "--email", "x@example.org"], 1, "needs a given or a family name"),
    (["session", "add", "Opening", "--kind", "plenary", "--start", "tomorrow", "--end", "11:00"], 2,
     "--start wants a time like"),
    (["session", "add", "Opening", "--kind", "plenary", "--start", "2022-05-17 10:00", "--end", "09:00"],
     1, "ends (09:00) before it starts (10:00)"),
    (["session", "add", "Opening", "--kind", "plenary", "--start", "2022-05-17 10:00", "--end", "11:00",
      "--room", "Hall"], 1, "no room called 'Hall'"),
    (["invite", "Ana López", "--session", "Opening"], 1, "no session called 'Opening'"),
    (["session", "remove", "42"], 1, "no session called '42'"),
])
def test_refusals(db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int,
                  words: str) -> None:
    before = dump(db)
    try:
        got = main(["--db", str(db), *argv])
    except SystemExit as exc:  # argparse's own usage errors
        got = exc.code
    assert got == code
    out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and words in err, err
    assert dump(db) == before


def test_a_delegate_on_two_routes_needs_route_and_all_or_none(db: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    def run(*argv: str) -> tuple[int, str]:
        code = main(["--db", str(db), *argv])
        out, err = capsys.readouterr()
        return code, out + err

    assert run("nominate", "Ana López", "--route", "Media")[0] == 0
    assert run("nominate", "Ana", "--route", "Own")[0] == 0   # a unique given name, a unique route start
    assert run("nominate", "Ben Osei", "--route", "Media")[0] == 0
    code, said = run("accredit", "approve", "Ana López")
    assert code == 2 and "on 2 routes (Media, Own authority); say which with --route" in said
    before = dump(db)
    code, said = run("accredit", "approve", "Ben Osei", "Ana López", "--route", "Own authority")
    assert code == 1 and "Ben Osei is not on route 'Own authority'" in said
    assert dump(db) == before
    code, said = run("accredit", "approve", "Ana López", "--route", "Media")
    assert (code, said) == (0, "approved: Ana López\n")
    code, said = run("accredit", "collected", "Ana López", "--route", "Media")
    assert code == 1 and "no badge is issued yet" in said and "mmdesk print badges" in said
    code, said = run("accredit", "withdraw", "Ana López", "Ben Osei", "--reason", "cancelled trip")
    assert code == 2 and "on 2 routes" in said  # Ana can be withdrawn from both: say which
    code, said = run("accredit", "withdraw", "Ben Osei", "--reason", "cancelled trip")
    assert (code, said) == (0, "withdrawn: Ben Osei\n")
