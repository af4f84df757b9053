"""Letters: every kind in every language, the register's numbers, the visa letter's passport
data, certificates only for people admitted, the forum's own templates, closing and erasure."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from mmdesk.domain.errors import MmdeskError
from mmdesk.services import letters, privacy
from mmdesk.services.checkin import CheckInDesk
from mmdesk.services.delegates import get_delegate_input, resolve_delegate, update_delegate
from mmdesk.services.keys import code_for_delegate
from mmdesk.store.database import Store
from mmdesk.store.models import DelegateSensitive, ExportLog, Letter
from tests.conftest import dump
from tests.printing.conftest import fonts, pages, pdftext

AKI = "Aki-Sawyerr"          # Mayor of Freetown, approved, Sierra Leone
ZANUSO = "Zanuso"
PASSPORTS = {AKI: ("SL0412345", date(1975, 3, 2)), ZANUSO: ("YA7654321", date(1980, 11, 9))}


def _id(store: Store, who: str) -> int:
    return resolve_delegate(store, who)


def _give_passport(store: Store, who: str) -> int:
    delegate_id = _id(store, who)
    data, version = get_delegate_input(store, delegate_id)
    number, born = PASSPORTS[who]
    update_delegate(store, delegate_id, dataclasses.replace(data, passport_number=number, date_of_birth=born),
                    expected_version=version)
    return delegate_id


def _admit(store: Store, who: str, when: datetime) -> None:
    CheckInDesk(store, "Main door").scan(code_for_delegate(store, _id(store, who)), at=when)


#: what each language prints, to find in the PDF's text
WORDS = {
    ("visa", "en"): ("Visa support letter", "Passport number: SL0412345", "Date of birth: 2 March 1975",
                     "Nationality: Sierra Leone", "on 20 November 2019"),
    ("visa", "fr"): ("Lettre d'appui", "Numéro de passeport : SL0412345", "Date de naissance : 2 mars 1975",
                     "Nationalité : Sierra Leone", "le 20 novembre 2019"),
    ("visa", "es"): ("Carta de apoyo", "Número de pasaporte: SL0412345",
                     "Fecha de nacimiento: 2 de marzo de 1975", "Nacionalidad: Sierra Leona",
                     "el 20 de noviembre de 2019"),
    ("invitation", "en"): ("Invitation to the 6th Mayoral Forum", "Partner: Mayors Migration Council"),
    ("invitation", "fr"): ("Invitation au 6th Mayoral Forum", "Secrétariat du Forum", "Équateur"),
    ("invitation", "es"): ("Invitación al 6th Mayoral Forum", "Secretaría del Foro", "Ecuador"),
    ("confirmation", "en"): ("Confirmation of participation", "Letter number: MF2019/CONF/"),
    ("confirmation", "fr"): ("Confirmation de participation", "Numéro de la lettre : MF2019/CONF/"),
    ("confirmation", "es"): ("Confirmación de participación", "Número de carta: MF2019/CONF/"),
    ("attendance", "en"): ("Certificate of attendance", "present at the venue on 20 November 2019"),
    ("attendance", "fr"): ("Certificat de participation", "aux dates suivantes : 20 novembre 2019"),
    ("attendance", "es"): ("Certificado de asistencia", "en las fechas siguientes: 20 de noviembre de 2019"),
}


@pytest.mark.parametrize("kind,language", sorted(WORDS))
def test_every_kind_prints_in_every_language_with_its_number_and_embedded_fonts(
        demo: Store, tmp_path: Path, kind: str, language: str) -> None:
    _give_passport(demo, AKI)
    _admit(demo, AKI, datetime(2019, 11, 20, 8, 30))
    target = tmp_path / f"{kind}.{language}.pdf"
    batch = letters.print_letters(demo, target, kind, delegate_ids=[_id(demo, AKI)], language=language,
                                  today=date(2019, 10, 1))
    assert [x.name for x in batch.issued] == ["Mayor Yvonne Aki-Sawyerr"] and batch.left_out == ()
    text = pdftext(target)
    assert "Yvonne Aki-Sawyerr" in text
    assert f"MF2019/{letters.KIND_CODES[kind]}/0001" in text
    for words in WORDS[(kind, language)]:
        assert words in text, words
    assert {"en": "1 October 2019", "fr": "1 octobre 2019", "es": "1 de octubre de 2019"}[language] in text
    assert fonts(target) and all(embedded for _, embedded in fonts(target))
    assert pages(target) == 1
    assert target.stat().st_mode & 0o077 == 0  # personal data: the owner's only


def test_register_numbers_follow_on_across_batches_and_kinds(demo: Store, tmp_path: Path) -> None:
    first = letters.print_letters(demo, tmp_path / "inv.pdf", "invitation")
    second = letters.print_letters(demo, tmp_path / "conf.pdf", "confirmation",
                                   delegate_ids=[_id(demo, AKI), _id(demo, ZANUSO)])
    numbers = [x.number for x in first.issued + second.issued]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(first.issued) == 26 and pages(tmp_path / "inv.pdf") == 26  # the approved, one page each
    register = letters.letter_register(demo)
    assert [e.number for e in register] == numbers
    last = register[-1]
    assert (last.kind, last.recipient, last.issued_by) == ("confirmation", "Ms. Vittoria Zanuso", "test desk")
    assert last.reference == f"MF2019/CONF/{len(numbers):04d}"
    assert last.template == "default/confirmation.en.txt"
    assert {e.delegate_id for e in register[-2:]} == {_id(demo, AKI), _id(demo, ZANUSO)}
    assert letters.register_counts(demo) == {"invitation": 26, "confirmation": 2}
    assert f"MF2019/CONF/{len(numbers):04d}" in pdftext(tmp_path / "conf.pdf")
    # each batch is in the log of sensitive exports: who, how many, where
    with demo.reading() as db:
        logged = db.execute(sa.select(ExportLog.fields, ExportLog.rows, ExportLog.actor)
                            .order_by(ExportLog.id)).all()
    assert logged[-2:] == [(["invitation_letter"], 26, "test desk"),
                           (["confirmation_letter"], 2, "test desk")]


def test_the_rejected_and_nominated_are_left_out_of_a_batch_and_named(demo: Store, tmp_path: Path) -> None:
    batch = letters.print_letters(demo, tmp_path / "inv.pdf", "invitation")
    reasons = {x.name: x.reason for x in batch.left_out}
    assert "Mr. Mouhamadou Bamba Ka" in reasons and "rejected" in reasons["Mr. Mouhamadou Bamba Ka"]
    assert "Mouhamadou Bamba Ka" not in pdftext(tmp_path / "inv.pdf")


def test_a_visa_letter_needs_passport_data(demo: Store, demo_path: Path, tmp_path: Path) -> None:
    unchanged = dump(demo_path)
    with pytest.raises(letters.LetterRefused) as refused:
        letters.print_letters(demo, tmp_path / "visa.pdf", "visa", delegate_ids=[_id(demo, AKI)])
    message = str(refused.value)
    assert "Aki-Sawyerr" in message and "passport number" in message and "date of birth" in message
    assert "\n" not in message
    assert dump(demo_path) == unchanged and not (tmp_path / "visa.pdf").exists()
    # a batch: those with passport data print, the others are listed with the reason
    _give_passport(demo, AKI)
    batch = letters.print_letters(demo, tmp_path / "visa.pdf", "visa",
                                  delegate_ids=[_id(demo, AKI), _id(demo, ZANUSO)])
    assert [x.name for x in batch.issued] == ["Mayor Yvonne Aki-Sawyerr"]
    left = [(x.name, "passport number" in x.reason) for x in batch.left_out]
    assert left == [("Ms. Vittoria Zanuso", True)]
    text = pdftext(tmp_path / "visa.pdf")
    assert "SL0412345" in text and ZANUSO not in text
    with demo.reading() as db:
        assert db.scalars(sa.select(ExportLog.fields).order_by(ExportLog.id.desc())).first() == [
            "visa_letter", "passport_number", "date_of_birth", "nationality"]


def test_the_nationality_of_the_passport_outranks_the_country(demo: Store, tmp_path: Path) -> None:
    delegate_id = _give_passport(demo, AKI)
    with demo.transaction() as db:
        db.get(DelegateSensitive, delegate_id).nationality = "GB"
    letters.print_letters(demo, tmp_path / "v.pdf", "visa", delegate_ids=[delegate_id], language="en")
    assert "Nationality: United Kingdom" in pdftext(tmp_path / "v.pdf")


def test_certificates_of_attendance_only_for_people_admitted(demo: Store, tmp_path: Path) -> None:
    with pytest.raises(letters.LetterRefused, match="Aki-Sawyerr: no attendance letter: not checked in"):
        letters.print_letters(demo, tmp_path / "a.pdf", "attendance", delegate_ids=[_id(demo, AKI)])
    _admit(demo, AKI, datetime(2019, 11, 20, 8, 30))
    _admit(demo, ZANUSO, datetime(2019, 11, 20, 9, 0))
    batch = letters.print_letters(demo, tmp_path / "a.pdf", "attendance", language="en")
    assert sorted(x.delegate_id for x in batch.issued) == sorted([_id(demo, AKI), _id(demo, ZANUSO)])
    assert len(batch.left_out) == 28  # everyone else: never admitted
    assert all("not checked in" in x.reason for x in batch.left_out)
    text = pdftext(tmp_path / "a.pdf")
    assert "Yvonne Aki-Sawyerr" in text and "Vittoria Zanuso" in text and pages(tmp_path / "a.pdf") == 2


def test_each_delegate_gets_their_language_unless_one_is_chosen(demo: Store, tmp_path: Path) -> None:
    batch = letters.print_letters(demo, tmp_path / "inv.pdf", "invitation")
    chosen = {x.name: x.language for x in batch.issued}
    assert (chosen["Mayor Yvonne Aki-Sawyerr"], chosen["Mayor Carolina Cosse"], chosen["Mayor Philippe Rio"],
            chosen["Ms. Vittoria Zanuso"]) == ("en", "es", "fr", "en")  # each one's first of the forum's
    assert "Estimado/a Mayor Carolina Cosse:" in pdftext(tmp_path / "inv.pdf")
    forced = letters.print_letters(demo, tmp_path / "inv-fr.pdf", "invitation", language="fr")
    assert {x.language for x in forced.issued} == {"fr"}
    with pytest.raises(MmdeskError, match="no invitation template in 'de'"):
        letters.print_letters(demo, tmp_path / "x.pdf", "invitation", language="de")


def test_the_forums_own_templates_outrank_the_defaults_file_by_file(demo: Store, tmp_path: Path) -> None:
    folder = tmp_path / "our-letters"
    folder.mkdir()
    copied = letters.set_forum_folder(demo, folder, copy_defaults=True)
    assert {p.name for p in copied} >= {"visa.fr.txt", "sender.toml", "letterhead.png", "signature.png"}
    (folder / "invitation.en.txt").write_text(
        "subject: Come to {forum_short}\nto: {name}\n\nDear {given_name}, see you {when}.\n",
        encoding="utf-8")
    (folder / "sender.toml").write_text('organisation = "City of Quito"\nsignatory = "Jorge Yunda"\n',
                                        encoding="utf-8")
    (folder / "invitation.fr.txt").unlink()  # the default French one is used instead
    aki = _id(demo, AKI)
    letters.print_letters(demo, tmp_path / "en.pdf", "invitation", delegate_ids=[aki], language="en")
    text = pdftext(tmp_path / "en.pdf")
    assert "Come to Mayoral Forum 2019" in text and "Dear Yvonne, see you on 20 November 2019." in text
    assert "Jorge Yunda" in text and "City of Quito" in text
    letters.print_letters(demo, tmp_path / "fr.pdf", "invitation", delegate_ids=[aki], language="fr")
    assert "Invitation au 6th Mayoral Forum" in pdftext(tmp_path / "fr.pdf")
    used = {(k, lang): src for k, lang, src in letters.template_sources(demo)}
    assert used[("invitation", "en")] == str(folder / "invitation.en.txt")
    assert used[("invitation", "fr")] == "default/invitation.fr.txt"
    assert letters.letter_register(demo)[0].template == str(folder / "invitation.en.txt")
    # a mistake in a template is one line naming the file, the line and the field
    (folder / "invitation.en.txt").write_text("subject: Hello {nmae}\n\nBody\n", encoding="utf-8")
    with pytest.raises(MmdeskError, match=r"invitation.en.txt, line 1: unknown field \{nmae\}"):
        letters.print_letters(demo, tmp_path / "bad.pdf", "invitation", language="en")
    assert len(letters.letter_register(demo)) == 2
    letters.set_forum_folder(demo, None)
    assert letters.forum_folder(demo) is None


def test_a_folder_beside_the_store_is_the_forums_own(demo: Store, demo_path: Path, tmp_path: Path) -> None:
    beside = demo_path.with_name(f"{demo_path.stem}-letters")
    beside.mkdir()
    (beside / "confirmation.en.txt").write_text("subject: Yes\n\nYou are in, {name}.\n", encoding="utf-8")
    assert letters.forum_folder(demo) == beside
    letters.print_letters(demo, tmp_path / "c.pdf", "confirmation", delegate_ids=[_id(demo, AKI)],
                          language="en")
    assert "You are in, Mayor Yvonne Aki-Sawyerr." in pdftext(tmp_path / "c.pdf")


def test_closing_erases_the_registers_names_and_keeps_the_counts(demo: Store, tmp_path: Path) -> None:
    letters.print_letters(demo, tmp_path / "inv.pdf", "invitation")
    _give_passport(demo, AKI)
    letters.print_letters(demo, tmp_path / "visa.pdf", "visa", delegate_ids=[_id(demo, AKI)])
    privacy.close_event(demo, today=date(2019, 11, 21))
    register = letters.letter_register(demo)
    assert len(register) == 27 and letters.register_counts(demo) == {"invitation": 26, "visa": 1}
    assert all(e.recipient is None and e.issued_by == "—" for e in register)
    with pytest.raises(MmdeskError, match="closed"):
        letters.print_letters(demo, tmp_path / "again.pdf", "invitation")


def test_passport_data_is_erased_once_every_visa_letter_is_issued(demo: Store, tmp_path: Path) -> None:
    aki, zanuso = _give_passport(demo, AKI), _give_passport(demo, ZANUSO)
    letters.print_letters(demo, tmp_path / "visa.pdf", "visa", delegate_ids=[aki])
    assert letters.passports_without_visa_letter(demo) == [(zanuso, "Ms. Vittoria Zanuso")]
    with pytest.raises(MmdeskError, match="1 delegate.* no visa letter yet .*Zanuso.*--force"):
        letters.erase_passports(demo)
    with demo.reading() as db:
        assert db.scalar(sa.select(sa.func.count()).select_from(DelegateSensitive)) == 2
    letters.print_letters(demo, tmp_path / "visa2.pdf", "visa", delegate_ids=[zanuso])
    done = letters.erase_passports(demo)
    assert done.erased == 2 and done.without_letter == ()
    with demo.reading() as db:
        assert db.scalar(sa.select(sa.func.count()).select_from(DelegateSensitive)) == 0
        assert db.scalar(sa.select(sa.func.count()).select_from(Letter)) == 2  # the register stays
    with pytest.raises(letters.LetterRefused, match="passport number"):
        letters.print_letters(demo, tmp_path / "visa3.pdf", "visa", delegate_ids=[aki])


def test_erasing_passports_anyway_with_force(demo: Store) -> None:
    _give_passport(demo, AKI)
    assert letters.erase_passports(demo, dry_run=True).erased == 1
    done = letters.erase_passports(demo, force=True)
    assert done.erased == 1 and done.without_letter == ("Mayor Yvonne Aki-Sawyerr",)


def test_a_delegate_with_no_accreditation_is_left_out_in_the_language(demo: Store, tmp_path: Path) -> None:
    from mmdesk.services.delegates import DelegateInput, create_delegate

    d = create_delegate(demo, DelegateInput(given_name="Nadia", family_name="Haddad"))
    batch = letters.print_letters(demo, tmp_path / "inv.pdf", "invitation")
    (left,) = [x for x in batch.left_out if x.delegate_id == d.id]
    assert left.reason == "not accredited (no accreditation): letters go to approved delegates"
    for code, words in (("fr", "aucune accréditation"), ("es", "sin acreditación")):
        said = left.message(code)
        assert words in said and "no accreditation" not in said, said
    # a known word: the catalogues collect it from the code
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "extract_messages.py"
    spec = importlib.util.spec_from_file_location("extract_messages", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert ("sentence", "no accreditation") in module.collect()


def test_the_log_of_sensitive_exports_names_a_letter_batch_in_the_language(demo: Store,
                                                                           tmp_path: Path) -> None:
    from mmdesk.services.export_log_words import field_said

    letters.print_letters(demo, tmp_path / "inv.pdf", "invitation")
    (latest, *_) = privacy.sensitive_exports(demo)
    assert latest.fields == ("invitation_letter",)  # a stable code, said when shown
    assert [field_said(f, "es") for f in latest.fields] == ["carta de invitación"]
    assert [field_said(f, "fr") for f in latest.fields] == ["lettre d’invitation"]
    assert field_said("invitation_letter", "en") == "letter of invitation"
    # what older versions logged in English words is said in the language too
    assert field_said("invitation letter", "es") == "carta de invitación"
    assert field_said("passport data erased", "fr") == "données de passeport effacées"
    assert field_said("passport_number", "es") == "número de pasaporte"
    assert field_said("something else", "fr") == "something else"
