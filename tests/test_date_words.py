"""Days and times said in a language, and said inside sentences (mmdesk.i18n.render)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mmdesk import i18n
from mmdesk.date_words import When, day, long_day_month, short_moment
from mmdesk.domain.errors import ValidationError

DAY = date(2019, 11, 20)
NINE = datetime(2019, 11, 20, 9, 5)


def test_each_function_takes_the_language_it_is_asked_for() -> None:
    assert day(DAY, "en") == "20 November 2019"
    assert day(DAY, "fr") == "20 novembre 2019"
    assert day(DAY, "es") == "20 de noviembre de 2019"
    assert long_day_month(DAY, "en") == "Wednesday 20 November"
    assert long_day_month(DAY, "fr") == "mercredi 20 novembre"
    assert long_day_month(DAY, "es") == "miércoles, 20 de noviembre"
    assert short_moment(NINE, "en") == "20 Nov 09:05"
    i18n.set_language("fr")
    assert day(DAY) == "20 novembre 2019"  # default: the current language


@pytest.mark.parametrize(("code", "start", "moment"), [
    ("en", "20 November 2019", "20 Nov 09:05"),
    ("fr", "20 novembre 2019", "20 nov. 09:05"),
    ("es", "20 de noviembre de 2019", "20 nov 09:05"),
])
def test_a_day_or_moment_among_a_refusals_values_is_said_in_the_sentences_language(
        code: str, start: str, moment: str) -> None:
    refused = ValidationError("the last day ({end}) comes before the first ({start})", end=DAY,
                              start=date(2019, 11, 20), code="forum.last-day-comes")
    assert f"({start})" in refused.message(code)
    said = i18n.render("{at}", {"at": NINE}, code)
    assert said == moment
    assert i18n.render("{at}", {"at": When(DAY, "long_day")}, "en") == "Wednesday 20 November 2019"
    if code != "en":
        assert "November" not in refused.message(code) and "Nov " not in said
    # scripts read the values as ISO dates
    assert refused.as_data()["values"] == {"end": "2019-11-20", "start": "2019-11-20"}
    assert i18n.plain_values({"at": When(NINE, "moment_year")}) == {"at": "2019-11-20T09:05:00"}


@pytest.mark.parametrize(("code", "one", "two"), [
    ("en", "nothing was imported: 1 problem in the file", "nothing was imported: 2 problems in the file"),
    ("fr", "rien n’a été importé : 1 problème dans le fichier",
     "rien n’a été importé : 2 problèmes dans le fichier"),
    ("es", "no se importó nada: 1 problema en el archivo", "no se importó nada: 2 problemas en el archivo"),
])
def test_a_refusal_about_a_count_takes_the_languages_plural(code: str, one: str, two: str) -> None:
    from mmdesk.services.common import ImportProblems

    assert ImportProblems(None, ["x"], "the file").message(code).splitlines()[0] == one
    assert ImportProblems(None, ["x", "y"], "the file").message(code).splitlines()[0] == two
    assert "(s)" not in ImportProblems(None, ["x", "y"], "the file").message(code)
