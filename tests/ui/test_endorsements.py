"""The declaration dialog: whether the signatories' names are public statements (issue 15)."""

from __future__ import annotations

import pytest

from mmdesk.services import endorsements as svc
from mmdesk.store.database import Store
from mmdesk.ui.endorsements import DeclarationDialog
from mmdesk.ui.main_window import MainWindow


@pytest.mark.parametrize("public", [True, False])
def test_a_new_declaration_says_whether_its_signatories_names_are_kept(
        window: MainWindow, demo: Store, monkeypatch: pytest.MonkeyPatch, public: bool) -> None:
    said: list[str] = []

    def fill(self: DeclarationDialog) -> int:
        said.append(self.public_note.text())
        assert not self.public.isChecked()  # personal data unless the organizer says otherwise
        self.title.setText("Marrakech Mayors Declaration")
        self.areas.setPlainText("Labour migration\nClimate mobility")
        self.public.setChecked(public)
        self.accept()
        return 1

    monkeypatch.setattr(DeclarationDialog, "exec", fill)
    window.show_page("endorsements")
    assert window.endorsements.add_declaration() is True
    made = next(d for d in svc.list_declarations(demo) if d.title == "Marrakech Mayors Declaration")
    assert made.endorsers_public is public
    assert "erased" in said[0] and "kept" in said[0]
