"""The whole window walked in English, French and Spanish at 1280×800: every dialog class of
mmdesk.ui (a test fails when one is missing from the walk), every tab and wizard page, the live
console and its confidence monitor, the check-in desk in each mode, the menus and tooltips — none
may be left in English, written with "(s)", clipped, or shown exactly as the English window shows
it without a translation or the forum's data to explain it. (Status-bar messages and refusals:
test_languages_messages.py; the tools: language_walk.py.)"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QMenu,
    QWizard,
)

from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow
from tests.ui import test_languages_ui as base
from tests.ui.language_walk import (
    SKIPPED,
    _actions,
    _all_dialog_classes,
    _desk_states,
    _page_texts,
    _people,
    _same_as_english,
    _say_problems,
    _settle,
    _translations,
    _unknown_regions,
    dialogs,
    menu_problems,
    walk,
    walk_wizard,
)
from tests.ui.test_languages_ui import (
    HEIGHT,
    WIDTH,
    _demo_words,
    _sources,
    in_english,
    visible_texts,
)

speaking = base.speaking  # the language fixture (en, fr, es) and the window at 1280×800
big_window = base.big_window


def test_every_dialog_class_of_the_window_is_walked(big_window: MainWindow, demo: Store,
                                                    tmp_path: Path) -> None:
    walked = {d.name for d in dialogs(big_window, demo, tmp_path)}
    defined = _all_dialog_classes()
    missing = sorted(set(defined) - walked - set(SKIPPED))
    assert not missing, f"dialogs the language walk does not open: {missing}"
    assert not (set(SKIPPED) & walked), "a skipped dialog is walked after all: take it off SKIPPED"
    assert set(SKIPPED) <= set(defined), "SKIPPED names a dialog that no longer exists"


def test_every_dialog_tab_and_wizard_page_speaks_the_language(big_window: MainWindow, speaking: str,
                                                             demo: Store, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    from mmdesk.services import accreditation as acc_svc
    from mmdesk.services import endorsements as endorse_svc
    from mmdesk.services import venue as venue_svc

    # the forum's own words, and the file's and the callers' (a title given by the window)
    data = _demo_words(demo) | {"Valérie Plante", "Marrakech Mayors Declaration", "Inclusion", "Badges",
                                "Programme", "Speaker", "Floor", "First Name", "Last Name", "Employer",
                                "Country"}
    data |= _people(demo) | set(venue_svc.access_zones(demo))  # the organizer's zone names
    data |= {"Aminata", "Touré", "Mairie de Bamako", "Mali",  # the imported file's
             "English", "Français", "Español",  # each language in its own words
             "Note verbale"}  # the diplomatic document's name in every language
    data |= {a for d in endorse_svc.list_declarations(demo) for a in (*d.action_areas, d.title)}
    data.add("Mayor (re-elected)")  # the other desk's version in the conflict
    data |= {str(v) for r in acc_svc.list_routes(demo) for v in vars(r).values() if isinstance(v, str)}
    found: list[str] = []
    for shown in dialogs(big_window, demo, tmp_path):
        english: set[str] = set()
        if speaking != "en":
            with in_english():
                dialog = shown.make()
                qtbot.addWidget(dialog)
                dialog.show()
                english = {text for _, text in visible_texts(dialog)}
                dialog.close()
        dialog = shown.make()
        qtbot.addWidget(dialog)
        dialog.show()
        where = f"{shown.name} «{dialog.windowTitle()}»"
        found += _same_as_english(dialog, english, speaking, where, data)
        if isinstance(dialog, QWizard):
            found += walk_wizard(dialog, speaking, where, data)
        else:
            found += walk(dialog, speaking, where, data)
        dialog.close()
    assert not found, "\n".join(dict.fromkeys(found))


# -- the window's other surfaces


def test_the_menus_and_tooltips_speak_the_language(big_window: MainWindow, speaking: str,
                                                   demo: Store) -> None:
    data = _demo_words(demo)
    found: list[str] = []
    for action in big_window.menuBar().actions():
        if action.menu() is not None:
            found += menu_problems(action.menu(), speaking, data)
    for menu in big_window.findChildren(QMenu):  # context and button menus parented to the window
        if menu.parent() is not big_window.menuBar():
            found += menu_problems(menu, speaking, data, "popup")
    english = _sources(speaking) if speaking != "en" else {}
    for action in big_window.findChildren(QAction):
        if action.toolTip() and action.toolTip() != action.text().replace("&", "").replace("…", "..."):
            found += _say_problems(action.toolTip(), speaking, "action tooltip", english, data)
    for row in range(big_window.stack.count()):
        big_window.sidebar.setCurrentRow(row)
        page = big_window.stack.widget(row)
        if hasattr(page, "ensure_loaded"):
            page.ensure_loaded()
        found += walk(big_window, speaking, big_window.sidebar.item(row).text(), data)
    assert not found, "\n".join(dict.fromkeys(found))


def test_the_check_in_desk_speaks_the_language_in_every_mode(big_window: MainWindow, speaking: str,
                                                             demo: Store) -> None:
    from mmdesk.services.delegates import search_delegates

    data = _demo_words(demo)
    big_window.show_page("checkin")
    page = big_window.checkin
    found: list[str] = []
    for i in range(page.mode.count()):
        page.mode.setCurrentIndex(i)
        found += walk(big_window, speaking, f"desk mode {page.mode.itemText(i)}", data)
        for staffed in (True, False):
            page.staffed.setChecked(staffed)
            found += walk(big_window, speaking, f"desk mode {page.mode.itemText(i)} staffed={staffed}", data)
    page.mode.setCurrentIndex(page.mode.findData("badges"))
    page.show_person(search_delegates(demo, "plante")[0].id)
    found += walk(big_window, speaking, "badge desk with a card", data)
    english = _sources(speaking) if speaking != "en" else {}
    page.mode.setCurrentIndex(page.mode.findData("checkin"))
    page.staffed.setChecked(False)
    for typed in ("12345", "Nobody Atall"):  # a typed number or name at an unstaffed door
        page.input.setFocus()
        page.input.clear()
        QTest.keyClicks(page.input, typed)
        QTest.keyClick(page.input, Qt.Key.Key_Return)
        found += _say_problems(page.result.text(), speaking, f"door after {typed!r}", english, data)
        found += walk(big_window, speaking, f"door after {typed!r}", data)
    assert not found, "\n".join(dict.fromkeys(found))


def test_the_live_console_and_the_confidence_monitor_speak_the_language(
        big_window: MainWindow, speaking: str, demo: Store, qtbot) -> None:  # noqa: ANN001
    from mmdesk.services import programme as programme_svc
    from mmdesk.ui.console import ModeratorConsole

    data = _demo_words(demo) | _people(demo)
    session = next(s for s in programme_svc.list_sessions(demo) if s.slots)

    def opened(now: list[datetime]) -> ModeratorConsole:
        console = ModeratorConsole(demo, session.id, clock=lambda: now[0])
        qtbot.addWidget(console)
        console.resize(WIDTH, HEIGHT)
        console.show()
        return console

    def started(console: ModeratorConsole, now: list[datetime]) -> None:
        now[0] = session.starts_at + timedelta(minutes=1)
        console.advance()
        console.tick()
        _settle()

    english: set[str] = set()
    if speaking != "en":
        with in_english():
            clock = [session.starts_at - timedelta(minutes=2)]
            other = opened(clock)
            english = {text for _, text in visible_texts(other)}
            started(other, clock)
            english |= {text for _, text in visible_texts(other)}
            other.timer.stop()
            other.close()
    now = [session.starts_at - timedelta(minutes=2)]
    console = opened(now)
    found = walk(console, speaking, "console before the start", data)
    found += _same_as_english(console, english, speaking, "console before the start", data)
    started(console, now)
    found += walk(console, speaking, "console with a speaker", data)
    found += _same_as_english(console, english, speaking, "console with a speaker", data)
    console.pause()
    console.tick()
    found += walk(console, speaking, "console paused", data)
    console.toggle_monitor()
    qtbot.addWidget(console.monitor)
    console.monitor.resize(WIDTH, HEIGHT)
    console.tick()
    found += walk(console.monitor, speaking, "confidence monitor", data)
    console.monitor.close()
    console.timer.stop()
    assert not found, "\n".join(dict.fromkeys(found))


def test_no_page_or_menu_shows_what_the_english_window_shows(big_window: MainWindow, speaking: str,
                                                             demo: Store, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    """A text of the French or Spanish window that the English window shows too, and that no
    translation or datum explains, never went through tr()."""
    from PySide6.QtCore import QSettings

    from mmdesk.services import accreditation as acc_svc
    from mmdesk.services import endorsements as endorse_svc
    from mmdesk.services import venue as venue_svc

    if speaking == "en":
        return
    data = _demo_words(demo) | _people(demo)
    data |= {a for d in endorse_svc.list_declarations(demo) for a in (*d.action_areas, d.title)}
    data |= set(venue_svc.access_zones(demo)) | _unknown_regions(demo)
    data |= {str(v) for r in acc_svc.list_routes(demo) for v in vars(r).values() if isinstance(v, str)}
    data |= {"English", "Français", "Español", "English + Français", "English + Español",
             "Español + Français", "mmdesk"}
    english: dict[int, set[str]] = {}
    with in_english():
        other = MainWindow(demo, QSettings(str(tmp_path / "en.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(other)
        other.resize(WIDTH, HEIGHT)
        other.show()
        for row, _page in _page_texts(other):
            english[row] = {text for _, text in visible_texts(other)}
        desk = {state: {text for _, text in visible_texts(other)} for state in _desk_states(other)}
        english_menus = {t for a in other.menuBar().actions() if a.menu() for t in _actions(a.menu())}
        other.close()
    found: list[str] = []
    for row, _page in _page_texts(big_window):
        where = big_window.sidebar.item(row).text()
        found += _same_as_english(big_window, english[row], speaking, where, data)
    for state in _desk_states(big_window):
        found += _same_as_english(big_window, desk[state], speaking, state, data)
    known = _translations(speaking)
    for a in big_window.menuBar().actions():
        for text in _actions(a.menu()) if a.menu() else ():
            if text in english_menus and text not in known and text not in data:
                found.append(f"menu: the English {text!r}")
    assert not found, "\n".join(dict.fromkeys(found))


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_no_translation_writes_a_plural_with_parentheses(language: str) -> None:
    """"créé(s)", "nuevo(s)": a count's words go through %n forms or a "label: number" wording."""
    import xml.etree.ElementTree as ET

    from mmdesk.paths import resources_dir

    tree = ET.parse(resources_dir() / "translations" / f"mmdesk_{language}.ts")
    found = []
    for m in tree.getroot().iter("message"):
        for text in [n.text or "" for n in m.iter("numerusform")] or [m.findtext("translation") or ""]:
            if re.search(r"\w\((s|es|e|x)\)", text):
                found.append(f"{m.findtext('source')!r} → {text!r}")
    assert not found, "\n".join(found)
