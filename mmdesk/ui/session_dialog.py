"""Editing a session, and picking a delegate (as speaker or moderator) by search."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mmdesk.domain.enums import SessionAccess, SessionKind, SessionStatus, SlotMode, SlotRole
from mmdesk.services.programme import SessionInput
from mmdesk.services.venue import RoomView
from mmdesk.store.database import Store
from mmdesk.ui import labels
from mmdesk.ui.dialogs import SavingDialog
from mmdesk.ui.widgets import list_delegates, py_datetime

T = TypeVar("T")


class DelegatePicker(QDialog):
    """Type to find a delegate (accent-insensitive); for a speaker also role, minutes, mode."""

    def __init__(self, parent: QWidget | None, store: Store, title: str, as_speaker: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.store = store
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, city or organisation…"))
        self.results = QListWidget()
        self.role = QComboBox()
        for r in SlotRole:
            self.role.addItem(labels.role(r), r.value)
        self.role.setCurrentIndex(self.role.findData(SlotRole.PANELLIST.value))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(8)
        self.minutes.setSuffix(self.tr(" min"))
        self.mode = QComboBox()
        for m in SlotMode:
            self.mode.addItem(labels.mode(m), m.value)
        form = QFormLayout()
        if as_speaker:
            form.addRow(self.tr("Role"), self.role)
            form.addRow(self.tr("Minutes"), self.minutes)
            form.addRow(self.tr("Mode"), self.mode)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._find)
        self.results.itemDoubleClicked.connect(lambda _: self.accept())
        self.results.currentRowChanged.connect(lambda _: self._update())
        self._update()
        self.resize(460, 520)

    def _find(self, text: str) -> None:
        list_delegates(self.results, self.store, text,
                       lambda d, where: f"{d.full_name} — {where} · {labels.state(d.state)}")
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.results.currentItem() is not None)

    def chosen(self) -> tuple[int, SlotRole, int, SlotMode] | None:
        item = self.results.currentItem()
        if item is None:
            return None
        return (item.data(Qt.ItemDataRole.UserRole), SlotRole(self.role.currentData()),
                self.minutes.value(), SlotMode(self.mode.currentData()))

    @classmethod
    def pick(cls, parent: QWidget | None, store: Store, title: str, as_speaker: bool = True
             ) -> tuple[tuple[int, SlotRole, int, SlotMode] | None, bool]:
        """(delegate id, role, minutes, mode) and whether one was chosen."""
        dialog = cls(parent, store, title, as_speaker)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen(), accepted and dialog.chosen() is not None


class SessionDialog(SavingDialog):
    """A session's fields; OK saves through the given function, which may refuse."""

    def __init__(self, parent: QWidget | None, store: Store, rooms: list[RoomView],
                 initial: SessionInput, moderator_name: str | None,
                 save: Callable[[SessionInput], object],
                 invited: list[tuple[int, str]] | None = None) -> None:
        super().__init__(parent, lambda data: self._save_and_invite(save, data))
        self.setWindowTitle(self.tr("Session"))
        self.store = store
        self._invited_before = {i for i, _ in invited or []}
        self.title = QLineEdit(initial.title)
        self.kind = QComboBox()
        for k in SessionKind:
            self.kind.addItem(labels.kind(k), k.value)
        self.kind.setCurrentIndex(self.kind.findData(SessionKind(initial.kind).value))
        self.series = QLineEdit(initial.series or "")
        self.starts = QDateTimeEdit(labels.qdatetime(initial.starts_at))
        self.ends = QDateTimeEdit(labels.qdatetime(initial.ends_at))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
            edit.setCalendarPopup(True)
        self.room = QComboBox()
        self.room.addItem(self.tr("(no room)"), None)
        for r in rooms:
            self.room.addItem(r.name if r.capacity is None else f"{r.name} ({r.capacity})", r.id)
        self.room.setCurrentIndex(max(0, self.room.findData(initial.room_id)))
        self.host = QLineEdit(initial.host or "")
        self.host.setPlaceholderText(self.tr("type an organisation, or choose a delegate"))
        self.co_chairs = QLineEdit(", ".join(initial.co_chairs))
        self.co_chairs.setPlaceholderText(self.tr("e.g. Governments of Germany and Egypt"))
        labels.fit_placeholder(self.co_chairs)
        self.pick_host = QPushButton(self.tr("Delegate…"))
        self.pick_host.clicked.connect(lambda: self._pick_name(self.host, replace=True))
        self.pick_co_chair = QPushButton(self.tr("Delegate…"))
        self.pick_co_chair.clicked.connect(lambda: self._pick_name(self.co_chairs, replace=False))
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(self.pick_host)
        co_chairs_row = QHBoxLayout()
        co_chairs_row.addWidget(self.co_chairs, 1)
        co_chairs_row.addWidget(self.pick_co_chair)
        self.moderator_id = initial.moderator_id
        self.moderator = QLabel(moderator_name or self.tr("none"))
        pick = QPushButton(self.tr("Choose…"))
        clear = QPushButton(self.tr("None"))
        pick.clicked.connect(self._pick_moderator)
        clear.clicked.connect(lambda: self._set_moderator(None, self.tr("none")))
        moderator_row = QHBoxLayout()
        moderator_row.addWidget(self.moderator, 1)
        moderator_row.addWidget(pick)
        moderator_row.addWidget(clear)
        self.status = QComboBox()
        for st in SessionStatus:
            self.status.addItem(labels.session_status(st), st.value)
        self.status.setCurrentIndex(self.status.findData(SessionStatus(initial.status).value))
        self.access = QComboBox()
        for a, caption in ((SessionAccess.OPEN, self.tr("open to all accredited")),
                           (SessionAccess.INVITATION, self.tr("invitation only")),
                           (SessionAccess.CLOSED, self.tr("closed"))):
            self.access.addItem(caption, a.value)
        self.access.setCurrentIndex(self.access.findData(SessionAccess(initial.access).value))
        self.chatham = QCheckBox(self.tr("Chatham House rule"))
        self.chatham.setChecked(initial.chatham_house)
        self.languages = QLineEdit(", ".join(initial.interpretation_languages))
        self.attendance = QSpinBox()
        self.attendance.setRange(0, 100000)
        self.attendance.setSpecialValueText(self.tr("not estimated"))
        self.attendance.setValue(initial.expected_attendance or 0)
        # each delegation's total speaking time, shared by its speakers (issue 20)
        self.delegation_minutes = QSpinBox()
        self.delegation_minutes.setRange(0, 600)
        self.delegation_minutes.setSpecialValueText(self.tr("no limit"))
        self.delegation_minutes.setValue(initial.delegation_minutes or 0)
        self.description = QPlainTextEdit(initial.description or "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        form = QFormLayout()
        widget: QWidget
        for caption, widget in (
            (self.tr("Title"), self.title), (self.tr("Kind"), self.kind), (self.tr("Series"), self.series),
            (self.tr("Starts"), self.starts), (self.tr("Ends"), self.ends), (self.tr("Room"), self.room),
        ):
            form.addRow(caption, widget)
        form.addRow(self.tr("Host"), host_row)
        form.addRow(self.tr("Co-chairs"), co_chairs_row)
        form.addRow(self.tr("Moderator"), moderator_row)
        for caption, widget in (
            (self.tr("Status"), self.status), (self.tr("Access"), self.access), ("", self.chatham),
            (self.tr("Interpretation"), self.languages), (self.tr("Expected attendance"), self.attendance),
            (self.tr("Time per delegation (minutes)"), self.delegation_minutes),
            (self.tr("Description"), self.description),
        ):
            form.addRow(caption, widget)
        self.invitees = QListWidget()
        self.invitees.setFixedHeight(84)
        self.invitees.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        for delegate_id, name in invited or []:
            self._add_invitee(delegate_id, name)
        self.invite_button = QPushButton(self.tr("Invite…"))
        self.uninvite_button = QPushButton(self.tr("Remove"))
        self.invite_button.clicked.connect(self._invite)
        self.uninvite_button.clicked.connect(self._uninvite)
        invite_buttons = QVBoxLayout()
        invite_buttons.addWidget(self.invite_button)
        invite_buttons.addWidget(self.uninvite_button)
        invite_buttons.addStretch(1)
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invitees, 1)
        invite_row.addLayout(invite_buttons)
        self.invite_label = QLabel(self.tr("Invited"))
        form.addRow(self.invite_label, invite_row)
        self.access.currentIndexChanged.connect(lambda _: self._access_changed())
        self._access_changed()
        self.lay_out(form)

    def _access_changed(self) -> None:
        """Invitees matter to an invitation-only or closed session only."""
        on = self.access.currentData() != SessionAccess.OPEN.value
        for w in (self.invitees, self.invite_button, self.uninvite_button):
            w.setEnabled(on)

    def _add_invitee(self, delegate_id: int, name: str) -> None:
        for i in range(self.invitees.count()):
            if self.invitees.item(i).data(Qt.ItemDataRole.UserRole) == delegate_id:
                return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, delegate_id)
        self.invitees.addItem(item)

    def _invite(self) -> None:
        chosen, ok = DelegatePicker.pick(self, self.store, self.tr("Invite a delegate"), as_speaker=False)
        if ok and chosen:
            from mmdesk.services.delegates import get_delegate

            self._add_invitee(chosen[0], get_delegate(self.store, chosen[0]).full_name)

    def _uninvite(self) -> None:
        for item in self.invitees.selectedItems():
            self.invitees.takeItem(self.invitees.row(item))

    def invited(self) -> list[int]:
        """The delegates on the invitation list, in shown order."""
        return [self.invitees.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.invitees.count())]

    def _pick_name(self, field: QLineEdit, *, replace: bool) -> None:
        """Host or co-chair chosen from the delegates (the name is kept as typed text)."""
        chosen, ok = DelegatePicker.pick(self, self.store, self.tr("Choose a delegate"), as_speaker=False)
        if not ok or not chosen:
            return
        from mmdesk.services.delegates import get_delegate

        name = get_delegate(self.store, chosen[0]).full_name
        if replace or not field.text().strip():
            field.setText(name)
        else:
            field.setText(f"{field.text().strip().rstrip(',')}, {name}")

    def _save_and_invite(self, save: Callable[[SessionInput], object], data: SessionInput) -> object:
        """Save the session, then bring its invitation list in line with the dialog's."""
        from mmdesk.services import programme as programme_svc

        saved = save(data)
        session_id = getattr(saved, "id", None)
        if session_id is not None:
            now = self.invited()
            gone = [d for d in self._invited_before if d not in now]
            if gone:
                programme_svc.uninvite(self.store, session_id, gone)
            if now:
                programme_svc.invite(self.store, session_id, now)
            saved = programme_svc.get_session(self.store, session_id)
        return saved

    def _set_moderator(self, delegate_id: int | None, name: str) -> None:
        self.moderator_id = delegate_id
        self.moderator.setText(name)

    def _pick_moderator(self) -> None:
        chosen, ok = DelegatePicker.pick(self, self.store, self.tr("Moderator"), as_speaker=False)
        if ok and chosen:
            from mmdesk.services.delegates import get_delegate

            self._set_moderator(chosen[0], get_delegate(self.store, chosen[0]).full_name)

    def value(self) -> SessionInput:
        """The fields as typed (not yet checked)."""
        start = py_datetime(self.starts.dateTime())
        end = py_datetime(self.ends.dateTime())
        return SessionInput(
            title=self.title.text(), kind=self.kind.currentData(), starts_at=start, ends_at=end,
            room_id=self.room.currentData(), series=self.series.text(), host=self.host.text(),
            co_chairs=[c.strip() for c in self.co_chairs.text().split(",") if c.strip()],
            moderator_id=self.moderator_id, status=self.status.currentData(),
            access=self.access.currentData(), chatham_house=self.chatham.isChecked(),
            interpretation_languages=[x.strip() for x in self.languages.text().split(",") if x.strip()],
            expected_attendance=self.attendance.value() or None,
            description=self.description.toPlainText(),
            delegation_minutes=self.delegation_minutes.value() or None,
        )

    @classmethod
    def edit(cls, parent: QWidget | None, store: Store, rooms: list[RoomView], initial: SessionInput,
             moderator_name: str | None, save: Callable[[SessionInput], T],
             invited: list[tuple[int, str]] | None = None) -> tuple[T, bool]:
        """(what save returned, accepted); the invitation list is saved with the session.
        The value means nothing when not accepted."""
        made, ok = cls(parent, store, rooms, initial, moderator_name, save, invited).run()
        return cast(T, made), ok

