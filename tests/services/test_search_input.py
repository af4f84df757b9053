"""What a search box or a delegate form receives from a hostile or careless hand: control
characters, a thousand words, look-alike e-mails, birth dates that cannot be."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mmdesk.cli import main
from mmdesk.domain.errors import ValidationError
from mmdesk.services import delegates as svc
from mmdesk.services.delegates import DelegateInput
from mmdesk.store.database import Store


def _add(store: Store, given: str, family: str, **kw) -> svc.DelegateView:
    return svc.create_delegate(store, DelegateInput(given_name=given, family_name=family, **kw))


@pytest.mark.parametrize("query", ["\x00", "\x00\x00", "\x07", "\x7f"])
def test_a_search_of_control_characters_finds_no_one(demo: Store, query: str) -> None:
    assert svc.search_delegates(demo, query) == []


def test_a_nul_inside_a_search_is_ignored(demo: Store) -> None:
    assert [d.family_name for d in svc.search_delegates(demo, "Pla\x00nte")] == ["Plante"]


def test_a_search_of_a_thousand_words_is_refused_in_one_line(demo: Store) -> None:
    words = " ".join(f"word{i}" for i in range(1000))
    with pytest.raises(ValidationError, match="at most 40 words") as caught:
        svc.search_delegates(demo, words)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 200
    with pytest.raises(ValidationError, match="at most 400 characters"):
        svc.search_delegates(demo, "x" * 100_000)


def test_a_repeated_word_counts_once(demo: Store) -> None:
    assert [d.family_name for d in svc.search_delegates(demo, " ".join(["plante"] * 60))] == ["Plante"]


def test_the_command_line_says_it_in_one_line(demo_path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["--db", str(demo_path), "delegate", "list", "--search", " ".join(["w"] + [
        f"w{i}" for i in range(999)])])
    err = capsys.readouterr().err
    assert rc == 1 and "at most 40 words" in err and err.count("\n") == 1


@pytest.mark.parametrize("look_alike", ["аnna@example.org", "ａｎｎａ@example.org", "an\u200bna@example.org"])
def test_a_look_alike_email_is_caught_as_a_duplicate(store: Store, look_alike: str) -> None:
    anna = _add(store, "Anna", "Nowak", email="anna@example.org")
    with pytest.raises(ValidationError, match="already used by Anna Nowak"):
        _add(store, "Anna", "Impostor", email=look_alike)
    other = _add(store, "Ann", "Other", email="ann@example.org")
    with pytest.raises(ValidationError, match="already used by Anna Nowak"):
        svc.update_delegate(store, other.id, DelegateInput(given_name="Ann", family_name="Other",
                                                           email=look_alike))
    # the first one keeps its own address
    kept = svc.update_delegate(store, anna.id, DelegateInput(given_name="Anna", family_name="Nowak",
                                                             email="anna@example.org"))
    assert kept.email == "anna@example.org"


def test_a_look_alike_stored_first_is_caught_too(store: Store) -> None:
    first = _add(store, "Anna", "Impostor", email="аnna@example.org")
    assert first.email == "аnna@example.org"  # kept as typed
    with pytest.raises(ValidationError, match="already used by Anna Impostor"):
        _add(store, "Anna", "Nowak", email="anna@example.org")


def test_a_nul_in_a_name_or_an_email_is_not_stored(store: Store) -> None:
    d = _add(store, "An\x00na", "No\x00wak", email="anna\x00@example.org", city="Łódź\x07")
    assert (d.given_name, d.family_name, d.email, d.city) == ("Anna", "Nowak", "anna@example.org", "Łódź")


def test_a_birth_date_in_the_future_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="in the future"):
        _add(store, "Anna", "Nowak", date_of_birth=date.today() + timedelta(days=1))
    assert svc.list_delegates(store) == []
    assert _add(store, "Anna", "Nowak", date_of_birth=date(1975, 3, 31)).given_name == "Anna"


# -- the same rules in imports and on the command line

@pytest.mark.parametrize("born", ["1975-03-31T::::", "1975-03-31 garbage", "1975-W13-1", "2999-01-01"])
def test_an_import_refuses_dates_of_birth_that_are_not_days(demo: Store, tmp_path, born: str) -> None:
    from mmdesk.services import exchange

    source = tmp_path / "list.csv"
    source.write_text(f"Given name,Family name,Date of birth\nAnna,Nowak,{born}\n", encoding="utf-8")
    before = len(svc.list_delegates(demo))
    with pytest.raises(exchange.ImportRefused) as caught:
        exchange.import_delegates(demo, source)
    assert "line 2" in str(caught.value) or caught.value.report.problems[0][0] == 2
    assert len(svc.list_delegates(demo)) == before


def test_an_import_strips_control_characters_and_catches_look_alikes(demo: Store, tmp_path) -> None:
    from mmdesk.services import exchange

    source = tmp_path / "list.csv"
    source.write_text("Given name,Family name,E-mail\nAn\x07na,No\x1bwak,anna@example.org\n",
                      encoding="utf-8")
    assert exchange.import_delegates(demo, source).created == 1
    (anna,) = svc.search_delegates(demo, "nowak")
    assert (anna.given_name, anna.email) == ("Anna", "anna@example.org")
    with pytest.raises(ValidationError, match="already used by Anna Nowak"):
        _add(demo, "Anna", "Impostor", email="ａｎｎａ@example.org")


@pytest.mark.parametrize("day", ["2026-W48-5", "20261127", "2026-11-27x"])
def test_the_command_line_refuses_week_dates_and_trailing_text(db_path, capsys, day: str) -> None:
    rc = main(["--db", str(db_path), "forum", "new", "--name", "Forum", "--from", day,
                 "--time-zone", "Europe/Paris"])
    err = capsys.readouterr().err
    assert rc == 2 and "--from wants a day like" in err and err.count("\n") == 1


def test_an_import_catches_look_alike_emails_in_the_file_and_in_the_store(demo: Store, tmp_path) -> None:
    from mmdesk.services import exchange

    _add(demo, "Anna", "Nowak", email="anna@example.org")
    source = tmp_path / "list.csv"
    source.write_text("Given name,Family name,E-mail\nAnna,Impostor,аnna@example.org\n"
                      "Bob,Smith,bob@example.org\nBob,Smyth,ｂｏｂ@example.org\n", encoding="utf-8")
    before = len(svc.list_delegates(demo))
    with pytest.raises(exchange.ImportRefused) as caught:
        exchange.import_delegates(demo, source)
    lines = {line: why.english for line, why in caught.value.report.problems}
    assert "already in the list" in lines[2] and "same delegate as line 3" in lines[4]
    assert len(svc.list_delegates(demo)) == before


def test_naming_a_delegate_with_a_nul_in_it(demo: Store) -> None:
    (plante,) = svc.search_delegates(demo, "plante")
    assert svc.resolve_delegate(demo, "Valérie\x00 Plante") == plante.id
    with pytest.raises(ValidationError, match="say which delegate"):
        svc.resolve_delegate(demo, "\x00")


def test_a_workbook_row_with_a_look_alike_email_is_refused(demo: Store) -> None:
    from mmdesk.services.common import current_event
    from mmdesk.services.forum_workbook_delegates import known_delegates, match_row

    anna = _add(demo, "Anna", "Nowak", email="anna@example.org")

    def known():  # noqa: ANN202
        with demo.reading() as db:
            return known_delegates(db, current_event(db).id)

    def row(family: str, email: str) -> DelegateInput:
        return DelegateInput(given_name="Anna", family_name=family, email=email).cleaned()

    sheet = known()
    assert match_row(sheet, row("Nowak", "anna@example.org"), 2) == anna.id  # her own address: her row
    with pytest.raises(ValidationError, match="the same delegate as line 2"):  # again in the sheet
        match_row(sheet, row("Impostor", "ａｎｎａ@example.org"), 3)
    for email in ("аnna@example.org", "ａｎｎａ@example.org"):  # against the store
        with pytest.raises(ValidationError, match="already used by another delegate"):
            match_row(known(), row("Impostor", email), 2)
