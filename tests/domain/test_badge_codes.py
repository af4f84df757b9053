"""Signed badge codes: genuine ones verify; altered, foreign and garbled ones do not."""

from __future__ import annotations

import pytest
import segno
from hypothesis import given, settings
from hypothesis import strategies as st

from mmdesk.domain.badge_codes import (
    CODE_LENGTH,
    SERIAL_ALPHABET,
    BadCode,
    KeyPair,
    Verifier,
    new_serial,
    sign,
)

KEY = KeyPair.generate()
VERIFY = Verifier(KEY.public)


def test_code_round_trip_and_shape() -> None:
    serial = new_serial()
    code = sign(serial, KEY.private)
    assert len(code) == CODE_LENGTH == 116
    assert code.startswith("MM1" + serial)
    assert set(code) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # QR alphanumeric
    assert VERIFY.serial_of(code) == serial
    assert VERIFY.serial_of("  " + code.lower() + "\n") == serial  # scanners add Enter


def test_qr_of_a_code_is_as_small_as_an_80_character_one() -> None:
    code = sign(new_serial(), KEY.private)
    assert segno.make(code, error="M", micro=False).version == \
        segno.make("x" * 80, error="M", micro=False).version == 5


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_single_character_changed_is_refused(data: st.DataObject) -> None:
    code = sign("ABCDE12345", KEY.private)
    i = data.draw(st.integers(0, len(code) - 1))
    alphabet = SERIAL_ALPHABET + "ILOUABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    ch = data.draw(st.sampled_from(sorted(set(alphabet) - {code[i]})))
    altered = code[:i] + ch + code[i + 1:]
    with pytest.raises(BadCode):
        VERIFY.serial_of(altered)


def test_every_other_last_character_is_refused() -> None:
    # 512 signature bits in 103 base-32 characters leave 3 spare bits at the end
    code = sign("ABCDE12345", KEY.private)
    for ch in sorted(set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") - {code[-1]}):
        with pytest.raises(BadCode):
            VERIFY.serial_of(code[:-1] + ch)


def test_a_code_of_another_events_key_is_refused() -> None:
    other = KeyPair.generate()
    with pytest.raises(BadCode, match="forged code"):
        VERIFY.serial_of(sign("ABCDE12345", other.private))


def test_serial_swapped_onto_another_signature_is_refused() -> None:
    a, b = sign("ABCDE12345", KEY.private), sign("ZZZZZ99999", KEY.private)
    with pytest.raises(BadCode, match="forged"):
        VERIFY.serial_of(a[:3] + "ZZZZZ99999" + a[13:])
    assert VERIFY.serial_of(b) == "ZZZZZ99999"


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=200))
def test_garbage_is_refused_cleanly(text: str) -> None:
    with pytest.raises(BadCode):
        VERIFY.serial_of(text)


@pytest.mark.parametrize("text", ["", "MM1", "MM1ABCDE12345", "MM1ABCDE12345" + "A" * 102,
                                  "MM1ABCDE12345" + "A" * 104, "MM1abcde1234I" + "A" * 103])
def test_truncated_or_padded_codes_are_unreadable(text: str) -> None:
    with pytest.raises(BadCode, match="unreadable"):
        VERIFY.serial_of(text)


def test_serials_are_hard_to_guess() -> None:
    serials = {new_serial() for _ in range(5000)}
    assert len(serials) == 5000
    assert all(len(s) == 10 and set(s) <= set(SERIAL_ALPHABET) for s in serials)
