"""Categories and accreditation states in the organizer's language (issue 18): a French or
Spanish list saying them as the window and the command line do imports whole; an unknown one is
refused with the accepted words in the user's language; mmdesk's own export in French or
Spanish speaks that language and imports back changing nothing."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest

from mmdesk import i18n
from mmdesk.cli import main
from mmdesk.domain.enums import AccreditationState, Category, RouteKind, SessionAccess, SessionKind
from mmdesk.services.accreditation import RouteInput, accreditations_of, create_route
from mmdesk.services.delegate_import import ImportRefused, import_delegates
from mmdesk.services.delegate_import_words import (
    category_of,
    route_kind_of,
    session_access_of,
    session_kind_of,
    state_word_of,
)
from mmdesk.services.delegates import list_delegates
from mmdesk.store.database import Store
from tests.conftest import dump

S = AccreditationState

FRENCH = """Prénom;Nom;Courriel;Catégorie;Voie d'accréditation;État de l'accréditation
Amélie;Durand;amelie@ex.fr;Élu local;Own authority;approuvée
Bruno;Petit;bruno@ex.fr;Médias;Own authority;proposé
Chloé;Martin;chloe@ex.fr;Élu·e local·e ou régional·e;Own authority;Refusée
Damien;Roux;damien@ex.fr;PRESSE;Own authority;retiré
Élise;Faure;elise@ex.fr;Université et recherche;Own authority;approuvé
Fanny;Blanc;fanny@ex.fr;ONU ou organisation internationale;Own authority;proposée
Gaël;Leroy;gael@ex.fr;Personnel de l’hôte ou du secrétariat;Own authority;approuvée
Hugo;Moreau;hugo@ex.fr;Equipe hote / secretariat;Own authority;approuvée
Inès;Garnier;ines@ex.fr;état membre;Own authority;approuvée
"""

SPANISH = """Nombre;Apellidos;Correo electrónico;Categoría;Vía de acreditación;Estado de la acreditación
Ana;García;ana@ex.es;Autoridad local o regional;Own authority;aprobada
Benito;López;benito@ex.es;Prensa;Own authority;propuesta
Carmen;Ruiz;carmen@ex.es;Medios de comunicación;Own authority;rechazada
Diego;Sanz;diego@ex.es;sociedad civil;Own authority;retirado
Elena;Díaz;elena@ex.es;ONU u organización internacional;Own authority;nominado
Félix;Mora;felix@ex.es;Personal anfitrión / secretaría;Own authority;APROBADO
Gloria;Vega;gloria@ex.es;Intérprete;Own authority;aprobada
"""

EXPECTED = {
    "fr": {"Amélie": (Category.LOCAL_LEADER, S.APPROVED), "Bruno": (Category.MEDIA, S.NOMINATED),
           "Chloé": (Category.LOCAL_LEADER, S.REJECTED), "Damien": (Category.MEDIA, S.WITHDRAWN),
           "Élise": (Category.ACADEMIA, S.APPROVED), "Fanny": (Category.UN_IO, S.NOMINATED),
           "Gaël": (Category.HOST_STAFF, S.APPROVED), "Hugo": (Category.HOST_STAFF, S.APPROVED),
           "Inès": (Category.MEMBER_STATE, S.APPROVED)},
    "es": {"Ana": (Category.LOCAL_LEADER, S.APPROVED), "Benito": (Category.MEDIA, S.NOMINATED),
           "Carmen": (Category.MEDIA, S.REJECTED), "Diego": (Category.CIVIL_SOCIETY, S.WITHDRAWN),
           "Elena": (Category.UN_IO, S.NOMINATED), "Félix": (Category.HOST_STAFF, S.APPROVED),
           "Gloria": (Category.INTERPRETER, S.APPROVED)},
}


@pytest.mark.parametrize("code,text", [("fr", FRENCH), ("es", SPANISH)])
def test_a_list_with_translated_categories_and_states_imports_whole(
    store: Store, tmp_path: Path, code: str, text: str
) -> None:
    create_route(store, RouteInput(name="Own authority", kind=RouteKind.OWN_AUTHORITY))
    path = tmp_path / f"{code}.csv"
    path.write_text(text, encoding="utf-8")
    report = import_delegates(store, path)
    assert report.problems == [] and report.created == len(EXPECTED[code])
    got = {d.given_name: (d.category, accreditations_of(store, d.id)[0].state) for d in list_delegates(store)}
    assert got == EXPECTED[code]
    assert not [w for _, w in report.warnings if "not understood" in w.english]


@pytest.mark.parametrize("code,accepted,english", [
    ("fr", ["Presse", "Élu·e local·e ou régional·e", "Université et recherche"], "Local/regional"),
    ("es", ["Prensa", "Autoridad local o regional", "Seguridad"], "Local/regional"),
])
def test_an_unknown_category_is_refused_with_the_words_of_the_users_language(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str, accepted: list[str],
    english: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Given name,Family name,Category\nAma,Owusu,Astronaute\n", encoding="utf-8")
    before = dump(demo_path)
    assert main(["--language", code, "--db", str(demo_path), "import", "delegates", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Astronaute" in err and all(w in err for w in accepted), err
    assert english not in err
    assert dump(demo_path) == before


def test_the_refusal_lists_english_words_in_english(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Given name,Family name,Category\nAma,Owusu,Astronaut\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        import_delegates(store, path)
    assert "Local/regional government leader" in str(caught.value) and "Presse" not in str(caught.value)


def test_words_of_the_window_the_command_line_and_the_workbook_are_all_accepted() -> None:
    assert category_of("  élu LOCAL ") is Category.LOCAL_LEADER
    assert category_of("UN / international organisation") is Category.UN_IO  # the window's English
    assert category_of("Monde universitaire") is Category.ACADEMIA  # the forum workbook's French
    assert category_of("private_sector") is Category.PRIVATE_SECTOR
    assert category_of("Astronaute") is None and category_of("") is None
    assert state_word_of("badge retiré") is S.BADGE_COLLECTED and state_word_of("retiré") is S.WITHDRAWN
    assert state_word_of("Credencial emitida") is S.BADGE_ISSUED
    assert state_word_of("badge") is None  # the beginning of two states
    assert route_kind_of("Délégation nationale") is RouteKind.NATIONAL_DELEGATION
    assert route_kind_of("organización asociada") is RouteKind.PARTNER_ORGANISATION
    assert session_kind_of("Table ronde") is SessionKind.ROUNDTABLE
    assert session_kind_of("rueda de prensa") is SessionKind.PRESS_CONFERENCE
    assert session_access_of("sur invitation") is SessionAccess.INVITATION
    assert session_access_of("cerrada") is SessionAccess.CLOSED


def _rows(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.reader(fh))
    sheet = openpyxl.load_workbook(path).active
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("code,suffix,headers,words", [
    ("fr", ".csv", ["Titre", "Prénom", "Nom", "Catégorie", "Pays", "Région", "Voie d’accréditation",
                    "État de l’accréditation", "Référence"], {"Élu·e local·e ou régional·e", "approuvée"}),
    ("es", ".xlsx", ["Tratamiento", "Nombre", "Apellidos", "Categoría", "País", "Región",
                     "Vía de acreditación", "Estado de la acreditación", "Referencia"],
     {"Autoridad local o regional", "aprobada"}),
    ("fr", ".xlsx", ["Prénom", "Catégorie", "Référence"], {"Société civile"}),
    ("es", ".csv", ["Nombre", "Categoría", "Referencia"], {"Sociedad civil"}),
])
def test_an_export_in_french_or_spanish_speaks_it_and_imports_back_changing_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str, suffix: str,
    headers: list[str], words: set[str]
) -> None:
    target = tmp_path / f"own{suffix}"
    assert main(["--language", code, "--db", str(demo_path), "export", "delegates", str(target)]) == 0
    rows = _rows(target)
    assert all(h in rows[0] for h in headers), rows[0]
    if suffix == ".xlsx":
        assert openpyxl.load_workbook(target).sheetnames == [{"fr": "Délégués", "es": "Delegados"}[code]]
    assert not {"Given name", "Category", "Reference", "Accreditation state"} & set(rows[0])
    values = {v for row in rows[1:] for v in row}
    assert words <= values
    english = {"Media", "approved", "nominated", "Civil society", "Local/regional government leader"}
    assert not english & values
    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_path, copy)
    before = dump(copy)
    capsys.readouterr()
    assert main(["--language", code, "--db", str(copy), "import", "delegates", str(target)]) == 0
    out = capsys.readouterr().out
    assert [x for x in dump(copy) if "backup" not in x.lower()] == \
        [x for x in before if "backup" not in x.lower()], out
    i18n.set_language("en")


def test_an_english_export_keeps_its_english_headers_and_words(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "own.csv"
    assert main(["--db", str(demo_path), "export", "delegates", str(target)]) == 0
    assert target.read_bytes().startswith(
        "\ufeffHonorific,Given name,Family name,Position,Organisation,City,Country,Region,Category,"
        "E-mail,Accreditation route,Accreditation state,Reference\r\n".encode())
    values = {v for row in _rows(target)[1:] for v in row}
    assert {"approved", "Civil society"} <= values and {"Société civile", "approuvée"}.isdisjoint(values)


@pytest.mark.parametrize("kind,access", [("Table ronde", "sur invitation"), ("mesa redonda", "Cerrada")])
def test_a_programme_sheet_takes_session_kinds_and_access_in_french_and_spanish(
    demo: Store, tmp_path: Path, kind: str, access: str
) -> None:
    from datetime import date

    from mmdesk.services import programme as prog
    from mmdesk.services.programme_exchange import PROGRAMME_HEADERS, import_programme

    path = tmp_path / "programme.xlsx"
    book = openpyxl.Workbook()
    book.active.append(PROGRAMME_HEADERS)
    book.active.append([date(2019, 11, 20), "16:00", "17:00", "Villes et migrations", kind, "confirmed",
                        None, None, None, None, None, None, access])
    book.save(path)
    assert import_programme(demo, path).created == 1
    made = next(s for s in prog.list_sessions(demo) if s.title == "Villes et migrations")
    assert made.kind is session_kind_of(kind) and made.access is session_access_of(access)
    assert (made.kind, made.access) in ((SessionKind.ROUNDTABLE, SessionAccess.INVITATION),
                                        (SessionKind.ROUNDTABLE, SessionAccess.CLOSED))


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_category_and_state_as_the_window_and_the_command_line_say_it_is_read_back(code: str) -> None:
    """Whatever the catalogues say today: the command line's word (gettext) and the window's
    (the .ts "labels" context, as mmdesk/ui/labels.py asks for it) both lead back."""
    from mmdesk.domain.enums import CATEGORY_WORDS
    from mmdesk.services.delegate_import_words import STATE_WORDS, _window_words

    cli = i18n.translations(code)
    window = _window_words(code)
    window_english = {Category.UN_IO: "UN / international organisation",
                      Category.HOST_STAFF: "Host / secretariat staff"}
    for c in Category:
        assert category_of(cli.gettext(CATEGORY_WORDS[c])) is c
        said = window[window_english.get(c, CATEGORY_WORDS[c])]
        assert category_of(said) is c and category_of(said.upper()) is c, said
    for s, english in STATE_WORDS.items():
        assert state_word_of(cli.gettext(english)) is s and state_word_of(window[english]) is s
