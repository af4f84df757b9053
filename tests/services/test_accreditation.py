"""Routes, quotas and the one transition function with its history."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import QuotaPolicy, RouteKind
from mmdesk.domain.errors import IllegalTransition, ValidationError
from mmdesk.services import accreditation as acc
from mmdesk.services.accreditation import QuotaExceeded, RouteInput
from mmdesk.services.delegates import DelegateInput, create_delegate
from mmdesk.store.database import Store
from tests.conftest import dump


def _delegates(store: Store, n: int) -> list[int]:
    return [create_delegate(store, DelegateInput(given_name=f"D{i}", family_name="X")).id
            for i in range(n)]


def test_route_kinds_need_their_names(store: Store) -> None:
    with pytest.raises(ValidationError, match="must name its Member State"):
        acc.create_route(store, RouteInput("Ghana", RouteKind.NATIONAL_DELEGATION))
    with pytest.raises(ValidationError, match="must name the organisation"):
        acc.create_route(store, RouteInput("Partner", RouteKind.PARTNER_ORGANISATION))
    r = acc.create_route(store, RouteInput("Ghana national delegation", "national_delegation",
                                           member_state="Ghana", quota=4, zones=["General"]))
    p = acc.create_route(store, RouteInput("UCLG", "partner_organisation",
                                           partner="United Cities and Local Governments"))
    assert (r.member_state, r.quota, r.left, p.partner) == ("GH", 4, 4,
                                                           "United Cities and Local Governments")


def test_full_workflow_records_who_and_when(store: Store) -> None:
    route = acc.create_route(store, RouteInput("Own", RouteKind.OWN_AUTHORITY))
    (d,) = _delegates(store, 1)
    a = acc.nominate(store, d, route.id, actor="desk 1")
    a = acc.transition(store, a.id, S.APPROVED, actor="officer")
    a = acc.transition(store, a.id, S.BADGE_ISSUED, actor="desk 2")
    first = a.badge_serial
    assert first == "000001"  # the store's first badge number
    a = acc.transition(store, a.id, S.BADGE_COLLECTED, actor="desk 2")
    hist = acc.history(store, a.id)
    assert [(h.from_state, h.to_state, h.actor) for h in hist] == [
        (None, S.NOMINATED, "desk 1"), (S.NOMINATED, S.APPROVED, "officer"),
        (S.APPROVED, S.BADGE_ISSUED, "desk 2"), (S.BADGE_ISSUED, S.BADGE_COLLECTED, "desk 2")]
    assert all(h.at is not None for h in hist)
    assert [h.at for h in hist] == sorted(h.at for h in hist)


def test_reprint_gets_a_new_serial_and_revokes_the_old(store: Store) -> None:
    from mmdesk.store.models import Badge

    route = acc.create_route(store, RouteInput("Own", RouteKind.OWN_AUTHORITY))
    (d,) = _delegates(store, 1)
    a = acc.nominate(store, d, route.id)
    acc.transition(store, a.id, S.APPROVED)
    first = acc.transition(store, a.id, S.BADGE_ISSUED).badge_serial
    second = acc.transition(store, a.id, S.BADGE_ISSUED, reason="lost").badge_serial
    assert (first, second) == ("000001", "000002")
    with store.reading() as db:
        badges = {b.serial: b for b in db.query(Badge)}
    assert badges[first].revoked_at is not None and badges[first].revoked_reason == "reprinted"
    assert badges[second].revoked_at is None


def test_illegal_move_is_refused_and_changes_nothing(store: Store, db_path: Path) -> None:
    route = acc.create_route(store, RouteInput("Own", RouteKind.OWN_AUTHORITY))
    (d,) = _delegates(store, 1)
    a = acc.nominate(store, d, route.id)
    acc.transition(store, a.id, S.WITHDRAWN, reason="travel cancelled")
    before = dump(db_path)
    with pytest.raises(IllegalTransition, match="from withdrawn to rejected"):
        acc.transition(store, a.id, S.REJECTED, reason="late")
    with pytest.raises(IllegalTransition, match="needs a reason"):
        acc.transition(store, acc.transition(store, a.id, S.NOMINATED).id, S.REJECTED)
    acc.transition(store, a.id, S.REJECTED, reason="documents missing")
    assert acc.accreditations_of(store, d)[0].state is S.REJECTED
    assert dump(db_path) != before


def test_quota_refuses_or_flags(store: Store, db_path: Path) -> None:
    strict = acc.create_route(store, RouteInput("Ghana", "national_delegation", member_state="GH",
                                                quota=2))
    loose = acc.create_route(store, RouteInput("Own", "own_authority", quota=1,
                                               quota_policy=QuotaPolicy.FLAG))
    a, b, c = _delegates(store, 3)
    acc.nominate(store, a, strict.id)
    second = acc.nominate(store, b, strict.id)
    before = dump(db_path)
    with pytest.raises(QuotaExceeded, match="2 of 2"):
        acc.nominate(store, c, strict.id)
    assert dump(db_path) == before
    # a withdrawn nomination frees its place
    acc.transition(store, second.id, S.WITHDRAWN)
    acc.nominate(store, c, strict.id)
    # re-nominating the withdrawn one would exceed the quota again
    with pytest.raises(QuotaExceeded):
        acc.transition(store, second.id, S.NOMINATED)
    acc.nominate(store, a, loose.id)
    acc.nominate(store, b, loose.id)  # flagged, not refused
    routes = {r.name: r for r in acc.list_routes(store)}
    assert (routes["Ghana"].used, routes["Ghana"].left) == (2, 0)
    assert (routes["Own"].used, routes["Own"].left) == (2, -1)


def test_same_delegate_twice_on_a_route_is_refused(store: Store) -> None:
    route = acc.create_route(store, RouteInput("Own", RouteKind.OWN_AUTHORITY))
    (d,) = _delegates(store, 1)
    acc.nominate(store, d, route.id)
    with pytest.raises(ValidationError, match="already on route"):
        acc.nominate(store, d, route.id)


def test_route_in_use_cannot_be_deleted(store: Store) -> None:
    route = acc.create_route(store, RouteInput("Own", RouteKind.OWN_AUTHORITY))
    (d,) = _delegates(store, 1)
    acc.nominate(store, d, route.id)
    with pytest.raises(ValidationError, match="used by 1"):
        acc.delete_route(store, route.id)


def test_approval_needs_the_routes_documents(store: Store, db_path: Path) -> None:
    route = acc.create_route(store, RouteInput("Ghana", "national_delegation", member_state="GH",
                                               required_documents=["Note verbale", "Passport copy"]))
    (d,) = _delegates(store, 1)
    a = acc.nominate(store, d, route.id)
    assert acc.documents(store, a.id) == {"Note verbale": False, "Passport copy": False}
    acc.set_document(store, a.id, "Note verbale", True)
    before = dump(db_path)
    with pytest.raises(ValidationError, match="documents not received: Passport copy"):
        acc.transition(store, a.id, S.APPROVED)
    assert dump(db_path) == before
    with pytest.raises(ValidationError, match="does not ask for 'Visa'"):
        acc.set_document(store, a.id, "Visa", True)
    acc.set_document(store, a.id, "Passport copy", True)
    assert acc.transition(store, a.id, S.APPROVED).state is S.APPROVED


def test_bulk_approve_is_all_or_nothing(store: Store, db_path: Path) -> None:
    route = acc.create_route(store, RouteInput("Own", RouteKind.OWN_AUTHORITY))
    ids = [acc.nominate(store, d, route.id).id for d in _delegates(store, 4)]
    acc.transition(store, ids[2], S.WITHDRAWN)
    before = dump(db_path)
    with pytest.raises(IllegalTransition, match="D2 X: cannot move .* nothing was changed"):
        acc.bulk_transition(store, ids, S.APPROVED, actor="officer")
    assert dump(db_path) == before
    done = acc.bulk_transition(store, [ids[0], ids[1], ids[3]], S.APPROVED, actor="officer")
    assert [v.state for v in done] == [S.APPROVED] * 3
    assert all(acc.history(store, i)[-1].actor == "officer" for i in (ids[0], ids[1], ids[3]))


def test_find_route_by_name_or_id_names_the_routes(store: Store) -> None:
    from mmdesk.domain.errors import NotFound

    media = acc.create_route(store, RouteInput("Media", "media"))
    acc.create_route(store, RouteInput("Own authority", "own_authority"))
    assert acc.find_route(store, "media").id == media.id
    assert acc.find_route(store, str(media.id)).name == "Media"
    with pytest.raises(NotFound, match="routes: Own authority, Media|routes: Media, Own authority"):
        acc.find_route(store, "UCLG")


def test_delete_route_refused_while_accreditations_use_it(store: Store) -> None:
    route = acc.create_route(store, RouteInput("Media", "media"))
    (d,) = _delegates(store, 1)
    acc.nominate(store, d, route.id)
    with pytest.raises(ValidationError, match="used by 1 accreditations"):
        acc.delete_route(store, route.id)


@pytest.mark.parametrize(("code", "one", "two"), [
    ("en", "1 of 1 place taken", "2 of 2 places taken"),
    ("fr", "1 place prise sur 1", "2 places prises sur 2"),
    ("es", "1 de 1 plaza ocupada", "2 de 2 plazas ocupadas")])
def test_a_full_route_counts_its_places_in_the_right_form(store: Store, code: str, one: str,
                                                          two: str) -> None:
    single = acc.create_route(store, RouteInput("Own", "own_authority", quota=1))
    double = acc.create_route(store, RouteInput("Other", "own_authority", quota=2))
    a, b, c = _delegates(store, 3)
    acc.nominate(store, a, single.id)
    acc.nominate(store, a, double.id)
    acc.nominate(store, b, double.id)
    with pytest.raises(QuotaExceeded) as full_one:
        acc.nominate(store, c, single.id)
    with pytest.raises(QuotaExceeded) as full_two:
        acc.nominate(store, c, double.id)
    assert one in full_one.value.message(code) and two in full_two.value.message(code)
    assert full_one.value.code == "accreditation.route-full-places"


@pytest.mark.parametrize(("code", "words"), [("fr", "rien n’a changé"), ("es", "no se ha cambiado nada")])
def test_a_bulk_move_refused_for_one_says_so_in_the_language(store: Store, code: str, words: str) -> None:
    route = acc.create_route(store, RouteInput("Own", RouteKind.OWN_AUTHORITY))
    ids = [acc.nominate(store, d, route.id).id for d in _delegates(store, 3)]
    acc.transition(store, ids[1], S.WITHDRAWN)
    with pytest.raises(IllegalTransition) as info:
        acc.bulk_transition(store, ids, S.APPROVED)
    said = info.value.message(code)
    assert said.startswith("D1 X") and said.endswith(words), said
    assert "nothing was changed" not in said and "cannot move" not in said, said
    assert info.value.code == "accreditation.cannot-move-accreditation"


def test_the_bulk_refusal_is_a_sentence_the_catalogues_collect() -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "extract_messages.py"
    spec = importlib.util.spec_from_file_location("extract_messages", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert ("sentence", "{given_name} {family_name}: {exc}; nothing was changed") in module.collect()


def test_a_bulk_rejection_moves_each_one_records_its_history_and_names_just_those_rows(demo: Store) -> None:
    from mmdesk.services.changes import changes_since
    from mmdesk.services.delegates import list_delegates

    nominated = [(d.id, a.id) for d in list_delegates(demo) for a in acc.accreditations_of(demo, d.id)
                 if a.state is S.NOMINATED]
    assert len(nominated) >= 2
    seen = demo.revisions()
    views = acc.bulk_transition(demo, [a for _, a in nominated], S.REJECTED, actor="desk 2",
                                reason="quota of the delegation")
    assert [(v.id, v.state, v.reason) for v in views] == [(a, S.REJECTED, "quota of the delegation")
                                                          for _, a in nominated]
    for delegate_id, accreditation_id in nominated:
        (now,) = [a for a in acc.accreditations_of(demo, delegate_id) if a.id == accreditation_id]
        assert now.state is S.REJECTED
        last = acc.history(demo, accreditation_id)[-1]
        assert (last.actor, last.from_state, last.to_state, last.reason) == (
            "desk 2", S.NOMINATED, S.REJECTED, "quota of the delegation")
    changes = changes_since(demo, seen, demo.revisions())
    assert "accreditations" not in changes.whole  # the window reads those rows again, not all
    assert changes.accreditation_ids == {a for _, a in nominated}
    assert {d for d, _ in nominated} <= changes.delegate_ids
