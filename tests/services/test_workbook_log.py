"""The log of nomination workbooks sent and returned, per route (issue 21)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from mmdesk.services.accreditation import list_routes
from mmdesk.services.nomination_workbook import (
    NominationImportRefused,
    export_nominations,
    import_nominations,
)
from mmdesk.services.workbook_log import WorkbookTally
from mmdesk.store.database import Store
from tests.services.test_nomination_workbook import GHANA, UCLG, _fill, _person


def _tally(store: Store, route: str) -> WorkbookTally:
    return next(r.workbooks for r in list_routes(store) if r.name == route)


def test_each_workbook_sent_and_returned_is_counted_on_its_route(demo: Store, tmp_path: Path) -> None:
    assert _tally(demo, GHANA) == WorkbookTally() and _tally(demo, GHANA).words() == ""
    export_nominations(demo, GHANA, tmp_path / "first.xlsx")
    path = tmp_path / "g.xlsx"
    export_nominations(demo, GHANA, path)
    import_nominations(demo, _fill(path, [_person("Kofi", "Mensah")]))
    ghana = _tally(demo, GHANA)
    assert (ghana.sent, ghana.returned) == (2, 1)
    assert ghana.last_sent is not None and ghana.last_returned is not None
    assert ghana.last_returned >= ghana.last_sent
    day = f"{ghana.last_sent.day} {ghana.last_sent:%b}"
    assert ghana.words().startswith(f"sent 2 ({day}), returned 1 (")
    assert _tally(demo, UCLG) == WorkbookTally()  # another route's count is its own


def test_a_refused_import_is_not_counted_as_returned(demo: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.xlsx"
    export_nominations(demo, GHANA, path)
    _fill(path, [_person("A", "One"), _person("B", "Two"), _person("C", "Three"), _person("D", "Four")])
    with pytest.raises(NominationImportRefused):
        import_nominations(demo, path)
    assert (_tally(demo, GHANA).sent, _tally(demo, GHANA).returned) == (1, 0)


def test_the_words_name_only_what_happened() -> None:
    at = datetime(2026, 11, 2, 9, 30)
    assert WorkbookTally(sent=1, last_sent=at).words() == "sent 1 (2 Nov)"
    assert WorkbookTally(1, at, 1, datetime(2026, 11, 15)).words() == "sent 1 (2 Nov), returned 1 (15 Nov)"
