"""`mmdesk import keys`: the warning about a stale verification kit in the chosen language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mmdesk.cli import main
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.services import accreditation as acc
from mmdesk.services import keys
from mmdesk.services.delegates import search_delegates
from mmdesk.store.database import Store


@pytest.mark.parametrize(("code", "said"), [
    ("fr", "ce kit a été écrit le 19 nov. 10:00 UTC, avant la dernière révocation"),
    ("es", "este kit se escribió el 19 nov 10:00 UTC, antes de la última revocación"),
])
def test_a_stale_kit_is_flagged_in_the_language(demo_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str], code: str,
                                                said: str) -> None:
    store = Store.open(demo_path)
    try:
        (d,) = search_delegates(store, "plante")
        a = acc.accreditations_of(store, d.id)[0]
        acc.transition(store, a.id, S.BADGE_ISSUED)
        acc.transition(store, a.id, S.BADGE_ISSUED, reason="lost")  # a revocation made now
        data = keys.verification_kit(store).as_json()
    finally:
        store.close()
    data["written_at"] = "2019-11-19T10:00:00Z"
    kit = tmp_path / "stale.json"
    kit.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["--language", code, "--db", str(demo_path), "import", "keys", str(kit)]) == 0
    out = capsys.readouterr().out
    assert said in out and "Nov" not in out and "before the last" not in out, out
