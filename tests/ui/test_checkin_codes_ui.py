"""The check-in page says a result from its code and values in the language mmdesk speaks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mmdesk import i18n
from mmdesk.services.delegates import search_delegates
from mmdesk.services.keys import code_for_delegate
from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def test_the_desk_page_says_results_in_french(window: MainWindow, demo: Store, french: None) -> None:
    window.show_page("checkin")
    page = window.checkin
    code = code_for_delegate(demo, search_delegates(demo, "plante")[0].id)
    page.input.setText(code)
    first = page.submit()
    assert first is not None and first.code == "checkin.admitted"
    assert "entrée autorisée dans l’enceinte" in page.result.text()
    page.input.setText(code)
    again = page.submit()
    assert again is not None and again.code == "checkin.already"
    assert "entrée déjà enregistrée dans l’enceinte à" in page.result.text()
    assert "already" not in page.result.text() and "venue" not in page.result.text()
    page.room.setCurrentIndex(page.room.findData("Bilateral Room"))
    page.input.setText(code)
    refused = page.submit()
    assert refused is not None and refused.code == "checkin.zone-closed"
    assert "'Restricted'" in page.result.text() and "is not opened by route" not in page.result.text()
