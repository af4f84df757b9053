"""What services report, said in French and Spanish: days and months in the language, counts in
proper plurals, reasons and warnings as data (no English left over)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mmdesk import i18n
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import CheckInOutcome as O
from mmdesk.domain.errors import NotFound, ValidationError
from mmdesk.services import accreditation as acc
from mmdesk.services import forum, letters, venue
from mmdesk.services import programme as prog
from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.delegates import search_delegates
from mmdesk.services.events import get_event
from mmdesk.services.keys import code_for_delegate
from mmdesk.store.database import Store

ENGLISH_MONTHS = ("November", "Nov ", "Wednesday", "Wed ")
LANGS = [("fr", "20 novembre 2019", "mercredi 20 novembre 2019"),
         ("es", "20 de noviembre de 2019", "miércoles, 20 de noviembre de 2019")]


def _id(store: Store, query: str) -> int:
    (d,) = search_delegates(store, query)
    return d.id


@pytest.mark.parametrize(("code", "day", "long"), LANGS)
def test_a_refusal_naming_the_forums_days_says_them_in_the_language(demo: Store, code: str, day: str,
                                                                    long: str) -> None:
    data = forum.event_input(get_event(demo))
    with pytest.raises(ValidationError) as info:
        forum.update_event(demo, forum.EventInput(**{**data.__dict__, "end_date": date(2019, 11, 19)}))
    said = info.value.message(code)
    assert f"({day})" in said and not any(m in said for m in ENGLISH_MONTHS), said
    late = datetime(2019, 12, 25, 9, 0)
    with pytest.raises(ValidationError) as outside:
        prog.create_session(demo, prog.SessionInput("Late", "plenary", late, late + timedelta(hours=1)))
    said = outside.value.message(code)
    assert long in said and "25" in said and not any(m in said for m in ENGLISH_MONTHS), said
    assert outside.value.code == "programme.falls-outside-forum-day"


@pytest.mark.parametrize(("code", "plural"), [("fr", "séances tomberaient"), ("es", "sesiones quedarían")])
def test_new_days_leaving_sessions_out_name_them_with_their_days_in_the_language(demo: Store, code: str,
                                                                                plural: str) -> None:
    data = forum.event_input(get_event(demo))
    moved = forum.EventInput(**{**data.__dict__, "start_date": date(2019, 11, 21),
                                "end_date": date(2019, 11, 21)})
    i18n.set_language(code)
    with pytest.raises(ValidationError) as info:
        forum.update_event(demo, moved)
    said = str(info.value)
    assert plural in said and "(s)" not in said and not any(m in said for m in ENGLISH_MONTHS), said
    assert ("20 novembre" if code == "fr" else "20 de noviembre") in said


@pytest.mark.parametrize(("code", "month"), [("fr", "nov."), ("es", "nov")])
def test_a_revoked_badge_says_when_in_the_language(demo: Store, code: str, month: str) -> None:
    did = _id(demo, "plante")
    a = acc.accreditations_of(demo, did)[0]
    acc.transition(demo, a.id, S.BADGE_ISSUED)
    old = code_for_delegate(demo, did)
    acc.transition(demo, a.id, S.BADGE_ISSUED, reason="lost")
    result = CheckInDesk(demo, "Desk 1").scan(old, at=datetime(2019, 11, 20, 9, 0))
    assert result.outcome is O.REFUSED and isinstance(result.values["revoked_at"], datetime)
    english_month = f"{result.values['revoked_at']:%b}"
    said = result.message(code)
    assert f" {month}" in said and f" {english_month} " not in said, said
    assert english_month in result.reason  # the stored reason stays English


@pytest.mark.parametrize(("code", "visa", "not_in"), [
    ("fr", "pas de données de passeport (il manque : numéro de passeport", "pas enregistré·e sur le site"),
    ("es", "sin datos de pasaporte (falta: número de pasaporte", "sin registro de entrada en la sede"),
])
def test_who_was_left_out_of_letters_and_why_in_the_language(demo: Store, tmp_path: Path, code: str,
                                                             visa: str, not_in: str) -> None:
    batch = letters.print_letters(demo, tmp_path / "att.pdf", "invitation")
    assert batch.left_out and all(x.why.code == "letters.not-accredited" for x in batch.left_out)
    assert all("letters go to approved delegates" in x.reason for x in batch.left_out)
    with pytest.raises(letters.LetterRefused) as info:
        letters.print_letters(demo, tmp_path / "visa.pdf", "visa", delegate_ids=[_id(demo, "Aki-Sawyerr")])
    assert visa in info.value.message(code)
    i18n.set_language(code)
    with pytest.raises(letters.LetterRefused) as everyone:
        letters.print_letters(demo, tmp_path / "att.pdf", "attendance")
    said = str(everyone.value)
    assert not_in in said and "(s)" not in said and "; … " in said, said


@pytest.mark.parametrize(("code", "one"), [("fr", "utilisée par 1 séance"), ("es", "la usa 1 sesión")])
def test_counts_in_refusals_take_the_languages_plural(store: Store, code: str, one: str) -> None:
    room = venue.create_room(store, "Sala Quito", 200)
    t = datetime(2019, 11, 20, 9)
    prog.create_session(store, prog.SessionInput("Opening", "plenary", t, t + timedelta(hours=1),
                                                 room_id=room.id))
    with pytest.raises(ValidationError) as info:
        venue.delete_room(store, room.id)
    assert one in info.value.message(code) and "(s)" not in info.value.message(code)
    assert info.value.message("en").startswith("room 'Sala Quito' is used by 1 session (“Opening”)")
    with pytest.raises(NotFound) as missing:
        prog.find_session(store, "Closing")
    assert "(s)" not in missing.value.message(code) and "1" in missing.value.message(code)


def test_a_hand_over_reason_kept_in_english_in_the_history_is_said_in_the_language() -> None:
    assert i18n.translate_message("collected by Uno Delegate", "fr") == "retiré par Uno Delegate"
    assert i18n.translate_message("collected by Uno Delegate", "es") == "recogida por Uno Delegate"


@pytest.mark.parametrize(("code", "said"), [("fr", "colonnes manquantes : start, end, title"),
                                            ("es", "faltan las columnas: start, end, title")])
def test_a_programme_sheet_missing_columns_says_so_without_s_in_brackets(code: str, said: str) -> None:
    from types import SimpleNamespace

    from mmdesk.services.programme_exchange import ImportRefused, check_programme_headers

    with pytest.raises(ImportRefused) as info:
        check_programme_headers(SimpleNamespace(headers=["Day"]))
    assert "missing columns: start, end, title" in info.value.message("en")
    assert said in info.value.message(code) and "(s)" not in info.value.message(code)
