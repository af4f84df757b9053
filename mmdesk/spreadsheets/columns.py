"""Which column of a delegate list fills which field: recognised, corrected by the user's
mapping (the named columns only), and checked against what the data really holds (an
account column of "anonymous" is not the person's e-mail)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from operator import is_not, itemgetter
from pathlib import Path

from mmdesk.domain.errors import ValidationError
from mmdesk.spreadsheets.headers import SYNONYMS, header_score, normalise, recognise_all
from mmdesk.spreadsheets.reading import Table, read_table

#: The fields a column can be mapped to; "-" leaves a column out.
FIELDS: tuple[str, ...] = tuple(SYNONYMS)
LEAVE_OUT = ("-", "", "none", "ignore", "leave out")
NAME_FIELDS = {"given_name", "family_name", "full_name"}
_ACCOUNT_WORDS = {"anonymous", "anonyme", "anonimo", "anónimo", "n/a", "-", "none"}


@dataclass
class ColumnPlan:
    """A table and how its columns are read, with what the reader should know about it."""

    table: Table
    index: dict[int, str]
    notes: list[str] = field(default_factory=list)

    @property
    def mapping(self) -> dict[str, str]:
        """Header → field, in the file's order."""
        return {self.table.headers[i]: f for i, f in sorted(self.index.items())}

    @property
    def unmapped(self) -> list[str]:
        """Headers of the columns left out."""
        return [h for i, h in enumerate(self.table.headers) if i not in self.index and h]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_mapping(headers: list[str], mapping: dict[str | int, str]) -> dict[int, str | None]:
    """The user's corrections as column index → field (None: leave out). Unknown fields and
    headers are refused with the list of what there is."""
    bad_fields = sorted({str(f) for f in mapping.values()
                         if str(f).strip().lower() not in LEAVE_OUT and str(f).strip() not in FIELDS})
    if bad_fields:
        raise ValidationError(
            "unknown field(s): {join} (fields: {join2}; '-' leaves a column out)",
            join=', '.join(_short(f, 40) for f in bad_fields), join2=', '.join(FIELDS),
            code="columns.unknown-field-fields")
    by_name: dict[str, int] = {}
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        key = normalise(h)
        seen[key] = seen.get(key, 0) + 1
        by_name.setdefault(key, i)
        by_name.setdefault(f"{key}#{seen[key]}", i)  # "Company#2": a repeated header's second column
    out: dict[int, str | None] = {}
    missing: list[str] = []
    for given, target in mapping.items():
        column: int | None
        if isinstance(given, int):
            column = given if 0 <= given < len(headers) else None
        else:
            column = by_name.get(normalise(given))
        if column is None:
            missing.append(_short(str(given), 40))
            continue
        f = str(target).strip()
        out[column] = None if f.lower() in LEAVE_OUT else f
    if missing:
        raise ValidationError(
            "no column {join} in the file (columns: {join2})",
            join=', '.join(repr(m) for m in missing),
            join2=', '.join(repr(_short(h, 40)) for h in headers if h), code="columns.no-column-file")
    return out


def _looks_like_account(values: list[object]) -> str | None:
    """Why a column of e-mails or names is a form's account column, or None."""
    filled = list(filter(None, map(str.strip, map(str, filter(partial(is_not, None), values)))))
    if not filled:
        return None
    folded = list(map(str.casefold, filled))
    words = sum(map(_ACCOUNT_WORDS.__contains__, folded))
    if words * 2 >= len(filled):
        return f"it holds {filled[0]!r} on {words} of {len(filled)} rows"
    if len(filled) >= 3 and folded.count(folded[0]) == len(folded) and len(values) == len(filled):
        return f"it holds the same {filled[0]!r} on every row"
    return None


def plan_columns(table: Table, mapping: dict[str | int, str] | None = None) -> ColumnPlan:
    """Recognise the columns, apply the user's corrections, and set account columns aside."""
    headers = table.headers
    rec = recognise_all(headers)
    index = dict(rec.mapping)
    plan = ColumnPlan(table, index, list(table.notes))
    fixed = check_mapping(headers, mapping or {})
    for i, f in fixed.items():
        if f is not None:
            for j in [j for j, g in index.items() if g == f and j != i]:
                del index[j]
            index[i] = f
        else:
            index.pop(i, None)
    for i in rec.repeated:
        if i not in index:
            kept = next((j for j in rec.candidates.get(rec.mapping.get(i, ""), []) if j in index), None)
            kept = kept if kept is not None else next(
                (j for j in index if normalise(headers[j]) == normalise(headers[i])), None)
            where = f"column {kept + 1} is used" if kept is not None else "none is used"
            nth = sum(1 for h in headers[: i + 1] if normalise(h) == normalise(headers[i]))
            plan.notes.append(f"header {_short(headers[i])!r} appears more than once: {where}, "
                              f"column {i + 1} is left out (--map '{_short(headers[i])}#{nth}=FIELD' "
                              f"to use it)")
    for other, kept in rec.outranked:
        if other not in index and kept in index:
            plan.notes.append(f"column {_short(headers[other])!r} left out: {_short(headers[kept])!r} "
                              f"is the person's own")
    rows = list(map(itemgetter(1), table.rows))

    def values(i: int) -> list[object]:
        try:
            return list(map(itemgetter(i), rows))
        except IndexError:  # a short row (a CSV line with fewer cells)
            return [cells[i] if i < len(cells) else None for cells in rows]

    for f in ("email", "full_name"):
        at = next((i for i, g in index.items() if g == f), None)
        if at is None or at in fixed or not rows:
            continue
        why = _looks_like_account(values(at))
        if why is None:
            continue
        del index[at]
        plan.notes.append(f"column {_short(headers[at])!r} is a form's account column ({why}): "
                          f"not used as the person's {'e-mail' if f == 'email' else 'name'}")
        for alt in rec.candidates.get(f, []):
            if alt != at and alt not in index and _looks_like_account(values(alt)) is None:
                index[alt] = f
                plan.notes.append(f"column {_short(headers[alt])!r} used as the e-mail instead"
                                  if f == "email" else f"column {_short(headers[alt])!r} used as the name")
                break
    if any(normalise(h).startswith("attendee") for h in headers):
        # a ticketing export: its plain contact columns are the buyer's, once for the whole order
        for i in [i for i, g in index.items() if g in ("email", "phone") and i not in fixed
                  and not normalise(headers[i]).startswith("attendee")]:
            del index[i]
            plan.notes.append(f"column {_short(headers[i])!r} left out: the file has attendee columns, "
                              f"so it is the buyer's, not each attendee's")
    if {"given_name", "family_name"} <= set(index.values()):
        for i in [i for i, g in index.items() if g == "full_name" and i not in fixed]:
            del index[i]
    plan.index = dict(sorted(index.items()))
    return plan


def plan_file(path: Path, *, sheet: str | None = None,
              mapping: dict[str | int, str] | None = None) -> ColumnPlan:
    """Read a delegate list (the sheet holding people, its header wherever it is) and plan
    its columns."""
    return plan_columns(read_table(Path(path), sheet=sheet, score=header_score), mapping)
