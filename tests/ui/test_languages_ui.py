"""The window in English, French and Spanish: chosen from the menu or the system locale; at
1280×800 every page and the usual dialogs are walked, and a visible text still in English where
its translation differs, a "(s)" plural, an English sentence from a service, or a label or button
narrower than its text fails the test."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QToolButton,
    QWidget,
)

from mmdesk import i18n as core_i18n
from mmdesk.paths import resources_dir
from mmdesk.store.database import Store
from mmdesk.ui import i18n
from mmdesk.ui.main_window import MainWindow


@pytest.mark.parametrize("lang, delegates, file_menu, state", [
    ("fr", "Délégués", "&Fichier", "badge retiré"),
    ("es", "Delegados", "&Archivo", "credencial recogida"),
])
def test_the_window_speaks_french_and_spanish(qtbot, demo: Store, tmp_path: Path, lang: str,  # noqa: ANN001
                                              delegates: str, file_menu: str, state: str) -> None:
    app = QApplication.instance()
    installed = i18n.install(app, lang)
    try:
        assert installed, "the translations were not found or not built"
        window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        assert window.sidebar.item(0).text() == delegates
        assert window.menuBar().actions()[0].text() == file_menu
        m = window.delegates.model
        shown = {m.data(m.index(r, c)) for r in range(m.rowCount()) for c in range(m.columnCount())}
        assert state in shown  # accreditation states in the table, translated too
    finally:
        for t in installed:
            app.removeTranslator(t)
        QLocale.setDefault(QLocale("en"))


def test_language_comes_from_the_menu_else_the_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      window: MainWindow) -> None:
    settings = QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_EC")))
    assert i18n.chosen_language(settings) == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.chosen_language(settings) == "en"
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.set_language("fr")
    assert i18n.chosen_language(window.settings) == "fr"
    assert window.language_actions["fr"].isChecked() and not window.language_actions["en"].isChecked()


WIDTH, HEIGHT = 1280, 800


def _sources(language: str) -> dict[str, str]:
    """English source → translation, where the translation says something else."""
    out: dict[str, str] = {}
    tree = ET.parse(resources_dir() / "translations" / f"mmdesk_{language}.ts")
    for m in tree.getroot().iter("message"):
        source = m.findtext("source") or ""
        forms = [n.text or "" for n in m.iter("numerusform")] or [m.findtext("translation") or ""]
        if source and forms[-1] and forms[-1] != source and "%" not in source:
            out[source] = forms[-1]
    return out


@pytest.fixture(params=["en", "fr", "es"])
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application's translators for one language, removed afterwards."""
    language = request.param
    installed = i18n.install(qapp, language)
    INSTALLED[:] = installed
    yield language
    for t in INSTALLED:
        qapp.removeTranslator(t)
    INSTALLED.clear()
    QLocale.setDefault(QLocale("en"))
    core_i18n.set_language("en")


#: the translators the `speaking` fixture installed (in_english() takes them out for a moment)
INSTALLED: list = []


@contextmanager
def in_english() -> Iterator[None]:
    """The window in English for the time of the block, then the fixture's language again."""
    app = QApplication.instance()
    language = core_i18n.language()
    for t in INSTALLED:
        app.removeTranslator(t)
    QLocale.setDefault(QLocale("en"))
    core_i18n.set_language("en")
    try:
        yield
    finally:
        for t in INSTALLED:
            app.installTranslator(t)
        QLocale.setDefault(QLocale(language))
        core_i18n.set_language(language)


@pytest.fixture
def big_window(qtbot, speaking: str, demo: Store, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    w = MainWindow(demo, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(WIDTH, HEIGHT)
    w.show()
    return w


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex() if view.rootIndex().isValid() else QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column
        columns = 1
    rows = model.rowCount(root)
    for c in range(columns):
        yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    for r in range(min(rows, 40)):
        for c in range(columns):
            value = model.data(model.index(r, c, root))
            if isinstance(value, str):
                yield value


def visible_texts(top: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every text a user can read in a window or dialog (labels, buttons, tabs, headers, cells,
    placeholders, combo items)."""
    for cls in (QLabel, QPushButton, QCheckBox, QRadioButton, QToolButton):
        for w in top.findChildren(cls):
            if w.isVisibleTo(top) and w.text():
                yield w, w.text()
    for box in top.findChildren(QGroupBox):
        if box.isVisibleTo(top) and box.title():
            yield box, box.title()
    for edit in top.findChildren(QLineEdit):
        if edit.isVisibleTo(top) and edit.placeholderText():
            yield edit, edit.placeholderText()
    for combo in top.findChildren(QComboBox):
        if combo.isVisibleTo(top):
            for i in range(combo.count()):
                yield combo, combo.itemText(i)
    for tabs in top.findChildren(QTabWidget):
        if tabs.isVisibleTo(top):
            for i in range(tabs.count()):
                yield tabs, tabs.tabText(i)
    for view in top.findChildren(QAbstractItemView):
        if view.isVisibleTo(top):
            for text in _model_texts(view):
                yield view, text


def combo_text_width(combo: QComboBox) -> int:
    """The width a combo needs to show its current item whole (its frame, arrow and icon too),
    as QComboBox.sizeHint() reckons it for an item when it adjusts to its contents."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    contents = QSize(text + icon, combo.fontMetrics().height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo).width()


def problems(top: QWidget, language: str, where: str, data: set[str]) -> list[str]:
    """What a user of this language would notice: English left, "(s)" plurals, clipped text."""
    found: list[str] = []
    english = _sources(language) if language != "en" else {}
    for widget, text in visible_texts(top):
        name = type(widget).__name__
        plain = text.replace("&", "").strip()
        if text in english and text not in data:
            found.append(f"{where}: {name} still in English: {text!r}")
        elif language != "en" and core_i18n.translate_message(text, language) != text:
            found.append(f"{where}: {name} shows a service's English sentence: {text[:80]!r}")
        if re.search(r"\w\((s|es|e)\)", plain) and plain not in data:
            found.append(f"{where}: {name} writes a plural as (s): {plain[:80]!r}")
    for cls in (QLabel, QPushButton, QCheckBox, QRadioButton, QComboBox):
        for w in top.findChildren(cls):
            if not w.isVisibleTo(top) or w.width() <= 0:
                continue
            if isinstance(w, QLabel) and (w.wordWrap() or not w.text() or "<" in w.text()):
                continue
            if w.sizeHint().width() > w.width() + 1:
                shown = w.currentText() if isinstance(w, QComboBox) else w.text()
                found.append(f"{where}: {type(w).__name__} clips {shown[:40]!r} "
                             f"({w.sizeHint().width()} wanted, {w.width()} given)")
    for combo in top.findChildren(QComboBox):
        # a combo sized to a minimum contents length has a hint narrower than the item it shows
        if combo.isVisibleTo(top) and combo.width() > 0 and combo.currentText():
            wanted = combo_text_width(combo)
            if wanted > combo.width() + 1 and combo.sizeHint().width() <= combo.width() + 1:
                found.append(f"{where}: QComboBox clips {combo.currentText()[:40]!r} "
                             f"({wanted} wanted, {combo.width()} given)")
    for edit in top.findChildren(QLineEdit):
        if edit.isVisibleTo(top) and edit.placeholderText() and not edit.text():
            wanted = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            room = edit.contentsRect().width() - 8  # the frame's and the text's margins
            if wanted > room:
                found.append(f"{where}: placeholder clipped {edit.placeholderText()[:40]!r} "
                             f"({wanted} wanted, {room} given)")
    return found


def _demo_words(store: Store) -> set[str]:
    """Texts that are the forum's own data (a route called "Media"), not the program's words."""
    from mmdesk.services.accreditation import list_routes
    from mmdesk.services.delegates import list_delegates
    from mmdesk.services.programme import list_rooms, list_sessions

    words = {r.name for r in list_routes(store)} | {r.name for r in list_rooms(store)}
    words |= {s.title for s in list_sessions(store)}
    words |= {x for d in list_delegates(store) for x in (d.position, d.organisation, d.city) if x}
    return words


def test_every_page_speaks_the_language_and_nothing_is_clipped(big_window: MainWindow, speaking: str,
                                                                 demo: Store, qtbot) -> None:  # noqa: ANN001
    data = _demo_words(demo)
    found: list[str] = []
    for row in range(big_window.stack.count()):
        big_window.sidebar.setCurrentRow(row)
        page = big_window.stack.widget(row)
        if hasattr(page, "ensure_loaded"):
            page.ensure_loaded()
        qtbot.wait(1)
        QApplication.processEvents()
        where = big_window.sidebar.item(row).text()
        found += problems(big_window, speaking, where, data)
        room = WIDTH - (big_window.width() - big_window.stack.width())
        if page.minimumSizeHint().width() > room:  # the window would grow past the screen
            found.append(f"{where}: the page needs {page.minimumSizeHint().width()} px, "
                         f"{room} are there at {WIDTH}×{HEIGHT}")
    assert not found, "\n".join(found)


def _dialogs(window: MainWindow, store: Store) -> list[tuple[str, Callable[[], QDialog]]]:
    from mmdesk.services import delegates as delegate_svc
    from mmdesk.services import forum as forum_svc
    from mmdesk.services import programme as programme_svc
    from mmdesk.services.delegates import search_delegates
    from mmdesk.services.events import get_event
    from mmdesk.ui.delegate_dialog import DelegateDialog
    from mmdesk.ui.dialogs import BadgeOptionsDialog, ReasonDialog
    from mmdesk.ui.endorsements import DeclarationDialog
    from mmdesk.ui.exchange_dialogs import ExportDialog
    from mmdesk.ui.forum_dialog import ForumDialog
    from mmdesk.ui.letters_dialog import LettersDialog
    from mmdesk.ui.multidesk import ConnectDialog
    from mmdesk.ui.person_record import NominateDialog, PersonRecordDialog
    from mmdesk.ui.privacy import PrivacyDialog
    from mmdesk.ui.releases import ReleaseDialog
    from mmdesk.ui.rooms_editor import RoomsEditor
    from mmdesk.ui.routes_editor import RoutesEditor
    from mmdesk.ui.session_dialog import SessionDialog

    someone = search_delegates(store, "plante")[0].id
    session = next(s for s in programme_svc.list_sessions(store) if s.slots)
    return [
        ("new delegate", lambda: DelegateDialog(window, None, lambda _: None)),
        ("edit delegate", lambda: DelegateDialog(window, delegate_svc.get_delegate_input(store, someone)[0],
                                                 lambda _: None)),
        ("reason", lambda: ReasonDialog(window, "x", "—", False)),
        ("badge options", lambda: BadgeOptionsDialog(window, 3, "a6")),
        ("export delegates", lambda: ExportDialog(window, store, 10, 30, 2)),
        ("forum settings", lambda: ForumDialog(window, forum_svc.event_input(get_event(store)),
                                               lambda _: None)),
        ("rooms", lambda: RoomsEditor(window, store)),
        ("routes", lambda: RoutesEditor(window, store)),
        ("nominate", lambda: NominateDialog(window, store, someone)),
        ("person's record", lambda: PersonRecordDialog(window, store, someone)),
        ("session", lambda: SessionDialog(window, store, programme_svc.list_rooms(store),
                                          programme_svc.session_input(session), session.moderator,
                                          lambda _: None, programme_svc.invitees(store, session.id))),
        ("release", lambda: ReleaseDialog(window, store)),
        ("privacy", lambda: PrivacyDialog(window, store)),
        ("letters", lambda: LettersDialog(window, 2)),
        ("connect", lambda: ConnectDialog(window, window.settings)),
        ("declaration", lambda: DeclarationDialog(window, store)),
    ]


def test_every_dialog_speaks_the_language_and_nothing_is_clipped(big_window: MainWindow, speaking: str,
                                                                   demo: Store, qtbot) -> None:  # noqa: ANN001
    data = _demo_words(demo)
    found: list[str] = []
    for name, make in _dialogs(big_window, demo):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found += problems(dialog, speaking, name, data)
        dialog.close()
    assert not found, "\n".join(found)


def test_rules_findings_and_regions_follow_the_language(big_window: MainWindow, speaking: str) -> None:
    from mmdesk.domain.regions import region_name

    big_window.sidebar.setCurrentRow(big_window.PAGES.index("warnings"))
    page = big_window.warnings
    page.recompute(big_window.store, inline=True)  # not left to a busy machine's worker thread
    model = page.model
    rule_names = {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    expected = {"en": "speaker double-booked", "fr": "intervenant en deux endroits",
                "es": "orador en dos sitios"}[speaking]
    assert expected in rule_names
    assert region_name("Latin America and the Caribbean") == {
        "en": "Latin America and the Caribbean", "fr": "Amérique latine", "es": "Latinoamérica"}[speaking]


def test_the_check_in_desk_says_results_and_refusals_in_the_language(big_window: MainWindow, speaking: str,
                                                                     demo: Store) -> None:
    from PySide6.QtTest import QTest

    from mmdesk.services.delegates import search_delegates
    from mmdesk.services.keys import code_for_delegate

    words = {"en": ("admitted to the venue", "already checked in to the venue", "forged code"),
             "fr": ("entrée autorisée dans l’enceinte", "entrée déjà enregistrée dans l’enceinte",
                    "code falsifié"),
             "es": ("entrada autorizada en el recinto", "entrada ya registrada en el recinto",
                    "código falsificado")}[speaking]
    big_window.show_page("checkin")
    page = big_window.checkin
    code = code_for_delegate(demo, search_delegates(demo, "plante")[0].id)
    for typed, said in ((code, words[0]), (code, words[1]), (code[:-3] + "AAA", words[2])):
        page.input.setFocus()
        QTest.keyClicks(page.input, typed)
        QTest.keyClick(page.input, Qt.Key.Key_Return)
        assert said in page.result.text()
    recent = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert any(words[0] in line for line in recent)  # stored in English, shown in the language
    from mmdesk.domain.errors import ValidationError

    # what every message box of the window shows: str() of the refusal
    refusal = str(ValidationError("no room called 'Ballroom' (rooms: Plenary Hall)"))
    assert refusal == {"en": "no room called 'Ballroom' (rooms: Plenary Hall)",
                       "fr": "aucune salle appelée 'Ballroom' (salles : Plenary Hall)",
                       "es": "ninguna sala se llama 'Ballroom' (salas: Plenary Hall)"}[speaking]


def test_the_delegate_filters_show_each_choice_whole(big_window: MainWindow, speaking: str) -> None:
    """In one row with the search, French and Spanish filters showed "Toutes les catégor": each
    choice of each filter is shown whole at 1280×800 (the walk measures only the current one)."""
    big_window.show_page("delegates")
    page = big_window.delegates
    QApplication.processEvents()
    found = []
    for combo in (page.category, page.state, page.region, page.route):
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            wanted = combo_text_width(combo)
            if wanted > combo.width() + 1:
                found.append(f"{combo.currentText()!r}: {wanted} wanted, {combo.width()} given")
        combo.setCurrentIndex(0)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang, page, total", [("en", "Warnings", "7 warnings, 2 of them errors"),
                                               ("fr", "Alertes", "7 alertes, dont 2 erreurs"),
                                               ("es", "Avisos", "7 avisos, entre ellos 2 errores")])
def test_the_side_bar_and_the_status_bar_count_the_warnings_alike(
        qtbot, demo: Store, tmp_path: Path, lang: str, page: str, total: str) -> None:  # noqa: ANN001
    """One name for the page, and the side bar's count is the status bar's: every finding,
    errors among them."""
    app = QApplication.instance()
    installed = i18n.install(app, lang)
    core_i18n.set_language(lang)
    try:
        window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        window.warnings.recompute(demo, inline=True)
        qtbot.waitUntil(lambda: total in window.status_counts.text(), timeout=20_000)
        report = window.warnings.report
        assert (report.errors, report.warnings) == (2, 5)  # the demo's: 2 + 5 = 7
        row = window.PAGES.index("warnings")
        assert window.sidebar.item(row).text() == f"{page} (7)"
        assert window.warnings.summary.text() == total
        window.forum.show_state(False)  # as over a store without a forum: the same name
        assert window.sidebar.item(row).text() == page
    finally:
        for t in installed:
            app.removeTranslator(t)
        QLocale.setDefault(QLocale("en"))
        core_i18n.set_language("en")
