"""Check-in results as data: a stable code and values beside the English reason, said by the
desk in the user's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mmdesk import i18n
from mmdesk.domain.enums import CheckInOutcome as O
from mmdesk.domain.errors import ValidationError
from mmdesk.services.checkin import CheckInDesk
from mmdesk.store.database import Store
from tests.services.test_checkin import at, delegate_id, issued_code


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_each_outcome_has_its_code_and_values(demo: Store) -> None:
    code = issued_code(demo, "plante")
    first = CheckInDesk(demo, "Desk 1").scan(code, at=at("08:55"))
    assert (first.code, dict(first.values)) == ("checkin.admitted", {"where": "the venue"})
    again = CheckInDesk(demo, "Desk 2").scan(code, at=at("09:10"))
    assert again.code == "checkin.already" and dict(again.values) == {
        "where": "the venue", "at": "08:55", "desk": "Desk 1"}
    assert again.reason == "already checked in to the venue at 08:55 (Desk 1)"  # stored in English
    forced = CheckInDesk(demo, "Desk 2").scan(code, at=at("09:11"), force=True)
    assert forced.code == "checkin.admitted-again"
    forged = CheckInDesk(demo, "Desk 1").scan(code[:-2] + "AA", at=at("09:12"))
    assert forged.outcome is O.REFUSED and forged.code.startswith("badge-codes.")
    assert CheckInDesk(demo, "Desk 1").scan("", at=at("09:12")).code == "checkin.nothing-scanned"
    zone = CheckInDesk(demo, "Bilateral door", "Bilateral Room").scan(code, at=at("18:05"))
    assert zone.code == "checkin.zone-closed" and zone.values["room_zone"] == "'Restricted'"


@pytest.mark.parametrize(("language", "admitted", "already"), [
    ("fr", "entrée autorisée dans l’enceinte", "entrée déjà enregistrée dans l’enceinte à 08:55 (Desk 1)"),
    ("es", "entrada autorizada en el recinto", "entrada ya registrada en el recinto a las 08:55 (Desk 1)"),
])
def test_the_desk_says_the_result_in_its_language(demo: Store, speaking: None, language: str,
                                                  admitted: str, already: str) -> None:
    code = issued_code(demo, "plante")
    first = CheckInDesk(demo, "Desk 1").scan(code, at=at("08:55"))
    again = CheckInDesk(demo, "Desk 2").scan(code, at=at("09:10"))
    i18n.set_language(language)
    assert first.message() == admitted and again.message() == already
    assert first.message("en") == first.reason == "admitted to the venue"


def test_a_look_up_and_a_confirmed_admission_carry_codes(demo: Store, speaking: None) -> None:
    issued_code(demo, "goyeneche")
    desk = CheckInDesk(demo, "Desk 1", staffed=True)
    found = desk.look_up("fabiana goyeneche")
    assert found.code == "checkin.found-one" and found.values == {"name": "Ms. Fabiana Goyeneche"}
    assert desk.look_up("nobody-at-all").code == "checkin.no-match"
    assert desk.look_up("rio").code == "checkin.several-match"
    admitted = desk.admit_confirmed(found.single.delegate_id, "fabiana goyeneche", at=at("09:00"),
                                    operator="Ana")
    assert admitted.code == "checkin.admitted"
    assert admitted.reason == "admitted to the venue (typed 'fabiana goyeneche', confirmed by Ana)"
    i18n.set_language("fr")
    said = admitted.message()
    assert "'fabiana goyeneche'" in said and "Ana" in said and "confirmed by" not in said
    withdrawn = desk.admit_confirmed(delegate_id(demo, "rajah"), "rajah", at=at("09:00"))
    assert withdrawn.code == "checkin.not-accredited" and "withdrawn" not in withdrawn.message()


def test_a_typed_number_at_a_door_is_refused_with_a_code(demo: Store, speaking: None) -> None:
    door = CheckInDesk(demo, "Plenary door", "Plenary Hall")
    assert door.scan("000123", at=at("09:25")).code == "checkin.typed-at-door"
    i18n.set_language("es")
    with pytest.raises(ValidationError) as refused:
        door.look_up("000123")
    assert refused.value.code == "checkin.typed-at-door"
    assert refused.value.values == {"room_name": "Plenary Hall"}
    assert "Plenary Hall" in str(refused.value) and "only a badge" not in str(refused.value)
