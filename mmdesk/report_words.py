"""A delegate import's report in the user's language, made from the report's numbers and lines
(mmdesk.services.delegate_import.ImportReport), for the window's import wizard and `mmdesk import
delegates`. The report's own lines() stay the English, stable form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mmdesk.domain.sentences import Sentence
from mmdesk.i18n import _, language, say, say_in, say_n, say_n_in, translate_message, translations
from mmdesk.services.import_sentences import said

if TYPE_CHECKING:
    from mmdesk.services.delegate_import import ImportReport
    from mmdesk.services.forum_workbook import ForumExport, ForumImportReport
    from mmdesk.services.nomination_workbook import NominationReport
    from mmdesk.services.photos import PhotoImport
    from mmdesk.services.programme_exchange import ProgrammeReport
    from mmdesk.services.workbook_log import WorkbookTally


def import_summary(report: ImportReport, code: str | None = None) -> str:
    """One line: rows read, and what was (or would be) imported, merged, skipped, nominated, in
    the user's language (or the one given: English for ImportReport.summary())."""
    done = (say_in(code, "would import {n}", n=report.created) if report.dry_run
            else say_in(code, "imported {n}", n=report.created))
    text = say_in(code, "{rows}: {done}, {merged}, {skipped}",
                  rows=say_n_in(code, "{n} row", "{n} rows", report.rows),
                  done=done, merged=say_in(code, "merged {n}", n=report.merged),
                  skipped=say_in(code, "skipped {n}", n=report.skipped))
    if report.unchanged:
        text = say_in(code, "{text}, {more}", text=text,
                      more=say_in(code, "unchanged {n}", n=report.unchanged))
    more: list[str] = []
    if report.nominated:
        more.append(say_in(code, "would nominate {n} on routes", n=report.nominated) if report.dry_run
                    else say_in(code, "nominated {n} on routes", n=report.nominated))
    if report.problems:
        more.append(say_n_in(code, "{n} problem", "{n} problems", len(report.problems)))
    if report.warnings:
        more.append(say_n_in(code, "{n} warning", "{n} warnings", len(report.warnings)))
    for part in more:
        text = say_in(code, "{text}; {more}", text=text, more=part)
    return text


def import_lines(report: ImportReport, code: str | None = None) -> list[str]:
    """The whole report as lines in the user's language (or the one given: English for
    ImportReport.lines())."""
    from mmdesk.domain.accreditation import LABELS

    out = [import_summary(report, code)]
    if report.sheet:
        out.append(say_in(code, "sheet: {sheet}", sheet=report.sheet))
    out.append(say_in(code, "header row: line {line}", line=report.header_line))
    if report.mapping:
        out.append(say_in(code, "columns: {columns}",
                          columns=", ".join(f"{h} → {f}" for h, f in report.mapping.items())))
    if report.unmapped:
        out.append(say_in(code, "left out: {columns}", columns=", ".join(report.unmapped)))
    out += [say_in(code, "note: {note}", note=said(n, code)) for n in report.notes]
    words = translations(code or language())
    out += [say_in(code, "states: {written} → {state} ({n})", written=k, state=words.gettext(LABELS[v]), n=n)
            for (k, v), n in sorted(report.states.items())]
    out += [say_in(code, "line {line}: {why}", line=n, why=why.message(code)) if len(same) == 1
            else report.folded_line(same).message(code)  # many alike: one line
            for same in report.folded_warnings() for n, why in same[:1]]
    out += [say_in(code, "line {line}: {why}", line=n, why=said(why, code)) for n, why in report.problems]
    return out


def photo_lines(report: PhotoImport) -> list[str]:
    """A photo import's summary, then one line per file left out, in the user's language."""
    summary = say("{imported} ({replaced}), {unmatched}, {refused}",
                  imported=say_n("{n} photo imported", "{n} photos imported", report.imported),
                  replaced=say_n("{n} replaced", "{n} replaced", report.replaced),
                  unmatched=say_n("{n} file named no delegate", "{n} files named no delegate",
                                  len(report.unmatched)),
                  refused=say_n("{n} refused", "{n} refused", len(report.refused)))
    return ([summary]
            + [say("{file}: no delegate has this e-mail or id", file=name) for name in report.unmatched]
            + [say("{file}: {why}", file=name, why=translate_message(why)) for name, why in report.refused])


def programme_summary(report: ProgrammeReport) -> str:
    """A programme import in one line: sessions created and updated, new rooms, names not matched."""
    text = say_n("{created}, {n} updated", "{created}, {n} updated", report.updated,
                 created=say_n("{n} session created", "{n} sessions created", report.created))
    if report.rooms_created:
        text = say("{text}; new rooms: {rooms}", text=text, rooms=", ".join(report.rooms_created))
    if report.unmatched:
        text = say("{text}; {more}", text=text,
                   more=say_n("{n} name not matched to a delegate", "{n} names not matched to a delegate",
                              len(report.unmatched)))
    return text


def tally_words(tally: WorkbookTally) -> str:
    """"sent 2 (12 Nov), returned 1 (15 Nov)"; empty when none was sent or returned."""
    from mmdesk.date_words import short_day_month

    parts = []
    if tally.sent and tally.last_sent is not None:
        parts.append(say("sent {n} ({day})", n=tally.sent, day=short_day_month(tally.last_sent)))
    if tally.returned and tally.last_returned is not None:
        parts.append(say("returned {n} ({day})", n=tally.returned, day=short_day_month(tally.last_returned)))
    return ", ".join(parts)


def sheet_word(kind: str) -> str:
    """A forum workbook's sheet (forum, rooms, routes, programme, delegates) by its name in the user's
    language."""
    from mmdesk.i18n import language
    from mmdesk.spreadsheets.forum_workbook import SHEETS

    names = SHEETS.get(kind)
    return names.get(language(), names["en"]) if names else kind


def problem_words(text: str | Sentence) -> str:
    """One problem of a report in the user's language: a Sentence said from its template and values,
    a line made in English (the file reader's, a library's) matched against the catalogue."""
    if isinstance(text, Sentence):
        return text.message()
    return translate_message(text)


def forum_export_summary(done: ForumExport) -> str:
    """What a forum workbook export wrote: rooms, routes, sessions, delegates."""
    return ", ".join((say_n("{n} room", "{n} rooms", done.rooms),
                      say_n("{n} route", "{n} routes", done.routes),
                      say_n("{n} session", "{n} sessions", done.sessions),
                      say_n("{n} delegate", "{n} delegates", done.delegates)))


def forum_import_summary(report: ForumImportReport) -> str:
    """A forum workbook import in one line: the forum, then each sheet's rows created and updated."""
    parts = []
    if report.forum == "created":
        parts.append(_("forum created"))
    elif report.forum:
        parts.append(_("forum updated"))
    for kind, counts in report.sheets.items():
        parts.append(say("{sheet}: {created}, {updated}", sheet=sheet_word(kind).lower(),
                         created=say_n("{n} created", "{n} created", counts.created),  # rows
                         updated=say_n("{n} updated", "{n} updated", counts.updated)))
    text = "; ".join(parts) or _("nothing to import")
    if report.unmatched:
        text = say("{text}; {more}", text=text, more=say_n(
            "{n} programme name not matched to a delegate", "{n} programme names not matched to a delegate",
            len(report.unmatched)))
    return text


def forum_import_lines(report: ForumImportReport) -> list[str]:
    """Every problem of a forum workbook import: the sheet, the line, what is wrong."""
    return [say("{sheet}, line {line}: {why}", sheet=sheet, line=line, why=problem_words(text)) if line
            else say("{sheet}: {why}", sheet=sheet, why=problem_words(text))
            for sheet, line, text in report.problems]


def nomination_summary(report: NominationReport) -> str:
    """A nomination workbook import in one line: nominated (new, already in the list), flagged."""
    text = say("route “{route}”: {nominated} ({new}, {known}), {unchanged}", route=report.route,
               nominated=say_n("{n} nominated", "{n} nominated", report.created + report.nominated),
               new=say_n("{n} new", "{n} new", report.created),
               known=say_n("{n} already in the list", "{n} already in the list", report.nominated),
               unchanged=say_n("{n} already on the route", "{n} already on the route", report.unchanged))
    if report.flagged:
        flagged = say_n("{n} past the quota, flagged", "{n} past the quota, flagged", len(report.flagged))
        text = say("{text}; {more}", text=text, more=flagged)
    return text


def nomination_lines(report: NominationReport) -> list[str]:
    """Every problem of a nomination workbook import, with its sheet and line."""
    return [say("{sheet}, line {line}: {why}", sheet=report.sheet, line=line, why=problem_words(text)) if line
            else problem_words(text) for line, text in report.problems]


def report_summary(report: object) -> str:
    """The one-line summary of any import report the command line and the window show."""
    from mmdesk.services.delegate_import import ImportReport
    from mmdesk.services.forum_workbook import ForumImportReport
    from mmdesk.services.nomination_workbook import NominationReport
    from mmdesk.services.programme_exchange import ProgrammeReport

    if isinstance(report, ForumImportReport):
        return forum_import_summary(report)
    if isinstance(report, NominationReport):
        return nomination_summary(report)
    if isinstance(report, ProgrammeReport):
        return programme_summary(report)
    if isinstance(report, ImportReport):
        return import_summary(report)
    return str(report.summary())  # type: ignore[attr-defined]


def report_lines(report: object) -> list[str]:
    """Every problem line of a workbook import's report, in the user's language."""
    from mmdesk.services.delegate_import import ImportReport
    from mmdesk.services.forum_workbook import ForumImportReport
    from mmdesk.services.nomination_workbook import NominationReport

    if isinstance(report, ForumImportReport):
        return forum_import_lines(report)
    if isinstance(report, NominationReport):
        return nomination_lines(report)
    if isinstance(report, ImportReport):
        return import_lines(report)
    return [translate_message(line) for line in report.lines()]  # type: ignore[attr-defined]
