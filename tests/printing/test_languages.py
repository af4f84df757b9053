"""Printing in the event's language(s): labels, category bands, country names and dates."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from mmdesk.cli import main
from mmdesk.domain.errors import ValidationError
from mmdesk.printing.words import Words


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_programme_in_french_and_spanish(demo_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for lang, day, moderator, speakers, heading in (
        ("fr", "mercredi 20 novembre 2019", "Modérateur", "Intervenants", "Programme détaillé"),
        ("es", "miércoles, 20 de noviembre de 2019", "Moderador", "Oradores", "Programa detallado"),
        ("en", "Wednesday 20 November 2019", "Moderator", "Speakers", "Programme in detail"),
    ):
        target = tmp_path / f"programme-{lang}.pdf"
        assert main(["--db", str(demo_path), "print", "programme", str(target), "--language", lang]) == 0
        text = pdf_text(target)
        assert day in text and f"{moderator}: Ms. Vittoria Zanuso" in text and f"{speakers}:" in text
        # the day grid's heading and the booklet's: in the language, no English day or month
        assert f"{'Programa' if lang == 'es' else 'Programme'} · {day}" in text and f"{heading} · " in text
        if lang != "en":
            assert "Wednesday" not in text and "November" not in text
    itinerary = tmp_path / "i.pdf"
    assert main(["--db", str(demo_path), "print", "itinerary", str(itinerary), "--language", "es"]) == 0
    assert "orador 1 de" in pdf_text(tmp_path / "i.pdf")


def test_badges_carry_bands_and_countries_in_both_chosen_languages(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "badges.pdf"
    assert main(["--db", str(demo_path), "print", "badges", str(target), "--language", "es,en"]) == 0
    text = pdf_text(target)
    assert "AUTORIDAD LOCAL / LOCAL GOVERNMENT LEADER" in text
    assert "Freetown, Sierra Leona" in text and "20 de noviembre de 2019 · Quito" in text


def test_an_unknown_language_is_one_clear_error(demo_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_path), "print", "programme", str(tmp_path / "p.pdf"),
                 "--language", "de"]) == 1
    assert capsys.readouterr().err.strip() == "mmdesk: documents print in en, fr or es, not 'de'"
    assert not (tmp_path / "p.pdf").exists()
    with pytest.raises(ValidationError):
        Words(["xx"])


def test_dates_as_each_language_writes_them() -> None:
    from datetime import date

    a, b = date(2019, 11, 20), date(2019, 11, 22)
    assert Words(["en"]).days(a, b) == "20–22 November 2019"
    assert Words(["fr"]).days(a, b) == "20–22 novembre 2019"
    assert Words(["es"]).days(a, a) == "20 de noviembre de 2019"
    assert Words(["fr", "en"])("Moderator") == "Modérateur / Moderator"


# -- every printed word in the document's language (issue 18) ---------------------------------

#: document → (words it must print in fr, in es, English it must not print)
SCHEDULE_WORDS = {
    "programme": (["Programme détaillé", "Plénière · Plenary Hall", "Table ronde · Plenary Hall",
                   "· À confirmer", "(À confirmer)", "— Allocution d'ouverture", "— Panéliste", "(vidéo)"],
                  ["Programa detallado", "Plenaria · Plenary Hall", "Mesa redonda · Plenary Hall",
                   "· Por confirmar", "(Por confirmar)", "— Palabras de apertura", "— Panelista", "(vídeo)"],
                  ["Programme in detail", "Plenary · Plenary Hall", "Roundtable · Plenary Hall", "TBC",
                   "Opening remarks", "Panellist", "(video)"]),
    "participants": (["Liste des participants ·", "· Liste des participants", "Fonctionnaire municipal",
                      "Autorité locale"],
                     ["Lista de participantes ·", "· Lista de participantes", "Funcionario municipal",
                      "Autoridad local"],
                     ["List of participants", "list of participants", "City official",
                      "Local government leader"]),
    "doorsigns": (["\nPlénière\n", "\nTable ronde\n", "(À confirmer)"],
                  ["\nPlenaria\n", "\nMesa redonda\n", "(Por confirmar)"],
                  ["\nPlenary\n", "\nRoundtable\n", "TBC"]),
    "itinerary": (["Panéliste, 12 min", "(À confirmer)"], ["Panelista, 12 min", "(Por confirmar)"],
                  ["Panellist", "TBC", "speaker "]),
    "runsheet": (["Allocution d'ouverture", "Panéliste", "en présentiel", "Attention:",
                  "accréditation proposée"],
                 ["Palabras de apertura", "Panelista", "presencial", "Atención:", "acreditación propuesta"],
                 ["Opening remarks", "Panellist", "in person", "Warning", "TBC", "nominated"]),
}


def lines_text(path: Path) -> str:
    """pdftotext's lines, each stripped, between newlines (a word alone on its line: "\\nword\\n")."""
    return "\n" + "\n".join(line.strip() for line in pdf_text(path).splitlines()) + "\n"


@pytest.mark.parametrize("what", sorted(SCHEDULE_WORDS))
def test_the_global_language_prints_every_word_of_a_document_in_it(demo_path: Path, tmp_path: Path,
                                                                   what: str) -> None:
    french, spanish, english = SCHEDULE_WORDS[what]
    for lang, wanted in (("fr", french), ("es", spanish)):
        target = tmp_path / f"{what}-{lang}.pdf"
        assert main(["--db", str(demo_path), "--language", lang, "print", what, str(target)]) == 0
        shown = lines_text(target).replace("’", "'")
        joined = " ".join(shown.split())  # a table cell may wrap: compare words, not lines
        for word in wanted:
            assert (word in shown) if word.startswith("\n") else (word in joined), (lang, word)
        for word in english:
            assert (word not in shown) if word.startswith("\n") else (word not in joined), (lang, word)


def test_a_run_sheet_speaks_its_own_language_not_the_command_lines(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "runsheet.pdf"
    assert main(["--db", str(demo_path), "--language", "fr", "print", "runsheet", str(target),
                 "--language", "es"]) == 0
    shown = " ".join(pdf_text(target).split())
    assert "Atención: Mayor Totò Martello (panelista)" in shown and "acreditación propuesta" in shown
    assert "Attention" not in shown and "accréditation" not in shown and "panéliste" not in shown


def test_tent_cards_with_nobody_to_seat_say_so_in_the_global_language(store: object, db_path: Path,
                                                                      tmp_path: Path) -> None:
    for lang, sentence in (("fr", "Aucun intervenant ni modérateur au programme pour l'instant."),
                           ("es", "Todavía no hay oradores ni moderadores en el programa.")):
        target = tmp_path / f"tentcards-{lang}.pdf"
        assert main(["--db", str(db_path), "--language", lang, "print", "tentcards", str(target)]) == 0
        shown = " ".join(pdf_text(target).split()).replace("’", "'")
        assert sentence in shown and "No speakers" not in shown
