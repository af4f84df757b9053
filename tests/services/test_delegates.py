"""Delegates through the services: validation, edits, deletion, accent-insensitive search."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmdesk.domain.enums import Category
from mmdesk.domain.errors import EditConflict, NotFound, ValidationError
from mmdesk.services import delegates as svc
from mmdesk.services.delegates import DelegateInput
from mmdesk.store.database import Store
from tests.conftest import dump


def _add(store: Store, given: str, family: str, **kw) -> svc.DelegateView:
    return svc.create_delegate(store, DelegateInput(given_name=given, family_name=family, **kw))


def test_create_cleans_and_resolves(store: Store) -> None:
    d = _add(store, "  Valérie ", "Plante", honorific="Mayor", city="Montréal", country="Canada",
             organisation="Ville de Montréal", email="V.Plante@Example.ORG",
             category=Category.LOCAL_LEADER)
    assert (d.given_name, d.country, d.country_name, d.email) == ("Valérie", "CA", "Canada",
                                                                 "v.plante@example.org")
    assert d.organisation == "Ville de Montréal" and d.full_name == "Mayor Valérie Plante"
    assert svc.get_delegate(store, d.id) == d


@pytest.mark.parametrize(("fields", "message"), [
    ({"given_name": "", "family_name": " "}, "needs a given or a family name"),
    ({"email": "not-an-address"}, "not an e-mail address"),
    ({"email": "a@b"}, "not an e-mail address"),
    ({"country": "Atlantis"}, "unknown country"),
    ({"category": "astronaut"}, "unknown category"),
    ({"position": "x" * 201}, "longer than 200"),
])
def test_bad_input_is_refused_and_changes_nothing(store: Store, db_path: Path, fields: dict,
                                                  message: str) -> None:
    before = dump(db_path)
    base = {"given_name": "Ada", "family_name": "Lovelace"} | fields
    with pytest.raises(ValidationError, match=message):
        svc.create_delegate(store, DelegateInput(**base))
    assert dump(db_path) == before


def test_duplicate_email_names_the_other_delegate(store: Store) -> None:
    _add(store, "Marta", "Suplicy", email="m@sp.gov.br")
    with pytest.raises(ValidationError, match="already used by Marta Suplicy"):
        _add(store, "Someone", "Else", email="M@SP.gov.br")


def test_update_and_version_conflict(store: Store) -> None:
    d = _add(store, "Erias", "Lukwago")
    data, version = svc.get_delegate_input(store, d.id)
    data.honorific = "Lord Mayor"
    updated = svc.update_delegate(store, d.id, data, expected_version=version)
    assert updated.honorific == "Lord Mayor" and updated.version == version + 1
    data.position = "Lord Mayor of Kampala"
    with pytest.raises(EditConflict, match="changed by another desk"):
        svc.update_delegate(store, d.id, data, expected_version=version)
    assert svc.get_delegate(store, d.id).position is None


def test_sensitive_fields_are_kept_apart_and_not_in_views(store: Store) -> None:
    from datetime import date

    d = _add(store, "Ada", "Lovelace", passport_number="X1234567", date_of_birth=date(1815, 12, 10))
    data, _ = svc.get_delegate_input(store, d.id)
    assert (data.passport_number, data.date_of_birth) == ("X1234567", date(1815, 12, 10))
    assert "X1234567" not in repr(svc.get_delegate(store, d.id))
    assert "X1234567" not in repr(svc.list_delegates(store))


def test_delete(store: Store) -> None:
    d = _add(store, "Ada", "Lovelace")
    svc.delete_delegate(store, d.id)
    with pytest.raises(NotFound):
        svc.get_delegate(store, d.id)
    with pytest.raises(NotFound, match="no delegate with id"):
        svc.delete_delegate(store, d.id)


@pytest.mark.parametrize(("query", "expected"), [
    ("lodz", {"Łukasz"}), ("ŁÓDŹ", {"Łukasz"}), ("montreal", {"Valérie"}),
    ("MONTRÉAL", {"Valérie"}), ("sao", {"Marta"}), ("beijing", {"伟"}), ("北京", {"伟"}),
    ("sala milan", {"Giuseppe"}), ("canada", {"Valérie"}), ("mayor", set()),
    ("%", set()), ("_", set()), ("balz", {"Ottilie"}),
])
def test_search_is_accent_case_and_script_insensitive(store: Store, query: str,
                                                      expected: set[str]) -> None:
    _add(store, "Łukasz", "Wiśniewski", city="Łódź", country="PL")
    _add(store, "Valérie", "Plante", city="Montréal", country="CA", honorific="Mayor")
    _add(store, "Marta", "Suplicy", city="São Paulo", country="BR")
    _add(store, "伟", "王", badge_name="王伟", city="北京", country="CN")
    _add(store, "Giuseppe", "Sala", city="Milan", country="IT")
    _add(store, "Ottilie", "Bälz", organisation="Robert Bosch Stiftung", country="DE",
         category=Category.PRIVATE_SECTOR)
    assert {d.given_name for d in svc.search_delegates(store, query)} == expected


def test_search_sees_edits(store: Store) -> None:
    d = _add(store, "Ada", "Lovelace", city="London")
    data, _ = svc.get_delegate_input(store, d.id)
    data.city = "Kraków"
    svc.update_delegate(store, d.id, data)
    assert [x.id for x in svc.search_delegates(store, "krakow")] == [d.id]
    assert svc.search_delegates(store, "london") == []


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The demo with 400 generated delegates in many scripts, a few of them then renamed or
    deleted (the search index must follow)."""
    from mmdesk.services.demo import load_demo

    store = Store.open(tmp_path_factory.mktemp("crowd") / "crowd.sqlite3")
    load_demo(store, 400)
    views = svc.search_delegates(store, "", limit=None)
    for d in views[:5]:
        data, _ = svc.get_delegate_input(store, d.id)
        data.city = "Kraków"
        svc.update_delegate(store, d.id, data)
    for d in views[5:10]:
        svc.delete_delegate(store, d.id)
    return store


def _scanned(store: Store, query: str) -> list[int]:
    """The same search as a plain scan of every key, without the index."""
    import sqlalchemy as sa

    from mmdesk.store.models import Delegate

    with store.reading() as db:
        return list(db.scalars(sa.select(Delegate.id).where(*svc.matches_words(query, "scan"))
                               .order_by(Delegate.family_name, Delegate.given_name, Delegate.id)))


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_search_index_finds_what_a_full_scan_finds(crowd: Store, data: st.DataObject) -> None:
    import sqlalchemy as sa

    from mmdesk.store.models import Delegate

    with crowd.reading() as db:
        keys = list(db.scalars(sa.select(Delegate.search_key)))
    key = data.draw(st.sampled_from(keys))
    start = data.draw(st.integers(0, max(0, len(key) - 1)))
    piece = key[start:start + data.draw(st.integers(1, 8))].replace("\x1f", " ")
    query = data.draw(st.sampled_from([piece, piece.upper(), piece + " " + key[:3],
                                       data.draw(st.text(max_size=6))]))
    found = [d.id for d in svc.search_delegates(crowd, query, limit=None)]
    assert found == _scanned(crowd, query), query


def test_the_search_index_follows_renames_and_deletions(crowd: Store) -> None:
    assert len(svc.search_delegates(crowd, "krakow", limit=None)) >= 5
    assert len(_scanned(crowd, "krakow")) == len(svc.search_delegates(crowd, "krakow", limit=None))
    with crowd.reading() as db:
        import sqlalchemy as sa

        from mmdesk.store.models import Delegate

        alive = db.scalar(sa.select(sa.func.count()).select_from(Delegate))
        indexed = db.execute(sa.text("SELECT count(*) FROM delegate_search")).scalar_one()
    assert indexed == alive


def test_a_failed_bulk_insert_leaves_the_index_whole(store: Store) -> None:
    import sqlalchemy as sa

    from mmdesk.services.common import current_event, insert_numbered
    from mmdesk.store.models import Delegate

    _add(store, "Ada", "Lovelace", city="London")
    with pytest.raises(RuntimeError), store.transaction() as db:
        event_id = current_event(db).id
        insert_numbered(db, Delegate, [dict(event_id=event_id, given_name="Bulk", family_name=f"N{i}",
                                            category=Category.CITY_OFFICIAL, search_key=f"bulk n{i}")
                                       for i in range(50)])
        assert len(list(db.execute(sa.text(
            "SELECT rowid FROM delegate_search WHERE delegate_search MATCH '\"bulk\"'")))) == 50
        raise RuntimeError("the import failed after writing")
    assert svc.search_delegates(store, "bulk") == []
    later = _add(store, "Grace", "Hopper", city="Arlington")  # the trigger is back: indexed
    assert [d.id for d in svc.search_delegates(store, "arlington")] == [later.id]
    assert [d.given_name for d in svc.search_delegates(store, "london")] == ["Ada"]


def test_list_shows_best_accreditation_state(demo: Store) -> None:
    listed = svc.list_delegates(demo)
    assert len(listed) == 30
    rows = {d.family_name: d for d in listed}
    assert rows["Zanuso"].state.value == "badge_collected"
    assert rows["Ka"].state.value == "rejected"
    assert rows["Zanuso"].route == "Partner: Mayors Migration Council"


def test_resolve_delegate_by_id_email_or_one_name(store: Store) -> None:
    amina = _add(store, "Amina J.", "Mohammed", honorific="H.E. Ms.", email="amina@un.org")
    jose = _add(store, "José", "García")
    _add(store, "Ana", "López")
    _add(store, "Ana", "López", email="ana2@example.org")
    assert svc.resolve_delegate(store, str(amina.id)) == amina.id
    assert svc.resolve_delegate(store, "AMINA@un.org") == amina.id
    assert svc.resolve_delegate(store, "Amina J. Mohammed") == amina.id
    assert svc.resolve_delegate(store, "H.E. Ms. Amina J. Mohammed") == amina.id
    assert svc.resolve_delegate(store, "jose garcia") == jose.id
    both = "2 delegates are called 'Ana López' \\(\\d+: Ana López; \\d+: Ana López\\)"
    with pytest.raises(ValidationError, match=both):
        svc.resolve_delegate(store, "Ana López")
    with pytest.raises(NotFound, match="no delegate called 'Garcia Lorca'"):
        svc.resolve_delegate(store, "Garcia Lorca")
    with pytest.raises(NotFound, match="no delegate with the e-mail"):
        svc.resolve_delegate(store, "nobody@example.org")
    assert svc.resolve_delegate(store, "Mohammed") == amina.id  # one family name, one delegate
    with pytest.raises(ValidationError, match="2 delegates are called 'lopez'"):
        svc.resolve_delegate(store, "lopez")
    with pytest.raises(NotFound, match="no delegate called 'Moham'.*did you mean .*Mohammed"):
        svc.resolve_delegate(store, "Moham")


def test_get_delegates_reads_just_those_and_leaves_out_the_deleted(store: Store) -> None:
    ada, alan = _add(store, "Ada", "Lovelace"), _add(store, "Alan", "Turing")
    grace = _add(store, "Grace", "Hopper")
    svc.delete_delegate(store, alan.id)
    read = svc.get_delegates(store, [ada.id, alan.id, grace.id])
    assert {d.family_name for d in read} == {"Lovelace", "Hopper"}
    assert svc.get_delegates(store, []) == []
    assert [d.family_name for d in svc.list_delegates(store, limit=1)] == ["Hopper"]  # the first screen


def test_delete_delegates_is_all_or_nothing(store: Store) -> None:
    ada, alan = _add(store, "Ada", "Lovelace"), _add(store, "Alan", "Turing")
    with pytest.raises(NotFound):
        svc.delete_delegates(store, [ada.id, alan.id + 100])
    assert len(svc.list_delegates(store)) == 2
    assert svc.delete_delegates(store, [ada.id, alan.id]) == 2
    assert svc.list_delegates(store) == []
