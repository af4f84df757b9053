"""The reports of the workbook, programme and photo imports in the user's language
(mmdesk/report_words.py): the same numbers and lines, said in English, French or Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from mmdesk import i18n
from mmdesk import report_words as words
from mmdesk.domain.sentences import Sentence
from mmdesk.services.forum_workbook import Counts, ForumExport, ForumImportReport
from mmdesk.services.import_sentences import Days
from mmdesk.services.nomination_workbook import NominationReport
from mmdesk.services.photos import PhotoImport
from mmdesk.services.programme_exchange import ProgrammeReport
from mmdesk.services.workbook_log import WorkbookTally


@pytest.fixture
def speak() -> Iterator[object]:
    yield i18n.set_language
    i18n.set_language("en")


def _forum_report() -> ForumImportReport:
    report = ForumImportReport(forum="updated", sheets={"rooms": Counts(1, 6), "programme": Counts(2, 0)},
                               unmatched=[(4, "Dr. Nobody")])
    report.problem("Routes", 3, Sentence("no column Name", code="forum-workbook.no-column-name"))
    return report


def _nominations() -> NominationReport:
    return NominationReport(route="Ghana", created=2, nominated=1, unchanged=1,
                            flagged=[(7, Sentence("{who}: place {n} of a quota of {quota}",
                                                  who="Mayor Ama Sey", n=11, quota=10,
                                                  code="nomination-workbook.place-past-quota"))],
                            problems=[(9, Sentence("{who} is already nominated by {body} (route “{route}”)",
                                                   who="Kofi Mensah", body="Accra", route="Accra",
                                                   code="nomination-workbook.nominated-elsewhere"))])


def test_english_keeps_the_words_of_the_services(speak: object) -> None:
    assert words.forum_import_summary(_forum_report()) == (
        "forum updated; rooms: 1 created, 6 updated; programme: 2 created, 0 updated; "
        "1 programme name not matched to a delegate")
    assert words.forum_import_lines(_forum_report()) == ["Routes, line 3: no column Name"]
    assert words.forum_export_summary(ForumExport(7, 1, 13, 30)) == \
        "7 rooms, 1 route, 13 sessions, 30 delegates"
    assert words.nomination_summary(_nominations()) == _nominations().summary()
    assert words.nomination_lines(_nominations()) == _nominations().lines()
    assert words.programme_summary(ProgrammeReport(1, 2, ["Hall"], [])) == (
        "1 session created, 2 updated; new rooms: Hall")
    assert words.tally_words(WorkbookTally(2, datetime(2026, 11, 2), 1, datetime(2026, 11, 15))) == \
        WorkbookTally(2, datetime(2026, 11, 2), 1, datetime(2026, 11, 15)).words()


@pytest.mark.parametrize(("code", "expected"), [
    ("fr", ["forum mis à jour", "salles : 1 ligne créée, 6 lignes mises à jour",
            "1 nom du programme sans délégué correspondant", "Routes, ligne 3 : pas de colonne Nom",
            "7 salles, 1 voie, 13 séances, 30 délégués", "voie « Ghana » : 3 proposés (2 nouveaux",
            "Mayor Ama Sey : place 11 sur un quota de 10",
            "1 séance créée, 2 mises à jour ; nouvelles salles",
            "envoyés 2 (2 nov.)", "1 photo importée (0 remplacée), 2 fichiers ne nommaient aucun délégué",
            "'Opening' a lieu le 5 décembre 2026, en dehors des jours du forum "
            "(25 novembre au 26 novembre 2026)"]),
    ("es", ["foro actualizado", "salas: 1 fila creada, 6 filas actualizadas",
            "1 nombre del programa sin delegado correspondiente", "Routes, línea 3: no hay columna Nombre",
            "7 salas, 1 vía, 13 sesiones, 30 delegados", "vía “Ghana”: 3 propuestos (2 nuevos",
            "Mayor Ama Sey: plaza 11 de un cupo de 10", "1 sesión creada, 2 actualizadas; salas nuevas",
            "enviados 2 (2 nov)",
            "1 foto importada (0 sustituidas), 2 archivos no nombraban a ningún delegado",
            "'Opening' es el 5 de diciembre de 2026, fuera de los días del foro (25 de noviembre al 26 de "
            "noviembre de 2026)"]),
])
def test_french_and_spanish(speak: object, code: str, expected: list[str]) -> None:
    i18n.set_language(code)
    said = "\n".join([
        words.forum_import_summary(_forum_report()), *words.forum_import_lines(_forum_report()),
        words.forum_export_summary(ForumExport(7, 1, 13, 30)), words.nomination_summary(_nominations()),
        *words.nomination_lines(_nominations()), words.problem_words(_nominations().flagged[0][1]),
        words.programme_summary(ProgrammeReport(1, 2, ["Hall"], [])),
        words.tally_words(WorkbookTally(2, datetime(2026, 11, 2))),
        *words.photo_lines(PhotoImport(imported=1, unmatched=["a.jpg", "b.jpg"])),
        words.problem_words(Sentence("{title} is on {day}, outside the forum's days ({days})",
                                     title="'Opening'", day=date(2026, 12, 5),
                                     days=Days(date(2026, 11, 25), date(2026, 11, 26)),
                                     code="forum-workbook.outside-days")),
    ])
    for part in expected:
        assert part in said
    for english in ("created", "updated", "not matched", "line 3", "rooms", "nominated", "quota of", "sent",
                    "December", "outside"):
        assert english not in said
