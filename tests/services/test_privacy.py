"""Closing the event erases everywhere mmdesk wrote: the store, its -wal, its automatic
backups; afterwards the store takes no new personal data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mmdesk.domain.errors import MmdeskError
from mmdesk.services import backup as backups
from mmdesk.services import privacy
from mmdesk.services.delegates import DelegateInput, create_delegate, get_delegate_input, search_delegates
from mmdesk.store.database import EventClosed, Store

AFTER = date(2020, 2, 21)


def _private_bytes(store: Store) -> list[bytes]:
    people = [get_delegate_input(store, d.id)[0] for d in search_delegates(store, "", limit=None)]
    found = [t.encode() for p in people for t in (p.email, p.position)
             if t and ("@" in t or t.startswith("Mayor of"))]
    assert len(found) >= 10
    return found


def test_closing_wipes_the_wal_and_the_automatic_backups(demo: Store, demo_path: Path) -> None:
    """The attack: after close-event --yes, the names were still in every automatic backup."""
    private = _private_bytes(demo)
    for _ in range(3):
        backups.auto_backup(demo, "periodic")
    old = backups.list_backups(demo)
    assert all(any(t in c.read_bytes() for t in private) for c in old)
    other_desk = Store.open(demo_path)  # another window keeps the file open
    try:
        report = privacy.close_event(demo, today=AFTER)
        assert report.backups_deleted == 3 and report.left == ()
        assert not any(c.exists() for c in old)
        (fresh,) = backups.list_backups(demo)
        assert "closed" in fresh.name and not [t for t in private if t in fresh.read_bytes()]
        # the store's file and its -wal, while the desks still have it open
        wal = demo_path.with_name(demo_path.name + "-wal")
        for path in (demo_path, wal):
            if path.exists():
                data = path.read_bytes()
                assert [t for t in private if t in data] == [], path
        assert search_delegates(other_desk, "Plante") == []
    finally:
        other_desk.close()


def test_a_closed_event_takes_no_new_personal_data(demo: Store, tmp_path: Path) -> None:
    privacy.close_event(demo, today=AFTER)
    with pytest.raises(EventClosed, match="no new personal data"):
        create_delegate(demo, DelegateInput(given_name="Aminata", family_name="Touré", city="Dakar",
                                            country="SN"))
    (one,) = search_delegates(demo, "", limit=1)
    data, version = get_delegate_input(demo, one.id)
    data.email = "someone@example.org"
    from mmdesk.services.delegates import update_delegate

    with pytest.raises(EventClosed):
        update_delegate(demo, one.id, data, expected_version=version)
    csv = tmp_path / "people.csv"
    csv.write_text("Given name,Family name,E-mail\nAda,Lovelace,ada@example.org\n", encoding="utf-8")
    from mmdesk.services.exchange import import_delegates

    with pytest.raises(MmdeskError, match="no new personal data"):
        import_delegates(demo, csv)
    from mmdesk.services.badges import print_badges

    with pytest.raises(EventClosed):
        list(print_badges(demo, tmp_path / "badges.pdf"))
    assert search_delegates(demo, "Lovelace") == [] and search_delegates(demo, "Touré") == []


def test_endorsements_stay_without_the_signatorys_name(demo: Store) -> None:
    from mmdesk.services import endorsements

    (pledge,) = endorsements.list_declarations(demo)
    endorsements.endorse(demo, pledge.id, "Ciudad de México", country="MX",
                         areas=list(pledge.action_areas)[:1], endorsed_by="Jefa de Gobierno Clara Brugada")
    privacy.close_event(demo, today=AFTER)
    (after,) = endorsements.list_declarations(demo)
    assert after.endorsements == pledge.endorsements + 1  # the statements stay
    import sqlite3

    with sqlite3.connect(demo.url.database) as con:
        names = [r[0] for r in con.execute("select endorsed_by from endorsements")]
    assert names and all(n is None for n in names)


def test_a_declaration_whose_endorsers_are_public_keeps_their_names(demo: Store) -> None:
    from mmdesk.services import endorsements

    public = endorsements.create_declaration(demo, "Marrakech Mayors Declaration", [],
                                             endorsers_public=True)
    assert public.endorsers_public
    (pledge,) = [d for d in endorsements.list_declarations(demo) if not d.endorsers_public]
    endorsements.endorse(demo, public.id, "Ciudad de México", country="MX", areas=[],
                         endorsed_by="Jefa de Gobierno Clara Brugada")
    endorsements.endorse(demo, pledge.id, "Ville de Montréal", country="CA", areas=[],
                         endorsed_by="Mayor Valérie Plante")
    privacy.close_event(demo, today=AFTER)
    kept = {e.organisation: e.endorsed_by for e in endorsements.signatories(demo, public.id)[1]}
    erased = {e.organisation: e.endorsed_by for e in endorsements.signatories(demo, pledge.id)[1]}
    assert kept["Ciudad de México"] == "Jefa de Gobierno Clara Brugada"
    assert erased["Ville de Montréal"] is None
