"""A two-day forum like the IMRF 2022 (UN Headquarters, New York) set up and run from an empty
file through the command line only, then checked through the services."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mmdesk.cli import main
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import CheckInOutcome, RouteKind, SessionAccess
from mmdesk.services.accreditation import list_routes
from mmdesk.services.delegates import list_delegates, resolve_delegate
from mmdesk.services.events import get_event
from mmdesk.services.keys import code_for_delegate
from mmdesk.services.person import person_record
from mmdesk.services.programme import find_session, invitees
from mmdesk.services.venue import list_rooms
from mmdesk.store.database import Store
from tests.conftest import dump

GHANA = "Ghana national delegation"
SIDE_EVENT = "Local action for migrants and refugees"


class Cli:
    """`mmdesk --db FILE …` as an organizer types it; the output and the exit code."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *argv: str, code: int = 0, on_stdout: bool = False) -> str:
        got = main(["--db", str(self.db), *argv])
        out, err = self.capsys.readouterr()
        assert got == code, (argv, out, err)
        if code == 0 or on_stdout:  # the door says REFUSED on its output, like ADMITTED
            assert err == "", err
            return out
        assert len(err.strip().splitlines()) == 1, err
        return err

    def json(self, *argv: str) -> object:
        return json.loads(self(*argv, "--json"))


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "imrf.sqlite3", capsys)


def _set_up(cli: Cli) -> None:
    cli("forum", "new", "--name", "International Migration Review Forum", "--short-name", "IMRF 2022",
        "--from", "2022-05-17", "--to", "2022-05-18", "--time-zone", "America/New_York",
        "--city", "New York", "--country", "US", "--venue", "UN Headquarters", "--languages", "en,fr,es",
        "--theme", "Global Compact for Safe, Orderly and Regular Migration")
    cli("room", "add", "General Assembly Hall", "--capacity", "1800", "--zone", "plenary")
    cli("room", "add", "Conference Room 4", "--capacity", "300", "--zone", "restricted")
    cli("room", "add", "ECOSOC Chamber", "--capacity", "400", "--zone", "plenary")
    cli("route", "add", "Own authority", "--kind", "own_authority", "--body", "Mayors Mechanism",
        "--zone", "plenary")
    cli("route", "add", GHANA, "--kind", "national_delegation", "--state", "GH",
        "--body", "Permanent Mission of Ghana", "--quota", "4", "--document", "Note verbale",
        "--zone", "plenary", "--zone", "restricted")
    cli("route", "add", "UCLG", "--kind", "partner_organisation",
        "--body", "United Cities and Local Governments", "--quota", "20", "--zone", "plenary")
    cli("route", "add", "Media", "--kind", "media", "--document", "Press card", "--zone", "plenary")
    for argv in (
        ["--honorific", "Mayor", "--given", "Md. Atiqul", "--family", "Islam", "--country", "BD",
         "--organisation", "Dhaka North City Corporation", "--category", "local_leader",
         "--email", "mayor@dncc.gov.bd"],
        ["--honorific", "Mayor", "--given", "Yvonne", "--family", "Aki-Sawyerr", "--country", "Sierra Leone",
         "--organisation", "Freetown City Council", "--category", "local_leader"],
        ["--honorific", "Ms.", "--given", "Emilia", "--family", "Sáiz", "--organisation",
         "United Cities and Local Governments", "--category", "un_io", "--position", "Secretary General"],
        ["--honorific", "Hon.", "--given", "Elizabeth", "--family", "Sackey", "--country", "GH",
         "--organisation", "Accra Metropolitan Assembly", "--category", "local_leader",
         "--email", "mayor@ama.gov.gh"],
        ["--given", "Jean", "--family", "Dupont", "--category", "media", "--organisation", "Le Journal"],
    ):
        cli("delegate", "add", *argv)
    cli("session", "add", "Opening plenary", "--kind", "plenary", "--start", "2022-05-17 10:00",
        "--end", "13:00", "--room", "General Assembly Hall")
    cli("session", "add", "Roundtable 1", "--kind", "roundtable", "--start", "2022-05-17 15:00",
        "--end", "18:00", "--room", "Conference Room 4", "--co-chair", "Germany", "--co-chair", "Egypt",
        "--moderator", "Emilia Sáiz")
    cli("session", "add", "Roundtable 2", "--kind", "roundtable", "--start", "2022-05-18 10:00",
        "--end", "2022-05-18 13:00", "--room", "Conference Room 4", "--co-chair", "Ecuador",
        "--co-chair", "Tajikistan")
    cli("session", "add", SIDE_EVENT, "--kind", "side_event", "--start", "2022-05-17 13:15",
        "--end", "14:30", "--room", "ECOSOC Chamber", "--access", "invitation")
    cli("speaker", "add", "Mayor Md. Atiqul Islam", "--session", "Roundtable 1", "--role", "panellist",
        "--minutes", "5")
    cli("speaker", "add", "Emilia Sáiz", "--session", "Roundtable 1", "--role", "keynote", "--minutes", "10",
        "--position", "1")
    cli("speaker", "add", "mayor@ama.gov.gh", "--session", SIDE_EVENT, "--role", "opening_remarks")


def test_the_imrf_from_an_empty_file_to_the_forum_day(cli: Cli, tmp_path: Path) -> None:
    _set_up(cli)
    # accreditation: nominate, tick the document, approve, reject with a reason
    for who, route in (("Md. Atiqul Islam", "Own authority"), ("Yvonne Aki-Sawyerr", "Own authority"),
                       ("Emilia Sáiz", "UCLG"), ("Elizabeth Sackey", GHANA), ("Jean Dupont", "Media")):
        cli("nominate", who, "--route", route)
    assert "documents not received: Note verbale" in cli("accredit", "approve", "Elizabeth Sackey", code=1)
    cli("accredit", "document", "Elizabeth Sackey", "--route", GHANA, "Note verbale")
    out = cli("accredit", "approve", "Md. Atiqul Islam", "Yvonne Aki-Sawyerr", "Emilia Sáiz",
              "Elizabeth Sackey")
    assert out.startswith("approved: ")
    assert "needs a reason" in cli("accredit", "reject", "Jean Dupont", code=2)
    cli("accredit", "reject", "Jean Dupont", "--reason", "no press card")
    # invitations to the invitation-only side event
    assert "invited 2 delegates" in cli("invite", "Elizabeth Sackey", "mayor@dncc.gov.bd",
                                          "--session", SIDE_EVENT)
    # badges for everyone approved, then the door
    assert "printed 4 badges" in cli("print", "badges", str(tmp_path / "badges.pdf"))
    assert (tmp_path / "badges.pdf").read_bytes().startswith(b"%PDF")
    store = Store.open(cli.db)
    try:
        sackey = resolve_delegate(store, "Elizabeth Sackey")
        freetown = resolve_delegate(store, "Yvonne Aki-Sawyerr")
        codes = {d: code_for_delegate(store, d) for d in (sackey, freetown)}
    finally:
        store.close()
    assert cli("checkin", codes[sackey], "--desk", "Main entrance",
               "--at", "2022-05-17T08:30").startswith("ADMITTED")
    assert cli("checkin", codes[sackey], "--desk", "ECOSOC door", "--room", "ECOSOC Chamber",
               "--at", "2022-05-17T13:20").startswith("ADMITTED")
    refused = cli("checkin", codes[freetown], "--desk", "ECOSOC door", "--room", "ECOSOC Chamber",
                  "--at", "2022-05-17T13:25", code=1, on_stdout=True)
    assert refused.startswith("REFUSED") and "not invited" in refused
    # collected: all or none
    before = dump(cli.db)
    assert "Jean Dupont" in cli("accredit", "collected", "Elizabeth Sackey", "Jean Dupont", code=1)
    assert dump(cli.db) == before
    cli("accredit", "collected", "Elizabeth Sackey", "Md. Atiqul Islam")

    store = Store.open(cli.db)
    try:
        event = get_event(store)
        assert (event.name, event.short_name, event.country, event.time_zone, event.languages) == (
            "International Migration Review Forum", "IMRF 2022", "US", "America/New_York", ("en", "fr", "es"))
        assert event.days == [date(2022, 5, 17), date(2022, 5, 18)]
        assert [(r.name, r.capacity, r.access_zone, r.sessions) for r in list_rooms(store)] == [
            ("General Assembly Hall", 1800, "plenary", 1), ("Conference Room 4", 300, "restricted", 2),
            ("ECOSOC Chamber", 400, "plenary", 1)]
        routes = {r.name: r for r in list_routes(store)}
        assert routes[GHANA].member_state == "GH" and routes[GHANA].required_documents == ("Note verbale",)
        uclg = routes["UCLG"]
        assert (uclg.kind, uclg.partner, uclg.quota, uclg.used) == (
            RouteKind.PARTNER_ORGANISATION, "United Cities and Local Governments", 20, 1)
        states = {d.family_name: d.state for d in list_delegates(store)}
        assert states == {"Islam": S.BADGE_COLLECTED, "Aki-Sawyerr": S.BADGE_ISSUED, "Sáiz": S.BADGE_ISSUED,
                          "Sackey": S.BADGE_COLLECTED, "Dupont": S.REJECTED}
        dupont = person_record(store, resolve_delegate(store, "Jean Dupont")).accreditations[0]
        assert dupont.reason == "no press card"
        rt1 = find_session(store, "Roundtable 1")
        assert rt1.co_chairs == ("Germany", "Egypt") and rt1.moderator == "Ms. Emilia Sáiz"
        assert [(x.delegate_name, x.role.value, x.minutes) for x in rt1.slots] == [
            ("Ms. Emilia Sáiz", "keynote", 10), ("Mayor Md. Atiqul Islam", "panellist", 5)]
        side = find_session(store, SIDE_EVENT)
        assert side.access is SessionAccess.INVITATION
        assert [n for _, n in invitees(store, side.id)] == ["Mayor Md. Atiqul Islam", "Hon. Elizabeth Sackey"]
        record = person_record(store, sackey)
        assert [(c.desk, c.outcome) for c in record.check_ins] == [
            ("Main entrance", CheckInOutcome.ADMITTED), ("ECOSOC door", CheckInOutcome.ADMITTED)]
        assert record.accreditations[0].documents == {"Note verbale": True}
        assert [c.to_state for c in record.accreditations[0].history] == [
            S.NOMINATED, S.APPROVED, S.BADGE_ISSUED, S.BADGE_COLLECTED]
        refused = person_record(store, freetown).check_ins
        assert [(c.desk, c.outcome) for c in refused] == [("ECOSOC door", CheckInOutcome.REFUSED)]
    finally:
        store.close()


def test_json_views_and_edits(cli: Cli) -> None:
    _set_up(cli)
    forum = cli.json("forum", "show")
    assert (forum["start_date"], forum["end_date"], forum["venue"]) == ("2022-05-17", "2022-05-18",
                                                                       "UN Headquarters")
    rooms = cli.json("room", "list")
    assert [r["name"] for r in rooms] == ["General Assembly Hall", "Conference Room 4", "ECOSOC Chamber"]
    cli("room", "order", "ECOSOC Chamber")
    cli("room", "edit", "Conference Room 4", "--name", "Conference Room 4 (CR4)", "--capacity", "250")
    assert [(r["name"], r["capacity"]) for r in cli.json("room", "list")] == [
        ("ECOSOC Chamber", 400), ("General Assembly Hall", 1800), ("Conference Room 4 (CR4)", 250)]
    assert "used by 2 sessions" in cli("room", "remove", "Conference Room 4 (CR4)", code=1)
    routes = {r["name"]: r for r in cli.json("route", "list")}
    assert routes["UCLG"]["body"] == "United Cities and Local Governments" and routes["UCLG"]["quota"] == 20
    cli("route", "edit", "UCLG", "--quota", "25", "--over-quota", "flag", "--name", "Partner: UCLG")
    routes = {r["name"]: r for r in cli.json("route", "list")}
    assert (routes["Partner: UCLG"]["quota"], routes["Partner: UCLG"]["over_quota"]) == (25, "flag")
    assert routes["Partner: UCLG"]["partner"] == "United Cities and Local Governments"
    # the days guard the programme; a session outside them is refused with the reason
    assert "would fall outside the new days" in cli("forum", "edit", "--to", "2022-05-17", code=1)
    assert "outside the forum's days" in cli("session", "add", "Early", "--kind", "plenary",
                                             "--start", "2022-05-16 10:00", "--end", "11:00", code=1)
    cli("forum", "edit", "--to", "2022-05-20", "--venue", "United Nations Headquarters")
    assert cli.json("forum", "show")["end_date"] == "2022-05-20"
    # removal and duplication of sessions
    titles_before = len(cli.json("session", "list"))
    cli("session", "duplicate", "Roundtable 2")
    copy = cli("session", "show", "Roundtable 2 (copy)")
    assert copy.startswith(f"{titles_before + 1}: Roundtable 2 (copy)\n")
    assert cli("session", "show", "Roundtable 2").startswith("3: Roundtable 2\n")  # the exact title wins
    assert "3 sessions match 'Roundtable'" in cli("session", "show", "Roundtable", code=1)
    cli("session", "remove", "Roundtable 2 (copy)")
    assert "no session called 'Roundtable'" in cli("session", "remove", "Roundtable", code=1)
    titles = [s["title"] for s in cli.json("session", "list")]
    assert titles == ["Opening plenary", SIDE_EVENT, "Roundtable 1", "Roundtable 2"]


def test_who_naming_two_delegates_is_refused_naming_both(cli: Cli) -> None:
    cli("forum", "new", "--name", "Forum", "--from", "2022-05-17", "--time-zone", "UTC")
    cli("route", "add", "Media", "--kind", "media")
    cli("delegate", "add", "--given", "Ana", "--family", "López", "--email", "ana1@example.org")
    cli("delegate", "add", "--given", "Ana", "--family", "López", "--email", "ana2@example.org")
    err = cli("nominate", "Ana López", "--route", "Media", code=1)
    assert "2 delegates are called 'Ana López' (1: Ana López; 2: Ana López)" in err
    cli("nominate", "ana2@example.org", "--route", "Media")
    assert "already holds the forum “Forum”" in cli("forum", "new", "--name", "Other", "--from",
                                                    "2022-05-17", "--time-zone", "UTC", code=1)
    delegates = cli.json("delegate", "list")
    assert [(d["email"], d["state"]) for d in delegates] == [("ana1@example.org", None),
                                                             ("ana2@example.org", "nominated")]
