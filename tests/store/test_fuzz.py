"""Bad input never corrupts: thousands of generated imports and scanned codes end in a
clear error (or a clean result) and leave the store as it was."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mmdesk.domain.badge_codes import ALPHABET, looks_like_code
from mmdesk.domain.enums import CheckInOutcome
from mmdesk.domain.errors import MmdeskError
from mmdesk.services import exchange
from mmdesk.services.checkin import CheckInDesk, clean_scan
from mmdesk.services.delegates import search_delegates
from mmdesk.services.keys import code_for_delegate
from mmdesk.store.database import Store
from mmdesk.store.fulltext import SEARCH_TABLE

FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def fingerprint(path: Path, *, leave_out: tuple[str, ...] = ()) -> str:
    """A digest of every row of every table (but the change counters, the search index,
    which is made from the delegates, and leave_out)."""
    con = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            if t not in {"table_revisions", *leave_out} and not t.startswith(SEARCH_TABLE)]
        for t in tables:
            digest.update(t.encode())
            for row in con.execute(f'SELECT * FROM "{t}" ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


def one_clear_line(exc: BaseException) -> None:
    first = str(exc).splitlines()[0]
    assert first.strip() and "Traceback" not in str(exc) and len(first) < 300


# -- imports

_HEADERS = ["Given name", "Family name", "First Name", "Last Name", "Nom", "Prénom", "Apellido",
            "E-mail", "Email", "Country", "Pays", "País", "City", "Ville", "Category", "Catégorie",
            "Organisation", "Position", "Date of birth", "Passport", "Phone", "Gender", "Languages",
            "", "Given name", "?", "=cmd|' /C calc'!A0"]
_cell = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "=1+1", "+SUM(1,2)", "@x", "-", "Côte d'Ivoire", "CI", "ZZ", "中国",
                     "ana@example.org", "not-an-address", "mayor", "media", "1980-02-30",
                     "31/12/1979", "x" * 5000, "\x00", "\r\n", '"', "'quoted", "Łódź"]),
)
_table = st.lists(st.lists(_cell, min_size=0, max_size=8), min_size=0, max_size=6)


@settings(max_examples=1500, deadline=None, suppress_health_check=FIXTURES)
@given(headers=st.lists(st.sampled_from(_HEADERS), min_size=0, max_size=8), rows=_table,
       mode=st.sampled_from(["report", "skip", "merge"]), skip_invalid=st.booleans(),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_generated_delegate_lists(demo: Store, demo_path: Path, tmp_path: Path, headers: list[str],
                                  rows: list[list[str]], mode: str, skip_invalid: bool,
                                  delimiter: str) -> None:
    source = tmp_path / "list.csv"
    with open(source, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows([headers, *rows])
    before = fingerprint(demo_path)
    try:
        report = exchange.import_delegates(demo, source, duplicates=mode, skip_invalid=skip_invalid)
    except MmdeskError as exc:
        one_clear_line(exc)
        assert fingerprint(demo_path) == before
        return
    if report.created == 0 and report.merged == 0:
        assert fingerprint(demo_path) == before
    assert skip_invalid or report.problems == []


@settings(max_examples=1000, deadline=None, suppress_health_check=FIXTURES)
@given(content=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ""]))
def test_arbitrary_bytes_as_a_delegate_list(demo: Store, demo_path: Path, tmp_path: Path,
                                            content: bytes, suffix: str) -> None:
    source = tmp_path / f"file{suffix}"
    source.write_bytes(content)
    before = fingerprint(demo_path)
    try:
        report = exchange.import_delegates(demo, source)
    except MmdeskError as exc:
        one_clear_line(exc)
        assert fingerprint(demo_path) == before
        return
    assert report.problems == []


# -- the door

@pytest.fixture
def genuine(demo: Store) -> str:
    (plante,) = search_delegates(demo, "plante")
    from mmdesk.domain.enums import AccreditationState as S
    from mmdesk.services import accreditation as acc

    a = acc.accreditations_of(demo, plante.id)[0]
    if a.badge_serial is None:
        acc.transition(demo, a.id, S.BADGE_ISSUED)
    return code_for_delegate(demo, plante.id)


def _mutations(code: str) -> st.SearchStrategy[str]:
    i = st.integers(0, len(code) - 1)
    ch = st.sampled_from(ALPHABET + " éÉ\x00\n\t")
    return st.one_of(
        st.tuples(i, ch).map(lambda t: code[:t[0]] + t[1] + code[t[0] + 1:]),   # one changed
        st.tuples(i, ch).map(lambda t: code[:t[0]] + t[1] + code[t[0]:]),       # one inserted
        i.map(lambda k: code[:k] + code[k + 1:]),                                # one dropped
        i.map(lambda k: code[:k]),                                               # cut short
        st.text(alphabet=ALPHABET, min_size=60, max_size=90),                  # code-shaped
        st.text(max_size=200),
    )


@settings(max_examples=2500, deadline=None, suppress_health_check=FIXTURES)
@given(data=st.data())
def test_scanned_garbage_and_altered_codes(demo: Store, demo_path: Path, genuine: str,
                                           data: st.DataObject) -> None:
    scanned = data.draw(_mutations(genuine))
    before = fingerprint(demo_path, leave_out=("check_ins",))
    result = CheckInDesk(demo, "Fuzz door").scan(scanned, at=datetime(2019, 11, 20, 9))
    assert result.reason.strip()
    if clean_scan(scanned) in (genuine, genuine.swapcase()):  # Caps Lock on, or a NUL: the same code
        assert result.outcome is not CheckInOutcome.REFUSED
    elif looks_like_code(scanned):
        # anything but the genuine code is refused, whatever was changed in it
        assert result.outcome is CheckInOutcome.REFUSED, (scanned, result.reason)
    else:
        # a typed number, name or e-mail (or garbage) never admits at a door (issue 15)
        assert result.outcome is CheckInOutcome.REFUSED, (scanned, result.reason)
    if result.outcome is CheckInOutcome.REFUSED:
        assert fingerprint(demo_path, leave_out=("check_ins",)) == before


# -- searches, typed delegates, e-mails and days (issue 15, point 10)

_CONTROLS = "".join(map(chr, [*range(0, 32), *range(0x7F, 0xA0)]))
_hostile_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.sampled_from(_CONTROLS + "ab é\u200b"), max_size=30),
    st.lists(st.sampled_from(["plante", "lodz", "\x00", "%", "_", "a", "\\", "'", '"', "x" * 50]),
             max_size=1200).map(" ".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=FIXTURES)
@given(query=_hostile_text)
def test_generated_searches(demo: Store, demo_path: Path, query: str) -> None:
    from mmdesk.domain.errors import ValidationError
    from mmdesk.domain.validation import strip_controls

    before = fingerprint(demo_path)
    try:
        found = search_delegates(demo, query, limit=None)
    except ValidationError as exc:
        one_clear_line(exc)
        assert len(set(strip_controls(query).split())) > 40 or len(query) > 400
        return
    finally:
        assert fingerprint(demo_path) == before
    if query.strip() and not strip_controls(query).split():
        assert found == []  # control characters only: no one (a NUL matched everyone once)
    elif strip_controls(query) != query:
        assert found == search_delegates(demo, strip_controls(query), limit=None)


@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURES)
@given(given_name=_hostile_text, family=_hostile_text, email=_hostile_text, city=_hostile_text)
def test_generated_delegates(demo: Store, demo_path: Path, given_name: str, family: str, email: str,
                             city: str) -> None:
    from mmdesk.services.delegates import DelegateInput, create_delegate, delete_delegate

    before = fingerprint(demo_path)
    try:
        made = create_delegate(demo, DelegateInput(given_name=given_name, family_name=family,
                                                   email=email, city=city))
    except MmdeskError as exc:
        one_clear_line(exc)
        assert fingerprint(demo_path) == before
        return
    stored = (made.given_name, made.family_name, made.email or "", made.city or "")
    assert not any(ch in _CONTROLS for text in stored for ch in text)
    delete_delegate(demo, made.id)


_LOOK_ALIKE = {"a": ["а", "ａ"], "e": ["е", "ｅ"], "o": ["о", "ｏ"], "p": ["р", "ｐ"], "c": ["с", "ｃ"]}


@settings(max_examples=500, deadline=None)
@given(local=st.text(alphabet="aeopcnrst.", min_size=1, max_size=12).filter(lambda s: s.strip(".")),
       data=st.data())
def test_look_alike_emails_share_their_key(local: str, data: st.DataObject) -> None:
    from mmdesk.domain.validation import email_key

    plain = f"{local}@example.org"
    disguised = "".join(data.draw(st.sampled_from([ch, *_LOOK_ALIKE.get(ch, []), ch + "\u200b", ch.upper()]))
                        for ch in local) + "@example.org"
    assert email_key(disguised) == email_key(plain) == plain


@settings(max_examples=1000, deadline=None)
@given(text=st.one_of(st.text(max_size=30), st.from_regex(r"\d{4}-(W\d{2}(-\d)?|\d{3}|\d{2}-\d{2}.{0,5})",
                                                           fullmatch=True)))
def test_generated_days(text: str) -> None:
    import re

    from mmdesk.domain.errors import ValidationError
    from mmdesk.domain.validation import parse_day, strip_controls

    try:
        day = parse_day(text)
    except ValidationError as exc:
        one_clear_line(exc)
        return
    cleaned = strip_controls(text).strip()
    assert cleaned.startswith(day.isoformat())  # never a week date, an ordinal or a compact form
    assert re.fullmatch(r"[\d\-: T.]+", cleaned)  # nothing trailing but a time of day
