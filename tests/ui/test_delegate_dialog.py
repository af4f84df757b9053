"""The delegate dialog: the level of representation (issue 20) and the photo (issue 16)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QPushButton

from mmdesk.domain.protocol import LEVEL_WORDS, RepresentationLevel
from mmdesk.services import photos
from mmdesk.services.delegates import get_delegate_input, search_delegates
from mmdesk.store.database import Store
from mmdesk.ui.delegate_dialog import DelegateDialog
from mmdesk.ui.desk_card import PhotoDialog
from mmdesk.ui.main_window import MainWindow


def test_the_level_of_representation_is_chosen_and_saved(window: MainWindow, demo: Store,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    plante = search_delegates(demo, "plante")[0]
    shown: list[list[str]] = []

    def fill(self: DelegateDialog) -> int:
        shown.append([self.level.itemText(i) for i in range(self.level.count())])
        self.level.setCurrentIndex(self.level.findText("Mayor or Governor"))
        self.accept()
        return 1

    monkeypatch.setattr(DelegateDialog, "exec", fill)
    assert window.delegates.edit_delegate(plante.id) is True
    assert shown[0] == [LEVEL_WORDS[x] for x in RepresentationLevel]  # every level, in English here
    assert get_delegate_input(demo, plante.id)[0].level is RepresentationLevel.MAYOR
    window.action_undo.trigger()  # undo puts the level back too
    assert get_delegate_input(demo, plante.id)[0].level is RepresentationLevel.OTHER


def test_the_dialog_opens_on_the_delegates_level(qtbot) -> None:  # noqa: ANN001
    from mmdesk.services.delegates import DelegateInput

    dialog = DelegateDialog(None, DelegateInput("Ana", "Lima", level="minister"), lambda _: None)
    qtbot.addWidget(dialog)
    assert dialog.level.currentText() == "Minister"
    assert dialog.value().level == "minister"


def _jpeg(path: Path) -> Path:
    out = BytesIO()
    Image.new("RGB", (350, 450), (180, 90, 60)).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def test_a_photo_is_chosen_and_removed_from_the_delegate_dialog(
        window: MainWindow, demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plante = search_delegates(demo, "plante")[0]
    photo_file = _jpeg(tmp_path / "plante.jpg")
    seen: list[tuple[str, bool, bool]] = []

    def choose(self: PhotoDialog) -> int:  # the desk's own photo dialog opens, over the delegate's
        assert self.from_file(str(photo_file))
        return 1

    def fill(self: DelegateDialog) -> int:
        seen.append((self.photo.text(), self.photo.pixmap().isNull(), self.remove_photo_button.isEnabled()))
        self.photo_button.click()
        seen.append(("", self.photo.pixmap().isNull(), self.remove_photo_button.isEnabled()))
        assert photos.photo_of(demo, plante.id) is not None  # saved at once, as at the desk
        self.remove_photo_button.click()
        seen.append((self.photo.text(), self.photo.pixmap().isNull(), self.remove_photo_button.isEnabled()))
        self.reject()
        return 0

    monkeypatch.setattr(PhotoDialog, "exec", choose)
    monkeypatch.setattr(DelegateDialog, "exec", fill)
    window.delegates.edit_delegate(plante.id)
    assert seen == [("No photo", True, False), ("", False, True), ("No photo", True, False)]
    assert photos.photo_of(demo, plante.id) is None


def test_a_new_delegate_has_no_photo_buttons_yet(qtbot) -> None:  # noqa: ANN001
    dialog = DelegateDialog(None, None, lambda _: None)
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert "P&hoto…" not in texts and "Remove photo" not in texts
