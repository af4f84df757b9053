"""Signed badge codes: genuine ones verify; altered, foreign and garbled ones do not."""

from __future__ import annotations

import pytest
import segno
from hypothesis import given, settings
from hypothesis import strategies as st

from mmdesk.domain.badge_codes import (
    ALPHABET,
    CODE_LENGTH,
    NUMBERS_IN_80,
    BadCode,
    KeyPair,
    Verifier,
    looks_like_code,
    serial_for,
    sign,
)

KEY = KeyPair.generate()
VERIFY = Verifier(KEY.public)
SERIAL = serial_for(4217)


@pytest.mark.parametrize("number", [1, 2, 999, 4217, 50_000, NUMBERS_IN_80])
def test_codes_round_trip_in_80_printable_characters(number: int) -> None:
    serial = serial_for(number)
    code = sign(serial, KEY.private)
    assert len(code) == CODE_LENGTH == 80
    assert code.isascii() and code.isprintable() and " " not in code
    assert VERIFY.serial_of(code) == serial
    assert VERIFY.serial_of("  " + code + "\r\n") == serial  # scanners add Enter


def test_the_80_characters_last_for_84525_badges_and_then_81() -> None:
    assert NUMBERS_IN_80 == 84_525
    code = sign(serial_for(NUMBERS_IN_80 + 1), KEY.private)
    assert len(code) == 81 and VERIFY.serial_of(code) == serial_for(NUMBERS_IN_80 + 1)
    assert len(sign(serial_for(999_999), KEY.private)) == 81


def test_serials_are_six_digit_badge_numbers() -> None:
    assert serial_for(42) == "000042"
    for bad in (0, 1_000_000):
        with pytest.raises(BadCode):
            serial_for(bad)
    with pytest.raises(BadCode):
        sign("ABCDE1234", KEY.private)


def test_qr_of_a_code_is_version_5() -> None:
    for number in (1, NUMBERS_IN_80):
        code = sign(serial_for(number), KEY.private)
        assert segno.make(code, error="M", micro=False).version == 5


def test_a_code_typed_with_caps_lock_on_is_still_read() -> None:
    code = sign(SERIAL, KEY.private)
    assert code.swapcase() != code
    assert VERIFY.serial_of(code.swapcase()) == SERIAL


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_any_single_character_changed_is_refused(data: st.DataObject) -> None:
    code = sign(SERIAL, KEY.private)
    i = data.draw(st.integers(0, len(code) - 1))
    ch = data.draw(st.sampled_from(sorted(set(ALPHABET) - {code[i]})))
    altered = code[:i] + ch + code[i + 1:]
    with pytest.raises(BadCode, match="forged"):
        VERIFY.serial_of(altered)


def test_every_character_changed_at_each_end_is_refused() -> None:
    code = sign(SERIAL, KEY.private)
    for i in (0, 1, len(code) - 2, len(code) - 1):
        for ch in sorted(set(ALPHABET) - {code[i]}):
            with pytest.raises(BadCode):
                VERIFY.serial_of(code[:i] + ch + code[i + 1:])


def test_a_code_of_another_events_key_is_refused() -> None:
    other = KeyPair.generate()
    with pytest.raises(BadCode, match="forged code"):
        VERIFY.serial_of(sign(SERIAL, other.private))


def test_a_signature_moved_onto_another_number_is_refused() -> None:
    # the number is the code's leading part: swap the leading characters of two codes
    a, b = sign(serial_for(1), KEY.private), sign(serial_for(60_000), KEY.private)
    with pytest.raises(BadCode, match="forged"):
        VERIFY.serial_of(b[:2] + a[2:])


def test_an_81_character_spelling_of_an_80_character_code_is_refused() -> None:
    code = sign(SERIAL, KEY.private)
    with pytest.raises(BadCode):
        VERIFY.serial_of(ALPHABET[0] + code)


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=200))
def test_garbage_is_refused_cleanly(text: str) -> None:
    with pytest.raises(BadCode):
        VERIFY.serial_of(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=80, max_size=81))
def test_random_codes_of_the_right_shape_are_forged(text: str) -> None:
    with pytest.raises(BadCode, match="forged"):
        VERIFY.serial_of(text)


@pytest.mark.parametrize("text", ["", "MM1", "0" * 79, "0" * 82, "0" * 40 + " " + "0" * 39,
                                  "é" * 80])
def test_truncated_padded_or_foreign_text_is_unreadable(text: str) -> None:
    with pytest.raises(BadCode, match="unreadable"):
        VERIFY.serial_of(text)


def test_what_looks_like_a_code_and_what_like_a_name() -> None:
    assert looks_like_code(sign(SERIAL, KEY.private))
    assert looks_like_code(sign(SERIAL, KEY.private)[:70])  # cut short: still a code, refused
    assert not looks_like_code("Yvonne Aki-Sawyerr")
    assert not looks_like_code("000042")


# A badge printed before the 80-character format (MM1 + serial + base32), with its key.
FIRST_FORMAT_KEY = bytes.fromhex("dd8daec3c90903b0b0c7525347e6295974761ad9072c8c3f28ab62e7a0bf2feb")
FIRST_FORMAT_CODE = ("MM1K3M9QX2TZ7BQAMPB6U7TQZFKGOR47MWFY7K3I7FHSMYGFMOFWM4U5NYMACARGBS2OHQNNXVGGEYBD"
                     "DJYXV254RKK7ML2LIWRU7CEFVSSQCZV4LKCI")


def test_badges_of_the_first_format_still_open_doors() -> None:
    verify = Verifier(FIRST_FORMAT_KEY)
    assert verify.serial_of(FIRST_FORMAT_CODE) == "K3M9QX2TZ7"
    assert verify.serial_of(FIRST_FORMAT_CODE.lower()) == "K3M9QX2TZ7"
    for i in (5, 60, len(FIRST_FORMAT_CODE) - 1):
        ch = "A" if FIRST_FORMAT_CODE[i] != "A" else "B"
        with pytest.raises(BadCode):
            verify.serial_of(FIRST_FORMAT_CODE[:i] + ch + FIRST_FORMAT_CODE[i + 1:])
    with pytest.raises(BadCode, match="forged"):
        VERIFY.serial_of(FIRST_FORMAT_CODE)  # another event's key
    # a store upgraded with such badges still shows their codes, in the first format
    old = sign("K3M9QX2TZ7", KEY.private)
    assert len(old) == 116 and VERIFY.serial_of(old) == "K3M9QX2TZ7"
