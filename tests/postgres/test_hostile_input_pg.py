"""On a server, a NUL in a search, a name or an e-mail is stripped, not a raw PostgreSQL error
("A string literal cannot contain NUL"), and look-alike e-mails are caught as on SQLite."""

from __future__ import annotations

import pytest

from mmdesk.domain.errors import ValidationError
from mmdesk.services import delegates as svc
from mmdesk.services.delegates import DelegateInput
from mmdesk.store.database import Store

pytestmark = pytest.mark.postgres


def test_a_nul_in_a_search_finds_no_one(pg_demo: Store) -> None:
    assert svc.search_delegates(pg_demo, "\x00") == []
    assert [d.family_name for d in svc.search_delegates(pg_demo, "Pla\x00nte")] == ["Plante"]
    (plante,) = svc.search_delegates(pg_demo, "plante")
    assert svc.resolve_delegate(pg_demo, "Valérie\x00 Plante") == plante.id


def test_a_nul_in_a_typed_delegate_is_not_stored(pg_demo: Store) -> None:
    d = svc.create_delegate(pg_demo, DelegateInput(given_name="An\x00na", family_name="Nowak",
                                                   email="anna\x00@example.org"))
    assert (d.given_name, d.email) == ("Anna", "anna@example.org")
    with pytest.raises(ValidationError, match="already used by Anna Nowak"):
        svc.create_delegate(pg_demo, DelegateInput(given_name="Anna", family_name="Impostor",
                                                   email="аnna@example.org"))
    with pytest.raises(ValidationError, match="at most 40 words"):
        svc.search_delegates(pg_demo, " ".join(f"w{i}" for i in range(1000)))
