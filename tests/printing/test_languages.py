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
