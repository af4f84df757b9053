"""A delegate import's report in the user's language, made from the report's numbers and lines
(mmdesk.services.delegate_import.ImportReport), for the window's import wizard and `mmdesk import
delegates`. The report's own lines() stay the English, stable form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mmdesk.i18n import _, say, say_n, translate_message

if TYPE_CHECKING:
    from mmdesk.services.delegate_import import ImportReport


def import_summary(report: ImportReport) -> str:
    """One line: rows read, and what was (or would be) imported, merged, skipped, nominated."""
    done = (say("would import {n}", n=report.created) if report.dry_run
            else say("imported {n}", n=report.created))
    text = say("{rows}: {done}, {merged}, {skipped}", rows=say_n("{n} row", "{n} rows", report.rows),
               done=done, merged=say("merged {n}", n=report.merged),
               skipped=say("skipped {n}", n=report.skipped))
    if report.unchanged:
        text = say("{text}, {more}", text=text, more=say("unchanged {n}", n=report.unchanged))
    more: list[str] = []
    if report.nominated:
        more.append(say("would nominate {n} on routes", n=report.nominated) if report.dry_run
                    else say("nominated {n} on routes", n=report.nominated))
    if report.problems:
        more.append(say_n("{n} problem", "{n} problems", len(report.problems)))
    if report.warnings:
        more.append(say_n("{n} warning", "{n} warnings", len(report.warnings)))
    for part in more:
        text = say("{text}; {more}", text=text, more=part)
    return text


def import_lines(report: ImportReport) -> list[str]:
    """The whole report as lines, as ImportReport.lines() has them, in the user's language."""
    from mmdesk.domain.accreditation import LABELS

    out = [import_summary(report)]
    if report.sheet:
        out.append(say("sheet: {sheet}", sheet=report.sheet))
    out.append(say("header row: line {line}", line=report.header_line))
    if report.mapping:
        out.append(say("columns: {columns}",
                       columns=", ".join(f"{h} → {f}" for h, f in report.mapping.items())))
    if report.unmapped:
        out.append(say("left out: {columns}", columns=", ".join(report.unmapped)))
    out += [say("note: {note}", note=translate_message(n)) for n in report.notes]
    out += [say("states: {written} → {state} ({n})", written=k, state=_(LABELS[v]), n=n)
            for (k, v), n in sorted(report.states.items())]
    out += [say("line {line}: {why}", line=n, why=translate_message(why)) if len(same) == 1
            else translate_message(report.folded_line(same))  # many alike: one line
            for same in report.folded_warnings() for n, why in same[:1]]
    out += [say("line {line}: {why}", line=n, why=translate_message(why)) for n, why in report.problems]
    return out
