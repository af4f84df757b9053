"""Field rules: control characters, look-alike e-mails and days that are not days."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mmdesk.domain.errors import ValidationError
from mmdesk.domain.validation import check_birth_date, clean_email, clean_text, email_key, parse_day


@pytest.mark.parametrize("typed", ["Ana\x00", "\x00Ana", "A\x00na", "Ana\x07\x1b[31m", "Ana\x7f", "Ana\x85"])
def test_control_characters_never_reach_a_field(typed: str) -> None:
    cleaned = clean_text(typed)
    assert cleaned is not None and cleaned.replace("[31m", "") == "Ana"
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in cleaned)


def test_a_field_of_control_characters_only_is_blank() -> None:
    assert clean_text("\x00\x01\x02") is None


def test_an_email_with_a_nul_is_stored_without_it() -> None:
    assert clean_email("Anna\x00@Example.org") == "anna@example.org"


@pytest.mark.parametrize("look_alike", [
    "аnna@example.org",           # Cyrillic а
    "ａｎｎａ@example.org",         # full-width letters
    "an\u200bna@example.org",     # a zero-width space
    "ann\u00ada@example.org",     # a soft hyphen
    "anna@exаmple.org",           # Cyrillic а in the domain
    "ANNA@EXAMPLE.ORG",
])
def test_look_alike_emails_read_the_same(look_alike: str) -> None:
    assert email_key(look_alike) == email_key("anna@example.org") == "anna@example.org"


def test_different_emails_stay_different() -> None:
    assert email_key("anna@example.org") != email_key("anne@example.org")
    assert email_key("anna@example.org") != email_key("anna@example.com")


@pytest.mark.parametrize("written", ["1975-03-31", " 1975-03-31 ", "1975-03-31 00:00:00", "1975-03-31T00:00",
                                     "1975-03-31\x00"])
def test_days_as_written(written: str) -> None:
    assert parse_day(written) == date(1975, 3, 31)


def test_days_from_a_spreadsheet_cell() -> None:
    assert parse_day(datetime(1975, 3, 31, 0, 0)) == date(1975, 3, 31)
    assert parse_day(date(1975, 3, 31)) == date(1975, 3, 31)


@pytest.mark.parametrize("written", [
    "1975-03-31x", "1975-03-31 garbage", "1975-03-31T::::", "1975-W13-1", "1975-W13", "1975-090",
    "19750331", "1975-02-30", "1975-03-31 25:00", "31/03/1975", "",
])
def test_what_is_not_a_day_is_refused_in_one_line(written: str) -> None:
    with pytest.raises(ValidationError, match="not a") as caught:
        parse_day(written, field="date of birth")
    assert "\n" not in str(caught.value) and str(caught.value).startswith("date of birth: ")


def test_birth_dates_in_the_future_are_refused() -> None:
    today = date(2026, 11, 27)
    assert check_birth_date(date(1815, 12, 10), today=today) == date(1815, 12, 10)
    assert check_birth_date(today, today=today) == today
    with pytest.raises(ValidationError, match="in the future"):
        check_birth_date(date(2026, 11, 28), today=today)
