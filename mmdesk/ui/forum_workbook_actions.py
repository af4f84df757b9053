"""File › Export forum workbook…, Import forum workbook…, Forum workbook template…, and a
route's Export/Import nominations workbook…: each asks for a file, runs the service
(mmdesk.services.forum_workbook, mmdesk.services.nomination_workbook) and says what happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from mmdesk.domain.errors import MmdeskError
from mmdesk.services.common import ImportProblems
from mmdesk.ui.file_actions import file_action, show_problems

if TYPE_CHECKING:
    from mmdesk.store.database import Store

T = TypeVar("T")

# lupdate finds the translate("ForumWorkbook", "…") calls by this name
translate = QCoreApplication.translate


class ForumWorkbook(QObject):
    """The context of this module's words: its plurals are said by ForumWorkbook.tr(), the
    form in which lupdate reads a plural whatever its count is written as."""


def _xlsx_filter() -> str:
    return translate("ForumWorkbook", "Excel workbook (*.xlsx)")


def _import_workbook(window: Any, path: str | None, read: Callable[[Store, Path], T], title: str,
                     failure: str) -> T | None:
    """Choose a workbook (unless given), read it into the store under the wait cursor, then
    show the window afresh: read's report; None when cancelled or refused (a refusal with
    problems lists them in one box)."""
    def refused(exc: MmdeskError) -> bool:
        if not isinstance(exc, ImportProblems):
            return False
        from mmdesk.report_words import report_lines

        lines = report_lines(exc.report)  # in the window's language
        text = ForumWorkbook.tr("Nothing was imported: %n problem(s) in the workbook.", "", len(lines))  # type: ignore[arg-type, unused-ignore]
        show_problems(window, failure, text, lines)
        return True

    ran = file_action(window, lambda p: read(window.store, p), given=path, title=title,
                      filters=_xlsx_filter(), wait=True, failure=failure, refused=refused)
    if ran is None:
        return None
    window.refresh()
    return ran[1]


def add_forum_workbook_actions(window: Any, menu: QMenu) -> list[QAction]:
    """The File menu entries, connected to the functions below (also kept on the window as
    action_export_forum_workbook, action_import_forum_workbook, action_forum_workbook_template,
    action_export_nominations, action_import_nominations)."""
    entries = [
        (translate("ForumWorkbook", "Export forum &workbook…"), export_forum_workbook),
        (translate("ForumWorkbook", "Import forum wor&kbook…"), import_forum_workbook),
        (translate("ForumWorkbook", "Forum workbook &template…"), forum_workbook_template),
        (translate("ForumWorkbook", "Export nominations workbook…"), export_nominations_workbook),
        (translate("ForumWorkbook", "Import nominations workbook…"), import_nominations_workbook),
    ]
    actions = []
    for text, run in entries:
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, run=run: run(window))
        menu.addAction(action)
        actions.append(action)
    (window.action_export_forum_workbook, window.action_import_forum_workbook,
     window.action_forum_workbook_template, window.action_export_nominations,
     window.action_import_nominations) = actions
    return actions


def export_forum_workbook(window: Any, target: str | None = None) -> bool:
    """The whole forum (forum, rooms, routes, programme, delegates) in one .xlsx."""
    from mmdesk.services.forum_workbook import export_forum

    ran = file_action(window, lambda path: export_forum(window.store, path), given=target,
                      title=translate("ForumWorkbook", "Export forum workbook"), save_as="forum.xlsx",
                      filters=_xlsx_filter(), suffix=".xlsx", wait=True,
                      failure=translate("ForumWorkbook", "Not exported"))
    if ran is None:
        return False
    written, done = ran
    counts = ", ".join((ForumWorkbook.tr("%n room(s)", "", done.rooms),  # type: ignore[arg-type, unused-ignore]
                        ForumWorkbook.tr("%n route(s)", "", done.routes),  # type: ignore[arg-type, unused-ignore]
                        ForumWorkbook.tr("%n session(s)", "", done.sessions),  # type: ignore[arg-type, unused-ignore]
                        ForumWorkbook.tr("%n delegate(s)", "", done.delegates)))  # type: ignore[arg-type, unused-ignore]
    text = translate("ForumWorkbook", "Forum exported to %1: %2").replace("%1", str(written))
    text = text.replace("%2", counts)
    window.statusBar().showMessage(text, 10000)
    return True


def import_forum_workbook(window: Any, path: str | None = None) -> bool:
    """Create the forum from a workbook (an empty file) or update it: all of it, or nothing."""
    from mmdesk.services.forum_workbook import import_forum

    report = _import_workbook(window, path, import_forum, translate("ForumWorkbook", "Import forum workbook"),
                              translate("ForumWorkbook", "Forum workbook not imported"))
    if report is None:
        return False
    lines = []
    if report.forum == "created":
        lines.append(translate("ForumWorkbook", "The forum was created."))
    elif report.forum == "updated":
        lines.append(translate("ForumWorkbook", "The forum was updated."))
    names = {"rooms": translate("ForumWorkbook", "Rooms"), "routes": translate("ForumWorkbook", "Routes"),
             "delegates": translate("ForumWorkbook", "Delegates"),
             "programme": translate("ForumWorkbook", "Sessions")}
    for kind, counts in report.sheets.items():
        lines.append(translate("ForumWorkbook", "%1: %2 created, %3 updated").replace("%1", names[kind])
                     .replace("%2", str(counts.created)).replace("%3", str(counts.updated)))
    for line, name in report.unmatched[:20]:
        lines.append(translate("ForumWorkbook", "Programme, line %1: no delegate called %2")
                     .replace("%1", str(line)).replace("%2", name))
    QMessageBox.information(window, translate("ForumWorkbook", "Forum workbook imported"), "\n".join(lines))
    return True


def forum_workbook_template(window: Any, target: str | None = None, language: str | None = None) -> bool:
    """An empty workbook with headers, one example row a sheet and notes, in a chosen language."""
    from mmdesk.services.forum_workbook import write_template
    from mmdesk.ui.i18n import LANGUAGES, chosen_language

    title = translate("ForumWorkbook", "Forum workbook template")
    if language is None:
        codes = [code for code, _ in LANGUAGES]
        settings = getattr(window, "settings", None)
        start = codes.index(chosen_language(settings)) if settings is not None else 0
        name, ok = QInputDialog.getItem(window, title,
                                        translate("ForumWorkbook", "Language of the headers and notes:"),
                                        [name for _, name in LANGUAGES], start, False)
        if not ok:
            return False
        language = {n: c for c, n in LANGUAGES}[name]
    chosen = language
    ran = file_action(window, lambda path: write_template(path, chosen), given=target, title=title,
                      save_as=f"forum-template-{language}.xlsx", filters=_xlsx_filter(), suffix=".xlsx",
                      failure=translate("ForumWorkbook", "Not written"))
    if ran is None:
        return False
    window.statusBar().showMessage(
        translate("ForumWorkbook", "Template written to %1: fill it in, then File › Import forum workbook…")
        .replace("%1", str(ran[0])), 10000)
    return True


def export_nominations_workbook(window: Any, route: str | None = None, target: str | None = None) -> bool:
    """The workbook a route's nominating body fills in: the route is picked from a list."""
    from mmdesk.services.accreditation import list_routes
    from mmdesk.services.nomination_workbook import export_nominations

    title = translate("ForumWorkbook", "Nominations workbook")
    if route is None:
        try:
            names = [r.name for r in list_routes(window.store)]
        except MmdeskError as exc:
            QMessageBox.warning(window, title, str(exc))
            return False
        if not names:
            QMessageBox.information(window, title, translate(
                "ForumWorkbook", "No accreditation route yet: add the routes first."))
            return False
        route, ok = QInputDialog.getItem(window, title, translate("ForumWorkbook", "Route:"), names, 0, False)
        if not ok:
            return False
    chosen = route
    ran = file_action(window, lambda path: export_nominations(window.store, chosen, path), given=target,
                      title=title, save_as="nominations.xlsx", filters=_xlsx_filter(), suffix=".xlsx",
                      failure=translate("ForumWorkbook", "Not exported"))
    if ran is None:
        return False
    written, done = ran
    window.statusBar().showMessage(
        translate("ForumWorkbook", "Nominations workbook of %1 written to %2").replace("%1", done.route)
        .replace("%2", str(written)), 10000)
    return True


def import_nominations_workbook(window: Any, path: str | None = None) -> bool:
    """A returned nominations workbook: every line nominated on its route, or nothing."""
    from mmdesk.services.nomination_workbook import import_nominations

    report = _import_workbook(window, path, import_nominations,
                              translate("ForumWorkbook", "Import nominations workbook"),
                              translate("ForumWorkbook", "Nominations not imported"))
    if report is None:
        return False
    lines = [translate("ForumWorkbook", "Route %1: %2 nominated (%3 new), %4 already on the route.")
             .replace("%1", report.route).replace("%2", str(report.created + report.nominated))
             .replace("%3", str(report.created)).replace("%4", str(report.unchanged))]
    from mmdesk.report_words import problem_words

    for line, text in report.flagged[:20]:
        lines.append(translate("ForumWorkbook", "Line %1, past the quota: %2").replace("%1", str(line))
                     .replace("%2", problem_words(text)))
    QMessageBox.information(window, translate("ForumWorkbook", "Nominations imported"), "\n".join(lines))
    return True
