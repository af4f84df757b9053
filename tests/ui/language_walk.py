"""The language walk's tools: what a French or Spanish user would notice in a window (English
left, "(s)" plurals, English dates, texts the English window shows too that no translation or
datum explains), every dialog of mmdesk.ui built as the window builds it, the menus, the desk's
modes."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import zoneinfo
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

import mmdesk.ui
from mmdesk import i18n as core_i18n
from mmdesk.store.database import Store
from mmdesk.ui.main_window import MainWindow
from tests.ui.test_languages_ui import (
    _sources,
    problems,
    visible_texts,
)

#: dialog classes the walk cannot build here, each with its reason
SKIPPED = {
    "SavingDialog": "an abstract base (value() is the subclass's); walked through its 9 subclasses",
    "ListEditor": "an abstract base (load/ask/remove are the subclass's); walked as RoomsEditor, "
                  "RoutesEditor",
    "CameraDialog": "needs Qt Multimedia and a camera (PySide6-Essentials here has no QtMultimedia)",
}

#: English words that give away an English sentence composed in the window (paths taken out)
ENGLISH = re.compile(r"\b(the|and|of|to|with|from|would|imported|exported|backed|rows?|merged|skipped|"
                     r"nothing|already|cannot|not|no|is|are|has|was)\b")


#: English month and weekday names: a date a French or Spanish user should not meet
DATE_WORDS = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _say_problems(text: str, language: str, where: str, english: dict[str, str],
                  data: set[str]) -> list[str]:
    """What is wrong with one shown sentence (a menu item, tooltip, status or box text)."""
    if language == "en" or not text.strip():
        return []
    found = []
    plain = text.replace("&", "").strip()
    if text in english and text not in data:
        found.append(f"{where}: still in English: {text!r}")
    elif core_i18n.translate_message(text, language) != text:
        found.append(f"{where}: a service's English sentence: {text[:90]!r}")
    if re.search(r"\w\((s|es|e)\)", plain):
        found.append(f"{where}: a plural written with (s): {plain[:90]!r}")
    words = re.sub(r"(/|[A-Za-z]:\\)\S+", " ", plain)  # no file paths
    for value in data:
        words = words.replace(value, " ")
    dates = DATE_WORDS.findall(words)
    if dates:
        found.append(f"{where}: an English date ({', '.join(dates)}): {plain[:90]!r}")
    hits = set(ENGLISH.findall(words.lower()))
    if len(hits) >= 2 and not any(f"{where}: still in English" in f for f in found):
        found.append(f"{where}: reads as English ({', '.join(sorted(hits))}): {plain[:90]!r}")
    return found


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def walk(top: QWidget, language: str, where: str, data: set[str]) -> list[str]:
    """problems() of a window, then of each tab of its tab widgets and of its tooltips and title."""
    _settle()
    english = _sources(language) if language != "en" else {}
    found = problems(top, language, where, data)
    found += _say_problems(top.windowTitle(), language, f"{where} (title)", english, data)
    for w in [top, *top.findChildren(QWidget)]:
        if (w is top or w.isVisibleTo(top)) and w.toolTip():
            found += _say_problems(w.toolTip(), language, f"{where} (tooltip of {type(w).__name__})",
                                   english, data)
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        was = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != was:
                tabs.setCurrentIndex(i)
                _settle()
                found += problems(top, language, f"{where} › {tabs.tabText(i)}", data)
        tabs.setCurrentIndex(was)
    for button in [*top.findChildren(QPushButton), *top.findChildren(QToolButton)]:
        if button.isVisibleTo(top) and button.menu() is not None:
            found += [f"{where} › {p}" for p in menu_problems(button.menu(), language, data)]
    return list(dict.fromkeys(found))


def walk_wizard(wizard: QWizard, language: str, where: str, data: set[str]) -> list[str]:
    """Every page of a wizard, in the order Next takes."""
    english = _sources(language) if language != "en" else {}
    wizard.restart()
    found: list[str] = []
    seen: set[int] = set()
    while wizard.currentId() not in seen:
        seen.add(wizard.currentId())
        page: QWizardPage = wizard.currentPage()
        name = f"{where} › page {len(seen)}"
        found += walk(wizard, language, name, data)
        for text in (page.title(), page.subTitle()):
            found += _say_problems(text, language, name, english, data)
        if wizard.nextId() == -1:
            break
        wizard.next()
    assert len(seen) >= 2, "the wizard did not go past its first page"
    return found


def menu_problems(menu: QMenu, language: str, data: set[str], where: str = "") -> list[str]:
    """Every action's text (and tooltip where it has its own) in a menu and its submenus."""
    english = _sources(language) if language != "en" else {}
    here = f"{where} › {menu.title().replace('&', '')}" if where else menu.title().replace("&", "")
    found = _say_problems(menu.title(), language, f"menu {here}", english, data)
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_problems(action.menu(), language, data, here)
        elif action.text():
            found += _say_problems(action.text(), language, f"menu {here}", english, data)
            if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                found += _say_problems(action.toolTip(), language, f"menu {here} (tooltip)", english, data)
    return found


# -- the dialogs


def _all_dialog_classes() -> dict[str, type]:
    """Every QDialog (and QWizard) subclass defined in mmdesk.ui, by class name."""
    for info in pkgutil.iter_modules(mmdesk.ui.__path__):
        importlib.import_module(f"mmdesk.ui.{info.name}")

    def below(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    return {c.__name__: c for c in below(QDialog)
            if c.__module__.startswith("mmdesk.ui") and "<locals>" not in c.__qualname__}


@dataclasses.dataclass
class Shown:
    """One dialog of the walk: its class name, how to build it, and anything to do before looking."""

    name: str
    make: Callable[[], QDialog]
    then: Callable[[Any], None] | None = None


def dialogs(window: MainWindow, store: Store, tmp_path: Path) -> list[Shown]:
    """Every dialog of mmdesk.ui, built as the window builds it, on the demo forum."""
    from mmdesk.services import accreditation as acc_svc
    from mmdesk.services import delegates as delegate_svc
    from mmdesk.services import endorsements as endorse_svc
    from mmdesk.services import forum as forum_svc
    from mmdesk.services import programme as programme_svc
    from mmdesk.services import venue as venue_svc
    from mmdesk.services.badges import BadgeBatch
    from mmdesk.services.delegates import search_delegates
    from mmdesk.services.events import get_event
    from mmdesk.services.releases import list_versions, release_programme
    from mmdesk.ui.badge_printing import BadgePreviewDialog, DeskPrinterDialog
    from mmdesk.ui.console import floor_picker
    from mmdesk.ui.delegate_dialog import DelegateDialog
    from mmdesk.ui.desk_card import PhotoDialog, ReprintDialog
    from mmdesk.ui.dialogs import BadgeOptionsDialog, ReasonDialog
    from mmdesk.ui.endorsements import DeclarationDialog, EndorsementDialog
    from mmdesk.ui.exchange_dialogs import ExportDialog, ImportWizard
    from mmdesk.ui.forum_dialog import ForumDialog
    from mmdesk.ui.letters_dialog import LettersDialog
    from mmdesk.ui.multidesk import ConflictDialog, ConnectDialog
    from mmdesk.ui.person_record import NominateDialog, PersonRecordDialog
    from mmdesk.ui.pick_dialog import PickDialog
    from mmdesk.ui.pickup_dialog import DelegationPickUpDialog
    from mmdesk.ui.preview import PdfPreviewDialog
    from mmdesk.ui.privacy import PrivacyDialog
    from mmdesk.ui.releases import ChangesDialog, ReleaseDialog
    from mmdesk.ui.rooms_editor import RoomDialog, RoomsEditor
    from mmdesk.ui.routes_editor import RouteDialog, RoutesEditor
    from mmdesk.ui.session_dialog import DelegatePicker, SessionDialog
    from mmdesk.ui.walkin_dialog import WalkInDialog

    someone = search_delegates(store, "plante")[0].id
    session = next(s for s in programme_svc.list_sessions(store) if s.slots)
    mine = delegate_svc.get_delegate_input(store, someone)[0]
    theirs = dataclasses.replace(mine, position="Mayor (re-elected)", phone="+1 514 555 0000")
    pdf = tmp_path / "badge.pdf"
    batch = BadgeBatch(store, delegate_ids=[someone])
    batch.draw_now(pdf)
    sheet = tmp_path / "list.csv"
    sheet.write_text("First Name,Last Name,Employer,Country\nAminata,Touré,Mairie de Bamako,Mali\n",
                     encoding="utf-8")
    if not endorse_svc.list_declarations(store):
        endorse_svc.create_declaration(store, "Marrakech Mayors Declaration", ["Inclusion"])
    declaration = endorse_svc.list_declarations(store)[0]
    if not list_versions(store):
        release_programme(store)
    zones = venue_svc.access_zones(store)
    room = venue_svc.list_rooms(store)[0]
    route = acc_svc.list_routes(store)[0]
    found = window.checkin.lookup_desk().look_up("Maria")

    def quiet(_: object) -> None:
        return None

    def add_floor() -> QDialog:
        return floor_picker()(window, store, "Floor", True)

    return [
        Shown("DelegateDialog", lambda: DelegateDialog(window, None, quiet)),
        Shown("DelegateDialog", lambda: DelegateDialog(window, mine, quiet)),
        Shown("ReasonDialog", lambda: ReasonDialog(window, "x", "—", False)),
        Shown("BadgeOptionsDialog", lambda: BadgeOptionsDialog(window, 3, "a6")),
        Shown("ExportDialog", lambda: ExportDialog(window, store, 10, 30, 2)),
        Shown("ForumDialog", lambda: ForumDialog(window, forum_svc.event_input(get_event(store)), quiet)),
        Shown("RoomsEditor", lambda: RoomsEditor(window, store)),
        Shown("RoutesEditor", lambda: RoutesEditor(window, store)),
        Shown("RoomDialog", lambda: RoomDialog(window, zones, None, quiet)),
        Shown("RoomDialog", lambda: RoomDialog(window, zones, room, quiet)),
        Shown("RouteDialog", lambda: RouteDialog(window, zones, None, quiet)),
        Shown("RouteDialog", lambda: RouteDialog(window, zones, route, quiet)),
        Shown("NominateDialog", lambda: NominateDialog(window, store, someone)),
        Shown("PersonRecordDialog", lambda: PersonRecordDialog(window, store, someone)),
        Shown("SessionDialog", lambda: SessionDialog(
            window, store, programme_svc.list_rooms(store), programme_svc.session_input(session),
            session.moderator, quiet, programme_svc.invitees(store, session.id))),
        Shown("DelegatePicker", lambda: DelegatePicker(window, store, "Speaker", True)),
        Shown("DelegatePicker", add_floor),
        Shown("ReleaseDialog", lambda: ReleaseDialog(window, store)),
        Shown("ChangesDialog", lambda: ChangesDialog(window, store, list_versions(store))),
        Shown("PrivacyDialog", lambda: PrivacyDialog(window, store)),
        Shown("LettersDialog", lambda: LettersDialog(window, 2)),
        Shown("ConnectDialog", lambda: ConnectDialog(window, window.settings)),
        Shown("ConflictDialog", lambda: ConflictDialog(window, mine, theirs)),
        Shown("DeclarationDialog", lambda: DeclarationDialog(window, store)),
        Shown("EndorsementDialog", lambda: EndorsementDialog(window, store, declaration)),
        Shown("ImportWizard", lambda: ImportWizard(window, store, sheet)),
        Shown("PdfPreviewDialog", lambda: PdfPreviewDialog(window, pdf, "Programme", "programme.pdf")),
        Shown("BadgePreviewDialog", lambda: BadgePreviewDialog(window, batch, "Badges", "badges.pdf")),
        Shown("DeskPrinterDialog", lambda: DeskPrinterDialog(window, window.settings)),
        Shown("ReprintDialog", lambda: ReprintDialog(window, "Valérie Plante", "MMF-0001")),
        Shown("PhotoDialog", lambda: PhotoDialog(window, store, someone, "Valérie Plante")),
        Shown("PickDialog", lambda: PickDialog(window, found)),
        Shown("DelegationPickUpDialog",
              lambda: DelegationPickUpDialog(window, store, someone, "Valérie Plante")),
        Shown("WalkInDialog", lambda: WalkInDialog(window, store)),
    ]


def _translations(language: str) -> set[str]:
    """Every translation the language's .ts holds (a word the same in English counts there)."""
    import xml.etree.ElementTree as ET

    from mmdesk.paths import resources_dir

    tree = ET.parse(resources_dir() / "translations" / f"mmdesk_{language}.ts")
    out: set[str] = set()
    for m in tree.getroot().iter("message"):
        out |= {n.text or "" for n in m.iter("numerusform")} | {m.findtext("translation") or ""}
    return out


def _people(store: Store) -> set[str]:
    """The demo's people, organisations, cities and e-mails: data, the same in every language
    (not their countries, regions or states: those the window says in its language)."""
    from mmdesk.services.delegates import list_delegates

    out: set[str] = set()
    for d in list_delegates(store):
        out |= {v for v in (d.honorific, d.given_name, d.family_name, d.badge_name, d.position,
                            d.organisation, d.city, d.email, d.full_name) if v}
    return out


#: a country as the country lists show it ("Chile (CL)")
COUNTRY = re.compile(r".+ \([A-Z]{2}\)$")
CODES = re.compile(r"^[a-z]{2}(, [a-z]{2})*$")  # language codes ("fr, en"), the same everywhere
ZONES = zoneinfo.available_timezones() | {"UTC", "localtime"}


def _explained(text: str, data: set[str], words: set[str]) -> bool:
    """Whether the forum's own words ("Terrace (300)", "General, Public"), and words the
    language's translations use too ("badge 000003" in French), make up the text."""
    for d in sorted(data, key=len, reverse=True):
        if len(d) >= 3 and d in text:
            text = text.replace(d, " ")
    left = [w for w in re.findall(r"[^\W\d_]+", text) if w not in words]
    return sum(len(w) for w in left) < 3


def _unknown_regions(store: Store) -> set[str]:
    """Regions stored as typed that are none of the closed list's (an older list's "Asia-Pacific"):
    the window shows them as they are."""
    from mmdesk.domain.regions import find_region
    from mmdesk.services.delegates import list_delegates

    return {d.region for d in list_delegates(store) if d.region and find_region(d.region) is None}


def _same_as_english(top: QWidget, english: set[str], language: str, where: str, data: set[str]) -> list[str]:
    """Texts shown exactly as the English window shows them, that no translation and no datum
    explains: a string that never went through tr() (a column name from a service, say)."""
    if language == "en":
        return []
    from mmdesk.domain.countries import _country_name, _known_codes
    from mmdesk.domain.regions import REGIONS as ALL
    from mmdesk.domain.regions import region_name

    # the language's own names of regions and countries only ("Canada" is Canada in French too)
    places = {region_name(r.name, language) for r in ALL}
    places |= {_country_name(c, language) for c in _known_codes()}
    known = _translations(language)
    words = set(re.findall(r"[^\W\d_]+", " ".join(known)))
    found = []
    for widget, text in visible_texts(top):
        plain = text.replace("&", "").strip()
        if COUNTRY.match(plain) or plain in places or plain in ZONES or CODES.match(plain):
            continue
        if (text in english and len(re.findall(r"[A-Za-z]", plain)) >= 3 and text not in known
                and plain not in known and not _explained(text, data, words)):
            found.append(f"{where}: {type(widget).__name__} shows the English {plain[:60]!r}")
    return found


def _page_texts(window: MainWindow) -> Iterator[tuple[int, QWidget]]:
    for row in range(window.stack.count()):
        window.sidebar.setCurrentRow(row)
        page = window.stack.widget(row)
        if hasattr(page, "ensure_loaded"):
            page.ensure_loaded()
        _settle()
        yield row, page


def _desk_states(window: MainWindow) -> Iterator[str]:
    """The check-in desk in each mode, staffed or not, then with a person's card shown."""
    from mmdesk.services.delegates import search_delegates

    window.show_page("checkin")
    page = window.checkin
    for i in range(page.mode.count()):
        page.mode.setCurrentIndex(i)
        for staffed in (False, True):
            page.staffed.setChecked(staffed)
            _settle()
            yield f"desk mode {i} staffed={staffed}"
    page.mode.setCurrentIndex(page.mode.findData("badges"))
    page.show_person(search_delegates(window.store, "plante")[0].id)
    _settle()
    yield "badge desk with a card"


def _actions(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.menu() is not None:
            yield action.menu().title()
            yield from _actions(action.menu())
        elif action.text():
            yield action.text()
